// The queue processors in this process against a real Redis (a database number per test): permanent
// failures fail at once, transient ones are retried with backoff, a commit never happens twice, a reply
// waits for its original, `retry` gives failed messages a new round, and reconcile rebuilds lost jobs.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config/load.js';
import { parseRedisUrl, type RedisSettings } from '../../src/config/redis-url.js';
import type { Logger } from '../../src/log.js';
import { storeRaw, type PipelineContext } from '../../src/pipeline/index.js';
import { retryQueued } from '../../src/service/retry.js';
import { startWorker } from '../../src/service/workers.js';
import { openDocumentReader } from '../../src/stages/parse/attachments/index.js';
import { openDb } from '../../src/store/db.js';
import { getMessage } from '../../src/store/messages.js';
import { openQueues, openRedis, type Queues } from '../../src/transports/queue/connection.js';
import { makeEnqueue } from '../../src/transports/queue/enqueue.js';
import { QUEUES, roundJobId } from '../../src/transports/queue/names.js';
import { reconcilePending } from '../../src/transports/queue/reconcile.js';
import { rawKey } from '../../src/transports/queue/side-keys.js';
import { makeAnalyseProcessor, type AnalyseDeps } from '../../workers/analyse.js';
import { makeCommitProcessor } from '../../workers/commit.js';
import { buildMail } from '../helpers/mail.js';
import { waitFor } from '../helpers/ports.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { SYNTHESIS, writeTestConfig } from '../helpers/service.js';
import { tempDir } from '../helpers/temp.js';

let server: RedisServer;
/** The document-reader pool a program opens at start. */
const reader = openDocumentReader();
let dir: ReturnType<typeof tempDir>;
let config: Config;
beforeAll(async () => {
  server = await startRedis();
  dir = tempDir('xmess-queue-');
  config = loadConfig({ config: writeTestConfig(join(dir.path, 'conf')) }, {});
});
afterAll(async () => {
  await reader.close();
  await server.stop();
  dir.cleanup();
});

let n = 0;
let t: {
  ctx: PipelineContext;
  settings: RedisSettings;
  redis: Redis;
  queues: Queues;
  workers: Worker[];
  lines: { level: number; msg: string; [k: string]: unknown }[];
  log: Logger;
};

beforeEach(() => {
  n++;
  const db = openDb(join(dir.path, `q${n}`, 'x.db'));
  const ctx: PipelineContext = { db, rawDir: join(dir.path, `q${n}`, 'raw'), municipalities: config.municipalities, lexicon: config.lexicon, deadline: config.deadline, reader };
  const lines: typeof t.lines = [];
  const sink = new Writable({ write: (chunk, _enc, done) => void (lines.push(JSON.parse(String(chunk))), done()) });
  const log = pino({ level: 'info' }, sink);
  const settings = parseRedisUrl(`${server.url}/${n}`);
  t = { ctx, settings, redis: openRedis(settings, log), queues: openQueues(settings, log), workers: [], lines, log };
});
afterEach(async () => {
  await Promise.all(t.workers.map((w) => w.close(true)));
  await t.queues.close();
  t.redis.disconnect();
  t.ctx.db.close();
});

function store(i: number, extra: Parameters<typeof buildMail>[0] = {}): number {
  const bytes = buildMail({ from: `Berta <q${n}-${i}@viladeprova.cat>`, subject: `Bona pràctica ${i}`, messageId: `<q${n}-${i}@viladeprova.cat>`, body: SYNTHESIS(`Projecte ${i}`, i), ...extra });
  return storeRaw(t.ctx, { bytes, origin: `test ${i}`, internalDate: new Date() }).id;
}

function startWorkers(analyseRedis: AnalyseDeps['redis'] = t.redis): void {
  const analyse = makeAnalyseProcessor({ redis: analyseRedis, commitQueue: t.queues.commit, ctx: t.ctx });
  t.workers.push(startWorker(QUEUES.analyse, analyse, t.settings, 2, t.log));
  t.workers.push(startWorker(QUEUES.commit, makeCommitProcessor({ db: t.ctx.db, redis: t.redis, ctx: t.ctx, log: t.log }), t.settings, 1, t.log));
}

const status = (id: number) => getMessage(t.ctx.db, id);
const untilFinal = (id: number) => waitFor(`message ${id} to finish`, () => (status(id)?.status !== 'pending' ? status(id) : undefined), 20_000);

