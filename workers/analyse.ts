// The 'analyse' processor: processMessage with the queue's payload as source and the commit queue as
// sink (src/pipeline/queued.ts). Stateless, so it runs in `xmess worker` on any host. A failure is
// classified once: permanent → UnrecoverableError at once; transient → BullMQ retries with backoff.
// Either way, the last word goes to the commit queue, because only that host may write the status.
import { UnrecoverableError, WaitingError, type Job } from 'bullmq';
import { analyse, type AnalysisContext } from '../src/pipeline/analyse.js';
import { processMessage } from '../src/pipeline/process-message.js';
import { commitQueueSink, payloadSource, type AnalyseResult, type AnalyseSide } from '../src/pipeline/queued.js';
import { classifyFailure, isLastAttempt } from '../src/transports/queue/failure.js';
import type { AnalyseJob } from '../src/transports/queue/names.js';

export interface AnalyseDeps extends AnalyseSide {
  ctx: AnalysisContext;
}

export type AnalyseOutcome = AnalyseResult | { skipped: string };

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

async function analyseRound(deps: AnalyseDeps, job: Job<AnalyseJob>, signal: AbortSignal | undefined): Promise<AnalyseOutcome> {
  const processed = await processMessage({ rowId: job.data.rowId, gen: job.data.gen }, {
    source: payloadSource(deps, job.data),
    sink: commitQueueSink(deps),
    analyse: (raw) => untilAborted(analyse(raw, deps.ctx), signal),
    // Transient errors before the last attempt are BullMQ's to retry; the rest end the round.
    onError: (err) => {
      if (err instanceof ShutdownAbort) throw err;
      const failure = classifyFailure(err, 'permanent');
      if (!failure.permanent && !isLastAttempt(job)) throw err;
      return failure.reason;
    },
  });
  if (processed.outcome === 'skipped') return { skipped: processed.reason };
  if (processed.outcome === 'done') return processed.result;
  throw classifyFailure(processed.error, 'permanent').permanent ? new UnrecoverableError(processed.reason) : processed.error;
}

export function makeAnalyseProcessor(deps: AnalyseDeps) {
  // Three declared parameters: BullMQ passes the abort signal only to processors whose length is ≥ 3.
  return async (job: Job<AnalyseJob>, token: string | undefined, signal: AbortSignal | undefined): Promise<AnalyseOutcome> => {
    try {
      return await analyseRound(deps, job, signal);
    } catch (err) {
      if (!(err instanceof ShutdownAbort)) throw err;
      await job.moveToWait(token);
      throw new WaitingError();
    }
  };
}
