#!/usr/bin/env node
// `npm run faults`: serve proven under faults, as a user's servers would fail. A real Dovecot, Redis
// and SMTP listener; `xmess serve` and one `xmess worker` as child processes; 1,000 council mails
// appended to the mailbox while, one after another: serve is killed with SIGKILL five times, Redis is
// killed and restarted (it forgets every job), Dovecot is killed and restarted, the SMTP listener is
// closed for a while and then answers 451 for a while, the mailbox is deleted and recreated with the
// same mail (a new UIDVALIDITY), and the worker is killed in the middle of its documents.
// At the end it counts, at the receiving end, what arrived, and exits 1 on any lost mail, duplicate
// record, or follow-up delivered under two Message-IDs. Bounded: it gives up after --timeout minutes.
//
//   node bench/faults.mjs [--messages 1000] [--seed 7] [--timeout 10] [--out docs/reliability.md]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';
import { writeCorpus, messageIdOf } from './corpus.mjs';
import { freePort, startDovecot, startRedis } from './servers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const opt = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const COUNT = Number(opt('--messages', 1000));
const SEED = Number(opt('--seed', 7));
const TIMEOUT_MS = Number(opt('--timeout', 10)) * 60_000;
const OUT = opt('--out', null);
const BOX = 'Practiques';
/** Mails appended at a time, every 0.4–1.2 s: 1,000 mails arrive over about a minute and a half, so every fault lands while mail is being processed. */
const BATCH = 12;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** What to stop if the harness itself fails half-way. */
const cleanups = [];
const t0 = Date.now();
const say = (...a) => console.error(`faults ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s:`, ...a);

