// REDIS_URL → ioredis connection options for BullMQ and for the side keys (raw bytes, analyses).
import { ConfigError } from '../domain/errors.js';

export interface RedisSettings {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
  /**
   * BullMQ's workers block on Redis and must never give up a command (the Worker constructor throws
   * otherwise); ioredis then queues commands while it reconnects, so a Redis restart is a pause, not an error.
   */
  maxRetriesPerRequest: null;
}

const SUBJECT = 'REDIS_URL';

export function parseRedisUrl(value: string): RedisSettings {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('not a URL; expected redis://[user:pass@]host:6379[/db] or rediss://…', SUBJECT);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError(`scheme "${url.protocol}" is not redis: or rediss:; expected redis://host:6379`, SUBJECT);
  }
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText ? Number(dbText) : 0;
  if (!Number.isInteger(db) || db < 0) throw new ConfigError(`database "${dbText}" is not a number such as /0`, SUBJECT);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}
