// The two ways of `xmess poll --once`: inline (process what the pass stored, then the mailbox action,
// no Redis) and queued (hand each message to the analyse queue, as serve does).
import type { Config } from '../config/load.js';
import { parseImapUrl } from '../config/imap-url.js';
import { parseRedisUrl } from '../config/redis-url.js';
import type { Logger } from '../log.js';
import { ingestPaths, type IngestSummary } from '../pipeline/ingest.js';
import { storeRaw, type PipelineContext } from '../pipeline/index.js';
import { pollOnce, type OnceResult } from '../transports/imap/once.js';
import { openQueues, openRedis } from '../transports/queue/connection.js';
import { makeEnqueue } from '../transports/queue/enqueue.js';

export interface PollOutcome {
  mailbox: string;
  pass: OnceResult;
  /** Inline only: what processing the pending messages gave. */
  processed: IngestSummary | null;
}

export async function pollInline(config: Config, pipeline: PipelineContext, log: Logger): Promise<PollOutcome> {
  const settings = parseImapUrl(config.imapUrl!);
  let processed: IngestSummary | null = null;
  const pass = await pollOnce({
    db: pipeline.db, store: (raw, oversize) => storeRaw(pipeline, raw, oversize), log, settings,
    // Stored rows stay pending; everything pending is then processed in arrival order, as `xmess ingest` does.
    handoff: async () => undefined,
    process: async () => void (processed = await ingestPaths(pipeline, [], log)),
  });
  // An idle document reader would keep a one-shot command alive for its idle timeout (WORKER_IDLE_MS).
  await pipeline.reader.close();
  return { mailbox: settings.key, pass, processed };
}

export async function pollQueued(config: Config, pipeline: PipelineContext, log: Logger): Promise<PollOutcome> {
  const settings = parseImapUrl(config.imapUrl!);
  const redisSettings = parseRedisUrl(config.redisUrl!);
  const redis = openRedis(redisSettings, log);
  const queues = openQueues(redisSettings, log);
  try {
    const handoff = makeEnqueue({ db: pipeline.db, rawDir: pipeline.rawDir, redis, queues });
    const pass = await pollOnce({ db: pipeline.db, store: (raw, oversize) => storeRaw(pipeline, raw, oversize), log, settings, handoff });
    return { mailbox: settings.key, pass, processed: null };
  } finally {
    await queues.close();
    redis.disconnect();
  }
}
