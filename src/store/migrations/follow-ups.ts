// Migration 3: the outbox of follow-ups and the log that rate-limits automatic replies (owned by the
// follow-ups; see src/follow-ups/). One outbox row per (practice or message, kind): `dedupe_key` is
// UNIQUE, so planning twice never sends twice; `message_id` is ours, so replies thread back to it.
export const FOLLOW_UPS = `
  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,                    -- ob-<hash of dedupe_key>: also the .eml file name
    kind TEXT NOT NULL,                     -- CONTRACT kind: acknowledgement | late-notice | advisor-task | reminder | digest
    template TEXT NOT NULL,                 -- templates/<template>.<lang>.*.hbs (reminder and advisor-reminder share kind reminder)
    dedupe_key TEXT NOT NULL UNIQUE,
    practices TEXT NOT NULL DEFAULT '[]',
    message_row INTEGER REFERENCES messages(id),
    message_id TEXT NOT NULL UNIQUE,        -- the Message-ID of the mail we send
    in_reply_to TEXT,
    refs TEXT NOT NULL DEFAULT '[]',
    from_addr TEXT NOT NULL,
    to_addrs TEXT NOT NULL,                 -- JSON array of addresses
    to_name TEXT,                           -- display name of the recipient, already sanitised
    subject TEXT NOT NULL,
    lang TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    headers TEXT NOT NULL DEFAULT '{}',     -- Auto-Submitted, X-Auto-Response-Suppress
    attachments TEXT NOT NULL DEFAULT '[]', -- specs built when sending (e.g. the DOCX sheet's fields)
    status TEXT NOT NULL DEFAULT 'pending', -- pending | sent | failed
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    sent_at TEXT,
    error TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_status ON outbox(status, next_attempt_at);
  -- Every automatic reply we planned, by recipient and the arrival of the mail it answers: the loop guard counts here.
  CREATE TABLE auto_replies (
    recipient TEXT NOT NULL,
    at TEXT NOT NULL,
    outbox_id TEXT NOT NULL UNIQUE
  );
  CREATE INDEX auto_replies_recipient ON auto_replies(recipient, at);
`;
