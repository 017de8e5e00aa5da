import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { planFollowUps } from '../../src/follow-ups/planner.js';
import type { Db } from '../../src/store/db.js';
import { exportOutbox } from '../../src/follow-ups/store/outbox.js';
import { deliverPending } from '../../src/follow-ups/send/deliver.js';
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { exportJson } from '../helpers/cli.js';
import { buildMail } from '../helpers/mail.js';
import { followUpContext, openTestDb, seedSubmission } from '../helpers/notify.js';
import { freePort } from '../helpers/ports.js';
import { tempDir } from '../helpers/temp.js';

interface Listener {
  url: string;
  port: number;
  received: { to: string[]; raw: Buffer }[];
  close(): Promise<void>;
}

/** A real SMTP server in the test process; recipients starting "gone" get 550, "busy" get 451 (RFC 5321 §4.2). */
async function listen(port?: number): Promise<Listener> {
  const p = port ?? (await freePort());
  const received: Listener['received'] = [];
  const server = new SMTPServer({
    authOptional: true, disableReverseLookup: true, disabledCommands: ['STARTTLS'], logger: false,
    onRcptTo(address, _session, callback) {
      const code = address.address.startsWith('gone') ? 550 : address.address.startsWith('busy') ? 451 : 0;
      callback(code ? Object.assign(new Error(code === 550 ? 'mailbox unavailable' : 'try again later'), { responseCode: code }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => resolve());
  });
  return { url: `smtp://127.0.0.1:${p}`, port: p, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The real CLI, run asynchronously: the SMTP listener lives in this process and must keep answering (spawnSync would freeze it). */
function xmessAsync(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'xmess.js'), ...args], { env: { ...process.env, NODE_OPTIONS: '', IMAP_URL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const messageIds = async (l: Listener): Promise<string[]> => Promise.all(l.received.map(async (r) => (await simpleParser(r.raw)).messageId ?? ''));

let dir: ReturnType<typeof tempDir>;
let db: Db;
let listener: Listener | null;
beforeEach(() => {
  dir = tempDir('xmess-smtp-');
  db = openTestDb(dir.path);
  listener = null;
});
afterEach(async () => {
  await listener?.close();
  db.close();
  dir.cleanup();
});

function planTwo(): void {
  const ctx = followUpContext(db);
  for (const s of [seedSubmission(db), seedSubmission(db, { from: 'tecnica@poblecallat.cat', subject: 'Bona pràctica de Poble Callat' })]) planFollowUps(ctx, s.rowId);
}

describe('sending follow-ups by SMTP', () => {
  it('delivers each follow-up once, with its Message-ID, threading headers and the DOCX sheet', async () => {
    listener = await listen();
    planTwo();
    const planned = exportOutbox(db);
    expect(await deliverPending({ db, outboxDir: join(dir.path, 'outbox'), smtpUrl: listener.url })).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    expect(await deliverPending({ db, outboxDir: join(dir.path, 'outbox'), smtpUrl: listener.url })).toMatchObject({ sent: 0, failed: 0, pending: 0 });
    expect((await messageIds(listener)).sort()).toEqual(planned.map((o) => o.messageId).sort());
    const ack = await simpleParser(listener.received.find((r) => r.to.includes('tecnica@poblecallat.cat'))!.raw);
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.inReplyTo).toMatch(/@viladeprova\.cat>$/);
    const task = await simpleParser(listener.received.find((r) => r.to.includes('anna.puig@example.org'))!.raw);
    expect(task.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^fitxa-bp-[0-9a-f]{12}\.docx$/)]);
    expect(exportOutbox(db).every((o) => o.status === 'sent' && o.attempts === 1)).toBe(true);
  });

  it('leaves everything pending while the server is down, and a later run delivers it all once as soon as the server answers', async () => {
    const port = await freePort();
    planTwo();
    const t0 = new Date();
    const down = await deliverPending({ db, outboxDir: join(dir.path, 'outbox'), smtpUrl: `smtp://127.0.0.1:${port}`, now: () => t0 });
    expect(down).toMatchObject({ sent: 0, failed: 0, pending: 4 });
    const tried = exportOutbox(db).filter((o) => o.attempts > 0);
    // The first refusal says the server is down: the run stops instead of failing the others one by one.
    expect(tried).toHaveLength(1);
    expect(tried[0]).toMatchObject({ status: 'pending', error: expect.stringMatching(/ECONNREFUSED/) });
    expect(new Date(tried[0]!.nextAttemptAt!).getTime()).toBeGreaterThan(t0.getTime());

    listener = await listen(port);
    // The refused row was not to blame: once the server accepts a mail, it goes too, without waiting out its backoff.
    expect(await deliverPending({ db, outboxDir: '', smtpUrl: listener.url, now: () => t0 })).toMatchObject({ sent: 4, failed: 0, pending: 0 });
    const ids = await messageIds(listener);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(exportOutbox(db).find((o) => o.id === tried[0]!.id)).toMatchObject({ status: 'sent', attempts: 2, error: null });
  });

  it('gives up on a permanent refusal (5xx) and retries a temporary one (4xx) with backoff', async () => {
    listener = await listen();
    const ctx = followUpContext(db, { advisors: [] });
    planFollowUps(ctx, seedSubmission(db, { from: 'gone@viladeprova.cat' }).rowId);
    planFollowUps(ctx, seedSubmission(db, { from: 'busy@viladeprova.cat' }).rowId);
    const now = new Date();
    expect(await deliverPending({ db, outboxDir: '', smtpUrl: listener.url, now: () => now })).toMatchObject({ sent: 0, failed: 1, pending: 1 });
    const [gone, busy] = ['gone', 'busy'].map((w) => exportOutbox(db).find((o) => o.to[0]!.startsWith(w))!);
    expect(gone).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/550/) });
    expect(busy).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringMatching(/451/) });
    expect(busy!.nextAttemptAt! > now.toISOString()).toBe(true);
    expect(listener.received).toHaveLength(0);
  });
});

