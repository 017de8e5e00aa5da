// Migration 2: IMAP checkpoints (mailbox, UIDVALIDITY, last UID) and each message's place in the mailbox.
export const MAILBOX = `
  CREATE TABLE imap_checkpoints (
    mailbox TEXT PRIMARY KEY,
    uidvalidity TEXT NOT NULL,
    last_uid INTEGER NOT NULL DEFAULT 0,
    last_poll_at TEXT,
    last_success_at TEXT,
    updated_at TEXT NOT NULL
  );
  ALTER TABLE messages ADD COLUMN imap_mailbox TEXT;
  ALTER TABLE messages ADD COLUMN imap_uid INTEGER;
`;
