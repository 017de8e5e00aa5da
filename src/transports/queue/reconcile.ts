// SQLite is the truth, Redis is a helper that may forget (a restart without persistence, an eviction):
// every pending message must have a live job. Run at start-up and periodically by `xmess serve`.
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import { failRound, isCurrentRound, pendingRows, type PendingRow } from '../../store/rounds.js';
import type { Queues } from './connection.js';
import type { Enqueue } from './enqueue.js';
import { roundJobId, type MessageRound } from './names.js';

export interface ReconcileDeps {
  db: Db;
  queues: Pick<Queues, 'analyse' | 'commit'>;
  enqueue: Enqueue;
  log: Logger;
}

export interface ReconcileResult {
  requeued: number;
  failed: number;
  inFlight: number;
}

type Verdict = 'settled' | 'in-flight' | 'requeue' | { fail: string };

/** What the jobs of one round say about it. */
async function judge(deps: ReconcileDeps, round: MessageRound): Promise<Verdict> {
  // Finished since the sweep listed it (a commit raced us): nothing to judge.
  if (!isCurrentRound(deps.db, round)) return 'settled';
  const id = roundJobId(round);
  const commit = await deps.queues.commit.getJob(id);
  const analyse = await deps.queues.analyse.getJob(id);
  if (commit) {
    const state = await commit.getState();
    // A commit that failed for good normally records itself; this covers one that stalled out.
    if (state === 'failed') return { fail: commit.failedReason || 'commit failed' };
    if (state !== 'completed') return 'in-flight';
    // Completed, yet the row is still pending in this round: the database was restored from a backup
    // older than Redis. Analyse and commit again.
    await commit.remove();
    await analyse?.remove();
    return 'requeue';
  }
  if (!analyse) return 'requeue';
  const state = await analyse.getState();
  if (state === 'failed') return { fail: analyse.failedReason || 'analysis failed' };
  if (state === 'completed') {
    // Analysed but its commit job is gone (Redis lost it): analyse again under the same id.
    await analyse.remove();
    return 'requeue';
  }
  return 'in-flight';
}

export async function reconcilePending(deps: ReconcileDeps, storedBefore?: string): Promise<ReconcileResult> {
  const result: ReconcileResult = { requeued: 0, failed: 0, inFlight: 0 };
  for (const row of pendingRows(deps.db, storedBefore)) await reconcileRow(deps, row, result);
  if (result.requeued || result.failed) deps.log.info({ ...result }, 'reconciled pending messages with the queues');
  return result;
}

async function reconcileRow(deps: ReconcileDeps, row: PendingRow, result: ReconcileResult): Promise<void> {
  const round = { rowId: row.id, gen: row.attempts };
  const verdict = await judge(deps, round);
  if (verdict === 'settled') return;
  if (verdict === 'in-flight') result.inFlight++;
  else if (verdict === 'requeue') {
    if (await deps.enqueue(row.id)) result.requeued++;
  } else if (failRound(deps.db, round, verdict.fail)) {
    result.failed++;
    deps.log.error({ message: row.id, status: 'failed', reason: verdict.fail }, 'message failed');
  }
}