describe('the queues', () => {
  it('fail a permanent error at once, without retries, and end the message failed with the reason', async () => {
    const id = store(1);
    await makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues })(id);
    await t.redis.del(rawKey(status(id)!.raw_hash));
    startWorkers();
    const row = await untilFinal(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.reason).toMatch(/raw bytes are no longer in Redis.*xmess retry/);
    const job = await t.queues.analyse.getJob(roundJobId({ rowId: id, gen: 0 }));
    expect(await job!.getState()).toBe('failed');
    expect(job!.attemptsMade).toBe(1);
    expect(t.lines.filter((l) => l.msg.startsWith('job failed for good')).map((l) => l.level)).toEqual([50]);
    expect(t.lines.filter((l) => l.msg.startsWith('attempt failed'))).toEqual([]);
  });

  it('retry a transient error with exponential backoff, at warn, and fail the message at error on the last attempt', async () => {
    const id = store(1);
    await makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues })(id);
    // Redis answering "connection reset" to the worker, every time.
    const flaky = new Proxy(t.redis, {
      get: (target, prop) => (prop === 'getBuffer' ? async () => { throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }); } : Reflect.get(target, prop)),
    });
    const job = await t.queues.analyse.getJob(roundJobId({ rowId: id, gen: 0 }));
    await job!.remove();
    const data = job!.data;
    await t.queues.analyse.add('analyse', data, { jobId: roundJobId({ rowId: id, gen: 0 }), attempts: 3, backoff: { type: 'exponential', delay: 300 } });
    startWorkers(flaky);
    const row = await untilFinal(id);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row!.reason).toMatch(/ECONNRESET/);
    const attempts = t.lines.filter((l) => l.queue === 'analyse' && /attempt failed|failed for good/.test(l.msg));
    expect(attempts.map((l) => l.level)).toEqual([40, 40, 50]);
    const times = attempts.map((l) => l.time as number);
    // Backoff 300 ms then 600 ms: the second wait is longer than the first.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(250);
    expect(times[2]! - times[1]!).toBeGreaterThan(times[1]! - times[0]!);
  });

  it('never commit a round twice: a repeated or stale commit job changes nothing', async () => {
    const id = store(1);
    await makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues })(id);
    startWorkers();
    expect(await untilFinal(id)).toMatchObject({ status: 'processed', attempts: 1 });
    const commit = makeCommitProcessor({ db: t.ctx.db, redis: t.redis, ctx: t.ctx, log: t.log });
    const again = await commit({ data: { rowId: id, gen: 0, outcome: 'analysed' }, timestamp: Date.now() } as never, undefined);
    expect(again).toEqual({ skipped: 'not the current round of a pending message' });
    expect(status(id)).toMatchObject({ status: 'processed', attempts: 1 });
    expect(t.ctx.db.prepare('SELECT count(*) FROM practices').pluck().get()).toBe(1);
  });

  it('hold a reply analysed before its original until the original is committed, so it completes the practice', async () => {
    const original = store(1);
    const reply = store(2, { subject: 'Re: Bona pràctica 1', headers: { 'In-Reply-To': `<q${n}-1@viladeprova.cat>` }, from: `Berta <q${n}-1@viladeprova.cat>`, body: 'Telèfon: 93 222 33 44' });
    const enqueue = makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues });
    await enqueue(reply);
    startWorkers();
    const commitJob = await waitFor('the reply to wait for its original', async () => {
      const job = await t.queues.commit.getJob(roundJobId({ rowId: reply, gen: 0 }));
      return job && (await job.getState()) === 'delayed' ? job : undefined;
    }, 20_000);
    expect(commitJob).toBeTruthy();
    expect(status(reply)!.status).toBe('pending');
    await enqueue(original);
    await untilFinal(reply);
    expect(status(reply)).toMatchObject({ kind: 'reply', status: 'processed' });
    const links = t.ctx.db.prepare("SELECT role FROM message_practices WHERE message_id = ?").pluck().all(reply);
    expect(links).toEqual(['reply']);
  });

  it('give failed messages a new round under a new job id with `xmess retry`', async () => {
    const id = store(1);
    const enqueue = makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues });
    await enqueue(id);
    await t.redis.del(rawKey(status(id)!.raw_hash));
    startWorkers();
    expect(await untilFinal(id)).toMatchObject({ status: 'failed', attempts: 1 });
    const r = await retryQueued({ ...config, redisUrl: `${server.url}/${n}` }, t.ctx, t.log);
    expect(r).toMatchObject({ messages: 1, dropped: 1 });
    // Round 1 (attempts was 1 when it began): a new job id, so BullMQ does not mistake it for the failed one.
    expect(await t.queues.analyse.getJob(roundJobId({ rowId: id, gen: 1 }))).toBeTruthy();
    expect(await untilFinal(id)).toMatchObject({ status: 'processed', attempts: 2 });
  });

  it('rebuild the jobs Redis lost: reconcile queues every pending message that has none', async () => {
    const ids = [store(1), store(2), store(3)];
    const enqueue = makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues });
    await enqueue(ids[0]!);
    const first = await reconcilePending({ db: t.ctx.db, queues: t.queues, enqueue, log: t.log });
    expect(first).toEqual({ requeued: 2, failed: 0, inFlight: 1 });
    const second = await reconcilePending({ db: t.ctx.db, queues: t.queues, enqueue, log: t.log });
    expect(second).toEqual({ requeued: 0, failed: 0, inFlight: 3 });
    startWorkers();
    for (const id of ids) expect(await untilFinal(id)).toMatchObject({ status: 'processed', attempts: 1 });
  });

  it('analyse and commit again a message whose round Redis remembers as committed but the database does not (restored from a backup)', async () => {
    const id = store(1);
    const enqueue = makeEnqueue({ db: t.ctx.db, rawDir: t.ctx.rawDir, redis: t.redis, queues: t.queues });
    await enqueue(id);
    startWorkers();
    expect(await untilFinal(id)).toMatchObject({ status: 'processed', attempts: 1 });
    t.ctx.db.prepare("UPDATE messages SET status = 'pending', attempts = 0 WHERE id = ?").run(id);
    expect(await reconcilePending({ db: t.ctx.db, queues: t.queues, enqueue, log: t.log })).toEqual({ requeued: 1, failed: 0, inFlight: 0 });
    expect(await untilFinal(id)).toMatchObject({ status: 'processed', attempts: 1 });
  });
});
