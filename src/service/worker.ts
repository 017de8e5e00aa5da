// `xmess worker`: analysis only, on any host. No database: raw bytes come from Redis, analyses go back
// to Redis with a 'commit' job for the host that owns the SQLite file.
import type { Config } from '../config/load.js';
import { parseRedisUrl } from '../config/redis-url.js';
import type { Logger } from '../log.js';
import { openQueues, openRedis } from '../transports/queue/connection.js';
import { QUEUES } from '../transports/queue/names.js';
import { makeAnalyseProcessor } from '../../workers/analyse.js';
import type { Running } from './serve.js';
import { openDocumentReader } from '../stages/parse/attachments/index.js';
import { closeInOrder } from './shutdown.js';
import { closeWorkers, startWorker } from './workers.js';

/** Active jobs get this long to finish at shutdown before they are put back for another worker. */
const WORKER_GRACE_MS = 6_000;

export function startAnalyseWorkers(config: Config, log: Logger, concurrency: number): Running {
  const settings = parseRedisUrl(config.redisUrl!);
  const redis = openRedis(settings, log);
  const queues = openQueues(settings, log);
  const reader = openDocumentReader();
  const ctx = { municipalities: config.municipalities, lexicon: config.lexicon, reader };
  const worker = startWorker(QUEUES.analyse, makeAnalyseProcessor({ redis, commitQueue: queues.commit, ctx }), settings, concurrency, log);
  log.info({ concurrency }, 'xmess worker started (analysis only)');
  return {
    stop: () =>
      closeInOrder([
        ['workers', () => closeWorkers([worker], WORKER_GRACE_MS, log), WORKER_GRACE_MS + 1_500],
        ['document readers', () => reader.close(), 500],
        ['queues', () => queues.close(), 500],
        ['redis', async () => void (await redis.quit().catch(() => redis.disconnect())), 300],
      ], log).finally(() => redis.disconnect()),
  };
}
