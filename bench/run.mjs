#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. On a generated mailbox of submissions with attachments:
// (a) inline ingest throughput against the bare libraries alone, (b) IDLE-to-record latency with
// Dovecot on loopback, (c) queued throughput with 1 and 2 `xmess worker` processes, (d) peak memory,
// (f) scale: `serve --concurrency 0` with 1, 2 and 4 workers each held to 0.25 CPU by a cgroup quota.
// Writes docs/benchmarks.md. Options: --messages N (default 2000), --latency N (samples, default 15),
// --scale-messages N (default 1000), --only ROW[,ROW] (bare, inline, latency, throughput, analysis,
// scale: those rows alone, printed and kept in the work folder's results.json; docs/benchmarks.md is
// written only by a full run).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import { ImapFlow } from 'imapflow';
import { buildSubmission, messageIdOf, writeCorpus } from './corpus.mjs';
import { cpuLimitedGroup, detectCpuLimiter } from './cgroup.mjs';
import { startDovecot, startRedis } from './servers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('--messages', 2000);
const LATENCY_SAMPLES = arg('--latency', 15);
const SCALE_COUNT = arg('--scale-messages', 1000);
/** Pause between two deliveries while measuring latency: the service is idle when each one arrives. */
const LATENCY_GAP_MS = 1500;
const ROWS = ['bare', 'inline', 'latency', 'throughput', 'analysis', 'scale'];
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : null;
for (const r of ONLY ?? []) if (!ROWS.includes(r)) throw new Error(`--only: unknown row ${r} (rows: ${ROWS.join(', ')})`);
const wanted = (row) => !ONLY || ONLY.includes(row);
/** The scale rows: worker processes, and the CPU each is held to (a host of a quarter core). */
const SCALE_WORKERS = [1, 2, 4];
const SCALE_CPU = 0.25;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (...a) => console.error('bench:', ...a);

function runJson(script, args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', script), ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LOG_LEVEL: 'error' } });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The same as runJson, without blocking: for processes that must run side by side. */
function runJsonAsync(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', script), ...args], { env: { ...process.env, LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${script} failed: ${err}`))));
  });
}

/**
 * The machine's own ceiling for (c): the bare libraries, half the mails each, in two processes at
 * once, against one process doing all of them. Nothing of ours runs; what two processes gain here
 * is what the cores, caches and memory of this machine allow.
 */
async function bareTwoProcesses(work, files) {
  const half = Math.ceil(files.length / 2);
  writeFileSync(join(work, 'files-1.json'), JSON.stringify(files.slice(0, half)));
  writeFileSync(join(work, 'files-2.json'), JSON.stringify(files.slice(half)));
  const runs = await Promise.all([1, 2].map((n) => runJsonAsync('bare.mjs', [join(work, `files-${n}.json`)])));
  return { messages: files.length, seconds: Math.max(...runs.map((x) => x.seconds)) };
}

function writeConfig(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'municipalities.json'), JSON.stringify([
    { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }, { name: 'Sant Adrià de Besòs', domains: ['sant-adria.cat'], member: true },
    { name: 'Ripollet', domains: ['ripollet.cat'], member: true }, { name: 'Montornès del Vallès', domains: ['montornes.cat'], member: true },
  ]));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ deadline: '2099-12-31T23:59:59+01:00', timezone: 'Europe/Madrid', from: 'bonespractiques@xmess.example.org', coordinator: 'coordinacio@xmess.example.org', language: 'ca' }));
  return dir;
}

