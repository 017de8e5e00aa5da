// Runs `xmess serve` / `xmess worker` as real child processes (node bin/xmess.js, compiled by the test
// command's build step) and reads their SQLite file, so tests can kill -9 them like a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PROJECT_ROOT } from '../../src/config/paths.js';

export interface Service {
  child: ChildProcess;
  /** Everything the process wrote on stderr (pino JSON lines) so far. */
  logs(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

export interface ServiceEnv {
  IMAP_URL?: string;
  REDIS_URL?: string;
  SMTP_URL?: string;
  [k: string]: string | undefined;
}

export function startService(args: string[], env: ServiceEnv, logFile: string): Service {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'xmess.js'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_OPTIONS: '', IMAP_URL: '', REDIS_URL: '', SMTP_URL: '', LOG_LEVEL: 'info', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile, { flags: 'a' });
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    logs: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    exited,
    kill: (signal) => void child.kill(signal),
  };
}

/** Reads the service's database without disturbing it (WAL: readers never block the writer). */
export function query<T = Record<string, unknown>>(dbFile: string, sql: string, ...args: unknown[]): T[] {
  if (!existsSync(dbFile)) return [];
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } catch (err) {
    // The schema may not exist yet while the service is starting.
    if (/no such table/.test((err as Error).message)) return [];
    throw err;
  } finally {
    db.close();
  }
}

/** Changes the database behind the service's back, as a person with sqlite3 (or a bug) would. */
export function execute(dbFile: string, sql: string, ...args: unknown[]): number {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    return db.prepare(sql).run(...args).changes;
  } finally {
    db.close();
  }
}

/** A config folder: our municipality, and a campaign whose deadline is far away (acknowledgements, not late notices). */
export function writeTestConfig(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'municipalities.json'), JSON.stringify([{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify({
    deadline: '2099-12-31T23:59:59+01:00', timezone: 'Europe/Madrid', from: 'bonespractiques@xmess.example.org',
    coordinator: 'coordinacio@xmess.example.org', language: 'ca',
  }));
  return dir;
}

export const SYNTHESIS = (title: string, n: number): string => [
  'Bon dia,', '', 'Us enviem la nostra bona pràctica:', '',
  `Títol: ${title}`,
  'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  `Breu explicació: L'Ajuntament i una cooperativa de consum gestionen el projecte número ${n} per a famílies del barri durant el confinament per la Covid-19.`,
  'Contacte de la persona de referència:',
  '   Nom: Berta Solà Riu',
  `   Correu electrònic: bsola${n}@viladeprova.cat`,
  '   Telèfon: 93 111 22 33', '', 'Salutacions,', 'Berta',
].join('\n');
