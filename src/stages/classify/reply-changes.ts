// What a council's reply (or resend) changes in its practice. Pure: the current values and the
// history in, field changes out. A value the council states (by a label, a sentence that names the
// field, a corrected title in quotes, a contact detail in the new text) replaces the old one; a value
// read only from prose fills an empty field; a value the practice has, or had before a correction,
// changes nothing (a resend never undoes a correction).
import type { ReplyUpdate } from '../extract/index.js';

export type Field = 'title' | 'promoters' | 'summary' | 'contact.name' | 'contact.email' | 'contact.phone' | 'contact.role';
export type Value = string | string[] | null;

export interface Change {
  field: Field;
  value: Value;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function sameValue(a: Value, b: Value): boolean {
  const empty = (v: Value): boolean => v === null || v === '' || (Array.isArray(v) && !v.length);
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = new Set(a.map(fold));
    const y = new Set(b.map(fold));
    return x.size === y.size && [...x].every((v) => y.has(v));
  }
  return typeof a === 'string' && typeof b === 'string' && fold(a) === fold(b);
}

const isEmpty = (v: Value): boolean => v === null || v === '' || (Array.isArray(v) && !v.length);

/** The changes a reply's update makes: stated values replace, others fill only what is empty. */
export function changesFromReply(u: ReplyUpdate, current: (f: Field) => Value): Change[] {
  const stated = new Set(u.stated ?? []);
  const out: Change[] = [];
  const offer = (field: Field, value: Value | undefined, replaces: boolean): void => {
    if (value === undefined || isEmpty(value)) return;
    if (!replaces && !isEmpty(current(field))) return;
    if (!sameValue(current(field), value)) out.push({ field, value });
  };
  offer('title', u.corrections?.title ?? u.title, Boolean(u.corrections?.title) || stated.has('title'));
  const promoters = u.promoters ?? (u.addedPromoters?.length ? (current('promoters') as string[] | null) ?? [] : undefined);
  const withAdded = promoters && u.addedPromoters?.length ? [...promoters, ...u.addedPromoters.filter((p) => !promoters.some((q) => fold(q) === fold(p)))] : promoters;
  offer('promoters', withAdded, stated.has('promoters') || Boolean(u.addedPromoters?.length));
  offer('summary', u.summary, stated.has('summary'));
  for (const k of ['name', 'email', 'phone', 'role'] as const) offer(`contact.${k}`, u.contact?.[k] ?? undefined, stated.has(`contact.${k}`));
  return out;
}

/** Whether the reply carries anything a person wrote to change (even if it turns out to change nothing). */
export function readsAsChange(u: ReplyUpdate): boolean {
  return Boolean(u.title || u.promoters?.length || u.summary || u.corrections?.title || u.addedPromoters?.length || Object.keys(u.contact ?? {}).length);
}

/** A resend's values against the practice: what is new (not its current value, nor one it had before). */
export function changesFromResend(incoming: Record<Field, Value>, current: (f: Field) => Value, past: (f: Field) => Value[]): Change[] {
  return (Object.keys(incoming) as Field[]).filter((f) => {
    const v = incoming[f];
    return !isEmpty(v) && !sameValue(current(f), v) && !past(f).some((p) => sameValue(p, v));
  }).map((f) => ({ field: f, value: incoming[f] }));
}
