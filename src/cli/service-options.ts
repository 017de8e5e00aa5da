// What the long-running commands (serve, worker, poll, status, retry) share: a context whose logger
// defaults to info (one line per message), checks of the servers each needs that say how to fix a
// missing one, and the exit that does not wait for stray handles.
import { readEnv } from '../config/env.js';
import { parseImapUrl } from '../config/imap-url.js';
import { loadConfig, type Config } from '../config/load.js';
import { parseRedisUrl } from '../config/redis-url.js';
import { UsageError } from '../domain/errors.js';
import { createLogger, type Logger } from '../log.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { Db } from '../store/db.js';
import { openContext, type CommonOptions, type OpenContextOptions } from './context.js';

export interface ServiceContext {
  config: Config;
  log: Logger;
  db: Db;
  pipeline: PipelineContext;
  close(): void;
}

/** Long-running commands log each message's outcome at info unless LOG_LEVEL says otherwise. */
export function serviceConfig(opts: CommonOptions): { config: Config; log: Logger } {
  const env = readEnv();
  const config = loadConfig(opts, { ...env, logLevel: env.logLevel ?? 'info' });
  return { config, log: createLogger(config.logLevel) };
}

/**
 * The commands' usual context (so processing is set up exactly as for `xmess ingest`, follow-ups
 * included) with the service logger. `check` runs before the database is opened, so a missing server
 * URL changes nothing on disk.
 */
export function openServiceContext(opts: CommonOptions, check: (config: Config) => void = () => undefined, how: OpenContextOptions = {}): ServiceContext {
  const { config, log } = serviceConfig(opts);
  check(config);
  const base = openContext(opts, how);
  const followUps = base.pipeline.followUps ? { ...base.pipeline.followUps, log } : undefined;
  const pipeline: PipelineContext = { ...base.pipeline, ...(followUps ? { followUps } : {}) };
  return { config: base.config, log, db: base.db, pipeline, close: () => base.close() };
}

const IMAP_EXAMPLE = 'IMAP_URL=imaps://user:pass@host:993/INBOX';
const REDIS_EXAMPLE = 'REDIS_URL=redis://127.0.0.1:6379';

/** Checks IMAP_URL is set and well-formed (a bad option fails here, before anything starts). */
export function requireImap(config: Config, command: string, alternative: string): void {
  if (!config.imapUrl) throw new UsageError(`${command} needs IMAP_URL, the mailbox to read, e.g. ${IMAP_EXAMPLE}; ${alternative}`);
  parseImapUrl(config.imapUrl);
}

export function requireRedis(config: Config, command: string, alternative: string): void {
  if (!config.redisUrl) throw new UsageError(`${command} needs REDIS_URL for its queues, e.g. ${REDIS_EXAMPLE}; ${alternative}`);
  parseRedisUrl(config.redisUrl);
}

export function parseCount(value: string | undefined, flag: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, not "${value}"`);
  return n;
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--dashboard must be a TCP port (1-65535, or 0 for any free port), not "${value}"`);
  return n;
}

/**
 * After a graceful stop the process should end by itself; a handle someone forgot (an idle parser
 * thread, a keep-alive socket) must not keep a stopped service alive, so exit after a short grace.
 */
export function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), 200).unref();
}
