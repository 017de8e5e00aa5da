// A private Redis for a test file, on a free loopback port, keeping nothing on disk: a restart is a
// Redis that lost everything, the worst case the service has to survive.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, requireBinary, waitForPort } from './ports.js';

export const INSTALL_REDIS = 'apt-get install -y --no-install-recommends redis-server';

export interface RedisServer {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const bin = requireBinary('redis-server', INSTALL_REDIS);
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
    child.unref();
    await waitForPort(port, 10_000);
  };
  const stop = async (): Promise<void> => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, stop, start };
}
