// The 'commit' processor, only where the SQLite file is: writes a round's analysis (or its failure)
// once. Idempotent: the round is checked inside the same IMMEDIATE transaction as the write, so a
// redelivered job, a stale round or a second serve process on the same file changes nothing.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../src/log.js';
import type { Analysis } from '../src/pipeline/analyse.js';
import { commitAnalysis, type CommitContext, type CommitResult } from '../src/pipeline/commit.js';
import { planFollowUps } from '../src/pipeline/follow-ups.js';
import type { FollowUpSettings } from '../src/pipeline/index.js';
import type { Db } from '../src/store/db.js';
import { getMessage } from '../src/store/messages.js';
import { failRound, isCurrentRound, pendingThreadParents } from '../src/store/rounds.js';
import { classifyFailure, isLastAttempt } from '../src/transports/queue/failure.js';
import type { CommitJob, MessageRound } from '../src/transports/queue/names.js';
import { dropRound, getAnalysis } from '../src/transports/queue/side-keys.js';

export interface CommitDeps {
  db: Db;
  redis: Redis;
  ctx: CommitContext & { followUps?: FollowUpSettings };
  log: Logger;
  /** After a round ended (committed or failed): kick the sender, nudge the mailbox watcher. */
  onFinished?: (round: MessageRound, result: CommitResult) => Promise<void> | void;
}

export type CommitOutcome = { skipped: string } | { status: string; practices: number };

/** A reply analysed before its original waits this long for it (then commits anyway, as a new practice). */
const MAX_PARENT_WAIT_MS = 10 * 60_000;
const PARENT_RECHECK_MS = 1_000;

function mustWaitForParents(deps: CommitDeps, job: Job<CommitJob>, a: Analysis): boolean {
  if (Date.now() - job.timestamp > MAX_PARENT_WAIT_MS) return false;
  const ids = [a.inReplyTo, ...a.references].filter((x): x is string => !!x);
  return pendingThreadParents(deps.db, job.data.rowId, ids) > 0;
}

/**
 * The check and the write in one IMMEDIATE transaction: two processes can never both commit a round.
 * Follow-ups are planned in the same transaction, as processStored does: both are kept, or neither.
 */
function commitOnce(deps: CommitDeps, round: MessageRound, a: Analysis): CommitResult | null {
  return deps.db.transaction(() => {
    if (!isCurrentRound(deps.db, round)) return null;
    const result = commitAnalysis(deps.db, round.rowId, a, deps.ctx);
    if (deps.ctx.followUps) planFollowUps({ ...deps.ctx.followUps, db: deps.db }, round.rowId);
    return result;
  }).immediate();
}

async function finish(deps: CommitDeps, round: MessageRound, result: CommitResult, messageId: string | undefined): Promise<CommitOutcome> {
  const line = { message: round.rowId, messageId, status: result.status, reason: result.reason, kind: result.kind, practices: result.practiceIds };
  if (result.status === 'failed') deps.log.error(line, 'message failed');
  else deps.log.info(line, 'message processed');
  try {
    await deps.onFinished?.(round, result);
  } catch (err) {
    // The round is committed; a lost kick is caught up by the scheduled outbox sweep.
    deps.log.warn({ message: round.rowId, err: (err as Error).message }, 'after-commit hook failed');
  }
  return { status: result.status, practices: result.practiceIds.length };
}

async function recordFailure(deps: CommitDeps, round: MessageRound, reason: string): Promise<CommitOutcome> {
  if (!failRound(deps.db, round, reason)) return { skipped: 'round already finished' };
  const row = getMessage(deps.db, round.rowId);
  if (row) await dropRound(deps.redis, round, row.raw_hash);
  return finish(deps, round, { kind: row?.kind ?? null, status: 'failed', reason, practiceIds: [] }, row?.message_id);
}

async function commitRound(deps: CommitDeps, job: Job<CommitJob>, token: string | undefined): Promise<CommitOutcome> {
  const round: MessageRound = { rowId: job.data.rowId, gen: job.data.gen };
  if (!isCurrentRound(deps.db, round)) return { skipped: 'not the current round of a pending message' };
  if (job.data.outcome === 'failed') return recordFailure(deps, round, job.data.reason);
  const analysis = await getAnalysis(deps.redis, round);
  if (!analysis) return recordFailure(deps, round, 'its analysis is no longer in Redis (expired, or Redis lost its data); run `xmess retry`');
  if (mustWaitForParents(deps, job, analysis)) {
    await job.moveToDelayed(Date.now() + PARENT_RECHECK_MS, token);
    throw new DelayedError();
  }
  const result = commitOnce(deps, round, analysis);
  if (!result) return { skipped: 'round finished meanwhile' };
  const row = getMessage(deps.db, round.rowId);
  if (row) await dropRound(deps.redis, round, row.raw_hash);
  return finish(deps, round, result, analysis.messageId);
}

export function makeCommitProcessor(deps: CommitDeps) {
  return async (job: Job<CommitJob>, token: string | undefined): Promise<CommitOutcome> => {
    try {
      return await commitRound(deps, job, token);
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      const failure = classifyFailure(err, 'permanent');
      if (!failure.permanent && !isLastAttempt(job)) throw err;
      await recordFailure(deps, { rowId: job.data.rowId, gen: job.data.gen }, `could not be stored: ${failure.reason}`);
      throw new UnrecoverableError(failure.reason);
    }
  };
}
