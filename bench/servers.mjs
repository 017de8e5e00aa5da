// Private Dovecot and Redis for the benchmark, on free loopback ports. The Dovecot config is the
// tests' own (tests/helpers/dovecot-config.mjs); the start-up around it is the tests' recipe
// (tests/helpers/dovecot.ts and redis.ts) in plain JavaScript, since those are not compiled.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dovecotConfig } from '../tests/helpers/dovecot-config.mjs';

export function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, expect) {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1');
      const done = (v) => { s.destroy(); resolve(v); };
      s.on('error', () => done(false));
      if (expect) s.on('data', (d) => done(d.toString().includes(expect)));
      else s.on('connect', () => done(true));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing answered on port ${port}`);
}

function need(bin, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${bin} || test -x /usr/sbin/${bin}`]).status !== 0) throw new Error(`${bin} is not installed: apt-get install -y --no-install-recommends ${pkg}`);
}

export async function startDovecot() {
  need('dovecot', 'dovecot-core dovecot-imapd');
  const dir = mkdtempSync(join(tmpdir(), 'xmess-bench-dovecot-'));
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  chownSync(join(dir, 'mail'), 65534, 65534);
  writeFileSync(join(dir, 'passwd'), 'bench:{PLAIN}bench\n');
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  const version = spawnSync('dovecot', ['--version'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(conf, dovecotConfig({ version, dir, port, tlsPort: null, name: `xmess-bench-${port}`, uid: 65534 }));
  let master = null;
  const start = async () => {
    const fd = openSync(join(dir, 'dovecot.log'), 'a');
    master = spawn('dovecot', ['-F', '-c', conf], { stdio: ['ignore', 'ignore', fd], detached: true });
    closeSync(fd);
    master.unref();
    await waitForPort(port, '* OK');
  };
  /** Kills the master and its children at once, as a crash would; the mail stays on disk. */
  const kill = () => { try { process.kill(-master.pid, 'SIGKILL'); } catch { /* gone */ } };
  await start();
  const doveadm = (...args) => spawnSync('doveadm', ['-c', conf, ...args], { encoding: 'utf8' });
  return {
    port,
    url: (mailbox, query = 'starttls=false&poll=300') => `imap://bench:bench@127.0.0.1:${port}/${mailbox}?${query}`,
    createMailbox: (m) => doveadm('mailbox', 'create', '-u', 'bench', m),
    /** Delivers one message straight into the mailbox, as the local delivery agent would (no IMAP). */
    save: (m, bytes) => {
      const r = spawnSync('doveadm', ['-c', conf, 'save', '-u', 'bench', '-m', m], { input: bytes });
      if (r.status !== 0) throw new Error(`doveadm save failed: ${r.stderr}`);
    },
    deleteMailbox: (m) => doveadm('mailbox', 'delete', '-u', 'bench', m),
    status: (m) => doveadm('-f', 'flow', 'mailbox', 'status', '-u', 'bench', 'messages uidvalidity', m).stdout.trim(),
    restart: async () => { kill(); await new Promise((r) => setTimeout(r, 300)); await start(); },
    stop: () => { kill(); rmSync(dir, { recursive: true, force: true }); },
  };
}

export async function startRedis() {
  need('redis-server', 'redis-server');
  const port = await freePort();
  let child = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitForPort(port);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Kills Redis (it keeps nothing on disk: every job is forgotten) and starts it again on the same port. */
    restart: async () => { child.kill('SIGKILL'); await new Promise((r) => child.once('exit', r)); await start(); },
    stop: () => child.kill('SIGKILL'),
  };
}
