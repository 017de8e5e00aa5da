// `xmess serve` as a real child process against a real Dovecot, Redis and SMTP listener: mail appended
// to the mailbox becomes records and acknowledgements; a kill -9, a Dovecot restart and a Redis restart
// (which forgets every job) change nothing in the outcome; SIGTERM stops it within 10 s.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { xmess } from '../helpers/cli.js';
import { startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { buildMail } from '../helpers/mail.js';
import { waitFor } from '../helpers/ports.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { execute, query, startService, SYNTHESIS, writeTestConfig, type Service } from '../helpers/service.js';
import { startSmtpListener, type SmtpListener } from '../helpers/smtp-listener.js';
import { tempDir } from '../helpers/temp.js';

let dovecot: Dovecot;
let redis: RedisServer;
let smtp: SmtpListener;
let dir: ReturnType<typeof tempDir>;
let conf: string;
const running: Service[] = [];

beforeAll(async () => {
  dir = tempDir('xmess-serve-');
  conf = writeTestConfig(join(dir.path, 'conf'));
  [dovecot, redis, smtp] = await Promise.all([startDovecot(), startRedis(), startSmtpListener()]);
});
afterEach(async () => {
  for (const s of running.splice(0)) {
    s.kill('SIGKILL');
    await s.exited;
  }
});
afterAll(async () => {
  await Promise.all([dovecot?.cleanup(), redis?.stop(), smtp?.close()]);
  // XMESS_KEEP_TEST_DIRS=1 keeps the databases and the services' logs for a post-mortem.
  if (process.env.XMESS_KEEP_TEST_DIRS) console.log(`kept ${dir.path}`);
  else dir.cleanup();
});

let n = 0;
interface Scenario {
  mailbox: string;
  db: string;
  /** The messages of this scenario that reached the SMTP listener. */
  mails(): SmtpListener['received'];
  serve(extra?: string[], query?: string): Service;
  send(i: number): void;
}

/** Each test: its own mailbox, database and Redis database number, so tests never see each other's work. */
function scenario(queryString = 'starttls=false&poll=300'): Scenario {
  n++;
  const mailbox = `Serve${n}`;
  dovecot.createMailbox(mailbox);
  const db = join(dir.path, `serve${n}`, 'x.db');
  const tag = `s${n}-`;
  return {
    mailbox, db,
    mails: () => smtp.received.filter((m) => m.to.some((t) => t.startsWith(tag))),
    serve: (extra = [], q = queryString) => {
      const s = startService(['serve', '--db', db, '--config', conf, ...extra],
        { IMAP_URL: dovecot.url(q, mailbox), REDIS_URL: `${redis.url}/${n}`, SMTP_URL: smtp.url }, join(dir.path, `serve${n}.log`));
      running.push(s);
      return s;
    },
    send: (i) => dovecot.save(buildMail({
      from: `Berta Solà <${tag}${i}@viladeprova.cat>`, subject: `Bona pràctica ${i}`, messageId: `<${tag}${i}@viladeprova.cat>`, body: SYNTHESIS(`Projecte ${n}.${i}`, i),
    }), mailbox),
  };
}

type Row = { id: number; status: string; attempts: number; reason: string | null };
const finalCount = (db: string): number => query<{ n: number }>(db, "SELECT count(*) AS n FROM messages WHERE status <> 'pending'")[0]?.n ?? 0;
const waitAllFinal = (db: string, count: number, ms = 60_000): Promise<true> => waitFor(`${count} messages processed in ${db}`, () => finalCount(db) === count || undefined, ms);

/** Every message exactly once: one row each, each processed in exactly one round. */
function expectProcessedOnce(db: string, count: number): void {
  const rows = query<Row>(db, 'SELECT id, status, attempts, reason FROM messages');
  expect(rows).toHaveLength(count);
  expect(rows.filter((r) => r.status !== 'processed')).toEqual([]);
  expect(rows.map((r) => r.attempts)).toEqual(rows.map(() => 1));
  expect(query(db, 'SELECT count(*) AS n FROM practices')).toEqual([{ n: count }]);
}

/** Every follow-up the outbox planned arrived at the listener exactly once. */
async function expectFollowUpsOnce(db: string): Promise<void> {
  const planned = await waitFor('the outbox to be sent', () => {
    const rows = query<{ message_id: string; status: string }>(db, 'SELECT message_id, status FROM outbox');
    return rows.length && rows.every((r) => r.status === 'sent') ? rows : undefined;
  }, 60_000);
  // Acknowledgements go to the senders, advisors' tasks to the advisors: match them by our Message-ID.
  const received = smtp.received.map((m) => m.messageId);
  for (const p of planned) expect([p.message_id, received.filter((id) => id === p.message_id).length]).toEqual([p.message_id, 1]);
}

describe('xmess serve', () => {
  it('turns mail appended to the mailbox into records within seconds (IDLE, not the 5-minute poll), acknowledges each once, flags it \\Seen and logs one line per message', async () => {
    const s = scenario('starttls=false&poll=300&after=seen');
    const svc = s.serve();
    await waitFor('the watcher to connect', () => /watching the mailbox/.test(svc.logs()) || undefined, 20_000);
    const t0 = Date.now();
    for (let i = 1; i <= 3; i++) s.send(i);
    await waitAllFinal(s.db, 3, 20_000);
    // With poll=300 only an IDLE notification (Dovecot sends it ~0.5 s after delivery) can explain this.
    expect(Date.now() - t0).toBeLessThan(10_000);
    expectProcessedOnce(s.db, 3);
    await expectFollowUpsOnce(s.db);
    expect(s.mails().filter((m) => /Bona_pr=C3=A0ctica_\d|Bona pràctica \d/.test(m.subject ?? ''))).toHaveLength(3);
    await waitFor('\\Seen flags', () => dovecot.uidsWithFlag('\\Seen', s.mailbox).length === 3 || undefined, 20_000);
    const lines = svc.logs().split('\n').filter((l) => l.includes('"msg":"message processed"')).map((l) => JSON.parse(l));
    expect(lines.map((l) => l.message).sort()).toEqual([1, 2, 3]);
    expect(lines.every((l) => l.status === 'processed' && l.level === 30)).toBe(true);
  });

  it('processes every message exactly once and sends every follow-up once across a kill -9 in the middle of a batch', async () => {
    const s = scenario();
    const COUNT = 40;
    for (let i = 1; i <= COUNT; i++) s.send(i);
    const first = s.serve();
    await waitFor('part of the batch', () => finalCount(s.db) >= 5 || undefined, 30_000, 20);
    first.kill('SIGKILL');
    await first.exited;
    const done = finalCount(s.db);
    expect(done).toBeLessThan(COUNT);
    s.serve();
    await waitAllFinal(s.db, COUNT, 60_000);
    expectProcessedOnce(s.db, COUNT);
    // A follow-up the killed process had claimed for sending stays claimed for the sender's CLAIM_MS
    // (10 min, src/follow-ups/send/deliver.ts). Let that time pass, then one more mail makes a delivery run.
    execute(s.db, "UPDATE outbox SET next_attempt_at = NULL WHERE status = 'pending' AND next_attempt_at > ?", new Date().toISOString());
    s.send(COUNT + 1);
    await waitAllFinal(s.db, COUNT + 1, 20_000);
    await expectFollowUpsOnce(s.db);
  }, 120_000);

  it('carries on after Dovecot is stopped and started again', async () => {
    const s = scenario();
    const svc = s.serve();
    s.send(1);
    await waitAllFinal(s.db, 1, 20_000);
    await dovecot.stop();
    await waitFor('the watcher to notice', () => /reconnecting/.test(svc.logs()) || undefined, 20_000);
    await dovecot.start();
    s.send(2);
    await waitAllFinal(s.db, 2, 30_000);
    expectProcessedOnce(s.db, 2);
    const connects = svc.logs().split('\n').filter((l) => l.includes('watching the mailbox')).length;
    expect(connects).toBeGreaterThanOrEqual(2);
  });

  it('carries on after Redis restarts and forgets every job', async () => {
    const s = scenario();
    s.serve();
    s.send(1);
    await waitAllFinal(s.db, 1, 20_000);
    await redis.stop();
    try {
      // Mail arriving while Redis is away is still stored (archived, pending), and queued when Redis is back.
      s.send(2);
      s.send(3);
      await waitFor('messages stored while Redis is down', () => query<{ n: number }>(s.db, 'SELECT count(*) AS n FROM messages')[0]?.n === 3 || undefined, 20_000);
    } finally {
      await redis.start();
    }
    await waitAllFinal(s.db, 3, 30_000);
    expectProcessedOnce(s.db, 3);
    await expectFollowUpsOnce(s.db);
  });

  it('leaves analysis to a separate `xmess worker` process when started with --concurrency 0', async () => {
    const s = scenario();
    s.serve(['--concurrency', '0']);
    s.send(1);
    s.send(2);
    await waitFor('the messages to be stored', () => query<{ n: number }>(s.db, 'SELECT count(*) AS n FROM messages')[0]?.n === 2 || undefined, 20_000);
    expect(finalCount(s.db)).toBe(0);
    // The worker has no database: it gets the raw bytes through Redis and returns the analysis the same way.
    const worker = startService(['worker', '--config', conf], { REDIS_URL: `${redis.url}/${n}` }, join(dir.path, `worker${n}.log`));
    running.push(worker);
    await waitAllFinal(s.db, 2, 30_000);
    expectProcessedOnce(s.db, 2);
  });

  it('exits within 10 s of SIGTERM in the middle of a batch, and a restart finishes the batch', async () => {
    const s = scenario();
    const COUNT = 20;
    for (let i = 1; i <= COUNT; i++) s.send(i);
    const svc = s.serve();
    await waitFor('part of the batch', () => finalCount(s.db) >= 2 || undefined, 30_000, 20);
    const t0 = Date.now();
    svc.kill('SIGTERM');
    const exit = await svc.exited;
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(exit.code).toBe(0);
    s.serve();
    await waitAllFinal(s.db, COUNT, 60_000);
    expectProcessedOnce(s.db, COUNT);
  });

  it('serves the web desk from the same process with --desk, on 127.0.0.1 and behind its login, while it processes mail', async () => {
    const s = scenario();
    const svc = s.serve(['--desk', '0']);
    const url = await waitFor('the desk URL', () => /xmess desk: (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(svc.logs())?.[1], 20_000);
    const base = url.endsWith('/') ? url : `${url}/`;
    const login = await fetch(`${base}login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toMatch(/<form[^>]*method="post"/i);
    const inbox = await fetch(`${base}inbox`, { redirect: 'manual' });
    expect([302, 303]).toContain(inbox.status);
    expect(inbox.headers.get('location')).toMatch(/\/login/);
    s.send(1);
    await waitAllFinal(s.db, 1, 30_000);
    expectProcessedOnce(s.db, 1);
  });

  it('serves the queue dashboard on 127.0.0.1 and reports the queues in `xmess status`', async () => {
    const s = scenario();
    const svc = s.serve(['--dashboard', '0']);
    const url = await waitFor('the dashboard URL', () => /"url":"(http:\/\/127\.0\.0\.1:\d+\/)"/.exec(svc.logs())?.[1], 20_000);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const api = await (await fetch(`${url}api/queues`)).json() as { queues: { name: string }[] };
    expect(api.queues.map((q) => q.name).sort()).toEqual(['analyse', 'commit', 'schedule', 'send']);
    s.send(1);
    await waitAllFinal(s.db, 1, 20_000);
    const status = JSON.parse(xmess(['status', '--json', '--db', s.db, '--config', conf], { env: { REDIS_URL: `${redis.url}/${n}` } }).stdout);
    expect(status.messages).toEqual({ processed: 1 });
    expect(status.queues.find((q: { name: string }) => q.name === 'commit').counts.completed).toBeGreaterThanOrEqual(1);
    expect(status.schedules.map((x: { id: string; every: number }) => [x.id, x.every])).toEqual([['deadline-watch', 300_000], ['outbox-sweep', 60_000]]);
  });
});
