// `xmess retry`: failed messages back to pending for a new round (queued under new job ids, or processed
// inline); failed delivery and schedule jobs replayed as they were; failed analyse/commit jobs dropped,
// since their messages' new rounds replace them (and reconcile re-queues any pending message left jobless).
import type { Job, Queue } from 'bullmq';
import type { Config } from '../config/load.js';
import { parseRedisUrl } from '../config/redis-url.js';
import type { Logger } from '../log.js';
import { ingestPaths, type IngestSummary } from '../pipeline/ingest.js';
import type { PipelineContext } from '../pipeline/index.js';
import { isHeadOnly } from '../pipeline/store-message.js';
import type { Db } from '../store/db.js';
import { failedMessages, resetToPending } from '../store/rounds.js';
import { openQueues, openRedis, type Queues } from '../transports/queue/connection.js';
import { makeEnqueue } from '../transports/queue/enqueue.js';

/** Failed jobs read per page; pages are read until none is left. */
const PAGE = 500;

/** Failed messages back to pending, except those of which only the head was archived: a new round would analyse a fragment. */
export function resetFailedMessages(db: Db): number[] {
  const ids = failedMessages(db).filter((m) => !isHeadOnly(m.reason)).map((m) => m.id);
  resetToPending(db, ids);
  return ids;
}

async function drainFailed(q: Queue, act: (job: Job) => Promise<unknown>): Promise<number> {
  let n = 0;
  for (let jobs = await q.getFailed(0, PAGE - 1); jobs.length; jobs = await q.getFailed(0, PAGE - 1)) {
    for (const job of jobs) await act(job as Job);
    n += jobs.length;
  }
  return n;
}

async function replayJobs(queues: Queues): Promise<{ replayed: number; dropped: number }> {
  let replayed = 0;
  let dropped = 0;
  for (const q of [queues.send, queues.schedule] as Queue[]) replayed += await drainFailed(q, (job) => job.retry('failed'));
  for (const q of [queues.analyse, queues.commit] as Queue[]) dropped += await drainFailed(q, (job) => job.remove());
  return { replayed, dropped };
}

export interface RetryOutcome {
  messages: number;
  replayed: number;
  dropped: number;
  processed: IngestSummary | null;
}

export async function retryQueued(config: Config, pipeline: PipelineContext, log: Logger): Promise<RetryOutcome> {
  const settings = parseRedisUrl(config.redisUrl!);
  const redis = openRedis(settings, log, { failFast: true });
  const queues = openQueues(settings, log, { failFast: true });
  try {
    const jobs = await replayJobs(queues);
    const ids = resetFailedMessages(pipeline.db);
    const enqueue = makeEnqueue({ db: pipeline.db, rawDir: pipeline.rawDir, redis, queues });
    for (const id of ids) await enqueue(id);
    return { messages: ids.length, ...jobs, processed: null };
  } finally {
    await queues.close();
    redis.disconnect();
  }
}

export async function retryInline(pipeline: PipelineContext, log: Logger): Promise<RetryOutcome> {
  const ids = resetFailedMessages(pipeline.db);
  const processed = await ingestPaths(pipeline, [], log);
  // An idle document reader would keep a one-shot command alive for its idle timeout (WORKER_IDLE_MS).
  await pipeline.reader.close();
  return { messages: ids.length, replayed: 0, dropped: 0, processed };
}
