// Every SQL statement about messages: the row written before processing, and its final status.
import type { AttachmentText, MessageKind, MessageStatus } from '../domain/types.js';
import { nowIso, statement, type Db } from './db.js';

export interface NewMessage {
  rawHash: string;
  messageId: string;
  origin: string;
  size: number;
  fromAddr: string | null;
  fromName: string | null;
  subject: string;
  date: Date | null;
  receivedAt: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** Imported with --no-follow-ups: nothing is ever planned for it. */
  quiet?: boolean;
}

export interface MessageRow {
  id: number;
  raw_hash: string;
  message_id: string;
  origin: string;
  size: number;
  from_addr: string | null;
  from_name: string | null;
  subject: string | null;
  date: string | null;
  received_at: string | null;
  in_reply_to: string | null;
  refs: string;
  kind: MessageKind | null;
  kind_reason: string | null;
  status: MessageStatus | 'pending';
  reason: string | null;
  language: string | null;
  attempts: number;
  created_at: string;
  processed_at: string | null;
  resolution?: string | null;
  quiet?: number;
}

export type InsertOutcome = { id: number; duplicate: false } | { id: number; duplicate: true; by: 'content' | 'message-id' };

/** The unique keys (raw hash, Message-ID) make a second import of the same mail change nothing. */
export function insertMessage(db: Db, m: NewMessage): InsertOutcome {
  const same = statement(db, 'SELECT id FROM messages WHERE raw_hash = ?').get(m.rawHash) as { id: number } | undefined;
  if (same) return { id: same.id, duplicate: true, by: 'content' };
  const sameId = statement(db, 'SELECT id FROM messages WHERE message_id = ?').get(m.messageId) as { id: number } | undefined;
  if (sameId) return { id: sameId.id, duplicate: true, by: 'message-id' };
  const info = statement(
    db,
    
      `INSERT INTO messages (raw_hash, message_id, origin, size, from_addr, from_name, subject, date, received_at, in_reply_to, refs, created_at, quiet)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(m.rawHash, m.messageId, m.origin, m.size, m.fromAddr, m.fromName, m.subject, m.date?.toISOString() ?? null,
      m.receivedAt?.toISOString() ?? null, m.inReplyTo, JSON.stringify(m.references), nowIso(), m.quiet ? 1 : 0);
  return { id: Number(info.lastInsertRowid), duplicate: false };
}

export function getMessage(db: Db, id: number): MessageRow | undefined {
  return statement(db, 'SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
}


/** Stored but never finished (a crash, or queued work lost): processed in arrival order so replies follow originals. */
export function pendingMessageIds(db: Db): number[] {
  return (statement(db, `SELECT id FROM messages WHERE status = 'pending' ORDER BY received_at IS NULL, received_at, id`).all() as { id: number }[]).map((r) => r.id);
}


export interface MessageOutcome {
  kind: MessageKind | null;
  kindReason: string | null;
  status: MessageStatus;
  reason: string | null;
  language: string | null;
  /** Fields read at processing time that the cheap envelope may have missed or got wrong. */
  receivedAt?: Date | null;
}

export function finishMessage(db: Db, id: number, o: MessageOutcome): void {
  statement(db, 
    `UPDATE messages SET kind = ?, kind_reason = ?, status = ?, reason = ?, language = ?, processed_at = ?, attempts = attempts + 1,
       received_at = COALESCE(?, received_at) WHERE id = ?`,
  ).run(o.kind, o.kindReason, o.status, o.reason, o.language, nowIso(), o.receivedAt?.toISOString() ?? null, id);
}

export function saveAttachments(db: Db, messageId: number, items: (AttachmentText & { contentType: string; size: number; sha256?: string })[]): void {
  statement(db, 'DELETE FROM attachments WHERE message_id = ?').run(messageId);
  const insert = statement(db, 
    'INSERT INTO attachments (message_id, seq, filename, content_type, size, kind, ok, reason, text, ocr, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  items.forEach((a, seq) => insert.run(messageId, seq, a.filename, a.contentType, a.size, a.kind, a.ok ? 1 : 0, a.ok ? null : a.reason, a.ok ? a.text : null, a.ok && a.ocr ? 1 : 0, a.sha256 ?? null));
}

/** Earlier practices of the same council (same sender, or same municipality), with the hash of the attachment each was read from. */
export function councilPractices(db: Db, rowId: number, fromAddr: string | null, municipalities: string[]): { id: string; title: string | null; sourceHash: string | null }[] {
  const marks = municipalities.map(() => '?').join(',') || 'NULL';
  return statement(db, `
    SELECT p.id, p.title, (SELECT a.sha256 FROM attachments a WHERE a.message_id = p.message_id AND 'attachment:' || a.filename = p.source LIMIT 1) AS sourceHash
    FROM practices p JOIN messages m ON m.id = p.message_id
    WHERE m.id <> ? AND (m.from_addr = ? OR p.municipality IN (${marks}))
    ORDER BY m.received_at, m.id, p.seq`).all(rowId, fromAddr, ...municipalities) as { id: string; title: string | null; sourceHash: string | null }[];
}

/** A message linked to a practice it does not create: `reply`, `resend` (the same practice sent again), `linked` (by a person). */
export function linkTo(db: Db, messageRowId: number, practiceIdValue: string, role: 'reply' | 'resend' | 'linked'): void {
  statement(db, 'INSERT OR IGNORE INTO message_practices (message_id, practice_id, role) VALUES (?, ?, ?)').run(messageRowId, practiceIdValue, role);
}

/** Practices that a message with these Message-IDs (In-Reply-To + References) answers, newest thread member first. */
export function practicesOfThread(db: Db, ids: string[]): string[] {
  if (!ids.length) return [];
  const marks = ids.map(() => '?').join(',');
  // Follow-ups (issue #4): a reply to our acknowledgement or late notice names our Message-ID, which
  // lives in the outbox with the practices it was about (advisors' mails are left out: an advisor's
  // answer must not fill a council's record).
  const rows = statement(
    db,
    
      `SELECT mp.practice_id AS id FROM messages m JOIN message_practices mp ON mp.message_id = m.id
       WHERE m.message_id IN (${marks}) AND mp.role = 'origin'
       UNION
       SELECT j.value AS id FROM outbox o, json_each(o.practices) j
       WHERE o.message_id IN (${marks}) AND o.template IN ('acknowledgement', 'late-notice', 'decision', 'correction-receipt') AND j.value IN (SELECT id FROM practices)
       ORDER BY id`,
    )
    .all(...ids, ...ids) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Origin practices of earlier messages from this sender, with their subjects ("the same thread" without headers). */
export function practicesBySender(db: Db, fromAddr: string, excludeMessageId: number): { subject: string; practiceId: string }[] {
  return statement(
    db,
    
      `SELECT m.subject AS subject, mp.practice_id AS practiceId FROM messages m
       JOIN message_practices mp ON mp.message_id = m.id AND mp.role = 'origin'
       WHERE m.from_addr = ? AND m.id <> ? ORDER BY m.id`,
    )
    .all(fromAddr, excludeMessageId) as { subject: string; practiceId: string }[];
}

/** A message named by a person: its Message-ID (with or without <>) or its row id. */
export function findMessage(db: Db, ref: string): MessageRow | undefined {
  const key = ref.trim();
  const bare = key.replace(/^<|>$/g, '');
  return (statement(db, 'SELECT * FROM messages WHERE message_id = ? OR message_id = ? LIMIT 1').get(`<${bare}>`, bare) as MessageRow | undefined)
    ?? (/^\d+$/.test(key) ? getMessage(db, Number(key)) : undefined);
}

export interface Resolution {
  as: 'ignored' | 'linked' | 'new';
  practice: string | null;
  note: string | null;
  by: string;
  at: string;
}

/** Closes a needs-review message: its status says what became of it, the resolution who decided and why. */
export function recordResolution(db: Db, id: number, r: Resolution, status: MessageStatus, reason: string): void {
  statement(db, 'UPDATE messages SET status = ?, reason = ?, resolution = ? WHERE id = ?').run(status, reason, JSON.stringify(r), id);
}

/** A message a person linked to a practice (role `linked`): it shows among the practice's messages. */
export function linkMessage(db: Db, messageRowId: number, practiceIdValue: string): void {
  statement(db, `INSERT OR IGNORE INTO message_practices (message_id, practice_id, role) VALUES (?, ?, 'linked')`).run(messageRowId, practiceIdValue);
}

/** Imported with `ingest --no-follow-ups` (an archive): no follow-up is planned for it, then or later. */
export function isQuiet(db: Db, id: number): boolean {
  return statement(db, 'SELECT quiet FROM messages WHERE id = ?').pluck().get(id) === 1;
}
