// `xmess serve`, assembled: mailbox watcher → analyse workers → committer → sender, the schedules,
// and a maintenance loop that keeps Redis in step with SQLite. Returns a stop() that fits the
// shutdown budget. Several serve processes may share one SQLite file and one Redis.
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/load.js';
import { parseImapUrl } from '../config/imap-url.js';
import { parseRedisUrl, type RedisSettings } from '../config/redis-url.js';
import { errorMessage } from '../domain/errors.js';
import type { Logger } from '../log.js';
import type { CommitResult } from '../pipeline/commit.js';
import { storeRaw, type PipelineContext } from '../pipeline/index.js';
import { openQueues, openRedis, type Queues } from '../transports/queue/connection.js';
import { makeEnqueue } from '../transports/queue/enqueue.js';
import { QUEUES, type MessageRound } from '../transports/queue/names.js';
import { JOB_OPTIONS } from '../transports/queue/policy.js';
import { reconcilePending } from '../transports/queue/reconcile.js';
import { ensureSchedules } from '../transports/queue/schedules.js';
import { startWatcher, type Watcher } from '../transports/imap/watcher.js';
import { makeAnalyseProcessor } from '../../workers/analyse.js';
import { makeCommitProcessor } from '../../workers/commit.js';
import { makeScheduleProcessor, makeSendProcessor } from '../../workers/send.js';
import type { Dashboard } from './dashboard.js';
import { makeFollowUps, type FollowUps } from '../follow-ups/jobs.js';
import { closeInOrder } from './shutdown.js';
import { closeWorkers, startWorker } from './workers.js';

export interface ServeOptions {
  /** Analyse jobs run at once in this process; 0 leaves analysis to `xmess worker` processes. */
  concurrency: number;
  dashboardPort?: number;
}

export interface Running {
  stop(): Promise<void>;
}

/** Every 30 s: re-create what Redis forgot (jobs of pending messages, schedulers). */
const MAINTENANCE_MS = 30_000;
/** Messages stored less than this long ago are surely in flight: the periodic check leaves them alone. */
const IN_FLIGHT_GRACE_MS = 60_000;
/** A delivery run waits this long after the commit that asked for it, gathering the commits that follow. */
const DELIVERY_BATCH_MS = 250;
/** Shares of the 10 s budget: the watcher finishes the message in hand, workers finish or release jobs. */
const WORKER_GRACE_MS = 4_000;

function startHostWorkers(ctx: ServeContext, followUps: FollowUps, onFinished: (r: MessageRound, res: CommitResult) => Promise<void>, opts: ServeOptions): Worker[] {
  const { redisSettings: rs, redis, queues, log, pipeline } = ctx;
  const workers: Worker[] = [
    startWorker(QUEUES.commit, makeCommitProcessor({ db: pipeline.db, redis, ctx: pipeline, log, onFinished }), rs, 1, log),
    startWorker(QUEUES.send, makeSendProcessor(followUps), rs, 1, log),
    startWorker(QUEUES.schedule, makeScheduleProcessor(followUps), rs, 1, log),
  ];
  if (opts.concurrency > 0) workers.push(startWorker(QUEUES.analyse, makeAnalyseProcessor({ redis, commitQueue: queues.commit, ctx: pipeline }), rs, opts.concurrency, log));
  return workers;
}

interface ServeContext {
  pipeline: PipelineContext;
  log: Logger;
  redisSettings: RedisSettings;
  redis: Redis;
  queues: Queues;
}

/**
 * Start-up, periodic, and after every Redis reconnection. Never awaited by start, so serve comes up
 * (and stores mail) while Redis is down. A full run asked for while one runs is run right after it:
 * the running one may have judged jobs "in flight" in a Redis that has since forgotten them.
 */
