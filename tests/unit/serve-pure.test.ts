// The decisions of the serve mode that need no server: reconnect backoff, failure classification,
// IMAP_URL and REDIS_URL parsing, fetch batching, and the watcher's wake-up.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImapUrl, redactUrl } from '../../src/config/imap-url.js';
import { parseRedisUrl } from '../../src/config/redis-url.js';
import { ConfigError, PermanentError, TransientError } from '../../src/domain/errors.js';
import { backoffDelay, nextFailureCount, STABLE_CONNECTION_MS } from '../../src/transports/imap/backoff.js';
import { describeImapError } from '../../src/transports/imap/errors.js';
import { batches } from '../../src/transports/imap/pass.js';
import { Wakeup } from '../../src/transports/imap/wakeup.js';
import { classifyFailure, isLastAttempt } from '../../src/transports/queue/failure.js';
import { parseRoundJobId, roundJobId } from '../../src/transports/queue/names.js';
import { tempDir } from '../helpers/temp.js';

describe('reconnect backoff', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };
  it('doubles from the base up to the ceiling, with jitter in the upper half', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(4, policy, () => 1)).toBe(8000);
    expect(backoffDelay(30, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(30, policy, () => 0)).toBe(30_000);
  });
  it('starts over only after a connection stayed up', () => {
    expect(nextFailureCount(5, null)).toBe(6);
    expect(nextFailureCount(5, 2_000)).toBe(6);
    expect(nextFailureCount(5, STABLE_CONNECTION_MS)).toBe(1);
  });
});

describe('failure classification', () => {
  it('takes our own classes at their word', () => {
    expect(classifyFailure(new PermanentError('broken MIME'), 'transient').permanent).toBe(true);
    expect(classifyFailure(new TransientError('server busy'), 'permanent').permanent).toBe(false);
  });
  it('treats network, Redis and SQLite-busy errors as transient', () => {
    expect(classifyFailure(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'permanent').permanent).toBe(false);
    expect(classifyFailure(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 'permanent').permanent).toBe(false);
    expect(classifyFailure(new Error('Connection is closed.'), 'permanent').permanent).toBe(false);
  });
  it('lets the queue decide what an unknown error means', () => {
    expect(classifyFailure(new TypeError('x is undefined'), 'permanent')).toEqual({ permanent: true, reason: 'x is undefined' });
    expect(classifyFailure(new TypeError('x is undefined'), 'transient').permanent).toBe(false);
  });
  it('knows the last attempt before BullMQ does', () => {
    expect(isLastAttempt({ attemptsMade: 3, opts: { attempts: 5 } })).toBe(false);
    expect(isLastAttempt({ attemptsMade: 4, opts: { attempts: 5 } })).toBe(true);
    expect(isLastAttempt({ attemptsMade: 0, opts: {} })).toBe(true);
  });
});

describe('job ids', () => {
  it('name a message round, never an integer and never with ":" (BullMQ refuses both)', () => {
    expect(roundJobId({ rowId: 12, gen: 0 })).toBe('m12.0');
    expect(parseRoundJobId('m12.3')).toEqual({ rowId: 12, gen: 3 });
    expect(parseRoundJobId('after-m12.3')).toBeNull();
  });
});

