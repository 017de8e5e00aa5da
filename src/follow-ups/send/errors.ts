// Decides once, for every failed send, whether trying again can help (STYLE habit 3), and when.
// SMTP reply codes: 4xx is a transient refusal and 5xx a permanent one (RFC 5321 §4.2.1).
import { PermanentError, errorMessage } from '../../domain/errors.js';

export interface SendFailure {
  permanent: boolean;
  /** The server itself is unreachable or refuses us (not this mail): stop this run, the rest would fail the same way. */
  serverDown: boolean;
  message: string;
}

/** Errors of the connection, not of one mail: nodemailer's codes and the socket errors under them. */
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'ETLS', 'EPROXY', 'EGREETING']);

/** The file outbox's folder cannot be written (permissions, read-only disk, full disk, a file in the way): every mail would fail alike. */
const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EDQUOT']);

export function classifySendError(err: unknown): SendFailure {
  const e = err as { code?: string; responseCode?: number; response?: string; path?: string };
  const message = errorMessage(err).slice(0, 500);
  if (e.code && FOLDER_CODES.has(e.code) && e.responseCode === undefined) {
    return { permanent: false, serverDown: true, message: `the outbox folder cannot be written (${e.code}${e.path ? `: ${e.path}` : ''}); fix its permissions or choose another with --outbox` };
  }
  if (err instanceof PermanentError) return { permanent: true, serverDown: false, message };
  // A rejected login is our configuration, not the mail: keep it pending until SMTP_URL is fixed.
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return { permanent: false, serverDown: true, message: `${message} (check the user and password in SMTP_URL)` };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) return { permanent: true, serverDown: false, message };
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) return { permanent: false, serverDown: e.responseCode === 421, message };
  if (e.code && CONNECTION_CODES.has(e.code)) return { permanent: false, serverDown: true, message };
  // Unknown failures are retried: after MAX_ATTEMPTS the row is given up and shown in the digest anyway.
  return { permanent: false, serverDown: false, message };
}

/**
 * Retries: 1, 2, 4 … minutes, at most 6 hours apart, ten attempts in all (about 17 hours), which
 * rides out a mail server's maintenance window or a night's outage without keeping a dead address forever.
 */
export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/** When to try again after the n-th failed attempt, or null to give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS));
}
