// processMessage through both of its adapters with the same cases: inline (`xmess ingest`, reprocess,
// retry --inline) and queued (serve's analyse workers and committer, joined by a real Redis). Whatever
// the adapter, a message must end the same way: same status, same practices, same follow-ups.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../src/log.js';
import { parseRedisUrl } from '../../src/config/redis-url.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { storeRaw, type PipelineContext } from '../../src/pipeline/index.js';
import { processInline } from '../../src/pipeline/inline.js';
import { processMessage } from '../../src/pipeline/process-message.js';
import { analysisSource, commitQueueSink, payloadSource } from '../../src/pipeline/queued.js';
import { makeStoreSink, type StoreResult } from '../../src/pipeline/store-sink.js';
import { openDb, statement } from '../../src/store/db.js';
import { getMessage } from '../../src/store/messages.js';
import { rawPath, readRaw } from '../../src/store/raw-archive.js';
import { openQueues, openRedis, type Queues } from '../../src/transports/queue/connection.js';
import { roundJobId, type AnalyseJob } from '../../src/transports/queue/names.js';
import { putRaw } from '../../src/transports/queue/side-keys.js';
import { buildMail, type MailSpec } from '../helpers/mail.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { SYNTHESIS } from '../helpers/service.js';
import { documentReader, LEXICON, settings, templates } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

interface Adapter {
  name: string;
  /** Processes a stored, pending message; `loseBytes` makes its bytes vanish first (an archive or a Redis that lost them). */
  process(ctx: PipelineContext, rowId: number, opts?: { loseBytes?: boolean }): Promise<StoreResult>;
}

let server: RedisServer;
let redis: Redis;
let queues: Queues;
const log = createLogger('silent');

const inline: Adapter = {
  name: 'inline',
  process: async (ctx, rowId, opts = {}) => {
    if (opts.loseBytes) rmSync(rawPath(ctx.rawDir, getMessage(ctx.db, rowId)!.raw_hash));
    return processInline(ctx, rowId);
  },
};

/** Both halves of the queued adapter, as serve's workers run them: analyse (bytes from Redis → commit queue), then commit. */
const queued: Adapter = {
  name: 'queued',
  process: async (ctx, rowId, opts = {}) => {
    const row = getMessage(ctx.db, rowId)!;
    const round = { rowId, gen: row.attempts };
    if (!opts.loseBytes) await putRaw(redis, row.raw_hash, readRaw(ctx.rawDir, row.raw_hash));
    const job: AnalyseJob = { ...round, rawHash: row.raw_hash, origin: row.origin, internalDate: row.received_at, size: row.size };
    const side = { redis, commitQueue: queues.commit };
    await processMessage(round, { source: payloadSource(side, job), sink: commitQueueSink(side), analyse: (raw) => analyse(raw, ctx) });
    const commit = await queues.commit.getJob(roundJobId(round));
    const done = await processMessage(round, { source: analysisSource({ db: ctx.db, redis }, commit!.data), sink: makeStoreSink(ctx) });
    return done.outcome === 'skipped' ? null : done.result;
  },
};

const ORIGINAL: MailSpec = {
  from: 'Berta <bsola1@viladeprova.cat>', subject: 'Bona pràctica: rebost compartit', messageId: '<rebost@viladeprova.cat>',
  received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: SYNTHESIS('Rebost compartit de barri', 1),
};

interface Case {
  name: string;
  /** Messages processed first, through the same adapter. */
  before?: MailSpec[];
  mail: MailSpec;
  loseBytes?: boolean;
  /** Process the same round a second time. */
  twice?: boolean;
  expected: { status: string; kind: string | null; practices: number; late?: boolean; outbox: string[]; answers?: number };
}

