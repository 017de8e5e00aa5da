// Free loopback ports and waiting on conditions, for tests that start real servers.
import { spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';

/** A port the kernel just handed out on 127.0.0.1 (closed again, so a server can bind it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once something accepts connections on the port (and sends `expect` when given). */
export async function waitForPort(port: number, timeoutMs = 10_000, expect?: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = connect(port, '127.0.0.1');
      const done = (v: boolean): void => {
        sock.destroy();
        resolve(v);
      };
      sock.setTimeout(1000, () => done(false));
      sock.on('error', () => done(false));
      if (expect) sock.on('data', (d) => done(d.toString().includes(expect)));
      else sock.on('connect', () => done(true));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing answered on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Bounded polling of a condition: the way tests wait, never a fixed sleep used as an assertion. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The absolute path of a program, or an error saying how to install it: tests fail loudly, never skip. */
export function requireBinary(name: string, install: string): string {
  const r = spawnSync('sh', ['-c', `command -v ${name} || ls /usr/sbin/${name} 2>/dev/null`], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0];
  if (!path) throw new Error(`${name} is not installed; install it with: ${install}`);
  return path;
}
