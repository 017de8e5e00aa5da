// A private Dovecot (IMAP) for a test file: its own config, port, passwd-file user and Maildir in a
// temp folder, started from Debian's packages without systemd (see ../shared/SERVICES.md).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dovecotConfig } from './dovecot-config.mjs';
import { freePort, requireBinary, waitForPort } from './ports.js';
import { tempDir } from './temp.js';

export const INSTALL_DOVECOT = 'apt-get install -y --no-install-recommends dovecot-core dovecot-imapd';
/** uid/gid of the mail files: Dovecot refuses uid 0, and 65534 (nobody) exists everywhere. */
const MAIL_UID = 65534;

export interface Dovecot {
  port: number;
  /** Set when started with `tls: true`: the IMAPS port and the CA (self-signed cert) file. */
  tlsPort: number | null;
  caFile: string | null;
  user: string;
  password: string;
  dir: string;
  /** imap://user:pass@127.0.0.1:port/INBOX plus an optional query string. */
  url(query?: string, mailbox?: string): string;
  /** Injects a message with `doveadm save` (no IMAP session involved). */
  save(bytes: Buffer, mailbox?: string): void;
  /** `doveadm mailbox status`: messages, uidvalidity, uidnext of a mailbox. */
  status(mailbox?: string): { messages: number; uidvalidity: number; uidnext: number };
  /** Uids of the messages of a mailbox whose flags contain `flag` (e.g. "\\Seen"). */
  uidsWithFlag(flag: string, mailbox?: string): number[];
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Removes and re-creates a mailbox, so it gets a new UIDVALIDITY. */
  recreateMailbox(mailbox: string): void;
  createMailbox(mailbox: string): void;
  cleanup(): Promise<void>;
  log(): string;
}

function selfSignedCert(dir: string): void {
  requireBinary('openssl', 'apt-get install -y openssl');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl could not make a test certificate: ${r.stderr}`);
}

function doveadm(conf: string, args: string[], input?: Buffer): string {
  const r = spawnSync('doveadm', ['-c', conf, ...args], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`doveadm ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export async function startDovecot(opts: { tls?: boolean; user?: string; password?: string } = {}): Promise<Dovecot> {
  const bin = requireBinary('dovecot', INSTALL_DOVECOT);
  requireBinary('doveadm', INSTALL_DOVECOT);
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const tmp = tempDir('xmess-dovecot-');
  const dir = tmp.path;
  chmodSync(dir, 0o755); // the mail processes run as uid 65534 and must traverse it
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  chownSync(join(dir, 'mail'), MAIL_UID, MAIL_UID);
  const user = opts.user ?? 'intake';
  const password = opts.password ?? 'secret-Pa55';
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  const tlsPort = opts.tls ? await freePort() : null;
  if (opts.tls) selfSignedCert(dir);
  const conf = join(dir, 'dovecot.conf');
  const name = `xmess-${port}`;
  writeFileSync(conf, dovecotConfig({ version, dir, port, tlsPort, name, uid: MAIL_UID }));
  const logFile = join(dir, 'dovecot.log');
  let master: ChildProcess | null = null;

  const start = async (): Promise<void> => {
    // -F: stay in the foreground as our child, so a SIGKILL to its process group stops everything at once.
    // The master keeps the caller's stdio open: never give it our pipes (SERVICES.md).
    const fd = openSync(logFile, 'a');
    master = spawn(bin, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', fd], detached: true });
    closeSync(fd);
    master.unref();
    await waitForPort(port, 10_000, '* OK');
  };
  const stop = async (): Promise<void> => {
    const m = master;
    master = null;
    if (!m?.pid || m.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => m.once('exit', () => resolve()));
    try {
      process.kill(-m.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await exited;
    // The login and imap processes are in the same group; give the kernel a moment to release the port.
    await waitFreed(port);
  };
  await start();
  const mailbox = (m?: string): string => m ?? 'INBOX';
  return {
    port, tlsPort, caFile: opts.tls ? join(dir, 'cert.pem') : null, user, password, dir,
    url: (query, m) => `imap://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(m ?? 'INBOX')}${query ? `?${query}` : ''}`,
    save: (bytes, m) => void doveadm(conf, ['save', '-u', user, '-m', mailbox(m)], bytes),
    status: (m) => {
      const out = doveadm(conf, ['-f', 'flow', 'mailbox', 'status', '-u', user, 'messages uidvalidity uidnext', mailbox(m)]);
      const get = (k: string): number => Number(new RegExp(`${k}=(\\d+)`).exec(out)?.[1] ?? NaN);
      return { messages: get('messages'), uidvalidity: get('uidvalidity'), uidnext: get('uidnext') };
    },
    uidsWithFlag: (flag, m) => {
      const out = doveadm(conf, ['-f', 'tab', 'fetch', '-u', user, 'uid flags', 'mailbox', mailbox(m)]);
      return out.split('\n').slice(1).filter((l) => l.split('\t')[1]?.split(' ').includes(flag)).map((l) => Number(l.split('\t')[0]));
    },
    recreateMailbox: (m) => {
      doveadm(conf, ['mailbox', 'delete', '-u', user, m]);
      doveadm(conf, ['mailbox', 'create', '-u', user, m]);
    },
    createMailbox: (m) => void doveadm(conf, ['mailbox', 'create', '-u', user, m]),
    stop,
    start,
    cleanup: async () => {
      await stop();
      tmp.cleanup();
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}

async function waitFreed(port: number): Promise<void> {
  const { createServer } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const free = await new Promise<boolean>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
