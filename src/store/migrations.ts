// Versioned schema migrations, applied in order inside one transaction each; PRAGMA user_version
// records the last applied. Add a new entry to change the schema; never edit a released one.
import { FOLLOW_UPS } from './migrations/follow-ups.js';
import { MAILBOX } from './migrations/mailbox.js';
import { OCR_DRAFTS } from './migrations/ocr-drafts.js';
import { OUTBOX_CLAIMS } from './migrations/outbox-claims.js';
import { PROMISES } from './migrations/promises.js';
import { SHEETS } from './migrations/sheets.js';
import { RESENDS } from './migrations/resends.js';

export const MIGRATIONS: readonly string[] = [
  // 1: messages, practices, their links, attachment texts, and an event log per practice.
  `
  CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    raw_hash TEXT NOT NULL UNIQUE,          -- sha256 of the raw bytes: the archive key
    message_id TEXT NOT NULL UNIQUE,        -- <…>, synthesised from the hash when missing
    origin TEXT NOT NULL,                   -- where it was read: file#n, INBOX uid N
    size INTEGER NOT NULL,
    from_addr TEXT, from_name TEXT, subject TEXT,
    date TEXT, received_at TEXT,
    in_reply_to TEXT, refs TEXT NOT NULL DEFAULT '[]',
    kind TEXT, kind_reason TEXT,
    status TEXT NOT NULL DEFAULT 'pending', -- pending | processed | needs-review | ignored | failed
    reason TEXT,
    language TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    processed_at TEXT
  );
  CREATE INDEX messages_status ON messages(status, received_at);
  CREATE TABLE practices (
    id TEXT PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id),
    seq INTEGER NOT NULL,
    title TEXT, promoters TEXT NOT NULL DEFAULT '[]', summary TEXT,
    contact_name TEXT, contact_email TEXT, contact_phone TEXT, contact_role TEXT,
    municipality TEXT, member INTEGER,
    themes TEXT NOT NULL DEFAULT '[]', theme_evidence TEXT NOT NULL DEFAULT '{}',
    priority INTEGER NOT NULL DEFAULT 0,
    late INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'received',
    advisor TEXT,
    source TEXT, evidence TEXT NOT NULL DEFAULT '{}', missing TEXT NOT NULL DEFAULT '[]',
    language TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (message_id, seq)
  );
  CREATE TABLE message_practices (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    practice_id TEXT NOT NULL REFERENCES practices(id),
    role TEXT NOT NULL,                     -- origin | reply
    PRIMARY KEY (message_id, practice_id)
  );
  CREATE TABLE attachments (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    seq INTEGER NOT NULL,
    filename TEXT, content_type TEXT, size INTEGER NOT NULL, kind TEXT,
    ok INTEGER NOT NULL, reason TEXT, text TEXT,
    PRIMARY KEY (message_id, seq)
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    practice_id TEXT REFERENCES practices(id),
    message_id INTEGER REFERENCES messages(id),
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX events_practice ON events(practice_id, at);
  `,
  // 2: the IMAP checkpoint and where each message sits in the mailbox (serve, poll).
  MAILBOX,
  // 3: the outbox of follow-ups, rate limits and advisors' tasks (acknowledgements, notices, tasks, digests).
  FOLLOW_UPS,
  // 4: indexes for the per-message lookups that scanned whole tables (found profiling a 2,000-message
  // ingest): the sender's earlier practices, advisors' loads, and the deliverer's oldest-first walk of
  // the outbox, which replaces outbox_status (one index less to rewrite at every claim).
  `
  CREATE INDEX messages_from ON messages(from_addr);
  CREATE INDEX practices_advisor ON practices(advisor, status);
  CREATE INDEX outbox_due ON outbox(status, created_at, id);
  DROP INDEX outbox_status;
  `,
  // 5: the deliverer holding each outbox claim, so a dead one's claims are taken back at once.
  OUTBOX_CLAIMS,
  // 6 (issue 11): the commission's decision, how a needs-review message was closed, archive imports.
  PROMISES,
  // issue 12: the systematisation sheet of each practice, where each value came from, and its history.
  SHEETS,
  // 8 (issue 14): practices read by OCR kept as drafts on their message; attachments read by OCR marked.
  OCR_DRAFTS,
  // 9 (issue 11): attachments' SHA-256, to recognise a practice resent with the same file.
  RESENDS,
];
