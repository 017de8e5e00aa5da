// `xmess poll --once` against a real Dovecot (and Redis where queued), plus the flag combinations that
// must fail with the fix in the message. Runs the compiled binary, as a user or cron would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson, xmess } from '../helpers/cli.js';
import { startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { buildMail } from '../helpers/mail.js';
import { waitFor } from '../helpers/ports.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';
import { execute, query, SYNTHESIS, writeTestConfig } from '../helpers/service.js';
import { tempDir } from '../helpers/temp.js';

let dovecot: Dovecot;
let tls: Dovecot;
let redis: RedisServer;
let dir: ReturnType<typeof tempDir>;
let conf: string;

beforeAll(async () => {
  dir = tempDir('xmess-poll-');
  conf = writeTestConfig(join(dir.path, 'conf'));
  [dovecot, tls, redis] = await Promise.all([startDovecot(), startDovecot({ tls: true }), startRedis()]);
});
afterAll(async () => {
  await Promise.all([dovecot?.cleanup(), tls?.cleanup(), redis?.stop()]);
  dir.cleanup();
});

let n = 0;
/** A fresh mailbox and database per test: tests never see each other's mail. */
function scenario(): { mailbox: string; db: string; args: (...a: string[]) => string[] } {
  n++;
  const mailbox = `Poll${n}`;
  dovecot.createMailbox(mailbox);
  const db = join(dir.path, `poll${n}`, 'x.db');
  return { mailbox, db, args: (...a) => [...a, '--db', db, '--config', conf] };
}

const submission = (i: number, extra: Parameters<typeof buildMail>[0] = {}): Buffer =>
  buildMail({ from: `Berta Solà <bsola${i}@viladeprova.cat>`, subject: `Bona pràctica ${i}`, messageId: `<poll-${n}-${i}@viladeprova.cat>`, body: SYNTHESIS(`Projecte ${i}`, i), ...extra });

type Row = { id: number; status: string; reason: string | null; received_at: string; imap_uid: number; attempts: number; size: number };

describe('xmess poll --once', () => {
  it('--inline stores new mail with its INTERNALDATE, processes it, and moves the checkpoint; a second pass finds nothing new', () => {
    const s = scenario();
    for (let i = 1; i <= 3; i++) dovecot.save(submission(i), s.mailbox);
    const url = dovecot.url('starttls=false', s.mailbox);
    const first = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: url } });
    expect(first.stderr).not.toMatch(/"level":50/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/listed 3, new 3, duplicates 0/);
    expect(first.stdout).toMatch(/processed 3/);
    const rows = query<Row>(s.db, 'SELECT * FROM messages ORDER BY imap_uid');
    expect(rows.map((r) => [r.imap_uid, r.status, r.attempts])).toEqual([[1, 'processed', 1], [2, 'processed', 1], [3, 'processed', 1]]);
    // INTERNALDATE (now, when doveadm saved it), not the Date: header of 2020.
    expect(Date.now() - Date.parse(rows[0]!.received_at)).toBeLessThan(10 * 60_000);
    expect(query(s.db, 'SELECT last_uid, last_success_at IS NOT NULL AS ok FROM imap_checkpoints')).toEqual([{ last_uid: 3, ok: 1 }]);
    const practices = exportJson<{ title: string }>(s.db, 'practices');
    expect(practices.map((p) => p.title).sort()).toEqual(['Projecte 1', 'Projecte 2', 'Projecte 3']);

    dovecot.save(submission(4), s.mailbox);
    const second = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: url } });
    expect(second.stdout).toMatch(/listed 1, new 1, duplicates 0/);
    const third = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: url } });
    expect(third.stdout).toMatch(/listed 0, new 0/);
    expect(query(s.db, 'SELECT count(*) AS n FROM messages')).toEqual([{ n: 4 }]);
  });

  it('checks RFC822.SIZE before downloading: a message over the limit keeps only its head and fails with the reason', () => {
    const s = scenario();
    dovecot.save(submission(1, { body: 'x'.repeat(400 * 1024) }), s.mailbox);
    dovecot.save(submission(2), s.mailbox);
    const r = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url('starttls=false&max_mb=0.3', s.mailbox) } });
    expect(r.stdout).toMatch(/over the size limit 1/);
    const rows = query<Row>(s.db, 'SELECT * FROM messages ORDER BY imap_uid');
    expect(rows[0]).toMatchObject({ status: 'failed', imap_uid: 1 });
    expect(rows[0]!.reason).toMatch(/MB \(RFC822\.SIZE\) is over the 0\.3 MB limit; only its head is archived/);
    expect(rows[0]!.size).toBeLessThanOrEqual(256 * 1024);
    expect(rows[1]).toMatchObject({ status: 'processed', imap_uid: 2 });
  });

  it('rescans a mailbox whose UIDVALIDITY changed, without storing anything twice', () => {
    const s = scenario();
    const url = dovecot.url('starttls=false', s.mailbox);
    for (let i = 1; i <= 2; i++) dovecot.save(submission(i), s.mailbox);
    expect(xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: url } }).code).toBe(0);
    const before = dovecot.status(s.mailbox).uidvalidity;
    // Same messages, new mailbox incarnation (as after a server migration): every UID is void.
    const after = () => {
      dovecot.recreateMailbox(s.mailbox);
      return dovecot.status(s.mailbox).uidvalidity !== before || undefined;
    };
    return waitFor('a new UIDVALIDITY', after, 10_000, 300).then(() => {
      for (let i = 1; i <= 3; i++) dovecot.save(submission(i), s.mailbox);
      const r = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: url, LOG_LEVEL: 'warn' } });
      expect(r.stderr).toMatch(/UIDVALIDITY changed: rescanning the mailbox/);
      expect(r.stdout).toMatch(/listed 3, new 1, duplicates 2/);
      expect(query(s.db, 'SELECT count(*) AS n FROM messages')).toEqual([{ n: 3 }]);
      expect(query(s.db, 'SELECT uidvalidity, last_uid FROM imap_checkpoints')).toEqual([{ uidvalidity: String(dovecot.status(s.mailbox).uidvalidity), last_uid: 3 }]);
    });
  });

  it('after=move:FOLDER moves processed messages out of the watched mailbox, and leaves failed ones in place', () => {
    const s = scenario();
    dovecot.save(submission(1), s.mailbox);
    dovecot.save(submission(2, { body: 'y'.repeat(300 * 1024) }), s.mailbox);
    const r = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url(`starttls=false&max_mb=0.1&after=move:${s.mailbox}-done`, s.mailbox) } });
    expect(r.stdout).toMatch(/marked or moved 1/);
    expect(dovecot.status(s.mailbox).messages).toBe(1);
    expect(dovecot.status(`${s.mailbox}-done`).messages).toBe(1);
  });

  it('after=seen flags processed messages \\Seen (fetching never does: BODY.PEEK)', () => {
    const s = scenario();
    dovecot.save(submission(1), s.mailbox);
    dovecot.save(submission(2), s.mailbox);
    // Queued mode: stored and queued, nothing processed yet, so nothing is flagged.
    const queued = xmess(s.args('poll', '--once'), { env: { IMAP_URL: dovecot.url('starttls=false&after=seen', s.mailbox), REDIS_URL: redis.url } });
    expect(queued.stdout).toMatch(/new 2.*queued/);
    expect(dovecot.uidsWithFlag('\\Seen', s.mailbox)).toEqual([]);
    expect(query(s.db, "SELECT count(*) AS n FROM messages WHERE status = 'pending'")).toEqual([{ n: 2 }]);
    // Processed inline on the next pass, then flagged in the same connection.
    const inline = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url('starttls=false&after=seen', s.mailbox) } });
    expect(inline.stdout).toMatch(/marked or moved 2/);
    expect(dovecot.uidsWithFlag('\\Seen', s.mailbox)).toEqual([1, 2]);
  });

  it('reads IMAPS with a self-signed certificate given as ?ca=, and says how to fix it when the CA is missing', () => {
    const db = join(dir.path, 'tls', 'x.db');
    tls.save(submission(1));
    const base = `imaps://${tls.user}:${encodeURIComponent(tls.password)}@127.0.0.1:${tls.tlsPort}/INBOX`;
    const refused = xmess(['poll', '--once', '--inline', '--db', db, '--config', conf], { env: { IMAP_URL: base } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/IMAP_URL: the TLS certificate of 127\.0\.0\.1:\d+ is not trusted .*give its CA with \?ca=/);
    const ok = xmess(['poll', '--once', '--inline', '--db', db, '--config', conf], { env: { IMAP_URL: `${base}?ca=${tls.caFile}` } });
    expect(ok.stdout).toMatch(/listed 1, new 1/);
  });

  it('names the mailbox and the login when they are wrong', () => {
    const s = scenario();
    const wrongBox = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url('starttls=false', 'NoSuchBox') } });
    expect(wrongBox.code).toBe(1);
    expect(wrongBox.stderr).toMatch(/mailbox "NoSuchBox" does not exist/);
    const badLogin = xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: `imap://${dovecot.user}:wrong@127.0.0.1:${dovecot.port}/INBOX?starttls=false` } });
    expect(badLogin.code).toBe(1);
    expect(badLogin.stderr).toMatch(/login refused for user "intake".*check the user name and password/);
  });
});

