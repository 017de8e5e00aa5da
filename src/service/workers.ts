// Starts BullMQ workers around the processors of workers/ and gives each a logger: a retried attempt
// at warn, the last one at error, stalls at warn. Every start returns something to close.
import { Worker, type Job, type Processor } from 'bullmq';
import type { RedisSettings } from '../config/redis-url.js';
import type { Logger } from '../log.js';
import { makeErrorLogger } from '../transports/queue/connection.js';
import { QUEUE_PREFIX, type QueueName } from '../transports/queue/names.js';
import { workerOptions } from '../transports/queue/policy.js';

function describeJob(job: Job | undefined): Record<string, unknown> {
  return job ? { queue: job.queueName, job: job.id, attempt: job.attemptsMade, of: job.opts.attempts ?? 1 } : {};
}

export function startWorker<T, R>(name: QueueName, processor: Processor<T, R>, redis: RedisSettings, concurrency: number, log: Logger): Worker<T, R> {
  const worker = new Worker<T, R>(name, processor, { connection: { ...redis }, prefix: QUEUE_PREFIX, ...workerOptions(concurrency) });
  worker.on('error', makeErrorLogger(log, `worker ${name}`));
  worker.on('failed', (job, err) => {
    // finishedOn is set only when BullMQ gives up; before that the attempt will be retried after a backoff.
    const final = !!job?.finishedOn;
    const line = { ...describeJob(job), err: err.message };
    if (final) log.error(line, `job failed for good: ${err.message}`);
    else log.warn(line, `attempt failed, will retry: ${err.message}`);
  });
  worker.on('stalled', (jobId) => log.warn({ queue: name, job: jobId }, 'job stalled (its worker died or blocked); taken back'));
  return worker;
}

/**
 * Closes workers within `graceMs`: first letting active jobs finish, then cancelling the rest (the
 * analyse processor puts a cancelled job back to 'wait'; others get the abort and fail an attempt).
 */
export async function closeWorkers(workers: Worker[], graceMs: number, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = Promise.all(workers.map((w) => w.close())).then(() => 'closed' as const);
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  const first = await Promise.race([graceful, late]);
  clearTimeout(timer);
  if (first === 'closed') return;
  log.warn({ graceMs }, 'jobs still active at shutdown: releasing them');
  for (const w of workers) w.cancelAllJobs('shutdown');
  await Promise.race([Promise.all(workers.map((w) => w.close(true))), new Promise((r) => setTimeout(r, 1_000))]);
}