const CASES: Case[] = [
  {
    name: 'keeps the practice of a submission sent on time and plans its acknowledgement and advisor\'s task in the same commit',
    mail: ORIGINAL,
    expected: { status: 'processed', kind: 'submission', practices: 1, late: false, outbox: ['advisor-task', 'acknowledgement'] },
  },
  {
    name: 'marks a practice that arrived after the deadline late, plans a late notice and no advisor yet',
    mail: { ...ORIGINAL, received: 'Tue, 05 May 2020 09:00:00 +0200' },
    expected: { status: 'processed', kind: 'submission', practices: 1, late: true, outbox: ['late-notice'] },
  },
  {
    name: 'ignores an out-of-office reply and answers nothing',
    mail: { ...ORIGINAL, subject: 'Fora de l\'oficina', headers: { 'Auto-Submitted': 'auto-replied' }, body: 'Sóc fora fins dilluns.' },
    expected: { status: 'ignored', kind: 'auto-reply', practices: 0, outbox: [] },
  },
  {
    name: 'links a reply to the practice of the message it answers',
    before: [ORIGINAL],
    mail: {
      from: ORIGINAL.from, subject: 'Re: Bona pràctica: rebost compartit', messageId: '<rebost-re@viladeprova.cat>',
      received: 'Wed, 22 Apr 2020 10:00:00 +0200', headers: { 'In-Reply-To': '<rebost@viladeprova.cat>' }, body: 'Us afegim el telèfon: 93 555 66 77',
    },
    // What the original planned, and the confirmation of what the reply changed (issue 11); it is not acknowledged again.
    expected: { status: 'processed', kind: 'reply', practices: 0, outbox: ['correction-receipt', 'advisor-task', 'acknowledgement'], answers: 1 },
  },
  {
    name: 'ends the message failed, with the reason, when its bytes are gone',
    mail: ORIGINAL, loseBytes: true,
    expected: { status: 'failed', kind: null, practices: 0, outbox: [] },
  },
  {
    name: 'commits a round once: processing it again changes nothing',
    mail: ORIGINAL, twice: true,
    expected: { status: 'processed', kind: 'submission', practices: 1, late: false, outbox: ['advisor-task', 'acknowledgement'] },
  },
];

beforeAll(async () => {
  server = await startRedis();
  const rs = parseRedisUrl(`${server.url}/0`);
  redis = openRedis(rs, log);
  queues = openQueues(rs, log);
});
afterAll(async () => {
  await documentReader().close();
  await queues.close();
  redis.disconnect();
  await server.stop();
});

let dir: ReturnType<typeof tempDir>;
let ctx: PipelineContext;
beforeEach(async () => {
  await redis.flushdb();
  dir = tempDir('xmess-process-');
  const s = settings();
  ctx = {
    db: openDb(join(dir.path, 'x.db')), rawDir: join(dir.path, 'raw'), municipalities: s.municipalities, lexicon: LEXICON, deadline: s.deadline, reader: documentReader(),
    followUps: { settings: s, renderer: templates(), outboxDir: join(dir.path, 'outbox') },
  };
});
afterEach(() => {
  ctx.db.close();
  dir.cleanup();
});

const store = (mail: MailSpec): number => storeRaw(ctx, { bytes: buildMail(mail), origin: 'test' }).id;
const outbox = (): string[] => (statement(ctx.db, 'SELECT template FROM outbox ORDER BY id').all() as { template: string }[]).map((r) => r.template);
const practiceRows = (): { id: string; late: number }[] => statement(ctx.db, 'SELECT id, late FROM practices ORDER BY id').all() as { id: string; late: number }[];

describe.each([inline, queued])('processMessage through the $name adapter', (adapter) => {
  it.each(CASES)('$name', async (c) => {
    for (const m of c.before ?? []) await adapter.process(ctx, store(m));
    const earlier = practiceRows();
    const id = store(c.mail);
    const result = await adapter.process(ctx, id, { loseBytes: !!c.loseBytes });
    expect(result).toMatchObject({ status: c.expected.status, kind: c.expected.kind });
    if (c.twice) {
      const outboxBefore = outbox();
      expect(await adapter.process(ctx, id)).toBeNull();
      expect(outbox()).toEqual(outboxBefore);
    }
    const row = getMessage(ctx.db, id)!;
    expect(row).toMatchObject({ status: c.expected.status, kind: c.expected.kind, attempts: 1 });
    if (c.expected.status === 'failed') expect(row.reason).toBeTruthy();
    const added = practiceRows().filter((p) => !earlier.some((e) => e.id === p.id));
    expect(added).toHaveLength(c.expected.practices);
    if (c.expected.late !== undefined) expect(added.every((p) => Boolean(p.late) === c.expected.late)).toBe(true);
    if (c.expected.answers) expect(result!.practiceIds).toEqual(earlier.map((p) => p.id));
    expect(outbox()).toEqual(c.expected.outbox);
  });
});
