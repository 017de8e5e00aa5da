// What `xmess status` reports, gathered as one JSON-serialisable value: the mailbox checkpoint, the
// message and outbox counts, recent failures, and the queues when Redis is configured and answers.
import type { Config } from '../config/load.js';
import { parseRedisUrl } from '../config/redis-url.js';
import { errorMessage } from '../domain/errors.js';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import { listCheckpoints, type Checkpoint } from '../store/mailbox.js';
import { failedMessages, messageCounts, outboxCounts, type FailedMessage } from '../store/rounds.js';
import { openQueues, openRedis } from '../transports/queue/connection.js';
import { SCHEDULES } from '../transports/queue/schedules.js';

export interface QueueStatus {
  name: string;
  counts: Record<string, number>;
}

export interface ServiceStatus {
  mailboxes: Checkpoint[];
  messages: Record<string, number>;
  outbox: Record<string, number>;
  recentFailures: FailedMessage[];
  redis: { configured: boolean; reachable: boolean | null; error: string | null };
  queues: QueueStatus[];
  schedules: { id: string; every: number | null; next: number | null }[];
}

const RECENT_FAILURES = 10;
const COUNTED_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'] as const;

async function queueStatus(config: Config, log: Logger, status: ServiceStatus): Promise<void> {
  const settings = parseRedisUrl(config.redisUrl!);
  const redis = openRedis(settings, log, { failFast: true });
  try {
    await redis.ping();
  } catch (err) {
    status.redis = { configured: true, reachable: false, error: errorMessage(err) };
    return;
  } finally {
    redis.disconnect();
  }
  const queues = openQueues(settings, log, { failFast: true });
  try {
    for (const q of queues.all()) status.queues.push({ name: q.name, counts: await q.getJobCounts(...COUNTED_STATES) });
    const known = await queues.schedule.getJobSchedulers();
    status.schedules = SCHEDULES.map((s) => {
      const found = known.find((k) => k.key === s.id || k.id === s.id);
      return { id: s.id, every: found?.every ? Number(found.every) : null, next: found?.next ?? null };
    });
    status.redis = { configured: true, reachable: true, error: null };
  } finally {
    await queues.close();
  }
}

export async function gatherStatus(db: Db, config: Config, log: Logger): Promise<ServiceStatus> {
  const status: ServiceStatus = {
    mailboxes: listCheckpoints(db), messages: messageCounts(db), outbox: outboxCounts(db),
    recentFailures: failedMessages(db, RECENT_FAILURES),
    redis: { configured: !!config.redisUrl, reachable: null, error: null }, queues: [], schedules: [],
  };
  if (config.redisUrl) await queueStatus(config, log, status);
  return status;
}
