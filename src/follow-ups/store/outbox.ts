// Every SQL statement about the outbox of follow-ups and the automatic-reply log of the loop guard.
// A row is inserted once per dedupe key and moves pending → sent, or pending → failed.
import type { AttachmentSpec, NewOutboxRow } from '../../domain/follow-ups.js';
import { nowIso, statement, type Db } from '../../store/db.js';

export type { AttachmentSpec, NewOutboxRow };

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxRow {
  id: string;
  kind: string;
  template: string;
  dedupe_key: string;
  practices: string;
  message_row: number | null;
  message_id: string;
  in_reply_to: string | null;
  refs: string;
  from_addr: string;
  to_addrs: string;
  to_name: string | null;
  subject: string;
  lang: string;
  body_text: string;
  body_html: string | null;
  headers: string;
  attachments: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  error: string | null;
  created_at: string;
}

export function hasOutbox(db: Db, dedupeKey: string): boolean {
  return statement(db, 'SELECT 1 FROM outbox WHERE dedupe_key = ?').get(dedupeKey) !== undefined;
}

/** Inserts unless the dedupe key is already planned; true when this call planned it. */
export function insertOutbox(db: Db, r: NewOutboxRow): boolean {
  const info = statement(db, 
    `INSERT OR IGNORE INTO outbox (id, kind, template, dedupe_key, practices, message_row, message_id, in_reply_to, refs, from_addr, to_addrs,
       to_name, subject, lang, body_text, body_html, headers, attachments, status, error, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.kind, r.template, r.dedupeKey, JSON.stringify(r.practices), r.messageRow, r.messageId, r.inReplyTo, JSON.stringify(r.refs),
    r.from, JSON.stringify(r.to), r.toName, r.subject, r.lang, r.text, r.html, JSON.stringify(r.headers), JSON.stringify(r.attachments),
    r.givenUp ? 'failed' : 'pending', r.givenUp, nowIso());
  return info.changes === 1;
}

export function recordAutoReply(db: Db, recipient: string, at: string, outboxIdValue: string): void {
  statement(db, 'INSERT OR IGNORE INTO auto_replies (recipient, at, outbox_id) VALUES (?, ?, ?)').run(recipient.toLowerCase(), at, outboxIdValue);
}

/** Automatic replies to this recipient in the window (from, to]: what the loop guard counts. */
export function countAutoReplies(db: Db, recipient: string, from: string, to: string): number {
  return statement(db, 'SELECT count(*) FROM auto_replies WHERE recipient = ? AND at > ? AND at <= ?').pluck().get(recipient.toLowerCase(), from, to) as number;
}

export function markSent(db: Db, id: string, at: Date): void {
  statement(db, `UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, error = NULL, next_attempt_at = NULL, claimed_by = NULL, server_down = 0 WHERE id = ?`).run(at.toISOString(), id);
}

/** A failed attempt: back to pending with the time of the next one, or failed for good when `nextAttemptAt` is null. */
export function markAttemptFailed(db: Db, id: string, error: string, nextAttemptAt: Date | null, serverDown = false): void {
  // The claim ends with the attempt: the wait until next_attempt_at is backoff, not a lease to take back.
  statement(db, `UPDATE outbox SET status = ?, attempts = attempts + 1, error = ?, next_attempt_at = ?, claimed_by = NULL, server_down = ? WHERE id = ?`)
    .run(nextAttemptAt ? 'pending' : 'failed', error, nextAttemptAt?.toISOString() ?? null, serverDown ? 1 : 0, id);
}

/** Marks rows whose last failure turned out to be the server's (it refused every mail in a row). */
export function markServerDown(db: Db, ids: string[]): void {
  const mark = statement(db, `UPDATE outbox SET server_down = 1 WHERE id = ? AND status = 'pending'`);
  db.transaction(() => ids.forEach((id) => mark.run(id)))();
}

/** The server accepts mail again: what failed only because it was down is due now, not after its backoff. */
export function dueAfterServerBack(db: Db, now: Date): number {
  return statement(db, `UPDATE outbox SET next_attempt_at = ?, server_down = 0 WHERE status = 'pending' AND server_down = 1`).run(now.toISOString()).changes;
}

export function outboxCounts(db: Db): Record<OutboxStatus, number> {
  const rows = statement(db, 'SELECT status, count(*) AS n FROM outbox GROUP BY status').all() as { status: OutboxStatus; n: number }[];
  const counts = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export interface OutboxExport {
  id: string;
  kind: string;
  practices: string[];
  messageId: string;
  inReplyTo: string | null;
  to: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  sentAt: string | null;
  error: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

/** CONTRACT.md's `export --what outbox` shape (plus when the next attempt is due and when it was planned). */
export function exportOutbox(db: Db): OutboxExport[] {
  const rows = statement(db, 'SELECT * FROM outbox ORDER BY created_at, id').all() as OutboxRow[];
  return rows.map((r) => ({
    id: r.id, kind: r.kind, practices: JSON.parse(r.practices), messageId: r.message_id, inReplyTo: r.in_reply_to, to: JSON.parse(r.to_addrs),
    subject: r.subject, status: r.status, attempts: r.attempts, sentAt: r.sent_at, error: r.error, nextAttemptAt: r.next_attempt_at, createdAt: r.created_at,
  }));
}

/** Rows that need a person's eye: given up, or still pending after a failed attempt. */
export function outboxProblems(db: Db): OutboxExport[] {
  return exportOutbox(db).filter((r) => r.status === 'failed' || (r.status === 'pending' && r.error !== null));
}

/** Why follow-ups still wait: how many, the latest error of a failed attempt, and when the next attempt is due. */
export function pendingWhy(db: Db): { pending: number; error: string | null; nextAttemptAt: string | null } {
  const row = statement(db, `SELECT count(*) AS n, min(CASE WHEN error IS NOT NULL THEN next_attempt_at END) AS next,
      (SELECT error FROM outbox WHERE status = 'pending' AND error IS NOT NULL ORDER BY attempts DESC, id LIMIT 1) AS error
    FROM outbox WHERE status = 'pending'`).get() as { n: number; next: string | null; error: string | null };
  return { pending: row.n, error: row.error, nextAttemptAt: row.next };
}

/** Follow-ups given up when planned (never tried): held back on purpose, e.g. by the loop guard. */
export function heldBackCount(db: Db): number {
  return statement(db, `SELECT count(*) FROM outbox WHERE status = 'failed' AND attempts = 0`).pluck().get() as number;
}