describe('IMAP_URL', () => {
  it('reads server, account, mailbox and defaults', () => {
    const s = parseImapUrl('imaps://bones%40xmess.cat:p%C3%A0ss@mail.example.org/Bones%20pr%C3%A0ctiques');
    expect(s).toMatchObject({ host: 'mail.example.org', port: 993, secure: true, user: 'bones@xmess.cat', pass: 'pàss', mailbox: 'Bones pràctiques',
      after: { kind: 'none' }, pollMs: 60_000, idleDelayMs: 200, maxBytes: null });
    expect(s.key).toBe('bones@xmess.cat@mail.example.org:993/Bones pràctiques');
    expect(parseImapUrl('imap://u:p@127.0.0.1').mailbox).toBe('INBOX');
    expect(parseImapUrl('imap://u:p@127.0.0.1').port).toBe(143);
  });
  it('reads the options: after-processing action, poll, STARTTLS, CA, size limit', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'ca.pem'), '-----BEGIN CERTIFICATE-----\n');
      const s = parseImapUrl(`imap://u:p@h:1143/INBOX?after=move:Processades&poll=5&starttls=false&ca=${join(dir.path, 'ca.pem')}&servername=mail.x&max_mb=2`);
      expect(s).toMatchObject({ after: { kind: 'move', folder: 'Processades' }, pollMs: 5000, doSTARTTLS: false, maxBytes: 2 * 1024 * 1024 });
      expect(s.tls).toEqual({ ca: '-----BEGIN CERTIFICATE-----\n', servername: 'mail.x' });
      expect(parseImapUrl('imap://u:p@h/INBOX?after=seen').after).toEqual({ kind: 'seen' });
    } finally {
      dir.cleanup();
    }
  });
  it('says what is wrong and how to write it', () => {
    expect(() => parseImapUrl('http://u:p@h/INBOX')).toThrow(/IMAP_URL: scheme "http:" is not imap: or imaps:; expected imap:\/\//);
    expect(() => parseImapUrl('imap://h/INBOX')).toThrow(/no user name/);
    expect(() => parseImapUrl('imap://u:p@h/INBOX?after=delete')).toThrow(/after=seen, after=move:FOLDER or after=none/);
    expect(() => parseImapUrl('imaps://u:p@h/INBOX?starttls=true')).toThrow(/imap:\/\/ only/);
    expect(() => parseImapUrl('imap://u:p@h/INBOX?ca=/nonexistent/ca.pem')).toThrow(ConfigError);
  });
  it('never shows the password in logs', () => {
    expect(redactUrl('imaps://u:secret@h/INBOX')).toBe('imaps://u:***@h/INBOX');
  });
});

describe('REDIS_URL', () => {
  it('gives BullMQ a connection that never gives up a command', () => {
    expect(parseRedisUrl('redis://:pw@10.0.0.2:6380/2')).toEqual({ host: '10.0.0.2', port: 6380, password: 'pw', db: 2, maxRetriesPerRequest: null });
    expect(parseRedisUrl('rediss://cache.example.org')).toMatchObject({ port: 6379, tls: {} });
    expect(() => parseRedisUrl('127.0.0.1:6379')).toThrow(/REDIS_URL/);
  });
});

describe('IMAP errors', () => {
  const s = { host: 'mail.example.org', port: 993, user: 'bones', mailbox: 'INBOX' };
  it('tell the user what to fix', () => {
    expect(describeImapError(Object.assign(new Error('Authentication failed'), { authenticationFailed: true }), s).message).toMatch(/login refused for user "bones".*check the user name and password/);
    expect(describeImapError(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), s).message).toMatch(/\?ca=/);
    expect(describeImapError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), s).kind).toBe('transient');
    expect(describeImapError(Object.assign(new Error('Command failed'), { responseText: "Mailbox doesn't exist: Nope" }), s).message).toMatch(/mailbox "INBOX" does not exist/);
  });
});

describe('fetch batches', () => {
  const item = (size: number) => ({ size });
  it('bound each FETCH by count and bytes, and fetch an oversized message alone', () => {
    expect(batches([1, 1, 1, 1, 1].map(item), () => false, 2, 100).map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches([60, 60, 10].map(item), () => false, 10, 100).map((b) => b.length)).toEqual([1, 2]);
    expect(batches([1, 999, 1].map(item), (i) => i.size > 100, 10, 100).map((b) => b.map((i) => i.size))).toEqual([[1], [999], [1]]);
  });
});

describe('the watcher wake-up', () => {
  it('does not lose an event fired while nobody waits', async () => {
    const w = new Wakeup();
    w.fire();
    expect(await w.wait(10_000)).toBe('event');
    expect(await w.wait(5)).toBe('timer');
  });
  it('wakes a waiter at once on an event or an abort', async () => {
    const w = new Wakeup();
    const waiting = w.wait(10_000);
    w.fire();
    expect(await waiting).toBe('event');
    const ac = new AbortController();
    const aborted = w.wait(10_000, ac.signal);
    ac.abort();
    expect(await aborted).toBe('abort');
  });
});