/** mulberry32: the same seed gives the same fault moments, so a failing run can be repeated. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const between = (lo, hi) => lo + (hi - lo) * random();

// --- The SMTP listener: up, down (port closed) or refusing with 451 ---------------------------------
function smtpListener(port) {
  const received = [];
  let mode = 'up';
  let server = null;
  let backAt = null;
  const header = (raw, name) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw)?.[1]?.trim() ?? null;
  const open = () => new Promise((resolve, reject) => {
    server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], disableReverseLookup: true, logger: false, closeTimeout: 500,
      onMailFrom(_address, _session, cb) {
        if (mode !== 'refusing') return cb();
        const err = new Error('4.3.2 try again later');
        err.responseCode = 451;
        return cb(err);
      },
      onData(stream, session, cb) {
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            at: Date.now(), to: session.envelope.rcptTo.map((r) => r.address).sort().join(','),
            messageId: header(raw, 'Message-ID'), inReplyTo: header(raw, 'In-Reply-To'), subject: header(raw, 'Subject'),
          });
          cb();
        });
      },
    });
    server.once('error', reject);
    // A client killed mid-session (serve under SIGKILL) resets its connection: that is the test, not a failure.
    server.on('error', () => {});
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    received,
    get backAt() { return backAt; },
    start: open,
    down: () => new Promise((resolve) => { mode = 'down'; server.close(() => resolve()); }),
    refuse: async () => { if (mode === 'down') await open(); mode = 'refusing'; },
    up: async () => { if (mode === 'down') await open(); mode = 'up'; backAt = Date.now(); },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// --- xmess processes ---------------------------------------------------------------------------------
function xmess(args, env, logFile) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'xmess.js'), ...args], {
    cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.pipe(createWriteStream(logFile, { flags: 'a' }));
  return child;
}
const killed = (child) => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve();
  child.once('exit', () => resolve());
  child.kill('SIGKILL');
});

function dbQuery(file, sql) {
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try { db.pragma('busy_timeout = 5000'); return db.prepare(sql).all(); } catch (err) {
    if (/no such table/.test(err.message)) return [];
    throw err;
  } finally { db.close(); }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'xmess-faults-'));
  say(`work folder ${work}; ${COUNT} mails, seed ${SEED}`);
  const corpus = join(work, 'corpus');
  const { files } = await writeCorpus(corpus, COUNT);
  const conf = join(work, 'config');
  mkdirSync(conf);
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([
    { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }, { name: 'Sant Adrià de Besòs', domains: ['sant-adria.cat'], member: true },
    { name: 'Ripollet', domains: ['ripollet.cat'], member: true }, { name: 'Montornès del Vallès', domains: ['montornes.cat'], member: true },
  ]));
  writeFileSync(join(conf, 'campaign.json'), JSON.stringify({ deadline: '2099-12-31T23:59:59+01:00', timezone: 'Europe/Madrid', from: 'bonespractiques@xmess.example.org', coordinator: 'coordinacio@xmess.example.org', language: 'ca' }));
  writeFileSync(join(conf, 'advisors.json'), JSON.stringify([
    { name: 'Anna Puig', email: 'anna.puig@xmess.example.org', themes: ['public-procurement'] },
    { name: 'Pau Ferrer', email: 'pau.ferrer@xmess.example.org', themes: ['covid-response'] },
  ]));

  const dovecot = await startDovecot();
  cleanups.push(() => dovecot.stop());
  dovecot.createMailbox(BOX);
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const smtpPort = await freePort();
  const smtp = smtpListener(smtpPort);
  await smtp.start();
  cleanups.push(() => smtp.close());
  const db = join(work, 'xmess.db');
  const env = { IMAP_URL: dovecot.url(BOX, 'starttls=false&poll=20'), REDIS_URL: redis.url, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` };
  const serveArgs = ['serve', '--db', db, '--config', conf, '--concurrency', '1'];
  let serve = xmess(serveArgs, env, join(work, 'serve.log'));
  let worker = xmess(['worker', '--config', conf, '--concurrency', '1'], { REDIS_URL: redis.url }, join(work, 'worker.log'));
  cleanups.push(() => killed(serve), () => killed(worker));
  const faults = [];
  const fault = (what) => { faults.push({ at: (Date.now() - t0) / 1000, what }); say(what); };

  // Appending: batches of BATCH, as councils' mail arrives over the campaign; an append that fails while
  // Dovecot is down is tried again, and `fed` is what the mailbox holds.
  let fed = 0;
  let feeding = true;
  let pauseFeed = false;
  const feeder = (async () => {
    let client = null;
    while (fed < files.length) {
      if (pauseFeed) { await sleep(100); continue; }
      try {
        if (!client) {
          client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: 'bench', pass: 'bench' }, logger: false });
          client.on('error', () => {});
          await client.connect();
        }
        for (let i = 0; i < BATCH && fed < files.length && !pauseFeed; i++) {
          await client.append(BOX, readFileSync(files[fed]));
          fed++;
        }
        await sleep(between(400, 1200));
      } catch {
        try { client?.close(); } catch { /* gone */ }
        client = null;
        await sleep(500);
      }
    }
    try { await client?.logout(); } catch { /* gone */ }
    feeding = false;
  })();

  const kill9Serve = async (n) => {
    await sleep(between(3000, 9000));
    fault(`serve killed with SIGKILL (${n} of 5)`);
    await killed(serve);
    await sleep(between(300, 1500));
    serve = xmess(serveArgs, env, join(work, 'serve.log'));
  };
  await kill9Serve(1);
  await sleep(between(2000, 6000));
  fault('Redis killed and restarted (every job forgotten)');
  await redis.restart();
  await kill9Serve(2);
  await sleep(between(1000, 4000));
  fault('worker killed with SIGKILL in the middle of its documents');
  await killed(worker);
  await sleep(1000);
  worker = xmess(['worker', '--config', conf, '--concurrency', '1'], { REDIS_URL: redis.url }, join(work, 'worker.log'));
  await sleep(between(2000, 5000));
  fault('SMTP listener closed (connection refused) for 15 s');
  await smtp.down();
  await sleep(15_000);
  fault('SMTP listener answers 451 for 15 s');
  await smtp.refuse();
  await sleep(15_000);
  await smtp.up();
  fault('SMTP listener back');
  await kill9Serve(3);
  await sleep(between(2000, 5000));
  fault('Dovecot killed and restarted');
  await dovecot.restart();
  await kill9Serve(4);
  // UIDVALIDITY: the folder deleted and recreated with the same mail (as an admin restoring a backup).
  await sleep(between(2000, 5000));
  pauseFeed = true;
  await sleep(300);
  const before = dovecot.status(BOX);
  // Another session (serve's IDLE) may write the folder's index while it is deleted, leaving a
  // half-deleted folder ("Mailbox was deleted under us"): then delete, create and fill it again.
  for (let round = 1; ; round++) {
    dovecot.deleteMailbox(BOX);
    dovecot.createMailbox(BOX);
    await sleep(300);
    const client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: 'bench', pass: 'bench' }, logger: false });
    client.on('error', () => {});
    try {
      await client.connect();
      for (let i = 0; i < fed; i++) await client.append(BOX, readFileSync(files[i]));
      await client.logout();
      break;
    } catch (err) {
      try { client.close(); } catch { /* gone */ }
      if (round >= 5) throw err;
      say(`recreating the mailbox again (${err.responseText ?? err.message})`);
    }
  }
  fault(`mailbox recreated with the same ${fed} mails (${before} → ${dovecot.status(BOX)})`);
  pauseFeed = false;
  await kill9Serve(5);
  await feeder;
  say(`all ${fed} mails appended; waiting for every message and follow-up to settle`);

  // Settled: every mail has a row that is no longer pending, and the outbox has nothing pending.
  const deadline = t0 + TIMEOUT_MS;
  let settled = false;
  while (Date.now() < deadline) {
    const [m] = dbQuery(db, `SELECT count(*) AS n, sum(status = 'pending') AS pending FROM messages`);
    const [o] = dbQuery(db, `SELECT count(*) AS n, sum(status = 'pending') AS pending FROM outbox`);
    if (m && o && m.n >= COUNT && !m.pending && o.n > 0 && !o.pending) { settled = true; break; }
    await sleep(1000);
  }
  say(settled ? 'settled' : `gave up after ${TIMEOUT_MS / 60_000} minutes`);
  serve.kill('SIGTERM');
  worker.kill('SIGTERM');
  await Promise.race([Promise.all([new Promise((r) => serve.once('exit', r)), new Promise((r) => worker.once('exit', r))]), sleep(12_000)]);
  await killed(serve);
  await killed(worker);

  // --- Counting ---------------------------------------------------------------------------------------
  const expectedIds = new Set(Array.from({ length: COUNT }, (_, i) => messageIdOf(i)));
  const rows = dbQuery(db, 'SELECT message_id, status FROM messages');
  const recorded = rows.filter((r) => expectedIds.has(r.message_id));
  const practices = dbQuery(db, 'SELECT m.message_id FROM practices p JOIN messages m ON m.id = p.message_id');
  const perMail = new Map();
  for (const p of practices) perMail.set(p.message_id, (perMail.get(p.message_id) ?? 0) + 1);
  // Each mail carries one practice: a second row for a Message-ID, or a second practice of one mail, is a duplicate.
  const duplicateRecords = rows.length - new Set(rows.map((r) => r.message_id)).size
    + [...perMail.values()].reduce((s, n) => s + Math.max(0, n - 1), 0);
  // A follow-up is what it is for: its kind, the submission it follows and its recipients. Two mails
  // received for the same one under two Message-IDs would be the same follow-up sent twice.
  const outbox = dbQuery(db, `SELECT o.id, o.kind, o.status, o.message_id, o.error, o.to_addrs, o.created_at, m.message_id AS about
    FROM outbox o LEFT JOIN messages m ON m.id = o.message_row`);
  const expected = outbox.filter((o) => o.status !== 'failed' || !/rate limit/i.test(o.error ?? ''));
  const byId = new Map();
  for (const r of smtp.received) byId.set(r.messageId, (byId.get(r.messageId) ?? 0) + 1);
  const delivered = expected.filter((o) => byId.has(o.message_id)).length;
  const twiceSameId = [...byId.values()].reduce((s, n) => s + Math.max(0, n - 1), 0);
  const rowOf = new Map(outbox.map((o) => [o.message_id, o]));
  const identity = new Map();
  let unknown = 0;
  for (const r of smtp.received) {
    const o = rowOf.get(r.messageId);
    if (!o) { unknown++; continue; }
    const key = `${o.kind}|${o.about}|${JSON.parse(o.to_addrs).sort().join(',')}`;
    if (!identity.has(key)) identity.set(key, new Set());
    identity.get(key).add(r.messageId);
  }
  // A mail received that no outbox row planned would be a follow-up the database forgot: count it too.
  const twiceOtherId = [...identity.values()].reduce((s, ids) => s + ids.size - 1, 0) + unknown;
  // The follow-ups that were waiting when the SMTP listener came back (planned before): how long the
  // last of them still waited. Follow-ups of mail that arrived later are not waiting for the server.
  const firstArrival = new Map();
  for (const r of smtp.received) if (!firstArrival.has(r.messageId)) firstArrival.set(r.messageId, r.at);
  const waiting = outbox.filter((o) => smtp.backAt && Date.parse(o.created_at) < smtp.backAt && firstArrival.get(o.message_id) > smtp.backAt);
  const waitAfterBack = waiting.reduce((m, o) => Math.max(m, (firstArrival.get(o.message_id) - smtp.backAt) / 1000), 0);
  const results = {
    messages: COUNT, inMailbox: fed, recorded: recorded.length, notPending: recorded.filter((r) => r.status !== 'pending').length,
    duplicateRecords, followUpsExpected: expected.length, delivered, deliveredTwiceSameId: twiceSameId,
    deliveredTwiceOtherId: twiceOtherId, lost: expected.length - delivered, waitingWhenSmtpBack: waiting.length, lastWaitAfterSmtpBackS: Number(waitAfterBack.toFixed(1)),
    seconds: Number(((Date.now() - t0) / 1000).toFixed(0)), settled,
  };
  const table = [
    '| measure | value |', '|---|---|',
    `| mails appended to the mailbox | ${results.inMailbox} of ${COUNT} |`,
    `| message records | ${results.recorded} (${results.notPending} finished) |`,
    `| duplicate records | ${results.duplicateRecords} |`,
    `| follow-ups expected (outbox rows not held back on purpose) | ${results.followUpsExpected} |`,
    `| delivered | ${results.delivered} |`,
    `| delivered twice, same Message-ID | ${results.deliveredTwiceSameId} |`,
    `| delivered twice, different Message-ID | ${results.deliveredTwiceOtherId} |`,
    `| lost (expected, never delivered) | ${results.lost} |`,
    `| follow-ups waiting when the SMTP listener came back | ${results.waitingWhenSmtpBack} |`,
    `| the last of them delivered after | ${results.lastWaitAfterSmtpBackS} s |`,
    `| wall time | ${results.seconds} s${settled ? '' : ' (did not settle)'} |`,
  ].join('\n');
  console.log(table);
  console.log(JSON.stringify(results));
  if (OUT) {
    writeFileSync(OUT, reliabilityDoc(results, table, faults));
    say(`wrote ${OUT}`);
  }
  await smtp.close();
  redis.stop();
  dovecot.stop();
  const bad = results.recorded < COUNT || results.duplicateRecords > 0 || results.deliveredTwiceOtherId > 0 || !settled;
  if (!bad) rmSync(work, { recursive: true, force: true });
  else say(`kept ${work} (logs: serve.log, worker.log; database xmess.db)`);
  process.exit(bad ? 1 : 0);
}

