// Sessions without server state: a cookie holding who is logged in and until when, signed with
// HMAC-SHA256; CSRF tokens are HMACs of the session's random id (synchronizer tokens bound to it).
// The key comes from XMESS_DESK_SECRET or a file beside desk-users.json, made on first start (0600).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'desk-secret';
/** A working day and a bit: a session opened in the morning lasts until evening, then asks again. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'xmess_desk';
/** Before login: binds the login form's CSRF token to this browser. */
export const PRELOGIN_COOKIE = 'xmess_desk_pre';

export function loadSecret(configDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const file = join(configDir, SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

const mac = (secret: Buffer, data: string): string => createHmac('sha256', secret).update(data).digest('base64url');

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Session {
  /** The user's e-mail. */
  u: string;
  /** Random id: what CSRF tokens are bound to. */
  sid: string;
  /** Expiry, ms since the epoch. */
  exp: number;
  /** A fingerprint of the password hash at login: a new password ends the sessions opened with the old one. */
  pw: string;
}

export const newSid = (): string => randomBytes(18).toString('base64url');

export function sign(secret: Buffer, value: object): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${mac(secret, `session:${payload}`)}`;
}

export function unsign<T>(secret: Buffer, cookie: string | undefined): T | null {
  if (!cookie || cookie.length > 2048) return null;
  const dot = cookie.indexOf('.');
  if (dot < 1) return null;
  const payload = cookie.slice(0, dot);
  if (!sameText(cookie.slice(dot + 1), mac(secret, `session:${payload}`))) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
}

export const passwordMark = (secret: Buffer, passwordHash: string): string => mac(secret, `pw:${passwordHash}`).slice(0, 16);

export const csrfToken = (secret: Buffer, sid: string): string => mac(secret, `csrf:${sid}`);

export function csrfValid(secret: Buffer, sid: string | undefined, token: unknown): boolean {
  return typeof sid === 'string' && typeof token === 'string' && sameText(token, csrfToken(secret, sid));
}

/** Cookie header → name/value pairs (the first of a repeated name wins). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}