describe('flags that combine badly fail with the fix in the message', () => {
  const db = () => join(dir.path, 'flags', 'x.db');
  it.each([
    [['serve'], {}, /serve needs IMAP_URL.*e\.g\. IMAP_URL=imaps:\/\/.*xmess ingest PATH/],
    [['serve'], { IMAP_URL: 'imap://u:p@127.0.0.1/INBOX' }, /serve needs REDIS_URL.*poll --once --inline/],
    [['serve', '--dashboard', 'eighty'], {}, /--dashboard must be a TCP port/],
    [['poll'], {}, /add --once .*xmess serve/],
    [['poll', '--once'], { IMAP_URL: 'imap://u:p@127.0.0.1/INBOX' }, /poll --once needs REDIS_URL.*add --inline/],
    [['worker'], {}, /worker needs REDIS_URL/],
    [['worker', '--concurrency', '0'], { REDIS_URL: 'redis://127.0.0.1:1' }, /--concurrency must be a whole number ≥ 1/],
    [['retry'], {}, /retry needs REDIS_URL.*add --inline/],
    [['serve'], { IMAP_URL: 'pop3://u:p@h/INBOX', REDIS_URL: 'redis://127.0.0.1:1' }, /IMAP_URL: scheme "pop3:" is not imap: or imaps:/],
  ] as [string[], Record<string, string>, RegExp][])('xmess %j %j', (args, env, message) => {
    const r = xmess([...args, '--db', db(), '--config', conf], { env });
    expect(r.stderr).toMatch(message);
    expect([1, 2]).toContain(r.code);
    // Nothing is created on disk by a command refused for its flags.
    expect(existsSync(db())).toBe(false);
  });
});