function reliabilityDoc(r, table, faults) {
  return `# Reliability: serve under faults

Measured by \`npm run faults\` (\`node bench/faults.mjs --messages ${r.messages} --seed ${SEED}\`) on
${new Date().toISOString().slice(0, 10)}: a real Dovecot, Redis and SMTP listener (smtp-server) on loopback,
\`xmess serve --concurrency 1\` and one \`xmess worker --concurrency 1\`, ${r.messages} council mails (a third
with the synthesis in the body, a third with a PDF sheet, a third with a DOCX sheet) appended to the
mailbox in batches of ${BATCH} while the faults below happen one after another. Two advisors are configured,
so each mail plans an acknowledgement and an advisor's task.

The generated mailbox reuses a pool of 40 PDF and 40 DOCX sheets across its four councils, so the
resend rule (README, "After intake") links many attachment mails to the practice the same council
first sent with the same file: they are recorded, linked, and get no second acknowledgement or task.
That is why fewer follow-ups are expected than two per mail (checked on 200 of these mails with
\`xmess ingest\`: 140 practices, 60 messages linked as resends).

The script exits 1 on any lost mail, any duplicate record, or any follow-up delivered under two
Message-IDs (the same follow-up sent twice as two different mails). A follow-up delivered twice under
the *same* Message-ID (a crash between the SMTP server's acceptance and our write of "sent") is
counted and reported: a receiving client shows it once.

## Faults, in the order they happened (seconds from the start)

${faults.map((f) => `- ${f.at.toFixed(1)} s: ${f.what}`).join('\n')}

## Results

${table}

Reproduce: \`npm run faults\` (add \`-- --seed N\` for other fault moments, \`-- --messages N\`).
`;
}

main().catch(async (err) => {
  console.error(err);
  // Leave nothing running behind a crashed harness: the services and every xmess process it started.
  for (const stop of cleanups.reverse()) {
    try { await stop(); } catch { /* already gone */ }
  }
  process.exit(2);
});