function makeMaintenance(ctx: ServeContext, enqueue: ReturnType<typeof makeEnqueue>): (full: boolean) => Promise<void> {
  let running = false;
  let fullAgain = false;
  const run = async (full: boolean): Promise<void> => {
    if (running) {
      fullAgain ||= full;
      return;
    }
    running = true;
    try {
      await ensureSchedules(ctx.queues.schedule, !full);
      const before = full ? undefined : new Date(Date.now() - IN_FLIGHT_GRACE_MS).toISOString();
      await reconcilePending({ db: ctx.pipeline.db, queues: ctx.queues, enqueue, log: ctx.log }, before);
    } catch (err) {
      ctx.log.warn({ err: errorMessage(err) }, 'maintenance (reconcile with Redis) failed; will try again');
    } finally {
      running = false;
    }
    if (fullAgain) {
      fullAgain = false;
      await run(true);
    }
  };
  return run;
}

export async function startServe(config: Config, pipeline: PipelineContext, log: Logger, opts: ServeOptions): Promise<Running> {
  const imap = parseImapUrl(config.imapUrl!);
  const redisSettings = parseRedisUrl(config.redisUrl!);
  const ctx: ServeContext = { pipeline, log, redisSettings, redis: openRedis(redisSettings, log), queues: openQueues(redisSettings, log) };
  // Aborted first at shutdown, so a delivery run stops between rows instead of being cut mid-send.
  const stopping = new AbortController();
  const followUps = makeFollowUps(pipeline.db, pipeline.followUps, log, stopping.signal);
  const enqueue = makeEnqueue({ db: pipeline.db, rawDir: pipeline.rawDir, redis: ctx.redis, queues: ctx.queues });
  let watcher: Watcher | null = null;
  const onFinished = async (round: MessageRound, _result: CommitResult): Promise<void> => {
    // One delivery run for a burst of commits: at most one waiting and one active (a commit during a run
    // queues exactly one more), each a moment after the first kick, so a backlog opens one SMTP connection
    // per batch instead of one per message.
    await ctx.queues.send.add('send', { cause: `after m${round.rowId}.${round.gen}` },
      { ...JOB_OPTIONS.send, delay: DELIVERY_BATCH_MS, deduplication: { id: 'deliver', keepLastIfActive: true } });
    if (imap.after.kind !== 'none') watcher?.nudge();
  };
  const workers = startHostWorkers(ctx, followUps, onFinished, opts);
  const maintenance = makeMaintenance(ctx, enqueue);
  void maintenance(true);
  // After Redis comes back it may have lost everything (no persistence): reconcile at once, not in 30 s.
  let connections = 0;
  ctx.redis.on('ready', () => void (connections++ > 0 && maintenance(true)));
  const timer = setInterval(() => void maintenance(false), MAINTENANCE_MS);
  watcher = startWatcher({ db: pipeline.db, store: (raw, oversize) => storeRaw(pipeline, raw, oversize), log, settings: imap, handoff: enqueue });
  // bull-board and Express are loaded only when a dashboard is asked for.
  const dashboard: Dashboard | null = opts.dashboardPort === undefined ? null
    : await (await import('./dashboard.js')).startDashboard(ctx.queues.all(), opts.dashboardPort, log);
  log.info({ mailbox: imap.key, concurrency: opts.concurrency, dashboard: dashboard?.port ?? null }, 'xmess serve started');
  return {
    stop: () =>
      closeInOrder([
        ['maintenance', async () => { stopping.abort(); clearInterval(timer); }, 100],
        ['mailbox watcher', () => watcher!.stop(), 2_500],
        ['workers', () => closeWorkers(workers, WORKER_GRACE_MS, log), WORKER_GRACE_MS + 1_500],
        ['document readers', () => pipeline.reader.close(), 500],
        ['dashboard', async () => dashboard?.close(), 300],
        ['queues', () => ctx.queues.close(), 500],
        ['redis', async () => void (await ctx.redis.quit().catch(() => ctx.redis.disconnect())), 300],
      ], log).finally(() => ctx.redis.disconnect()),
  };
}
