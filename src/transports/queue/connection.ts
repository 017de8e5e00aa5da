// Opens the queues and the Redis client for side keys. Nothing connects on import; whoever opens
// closes (BullMQ never closes a connection it was handed, so we hand it options, not clients).
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { RedisSettings } from '../../config/redis-url.js';
import type { Logger } from '../../log.js';
import { QUEUE_PREFIX, QUEUES, type AnalyseJob, type CommitJob, type QueueName, type ScheduleJob, type SendJob } from './names.js';

export interface Queues {
  analyse: Queue<AnalyseJob>;
  commit: Queue<CommitJob>;
  send: Queue<SendJob>;
  schedule: Queue<ScheduleJob>;
  all(): Queue[];
  close(): Promise<void>;
}

/** While Redis is away every reconnect attempt fails: one warning per distinct message per interval is enough. */
const REPEAT_LOG_MS = 10_000;

export function makeErrorLogger(log: Logger, what: string): (err: Error) => void {
  const last = new Map<string, number>();
  return (err) => {
    const now = Date.now();
    if ((last.get(err.message) ?? 0) + REPEAT_LOG_MS > now) return;
    last.set(err.message, now);
    log.warn({ err: err.message, component: what }, `${what}: ${err.message}`);
  };
}

/** Fail fast: for commands that must answer or give up (status, retry), never for workers. */
const FAIL_FAST = { maxRetriesPerRequest: 1, connectTimeout: 3_000, retryStrategy: () => null };

export function openQueues(settings: RedisSettings, log: Logger, opts: { failFast?: boolean } = {}): Queues {
  const connection = opts.failFast ? { ...settings, ...FAIL_FAST } : { ...settings };
  const open = <T>(name: QueueName): Queue<T> => {
    const q = new Queue<T>(name, { connection, prefix: QUEUE_PREFIX });
    // An EventEmitter 'error' without a listener would crash the process during a Redis restart.
    q.on('error', makeErrorLogger(log, `queue ${name}`));
    return q;
  };
  const queues = {
    analyse: open<AnalyseJob>(QUEUES.analyse),
    commit: open<CommitJob>(QUEUES.commit),
    send: open<SendJob>(QUEUES.send),
    schedule: open<ScheduleJob>(QUEUES.schedule),
  };
  const all = (): Queue[] => Object.values(queues) as Queue[];
  return { ...queues, all, close: async () => void (await Promise.allSettled(all().map((q) => q.close()))) };
}

export function openRedis(settings: RedisSettings, log: Logger, opts: { failFast?: boolean } = {}): Redis {
  const redis = new Redis({ ...settings, ...(opts.failFast ? FAIL_FAST : {}) });
  redis.on('error', makeErrorLogger(log, 'redis'));
  return redis;
}
