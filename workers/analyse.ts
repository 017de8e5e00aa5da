// The 'analyse' processor: raw bytes (side key) → Analysis (side key) → a 'commit' job for the host
// that owns SQLite. Stateless, so it runs in `xmess worker` on any host. A failure is classified once:
// permanent → UnrecoverableError at once; transient → BullMQ retries with backoff. Either way, the
// last word goes to the commit queue, because only that host may write the message's status.
import { UnrecoverableError, WaitingError, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { PermanentError } from '../src/domain/errors.js';
import { analyse, type AnalysisContext } from '../src/pipeline/analyse.js';
import { classifyFailure, isLastAttempt } from '../src/transports/queue/failure.js';
import { roundJobId, type AnalyseJob, type CommitJob, type MessageRound } from '../src/transports/queue/names.js';
import { JOB_OPTIONS } from '../src/transports/queue/policy.js';
import { getRaw, putAnalysis } from '../src/transports/queue/side-keys.js';

export interface AnalyseDeps {
  redis: Redis;
  commitQueue: Pick<Queue<CommitJob>, 'add' | 'getJob'>;
  ctx: AnalysisContext;
}

export type AnalyseResult = { kind: string; practices: number } | { skipped: string };

/** Thrown when the worker is shutting down: the job goes back to 'wait' for another worker, no attempt spent. */
class ShutdownAbort extends Error {}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new ShutdownAbort(String(signal.reason ?? 'shutdown')));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function addCommit(deps: AnalyseDeps, data: CommitJob): Promise<void> {
  await deps.commitQueue.add('commit', data, { ...JOB_OPTIONS.commit, jobId: roundJobId(data) });
}

async function analyseRound(deps: AnalyseDeps, job: Job<AnalyseJob>, signal: AbortSignal | undefined): Promise<AnalyseResult> {
  const { rowId, gen, rawHash, origin, internalDate } = job.data;
  const round: MessageRound = { rowId, gen };
  const bytes = await getRaw(deps.redis, rawHash);
  // A stalled job retried after its round was committed (the commit drops the raw bytes): nothing to do.
  if (!bytes && (await deps.commitQueue.getJob(roundJobId(round)))) return { skipped: 'round already analysed' };
  if (!bytes) throw new PermanentError('its raw bytes are no longer in Redis (expired, or Redis lost its data); run `xmess retry`', `message ${rowId}`);
  const analysis = await untilAborted(analyse({ bytes, origin, internalDate: internalDate ? new Date(internalDate) : null }, deps.ctx), signal);
  await putAnalysis(deps.redis, round, analysis);
  await addCommit(deps, { ...round, outcome: 'analysed' });
  return { kind: analysis.kind.kind, practices: analysis.practices.length };
}

export function makeAnalyseProcessor(deps: AnalyseDeps) {
  // Three declared parameters: BullMQ passes the abort signal only to processors whose length is ≥ 3.
  return async (job: Job<AnalyseJob>, token: string | undefined, signal: AbortSignal | undefined): Promise<AnalyseResult> => {
    try {
      return await analyseRound(deps, job, signal);
    } catch (err) {
      if (err instanceof ShutdownAbort) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      const failure = classifyFailure(err, 'permanent');
      if (failure.permanent || isLastAttempt(job)) {
        await addCommit(deps, { rowId: job.data.rowId, gen: job.data.gen, outcome: 'failed', reason: failure.reason, permanent: failure.permanent });
      }
      throw failure.permanent ? new UnrecoverableError(failure.reason) : err;
    }
  };
}
