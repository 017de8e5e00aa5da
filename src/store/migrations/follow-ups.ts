// Migration 3: the outbox of follow-ups (owned by the notify stage; see stages/notify).
export const FOLLOW_UPS = `
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    dedupe_key TEXT NOT NULL UNIQUE,
    practices TEXT NOT NULL DEFAULT '[]',
    message_row INTEGER REFERENCES messages(id),
    message_id TEXT NOT NULL UNIQUE,
    in_reply_to TEXT,
    refs TEXT NOT NULL DEFAULT '[]',
    to_addrs TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    sent_at TEXT,
    error TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
`;
