// Migration 2: IMAP checkpoints and each message's place in the mailbox (serve, poll).
// A checkpoint is only meaningful with the UIDVALIDITY it was taken under (RFC 9051 §2.3.1.1): when
// the server changes it, every stored UID is void and the mailbox is scanned again from UID 1.
export const MAILBOX = `
  CREATE TABLE imap_checkpoints (
    mailbox TEXT PRIMARY KEY,               -- user@host:port/MAILBOX: another account never shares a checkpoint
    uidvalidity TEXT NOT NULL,              -- a 32-bit unsigned number, kept as text
    last_uid INTEGER NOT NULL DEFAULT 0,    -- every UID up to this one is stored and handed over
    last_poll_at TEXT,                      -- the last pass that started
    last_success_at TEXT,                   -- the last pass that finished
    last_error TEXT,                        -- why the last connection or pass failed; NULL after a success
    updated_at TEXT NOT NULL
  );
  ALTER TABLE messages ADD COLUMN imap_mailbox TEXT;
  ALTER TABLE messages ADD COLUMN imap_uidvalidity TEXT;
  ALTER TABLE messages ADD COLUMN imap_uid INTEGER;
  -- When the optional after-processing action (\\Seen flag or move) was applied in the mailbox.
  ALTER TABLE messages ADD COLUMN imap_done_at TEXT;
  CREATE INDEX messages_imap ON messages(imap_mailbox, imap_uidvalidity, imap_done_at);
`;
