// Every SQL statement about the IMAP mailbox: checkpoints (mailbox, UIDVALIDITY, last UID) and where
// each stored message sits, so the after-processing action (\Seen or move) finds it again.
import { nowIso, statement, type Db } from './db.js';

export interface Checkpoint {
  mailbox: string;
  uidvalidity: string;
  last_uid: number;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  updated_at: string;
}

export function getCheckpoint(db: Db, mailbox: string): Checkpoint | undefined {
  return statement(db, 'SELECT * FROM imap_checkpoints WHERE mailbox = ?').get(mailbox) as Checkpoint | undefined;
}

export function listCheckpoints(db: Db): Checkpoint[] {
  return statement(db, 'SELECT * FROM imap_checkpoints ORDER BY mailbox').all() as Checkpoint[];
}

/** A first visit, or a new UIDVALIDITY: start again from UID 0 (the unique keys absorb what was already stored). */
export function resetCheckpoint(db: Db, mailbox: string, uidvalidity: string): Checkpoint {
  statement(db, 
    `INSERT INTO imap_checkpoints (mailbox, uidvalidity, last_uid, updated_at) VALUES (?, ?, 0, ?)
     ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = 0, updated_at = excluded.updated_at`,
  ).run(mailbox, uidvalidity, nowIso());
  return getCheckpoint(db, mailbox)!;
}

/** Moves forward only, and only under the UIDVALIDITY it was read with. */
export function advanceCheckpoint(db: Db, mailbox: string, uidvalidity: string, uid: number): void {
  statement(db, 'UPDATE imap_checkpoints SET last_uid = ?, updated_at = ? WHERE mailbox = ? AND uidvalidity = ? AND last_uid < ?')
    .run(uid, nowIso(), mailbox, uidvalidity, uid);
}

export function markPollStarted(db: Db, mailbox: string): void {
  statement(db, 'UPDATE imap_checkpoints SET last_poll_at = ? WHERE mailbox = ?').run(nowIso(), mailbox);
}

export function markPollSucceeded(db: Db, mailbox: string): void {
  statement(db, 'UPDATE imap_checkpoints SET last_success_at = ?, last_error = NULL WHERE mailbox = ?').run(nowIso(), mailbox);
}

export function markPollFailed(db: Db, mailbox: string, error: string): void {
  statement(db, 'UPDATE imap_checkpoints SET last_error = ?, updated_at = ? WHERE mailbox = ?').run(error, nowIso(), mailbox);
}

export function setImapLocation(db: Db, rowId: number, mailbox: string, uidvalidity: string, uid: number): void {
  statement(db, 'UPDATE messages SET imap_mailbox = ?, imap_uidvalidity = ?, imap_uid = ? WHERE id = ?').run(mailbox, uidvalidity, uid, rowId);
}

/**
 * UIDs whose processing ended and whose after-processing action is still to do. Failed messages are
 * left alone (unseen, in place) so that a person notices them; `xmess retry` brings them back here.
 */
export function uidsAwaitingAction(db: Db, mailbox: string, uidvalidity: string, limit = 500): { id: number; uid: number }[] {
  return statement(
    db,
    
      `SELECT id, imap_uid AS uid FROM messages WHERE imap_mailbox = ? AND imap_uidvalidity = ? AND imap_done_at IS NULL
         AND imap_uid IS NOT NULL AND status NOT IN ('pending', 'failed') ORDER BY imap_uid LIMIT ?`,
    )
    .all(mailbox, uidvalidity, limit) as { id: number; uid: number }[];
}

export function markActionDone(db: Db, ids: number[]): void {
  const stmt = statement(db, 'UPDATE messages SET imap_done_at = ? WHERE id = ?');
  const at = nowIso();
  db.transaction(() => ids.forEach((id) => stmt.run(at, id)))();
}
