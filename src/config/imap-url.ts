// IMAP_URL → the settings of the mailbox watcher. One URL holds server, account, mailbox and options,
// so a deployment sets one secret. Not RFC 5092 (no ;UID parts): scheme://user:pass@host:port/MAILBOX?options.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../domain/errors.js';

export type AfterAction = { kind: 'none' } | { kind: 'seen' } | { kind: 'move'; folder: string };

export interface ImapSettings {
  host: string;
  port: number;
  /** imaps: TLS from the first byte. */
  secure: boolean;
  /** imap: undefined = STARTTLS when offered; true = required; false = stay in cleartext. */
  doSTARTTLS: boolean | undefined;
  tls: { ca?: string; servername?: string } | undefined;
  user: string;
  pass: string;
  mailbox: string;
  /** Checkpoint key: another account or server never shares a checkpoint. */
  key: string;
  after: AfterAction;
  /** Fallback poll and liveness check, ms. */
  pollMs: number;
  /** imapflow autoIdleDelay, ms: IDLE starts after this much quiet (imapflow's default, 15 s, is far too late). */
  idleDelayMs: number;
  /** RFC822.SIZE above which a message is not downloaded, only its head; null = the parser's MAX_MESSAGE_BYTES. */
  maxBytes: number | null;
}

/** 60 s: a missed IDLE notification or a dead connection costs at most a minute. */
export const DEFAULT_POLL_SECONDS = 60;
/** 200 ms: IDLE is back on almost at once after each command; Dovecot itself notifies ~0.5 s after delivery. */
export const DEFAULT_IDLE_DELAY_MS = 200;

const SUBJECT = 'IMAP_URL';
const USAGE = 'expected imap://user:pass@host:143/INBOX or imaps://user:pass@host:993/INBOX';

function numberOption(q: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = q.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new ConfigError(`option ${name}=${raw} must be a number ≥ ${min}`, SUBJECT);
  return n;
}

function afterOption(raw: string | null): AfterAction {
  if (raw === null || raw === '' || raw === 'none') return { kind: 'none' };
  if (raw === 'seen') return { kind: 'seen' };
  if (raw.startsWith('move:') && raw.length > 5) return { kind: 'move', folder: raw.slice(5) };
  throw new ConfigError(`option after=${raw}: use after=seen, after=move:FOLDER or after=none`, SUBJECT);
}

function tlsOption(q: URLSearchParams): ImapSettings['tls'] {
  const caFile = q.get('ca');
  const servername = q.get('servername') ?? undefined;
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (err) {
      throw new ConfigError(`option ca=${caFile}: cannot read the CA file (${(err as NodeJS.ErrnoException).code ?? err}); give a PEM file path`, SUBJECT);
    }
  }
  return ca || servername ? { ...(ca ? { ca } : {}), ...(servername ? { servername } : {}) } : undefined;
}

function starttlsOption(q: URLSearchParams): boolean | undefined {
  const raw = q.get('starttls');
  if (raw === null) return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(`option starttls=${raw} must be true or false`, SUBJECT);
}

export function parseImapUrl(value: string): ImapSettings {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`not a URL; ${USAGE}`, SUBJECT);
  }
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') throw new ConfigError(`scheme "${url.protocol}" is not imap: or imaps:; ${USAGE}`, SUBJECT);
  if (!url.username) throw new ConfigError(`no user name; ${USAGE}`, SUBJECT);
  const secure = url.protocol === 'imaps:';
  const q = url.searchParams;
  const doSTARTTLS = starttlsOption(q);
  if (secure && doSTARTTLS !== undefined) throw new ConfigError('starttls= applies to imap:// only; imaps:// is TLS from the start', SUBJECT);
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const user = decodeURIComponent(url.username);
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    host, port, secure, doSTARTTLS, tls: tlsOption(q), user, pass: decodeURIComponent(url.password), mailbox,
    key: `${user}@${host}:${port}/${mailbox}`,
    after: afterOption(q.get('after')),
    pollMs: numberOption(q, 'poll', DEFAULT_POLL_SECONDS, 1) * 1000,
    idleDelayMs: numberOption(q, 'idle_delay', DEFAULT_IDLE_DELAY_MS, 10),
    maxBytes: q.has('max_mb') ? Math.round(numberOption(q, 'max_mb', 0, 0.001) * 1024 * 1024) : null,
  };
}

/** The URL without its password, for logs and status. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}
