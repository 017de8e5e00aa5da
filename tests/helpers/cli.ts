// Runs the real `xmess` binary (compiled by `npm test`'s build step) in a temporary folder.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function xmess(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'xmess.js'), ...args], {
    cwd: opts.cwd ?? PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', SMTP_URL: '', IMAP_URL: '', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function exportJson<T = Record<string, unknown>>(db: string, what: string, cwd?: string): T[] {
  const r = xmess(['export', '--db', db, '--what', what], { cwd });
  if (r.code !== 0) throw new Error(`export --what ${what} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T[];
}
