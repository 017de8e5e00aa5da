// Decides once whether a failed job can succeed later: a pure function, so it is tested on plain
// errors and the processors only act on its answer (permanent → BullMQ's UnrecoverableError).
import { XmessError, errorMessage } from '../../domain/errors.js';

export interface Failure {
  permanent: boolean;
  reason: string;
}

/** Node and network error codes that mean "the other side or the machine is busy or away", not "this input is bad". */
const TRANSIENT_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  'EBUSY', 'EMFILE', 'ENFILE', 'ENOSPC', 'ENOMEM',
  // better-sqlite3: another process held the write lock longer than the busy timeout.
  'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT',
]);

/** ioredis while Redis restarts, and BullMQ when its connection closes under a job. */
const TRANSIENT_MESSAGE = /Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|ERR_REDIS|socket hang up|Missing lock for job|Lock mismatch/i;

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `unknown` says what an unclassified error means for this job. Analysis is a pure function of the
 * raw bytes, so an unclassified error there (a TypeError, a stage that throws) fails the same way on
 * every attempt: permanent, kept for `xmess retry` after a fix. Delivery talks to servers: transient.
 */
export function classifyFailure(err: unknown, unknown: 'permanent' | 'transient'): Failure {
  const reason = errorMessage(err);
  if (err instanceof XmessError) return { permanent: err.kind !== 'transient', reason };
  const code = codeOf(err) ?? codeOf((err as { cause?: unknown } | null)?.cause);
  if (code && TRANSIENT_CODES.has(code)) return { permanent: false, reason };
  if (TRANSIENT_MESSAGE.test(reason)) return { permanent: false, reason };
  return { permanent: unknown === 'permanent', reason };
}

/** BullMQ counts attemptsMade after the processor returns: the current attempt is the last when this is true. */
export function isLastAttempt(job: { attemptsMade: number; opts: { attempts?: number } }): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