describe('xmess status and xmess retry', () => {
  it('status reports the checkpoint, the last successful poll, counts and recent failures; retry --inline gives failures another round', () => {
    const s = scenario();
    dovecot.save(submission(1), s.mailbox);
    dovecot.save(submission(2), s.mailbox);
    xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url('starttls=false', s.mailbox) } });
    // As if a stage had thrown on message 1 (a bug fixed since): failed, with the reason.
    execute(s.db, "UPDATE messages SET status = 'failed', reason = 'simulated stage bug' WHERE imap_uid = 1");
    const r = xmess(s.args('status', '--json'), { env: { REDIS_URL: redis.url } });
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout);
    expect(status.mailboxes[0]).toMatchObject({ last_uid: 2, last_error: null });
    expect(status.mailboxes[0].last_success_at).toBeTruthy();
    expect(status.messages).toEqual({ failed: 1, processed: 1 });
    expect(status.recentFailures[0]).toMatchObject({ reason: 'simulated stage bug' });
    expect(status.redis).toEqual({ configured: true, reachable: true, error: null });
    expect(status.queues.map((q: { name: string }) => q.name).sort()).toEqual(['analyse', 'commit', 'schedule', 'send']);
    const text = xmess(s.args('status'), { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/mailbox intake@127\.0\.0\.1:\d+\/Poll\d+: UIDVALIDITY \d+, last UID 2, last successful poll/);
    expect(text.stdout).toMatch(/messages: failed 1, processed 1/);
    expect(text.stdout).toMatch(/simulated stage bug/);
    expect(text.stdout).toMatch(/queues: Redis does not answer/);
    const again = xmess(s.args('retry', '--inline'));
    expect(again.stdout).toMatch(/retried 1 failed message\(s\): .*processed 1/);
    expect(query(s.db, 'SELECT status, attempts FROM messages WHERE imap_uid = 1')).toEqual([{ status: 'processed', attempts: 2 }]);
  });
});

// The raw archive keeps every message byte for byte, whatever the transport: a smoke check that poll shares it.
describe('the raw archive', () => {
  it('holds one file per stored message, named by its hash', () => {
    const s = scenario();
    dovecot.save(submission(1), s.mailbox);
    xmess(s.args('poll', '--once', '--inline'), { env: { IMAP_URL: dovecot.url('starttls=false', s.mailbox) } });
    const raw = join(s.db, '..', 'raw');
    const files = readdirSync(raw).flatMap((d) => readdirSync(join(raw, d)));
    expect(files).toHaveLength(1);
    // Byte for byte as the server hands it out (Dovecot serves bare LFs as CRLF, RFC 5322 line ends).
    expect(statSync(join(raw, files[0]!.slice(0, 2), files[0]!)).size).toBe(Buffer.from(submission(1).toString('utf8').replace(/\r?\n/g, '\r\n')).length);
  });
});
