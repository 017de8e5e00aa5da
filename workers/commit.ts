// The 'commit' processor, only where the SQLite file is: processMessage with the worker's analysis as
// source and the store as sink (src/pipeline/queued.ts, store-sink.ts), the same sink `xmess ingest`
// commits through. Idempotent: the round is checked inside the same IMMEDIATE transaction as the write,
// so a redelivered job, a stale round or a second serve process on the same file changes nothing.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { MessageRound } from '../src/domain/round.js';
import type { Logger } from '../src/log.js';
import type { Analysis } from '../src/pipeline/analyse.js';
import type { CommitResult } from '../src/pipeline/commit.js';
import { processMessage } from '../src/pipeline/process-message.js';
import { analysisSource } from '../src/pipeline/queued.js';
import { makeStoreSink, type StoreSinkContext } from '../src/pipeline/store-sink.js';
import type { Db } from '../src/store/db.js';
import { getMessage } from '../src/store/messages.js';
import { pendingThreadParents } from '../src/store/rounds.js';
import { classifyFailure, isLastAttempt } from '../src/transports/queue/failure.js';
import type { CommitJob } from '../src/transports/queue/names.js';
import { dropRound } from '../src/transports/queue/side-keys.js';

export interface CommitDeps {
  db: Db;
  redis: Redis;
  ctx: Omit<StoreSinkContext, 'db'>;
  log: Logger;
  /** After a round ended (committed or failed): kick the sender, nudge the mailbox watcher. */
  onFinished?: (round: MessageRound, result: CommitResult) => Promise<void> | void;
}

export type CommitOutcome = { skipped: string } | { status: string; practices: number };

/** A reply analysed before its original waits this long for it (then commits anyway, as a new practice). */
const MAX_PARENT_WAIT_MS = 10 * 60_000;
const PARENT_RECHECK_MS = 1_000;

/** A reply committed before its original would miss its practice: the job is put back for a moment. */
async function waitForParents(deps: CommitDeps, job: Job<CommitJob>, token: string | undefined, a: Analysis): Promise<void> {
  if (Date.now() - job.timestamp > MAX_PARENT_WAIT_MS) return;
  const ids = [a.inReplyTo, ...a.references].filter((x): x is string => !!x);
  if (pendingThreadParents(deps.db, job.data.rowId, ids) === 0) return;
  await job.moveToDelayed(Date.now() + PARENT_RECHECK_MS, token);
  throw new DelayedError();
}

async function finish(deps: CommitDeps, round: MessageRound, result: CommitResult): Promise<CommitOutcome> {
  const row = getMessage(deps.db, round.rowId);
  if (row) await dropRound(deps.redis, round, row.raw_hash);
  const line = { message: round.rowId, messageId: row?.message_id, status: result.status, reason: result.reason, kind: result.kind, practices: result.practiceIds };
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

async function commitRound(deps: CommitDeps, job: Job<CommitJob>, token: string | undefined): Promise<CommitOutcome> {
  const round: MessageRound = { rowId: job.data.rowId, gen: job.data.gen };
  const processed = await processMessage(round, {
    source: analysisSource(deps, job.data, (a) => waitForParents(deps, job, token, a)),
    sink: makeStoreSink({ ...deps.ctx, db: deps.db }),
    // SQLITE_BUSY and Redis hiccups are retried; the last attempt, or a permanent error, ends the round.
    onError: (err) => {
      if (err instanceof DelayedError) throw err;
      const failure = classifyFailure(err, 'permanent');
      if (!failure.permanent && !isLastAttempt(job)) throw err;
      return `could not be stored: ${failure.reason}`;
    },
  });
  if (processed.outcome === 'skipped') return { skipped: processed.reason };
  if (!processed.result) return { skipped: processed.outcome === 'failed' ? 'round already finished' : 'round finished meanwhile' };
  const outcome = await finish(deps, round, processed.result);
  if (processed.outcome === 'failed' && processed.error !== null) throw new UnrecoverableError(classifyFailure(processed.error, 'permanent').reason);
  return outcome;
}

export function makeCommitProcessor(deps: CommitDeps) {
  return async (job: Job<CommitJob>, token: string | undefined): Promise<CommitOutcome> => commitRound(deps, job, token);
}