describe('a server that refuses every mail for a while (4xx)', () => {
  it('stops the run after three refusals in a row, and sends them all at once when it accepts mail again', async () => {
    let refusing = true;
    const received: string[] = [];
    const port = await freePort();
    const server = new SMTPServer({
      authOptional: true, disableReverseLookup: true, disabledCommands: ['STARTTLS'], logger: false,
      onMailFrom(_a, _s, callback) {
        callback(refusing ? Object.assign(new Error('4.3.2 system busy, try later'), { responseCode: 451 }) : undefined);
      },
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => { received.push(session.envelope.rcptTo.map((r) => r.address).join(',')); callback(); });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    try {
      const ctx = followUpContext(db, { advisors: [] });
      for (let i = 0; i < 5; i++) planFollowUps(ctx, seedSubmission(db, { from: `tecnica${i}@viladeprova.cat` }).rowId);
      const t0 = new Date();
      const url = `smtp://127.0.0.1:${port}`;
      expect(await deliverPending({ db, outboxDir: '', smtpUrl: url, now: () => t0 })).toMatchObject({ sent: 0, failed: 0, pending: 5 });
      // Three mails were tried and refused; the other two were never tried.
      expect(exportOutbox(db).filter((o) => o.attempts > 0)).toHaveLength(3);
      refusing = false;
      expect(await deliverPending({ db, outboxDir: '', smtpUrl: url, now: () => t0 })).toMatchObject({ sent: 5, failed: 0, pending: 0 });
      expect(received).toHaveLength(5);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('still waits out the backoff of a single mail refused for its own recipient', async () => {
    listener = await listen();
    const ctx = followUpContext(db, { advisors: [] });
    planFollowUps(ctx, seedSubmission(db, { from: 'busy@viladeprova.cat' }).rowId);
    planFollowUps(ctx, seedSubmission(db, { from: 'ok@viladeprova.cat' }).rowId);
    const now = new Date();
    expect(await deliverPending({ db, outboxDir: '', smtpUrl: listener.url, now: () => now })).toMatchObject({ sent: 1, failed: 0, pending: 1 });
    expect(await deliverPending({ db, outboxDir: '', smtpUrl: listener.url, now: () => now })).toMatchObject({ sent: 0, failed: 0, pending: 1 });
  });
});

describe('xmess ingest with SMTP_URL', () => {
  it('sends one acknowledgement and one advisor task per practice, and nothing more on a rerun', async () => {
    listener = await listen();
    const conf = join(dir.path, 'conf');
    const mail = join(dir.path, 'mail');
    mkdirSync(conf);
    mkdirSync(mail);
    writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]));
    writeFileSync(join(conf, 'advisors.json'), JSON.stringify([{ name: 'Anna Puig', email: 'anna.puig@example.org', themes: [] }]));
    writeFileSync(join(mail, 'a.eml'), buildMail({
      from: 'Berta Solà <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200',
      body: 'Títol: Rebost compartit de barri\nOrganitzacions promotores: Ajuntament de Vila de Prova\nBreu explicació: Un rebost compartit per a famílies del barri.\nNom: Berta Solà\nCorreu electrònic: bsola@viladeprova.cat\n',
    }));
    writeFileSync(join(mail, 'ooo.eml'), buildMail({ from: 'bsola@viladeprova.cat', subject: 'Resposta automàtica: fora de l\'oficina', headers: { 'Auto-Submitted': 'auto-replied' } }));
    const db2 = join(dir.path, 'state', 'x.db');
    const args = ['ingest', mail, '--db', db2, '--config', conf];
    const first = await xmessAsync(args, { SMTP_URL: listener.url });
    expect(first.stdout).toMatch(/follow-ups planned 2, sent 2, written 0, pending 0, failed 0/);
    const second = await xmessAsync(args, { SMTP_URL: listener.url });
    expect(second.stdout).toMatch(/follow-ups planned 0, sent 0, written 0, pending 0, failed 0/);
    expect(listener.received.map((r) => r.to[0]).sort()).toEqual(['anna.puig@example.org', 'bsola@viladeprova.cat']);
    const outbox = exportJson<{ status: string; kind: string }>(db2, 'outbox');
    expect(outbox.map((o) => [o.kind, o.status]).sort()).toEqual([['acknowledgement', 'sent'], ['advisor-task', 'sent']]);
  });
});

describe('honest counts and exit status 3', () => {
  it('exits 3 when the SMTP server is down, says why and when it retries; `xmess send` before the retry is due sends nothing and says what waits', async () => {
    const port = await freePort();
    const conf = join(dir.path, 'conf');
    const mail = join(dir.path, 'mail');
    mkdirSync(conf);
    mkdirSync(mail);
    writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]));
    writeFileSync(join(conf, 'advisors.json'), '[]');
    writeFileSync(join(mail, 'a.eml'), buildMail({
      from: 'Berta Solà <bsola@viladeprova.cat>', messageId: '<rebost-down@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200',
      body: 'Títol: Rebost compartit de barri\nOrganitzacions promotores: Ajuntament de Vila de Prova\nBreu explicació: Un rebost compartit per a famílies del barri.\nNom: Berta Solà\n',
    }));
    const db2 = join(dir.path, 'state', 'x.db');
    const down = await xmessAsync(['ingest', mail, '--db', db2, '--config', conf], { SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(down.code).toBe(3);
    expect(down.stdout).toMatch(/follow-ups planned 1, sent 0, written 0, pending 1 \(.*ECONNREFUSED.*next attempt \S+\)/);
    listener = await listen(port);
    // The retry is due only after its backoff; `send` with nothing due yet sends nothing and says what waits.
    const early = await xmessAsync(['send', '--db', db2, '--config', conf], { SMTP_URL: listener.url });
    expect(early.stdout).toMatch(/sent 0, written 0, pending 1/);
    expect(early.stderr).toContain(`database ${db2}`);
    expect(listener.received).toHaveLength(0);
  });
});
