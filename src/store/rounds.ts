// SQL for queued processing: which stored messages still wait for a round, thread parents a reply
// must wait for, counts for `xmess status`, and the failed messages `xmess retry` replays.
import { statement, type Db } from './db.js';
import { finishMessage, getMessage } from './messages.js';

export interface PendingRow {
  id: number;
  attempts: number;
  raw_hash: string;
  origin: string;
  received_at: string | null;
  size: number;
  created_at: string;
}

/** Pending rows in arrival order; `storedBefore` leaves out the ones that are surely still in flight. */
export function pendingRows(db: Db, storedBefore?: string): PendingRow[] {
  const where = storedBefore ? `AND created_at < ?` : '';
  const args = storedBefore ? [storedBefore] : [];
  return statement(
    db,
    `SELECT id, attempts, raw_hash, origin, received_at, size, created_at FROM messages WHERE status = 'pending' ${where}
              ORDER BY received_at IS NULL, received_at, id`)
    .all(...args) as PendingRow[];
}

/** Earlier messages of the thread (by Message-ID) not yet committed: a reply committed first would miss its practice. */
export function pendingThreadParents(db: Db, rowId: number, messageIds: string[]): number {
  if (!messageIds.length) return 0;
  const marks = messageIds.map(() => '?').join(',');
  return statement(db, `SELECT count(*) FROM messages WHERE status = 'pending' AND id <> ? AND message_id IN (${marks})`).pluck().get(rowId, ...messageIds) as number;
}

export function messageCounts(db: Db): Record<string, number> {
  const rows = statement(db, 'SELECT status, count(*) AS n FROM messages GROUP BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export function outboxCounts(db: Db): Record<string, number> {
  const rows = statement(db, 'SELECT status, count(*) AS n FROM outbox GROUP BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export interface FailedMessage {
  id: number;
  message_id: string;
  origin: string;
  reason: string | null;
  processed_at: string | null;
}

export function failedMessages(db: Db, limit = 1_000_000): FailedMessage[] {
  return statement(
    db,
    `SELECT id, message_id, origin, reason, processed_at FROM messages WHERE status = 'failed' ORDER BY processed_at DESC, id DESC LIMIT ?`)
    .all(limit) as FailedMessage[];
}

/** Back to pending for another round; `attempts` is kept, so the new round gets new job ids. */
export function resetToPending(db: Db, ids: number[]): number {
  const stmt = statement(db, `UPDATE messages SET status = 'pending', reason = NULL, imap_done_at = NULL WHERE id = ? AND status = 'failed'`);
  return db.transaction(() => ids.reduce((n, id) => n + stmt.run(id).changes, 0))();
}

/**
 * Ends a round as failed, only if the row is still in that round (pending, same attempts): a stale
 * job of an earlier round, or a second delivery of the same job, changes nothing.
 */
export function failRound(db: Db, round: { rowId: number; gen: number }, reason: string): boolean {
  return db.transaction(() => {
    const row = getMessage(db, round.rowId);
    if (!row || row.status !== 'pending' || row.attempts !== round.gen) return false;
    finishMessage(db, round.rowId, { kind: row.kind, kindReason: row.kind_reason, status: 'failed', reason, language: null });
    return true;
  })();
}

export function isCurrentRound(db: Db, round: { rowId: number; gen: number }): boolean {
  const row = getMessage(db, round.rowId);
  return !!row && row.status === 'pending' && row.attempts === round.gen;
}
