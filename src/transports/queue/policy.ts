// Retry and retention policy of every queue, and the worker settings that recover stalled jobs.
// Each number says what it buys; the processors never pick their own.
import type { JobsOptions, WorkerOptions } from 'bullmq';
import type { QueueName } from './names.js';

/** Completed jobs: a day of history for the dashboard, bounded so Redis memory stays flat under load. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 5_000 };
/** Failed jobs are kept a month: they are what `xmess retry` replays and what a person inspects. */
const KEEP_FAILED = { age: 30 * 24 * 3600 };

/**
 * attempts × exponential backoff (delay·2^(n-1), ±50 % jitter so workers that failed together do not
 * retry together). analyse: 2+4+8+16 s ≈ 30 s covers a Redis restart; send: 5 s … 10 min ≈ 21 min of
 * SMTP outage before a follow-up job gives up (the outbox row itself stays pending for the next sweep).
 */
export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  analyse: { attempts: 5, backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
  commit: { attempts: 5, backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
  send: { attempts: 8, backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
  schedule: { attempts: 3, backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 }, removeOnComplete: { count: 200 }, removeOnFail: { count: 500 } },
};

/**
 * A job whose worker died (kill -9, lost host) is taken back after its lock expires and the next
 * stalled check runs: at most LOCK_MS + STALLED_CHECK_MS, ~20 s instead of BullMQ's default ~60 s.
 * The lock is renewed every LOCK_MS/2 from a timer, so only an event loop blocked for 15 s would
 * lose a live job; analysis runs heavy documents in worker threads, and a second run is harmless
 * (analyse is stateless, commit is idempotent per round).
 */
export const LOCK_MS = 15_000;
export const STALLED_CHECK_MS = 5_000;
/** Stalls tolerated before a job fails: a message that kills its worker twice is not retried forever. */
export const MAX_STALLED = 2;

export function workerOptions(concurrency: number): Pick<WorkerOptions, 'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> {
  return { concurrency, lockDuration: LOCK_MS, stalledInterval: STALLED_CHECK_MS, maxStalledCount: MAX_STALLED };
}

/** Raw bytes and analyses in side keys expire if their job is lost: a week leaves time to notice and `xmess retry`. */
export const SIDE_KEY_TTL_SECONDS = 7 * 24 * 3600;
