// Reading the query and the form: every value checked against what it may be, nothing else passed on.
import type { Request } from 'express';

/** A string parameter, trimmed and bounded; '' and absent are undefined. */
export function text(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().slice(0, max);
  return v === '' ? undefined : v;
}

/** One of the allowed values, else undefined. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const MESSAGE_ROW = /^[1-9][0-9]{0,15}$/;
/** Practice ids: bp- and 12 hex digits today; any short id of safe characters is looked up, nothing else. */
export const PRACTICE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const param = (req: Request, name: string): string => String((req.params as Record<string, string>)[name] ?? '');

export const form = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;

/** True for the live update's request for the rows of a table alone. */
export const wantsRows = (req: Request): boolean => req.get('x-desk-fragment') === 'rows';