function service(args, env, logFile, group = null) {
  const argv = [join(ROOT, 'bin', 'xmess.js'), ...args];
  const [bin, binArgs] = group ? group.command(process.execPath, argv) : [process.execPath, argv];
  const child = spawn(bin, binArgs, {
    cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', SMTP_URL: '', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const file = createWriteStream(logFile);
  child.stderr.on('data', (d) => {
    log += d;
    file.write(d);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', (code, signal) => {
    // A service that dies during a measurement makes every wait fail at once, with its last words.
    if (!stopping) died = `${args[0]} exited (${code ?? signal}): ${log.split('\n').slice(-5).join('\n')}`;
  });
  let stopping = false;
  const peakMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  // utime + stime of the process and its threads, in seconds (USER_HZ = 100 on Linux).
  const cpuSeconds = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) / 100;
  const stop = async () => {
    stopping = true;
    child.kill('SIGTERM');
    await exited;
    file.end();
  };
  return { child, log: () => log, peakMb, cpuSeconds, stop };
}

/** Set when a service died unexpectedly; `until` gives up at once then. */
let died = null;

function db(file) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

async function until(what, probe, timeoutMs, everyMs = 50) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (died) throw new Error(`while waiting for ${what}: ${died}`);
    try {
      const v = probe();
      if (v) return v;
    } catch { /* the service may not have created its tables yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function imapClient(dovecot) {
  const client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: 'bench', pass: 'bench' }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Latency as a person sees it: each message is delivered into the mailbox by `doveadm save` (as the
 * local delivery agent does, no IMAP client of ours), one at a time with serve idle in between; the
 * clock runs from the end of the save to the moment the row leaves 'pending' (its processed_at).
 * Dovecot itself announces a new message in IDLE ~0.5 s after it arrives: that is the floor.
 */
async function latency(work, conf, dovecot, redis, docs) {
  const dbFile = join(work, 'latency', 'x.db');
  dovecot.createMailbox('Latency');
  const serve = service(['serve', '--db', dbFile, '--config', conf], { IMAP_URL: dovecot.url('Latency'), REDIS_URL: `${redis.url}/1` }, join(work, 'latency-serve.log'));
  await until('serve to watch the mailbox', () => /watching the mailbox/.test(serve.log()), 30_000);
  await sleep(1000);
  const saved = new Map();
  const d = db(dbFile);
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const raw = await buildSubmission(100_000 + i, docs, new Date());
    dovecot.save('Latency', raw);
    saved.set(messageIdOf(100_000 + i), Date.now());
    // One by one: the next is saved once this one is done (and a pause after), so none waits behind another.
    await until(`sample ${i} processed`, () => d.prepare("SELECT 1 FROM messages WHERE message_id = ? AND status <> 'pending'").get(messageIdOf(100_000 + i)), 60_000, 20);
    await sleep(LATENCY_GAP_MS);
  }
  const rows = d.prepare("SELECT message_id, created_at, processed_at FROM messages WHERE status <> 'pending'").all();
  d.close();
  const peak = serve.peakMb();
  await serve.stop();
  const toRecord = rows.map((r) => Date.parse(r.processed_at) - saved.get(r.message_id)).sort((a, b) => a - b);
  const toStored = rows.map((r) => Date.parse(r.created_at) - saved.get(r.message_id)).sort((a, b) => a - b);
  return { samples: rows.length, p50: pct(toRecord, 50), p99: pct(toRecord, 99), max: toRecord.at(-1), storedP50: pct(toStored, 50), storedP99: pct(toStored, 99), peakMb: peak, load: loadavg().map((l) => l.toFixed(2)).join(' ') };
}

/** The mailbox `box` holding the whole corpus, stored and queued by `serve --concurrency 0` (no analysis). */
async function fillMailbox(dovecot, corpusFiles, box) {
  dovecot.createMailbox(box);
  const client = await imapClient(dovecot);
  for (const f of corpusFiles) await client.append(box, readFileSync(f));
  await client.logout();
}

async function storedAndQueued(work, conf, dovecot, redisUrl, corpusFiles, box, { filled = false, run = box } = {}) {
  const dbFile = join(work, run, 'x.db');
  if (!filled) await fillMailbox(dovecot, corpusFiles, box);
  const serve = service(['serve', '--db', dbFile, '--config', conf, '--concurrency', '0'], { IMAP_URL: dovecot.url(box), REDIS_URL: redisUrl }, join(work, `${run}-serve.log`));
  await until('every message stored and queued', () => {
    const d = db(dbFile);
    try {
      return d.prepare('SELECT count(*) AS n FROM messages').get().n === corpusFiles.length && /"mailbox pass"/.test(serve.log());
    } finally {
      d.close();
    }
  }, 300_000, 200);
  return { dbFile, serve };
}

const workerProcs = (work, conf, redisUrl, box, n) =>
  Array.from({ length: n }, (_, i) => service(['worker', '--config', conf, '--concurrency', '1'], { REDIS_URL: redisUrl }, join(work, `${box}-worker${i}.log`)));

/** End to end: workers analyse while serve commits, plans and sends follow-ups; the clock stops when nothing is pending. */
async function throughput(work, conf, dovecot, redis, corpusFiles, workers) {
  const box = `Through${workers}`;
  const redisUrl = `${redis.url}/${workers + 1}`;
  const { dbFile, serve } = await storedAndQueued(work, conf, dovecot, redisUrl, corpusFiles, box);
  const t0 = Date.now();
  const procs = workerProcs(work, conf, redisUrl, box, workers);
  const d = db(dbFile);
  await until('every message processed', () => d.prepare("SELECT count(*) AS n FROM messages WHERE status = 'pending'").get().n === 0, 900_000, 100);
  const seconds = (Date.now() - t0) / 1000;
  const failed = d.prepare("SELECT count(*) AS n FROM messages WHERE status = 'failed'").get().n;
  d.close();
  const peaks = { serve: serve.peakMb(), workers: procs.map((p) => p.peakMb()), cpu: [serve.cpuSeconds(), ...procs.map((p) => p.cpuSeconds())] };
  await Promise.all([serve.stop(), ...procs.map((p) => p.stop())]);
  return { workers, messages: corpusFiles.length, seconds, perSecond: corpusFiles.length / seconds, failed, peaks };
}

/** The analysis tier alone: serve is stopped once everything is queued; the clock stops when every analysis is handed back. */
async function analysisTier(work, conf, dovecot, redis, corpusFiles, workers) {
  const box = `Analysis${workers}`;
  const redisUrl = `${redis.url}/${workers + 3}`;
  const { serve } = await storedAndQueued(work, conf, dovecot, redisUrl, corpusFiles, box);
  await serve.stop();
  const commits = new Queue('commit', { connection: { ...redisConnection(redisUrl), maxRetriesPerRequest: null }, prefix: 'xmess' });
  const t0 = Date.now();
  const procs = workerProcs(work, conf, redisUrl, box, workers);
  let done = 0;
  for (;;) {
    done = (await commits.getJobCounts('waiting')).waiting;
    if (done >= corpusFiles.length || Date.now() - t0 > 900_000) break;
    await sleep(100);
  }
  const seconds = (Date.now() - t0) / 1000;
  const peaks = { serve: 0, workers: procs.map((p) => p.peakMb()), cpu: procs.map((p) => p.cpuSeconds()) };
  await Promise.all(procs.map((p) => p.stop()));
  await commits.close();
  return { workers, messages: done, seconds, perSecond: done / seconds, failed: corpusFiles.length - done, peaks };
}

/**
 * (f) Scale with hosts of fixed size: serve --concurrency 0 stores and queues the mailbox; the analyse
 * queue is paused while N workers start, each in its own cgroup held to SCALE_CPU (a host of its own);
 * then the clock runs from resuming the queue until no message is pending. Serve is not held: it is
 * the host with the database. CPU seconds are counted over the clock's span only.
 */
async function scaleRow(work, conf, dovecot, redis, corpusFiles, workers) {
  const run = `Scale${workers}`;
  const redisUrl = `${redis.url}/${8 + workers}`;
  const { dbFile, serve } = await storedAndQueued(work, conf, dovecot, redisUrl, corpusFiles, 'Scale', { filled: true, run });
  const storeCpu = serve.cpuSeconds();
  const analyseQueue = new Queue('analyse', { connection: { ...redisConnection(redisUrl), maxRetriesPerRequest: null }, prefix: 'xmess' });
  await analyseQueue.pause();
  const groups = Array.from({ length: workers }, (_, i) => cpuLimitedGroup(`xmess-w${i + 1}`, SCALE_CPU));
  const before = groups.map((g) => g.stats());
  const procs = groups.map((g, i) => service(['worker', '--config', conf, '--concurrency', '2'], { REDIS_URL: redisUrl }, join(work, `${run}-worker${i}.log`), g));
  // Start-up (loading the modules at a quarter of a core takes seconds) is not what is measured.
  await until('the workers to start', () => procs.every((p) => /xmess worker started/.test(p.log())), 120_000, 100);
  await sleep(1000);
  const cpu0 = [serve.cpuSeconds(), ...procs.map((p) => p.cpuSeconds())];
  const load0 = loadavg().map((l) => l.toFixed(2)).join(' ');
  const t0 = Date.now();
  await analyseQueue.resume();
  const d = db(dbFile);
  await until('every message processed', () => d.prepare("SELECT count(*) AS n FROM messages WHERE status = 'pending'").get().n === 0, 1_800_000, 100);
  const seconds = (Date.now() - t0) / 1000;
  const failed = d.prepare("SELECT count(*) AS n FROM messages WHERE status = 'failed'").get().n;
  d.close();
  const cpu = [serve.cpuSeconds(), ...procs.map((p) => p.cpuSeconds())].map((c, i) => c - cpu0[i]);
  const throttle = groups.map((g, i) => {
    const a = g.stats();
    return { periods: a.periods - before[i].periods, throttled: a.throttled - before[i].throttled, throttledSeconds: a.throttledSeconds - before[i].throttledSeconds };
  });
  const peaks = { serve: serve.peakMb(), workers: procs.map((p) => p.peakMb()) };
  await Promise.all([serve.stop(), ...procs.map((p) => p.stop())]);
  await analyseQueue.close();
  groups.forEach((g) => g.remove());
  const n = corpusFiles.length;
  return {
    workers, messages: n, seconds, perSecond: n / seconds, failed, peaks, load: `${load0} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    storeCpuMsPerMessage: (storeCpu * 1000) / n, serveCpuMsPerMessage: (cpu[0] * 1000) / n,
    workerCpuMsPerMessage: (cpu.slice(1).reduce((a, b) => a + b, 0) * 1000) / n, workerCpu: cpu.slice(1), throttle,
  };
}

/** Lines of the scale rows, for the report and for `--only scale`. */
function scaleLines(rows) {
  const one = rows[0];
  return rows.map((t) => `${t.workers} worker(s) at ${SCALE_CPU} CPU: ${t.seconds.toFixed(1)} s, ${t.perSecond.toFixed(1)} messages/s (${(t.perSecond / one.perSecond).toFixed(2)}× one), ${t.failed} failed; ` +
    `CPU per message: serve ${t.serveCpuMsPerMessage.toFixed(1)} ms (+ ${t.storeCpuMsPerMessage.toFixed(1)} ms storing, before the clock), workers ${t.workerCpuMsPerMessage.toFixed(1)} ms; ` +
    `workers used ${t.workerCpu.map((c) => (c / t.seconds).toFixed(2)).join(' / ')} CPU, throttled in ${t.throttle.map((x) => `${x.throttled}/${x.periods}`).join(' / ')} periods; ` +
    `peak serve ${t.peaks.serve.toFixed(0)} MB, workers ${t.peaks.workers.map((p) => p.toFixed(0)).join(' / ')} MB; load ${t.load}`).join('  \n');
}

function redisConnection(url) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port), db: Number(u.pathname.slice(1) || 0) };
}

function machine() {
  return { nproc: cpus().length, cpu: cpus()[0]?.model ?? '?', load: loadavg().map((l) => l.toFixed(2)).join(' '), memGb: (totalmem() / 2 ** 30).toFixed(1), freeGb: (freemem() / 2 ** 30).toFixed(1), node: process.version,
    dovecot: spawnSync('dovecot', ['--version'], { encoding: 'utf8' }).stdout.trim(), redis: spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 3).join(' ') };
}

const rate = (x) => x.messages / x.seconds;

function report(m, r) {
  const ratio = rate(r.inline) / rate(r.bare);
  const intakeRatio = rate(r.intake) / rate(r.bare);
  const [one, two] = r.through;
  const [aOne, aTwo] = r.analysis;
  const scale = two.perSecond / one.perSecond;
  const aScale = aTwo.perSecond / aOne.perSecond;
  const peak = Math.max(r.inline.peakMb, r.intake.peakMb, r.latency.peakMb, ...[...r.through, ...r.analysis, ...(r.scale ?? [])].flatMap((t) => [t.peaks.serve, ...t.peaks.workers]));
  const ok = (v) => (v ? 'met' : '**not met**');
  return `# Benchmarks

Measured by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${r.count} generated submissions
(one third synthesis in the body, one third with a PDF sheet, one third with a DOCX sheet; bench/corpus.mjs).

Machine: ${m.nproc} CPU (${m.cpu}), ${m.memGb} GB memory (${m.freeGb} GB free at start), Node ${m.node}, Dovecot ${m.dovecot.split(' ')[0]}, ${m.redis}.
Load average at start ${m.load}, at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}. The machine is shared with other work: another
process busy on one CPU halves what two workers can get, so compare runs only when the load was low throughout.

| measure | result | target | |
|---|---|---|---|
| (a) inline ingest, as \`xmess ingest\` (follow-ups included) vs bare libraries | ${ratio.toFixed(2)}× (${rate(r.inline).toFixed(0)} vs ${rate(r.bare).toFixed(0)} messages/s) | ≥ 0.7× | ${ok(ratio >= 0.7)} |
| (a′) the same without follow-ups (store, parse, attachments, extract, commit) | ${intakeRatio.toFixed(2)}× (${rate(r.intake).toFixed(0)} messages/s) | ≥ 0.7× | ${ok(intakeRatio >= 0.7)} |
| (b) latency, \`doveadm save\` to the row leaving pending, p50 / max (${r.latency.samples} one by one) | ${r.latency.p50} ms / ${r.latency.max} ms | p50 ≤ 600 ms, max ≤ 2 s | ${ok(r.latency.p50 <= 600 && r.latency.max <= 2000)} |
| (c) queued end to end, 1 → 2 worker processes | ${one.perSecond.toFixed(1)} → ${two.perSecond.toFixed(1)} messages/s (${scale.toFixed(2)}×) | ≥ 1.6× | ${ok(scale >= 1.6)} |
| (c′) analysis tier alone, 1 → 2 worker processes | ${aOne.perSecond.toFixed(1)} → ${aTwo.perSecond.toFixed(1)} messages/s (${aScale.toFixed(2)}×) | ≥ 1.6× | ${ok(aScale >= 1.6)} |
| (d) peak memory (RSS high-water mark, any process) | ${peak.toFixed(0)} MB | ≤ 512 MB | ${ok(peak <= 512)} |
${r.scale ? `| (f) scale: 1 → 2 → 4 workers at ${SCALE_CPU} CPU each (cgroup quota), serve --concurrency 0 | ${r.scale.map((t) => t.perSecond.toFixed(1)).join(' → ')} messages/s (${(r.scale[1].perSecond / r.scale[0].perSecond).toFixed(2)}×, ${(r.scale[2].perSecond / r.scale[0].perSecond).toFixed(2)}×) | ≥ 1.8×, ≥ 3× | ${ok(r.scale[1].perSecond / r.scale[0].perSecond >= 1.8 && r.scale[2].perSecond / r.scale[0].perSecond >= 3)} |
| (f′) serve's own CPU per message (commit, plan, render, compose, send) vs a worker's (analysis) | ${r.scale[0].serveCpuMsPerMessage.toFixed(1)} ms vs ${r.scale[0].workerCpuMsPerMessage.toFixed(1)} ms | small fraction | |
` : ''}| (e) reference for (c): the bare libraries alone, 1 → 2 processes | ${rate(r.bare).toFixed(0)} → ${rate(r.bareTwo).toFixed(0)} messages/s (${(rate(r.bareTwo) / rate(r.bare)).toFixed(2)}×) | — | |

## Details

**(a)** Both sides in one process, start-up excluded, the same ${r.count} .eml files. Bare libraries (bench/bare.mjs): mailparser's
\`simpleParser\`, then pdf-parse or mammoth on each attachment, sequentially: ${r.bare.seconds.toFixed(1)} s, peak ${r.bare.peakMb.toFixed(0)} MB.
Inline ingest (bench/inline.mjs, the code path of \`xmess ingest\`): raw archive + SQLite row, parse, classify, attachment text in the
bounded worker-thread pool, extraction, commit, follow-up planning and delivery to the file outbox: ${r.inline.seconds.toFixed(1)} s, peak ${r.inline.peakMb.toFixed(0)} MB
(\`${r.inline.summary}\`). Without follow-ups: ${r.intake.seconds.toFixed(1)} s, peak ${r.intake.peakMb.toFixed(0)} MB.

**(b)** \`xmess serve\` (concurrency 2, fallback poll 300 s so only IDLE can wake it) watching a Dovecot mailbox on loopback; ${r.latency.samples} messages
delivered by \`doveadm save\`, one by one (the next ${LATENCY_GAP_MS} ms after the previous one's row left pending); latency = the row's \`processed_at\`
minus the end of its save. Dovecot announces a new message in IDLE about 0.5 s after it arrives: that is the floor. Stored (raw + row)
after p50 ${r.latency.storedP50} ms / p99 ${r.latency.storedP99} ms. Load average at the end of this row: ${r.latency.load}.

**(c)** \`xmess serve --concurrency 0\` stores and queues the whole mailbox first; then N \`xmess worker --concurrency 1\` processes
are started and the clock runs until no message is pending (analysis in the workers; commit, follow-up planning and sending in serve).
${r.through.map((t) => `${t.workers} worker(s): ${t.seconds.toFixed(1)} s, ${t.perSecond.toFixed(1)} messages/s, ${t.failed} failed; CPU seconds serve ${t.peaks.cpu[0].toFixed(1)}, workers ${t.peaks.cpu.slice(1).map((c) => c.toFixed(1)).join(' / ')}; peak serve ${t.peaks.serve.toFixed(0)} MB, workers ${t.peaks.workers.map((p) => p.toFixed(0)).join(' / ')} MB`).join('  \n')}

**(c′)** The same, but serve is stopped once everything is queued, and the clock stops when every analysis has been handed back
(a 'commit' job waiting per message): what adding worker processes buys when analysis is the bottleneck.
${r.analysis.map((t) => `${t.workers} worker(s): ${t.seconds.toFixed(1)} s, ${t.perSecond.toFixed(1)} messages/s; CPU seconds ${t.peaks.cpu.map((c) => c.toFixed(1)).join(' / ')}; peak ${t.peaks.workers.map((p) => p.toFixed(0)).join(' / ')} MB`).join('  \n')}

${r.scale ? `**(f)** \`xmess serve --concurrency 0\` stores and queues ${r.scale[0].messages} messages; the analyse queue is paused while N \`xmess worker --concurrency 2\`
processes start, each in a cgroup of its own held to ${SCALE_CPU} CPU (\`cpu.cfs_quota_us\`; bench/cgroup.mjs): a host of a quarter core each. The clock runs from
resuming the queue until no message is pending; serve (the host with the database) is not held.
${scaleLines(r.scale)}

` : ''}**(d)** Highest of: inline ingest ${r.inline.peakMb.toFixed(0)} MB, serve in (b) ${r.latency.peakMb.toFixed(0)} MB, and every process of (c) and (c′).

## Reading the numbers

- **(a): where inline ingest spends its time.** Follow-ups take ${(100 * (1 - r.intake.seconds / r.inline.seconds)).toFixed(0)} % of it
  (${((r.inline.seconds - r.intake.seconds) * 1000 / r.count).toFixed(1)} ms per message for two outbox rows: rendering, the advisor's DOCX
  sheet, MIME composition, writing the .eml file, and marking it sent). The sheet used to dominate (~5 ms with the \`docx\`
  package); it is now written as WordprocessingML and zipped with fflate (~0.2 ms). Without follow-ups, the rest is the
  bare libraries' work plus archiving the raw bytes, SQLite, the extraction and the hand-off to the document thread. Ingest
  already runs two threads at once (the next messages are analysed while one is committed; documents are read in a worker
  thread), so on ${m.nproc} CPU there is little idle time left to fill: what remains is CPU work, spread over many small
  costs (SQLite writes, file creation on this disk, MIME parsing and composition, extraction), none above ~10 % in a profile.
  Measured per thread (/proc/self/task, one run of 2000): the main thread used about 24 s of CPU in a 27 s run and the
  other threads (document reader, V8's helpers) 15–18 s, about 40 s in all against about 9.5 s for the bare libraries; on
  2 CPU no arrangement of threads finishes in less than half the total. Moving the whole analysis to a thread of its own
  was tried and gave nothing (the total grew). What shrank the total: mammoth's style-map rules parsed once per thread
  instead of for every DOCX (a document read in 3.5–4.0 ms instead of 4.8–5.3 ms, measured alone).
- **(c): why a second worker process adds little here.** Compare (e): on this machine the bare libraries themselves gain
  ${(rate(r.bareTwo) / rate(r.bare)).toFixed(2)}× from a second process, not 2×. One \`xmess worker --concurrency 1\` keeps
  ${(r.analysis[0].peaks.cpu[0] / r.analysis[0].seconds).toFixed(2)} CPU busy; two workers ran at ${(r.analysis[1].peaks.cpu.reduce((a, b) => a + b, 0) / r.analysis[1].seconds).toFixed(2)} CPU
  and spent ${((r.analysis[1].peaks.cpu.reduce((a, b) => a + b, 0) / r.analysis[0].peaks.cpu[0] - 1) * 100).toFixed(0)} % more CPU seconds on the same messages than one did:
  the work per message grows when both cores are busy (Redis, each worker's document thread and V8's helper threads then
  compete for the same two cores). End to end, serve's committer and sender use ${(r.through[0].peaks.cpu[0] * 1000 / r.count).toFixed(1)} ms of CPU per
  message and run on the same ${m.nproc} cores as the workers. Worker processes are meant to scale analysis across hosts
  (README, serve mode); on one 2-CPU host they cannot show it.
`;
}

/** `--only`: the rows measured, each as the report would word it, with the load average around it. */
function partialReport(m, r) {
  const out = [`Machine: ${m.nproc} CPU, load average at start ${m.load}, at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`];
  if (r.bare) out.push(`bare libraries: ${r.count} messages in ${r.bare.seconds.toFixed(1)} s (${rate(r.bare).toFixed(0)}/s), peak ${r.bare.peakMb.toFixed(0)} MB; two processes ${rate(r.bareTwo).toFixed(0)}/s`);
  if (r.inline) out.push(`inline ingest: ${r.inline.seconds.toFixed(1)} s (${rate(r.inline).toFixed(0)}/s), peak ${r.inline.peakMb.toFixed(0)} MB; without follow-ups ${r.intake.seconds.toFixed(1)} s, peak ${r.intake.peakMb.toFixed(0)} MB` + (r.bare ? `; ${(rate(r.inline) / rate(r.bare)).toFixed(2)}× bare` : ''));
  if (r.latency) out.push(`latency (doveadm save → row out of pending, ${r.latency.samples} one by one): p50 ${r.latency.p50} ms, max ${r.latency.max} ms; stored p50 ${r.latency.storedP50} ms; load ${r.latency.load}`);
  for (const t of r.through ?? []) out.push(`queued end to end, ${t.workers} worker(s): ${t.perSecond.toFixed(1)} messages/s; CPU seconds ${t.peaks.cpu.map((c) => c.toFixed(1)).join(' / ')}`);
  for (const t of r.analysis ?? []) out.push(`analysis tier, ${t.workers} worker(s): ${t.perSecond.toFixed(1)} messages/s`);
  if (r.scale) out.push(scaleLines(r.scale));
  return out.join('\n');
}

async function main() {
  if (process.argv.includes('--no-build')) say('measuring what dist/ holds (--no-build)');
  else if (say('building'), spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) say('npm run build reported errors; measuring what dist/ holds');
  const m = machine();
  const work = mkdtempSync(join(tmpdir(), 'xmess-bench-'));
  const conf = writeConfig(join(work, 'conf'));
  const needsCorpus = ['bare', 'inline', 'throughput', 'analysis'].some(wanted);
  say(`generating ${needsCorpus ? COUNT : 0} submissions in ${work}`);
  const { files, docs } = await writeCorpus(join(work, 'mail'), needsCorpus ? COUNT : 0);
  writeFileSync(join(work, 'files.json'), JSON.stringify(files));
  const results = { count: COUNT };
  if (wanted('bare')) {
    say('(a) bare libraries');
    results.bare = runJson('bare.mjs', [join(work, 'files.json')]);
    say('(e) bare libraries in two processes');
    results.bareTwo = await bareTwoProcesses(work, files);
  }
  if (wanted('inline')) {
    say('(a) inline ingest');
    results.inline = runJson('inline.mjs', [join(work, 'mail'), join(work, 'inline', 'x.db'), conf]);
    say('(a) inline ingest without follow-ups');
    results.intake = runJson('inline.mjs', [join(work, 'mail'), join(work, 'intake', 'x.db'), conf, 'no-follow-ups']);
  }
  const servers = ['latency', 'throughput', 'analysis', 'scale'].some(wanted);
  const [dovecot, redis] = servers ? await Promise.all([startDovecot(), startRedis()]) : [null, null];
  try {
    if (wanted('latency')) {
      say(`(b) latency from doveadm save to the record, ${LATENCY_SAMPLES} samples`);
      results.latency = await latency(work, conf, dovecot, redis, docs);
    }
    for (const n of [1, 2]) {
      if (wanted('throughput')) {
        say(`(c) end-to-end throughput with ${n} worker process(es)`);
        (results.through ??= []).push(await throughput(work, conf, dovecot, redis, files, n));
      }
      if (wanted('analysis')) {
        say(`(c) analysis-tier throughput with ${n} worker process(es)`);
        (results.analysis ??= []).push(await analysisTier(work, conf, dovecot, redis, files, n));
      }
    }
    if (wanted('scale')) {
      const limiter = detectCpuLimiter();
      if (!limiter.kind) say(`(f) scale rows skipped: ${limiter.why}`);
      else {
        const scaleFiles = (await writeCorpus(join(work, 'scale-mail'), SCALE_COUNT)).files;
        await fillMailbox(dovecot, scaleFiles, 'Scale');
        results.scale = [];
        for (const n of SCALE_WORKERS) {
          say(`(f) scale: ${n} worker process(es) at ${SCALE_CPU} CPU each (cgroup ${limiter.kind}), ${SCALE_COUNT} messages, load ${loadavg()[0].toFixed(2)}`);
          results.scale.push(await scaleRow(work, conf, dovecot, redis, scaleFiles, n));
        }
      }
    }
    writeFileSync(join(work, 'results.json'), JSON.stringify({ machine: m, ...results }, null, 2));
    if (ONLY) console.log(partialReport(m, results));
    else {
      const text = report(m, results);
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), text);
      console.log(text);
    }
    say(`raw results and service logs in ${work}`);
  } finally {
    dovecot?.stop();
    redis?.stop();
  }
  if (process.argv.includes('--clean')) rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
