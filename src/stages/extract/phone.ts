// Phone numbers and e-mail addresses found in free text, normalised: phones to E.164 with
// libphonenumber-js (Spain by default: "93 555 01 12", "Tel. 93.555.44.33", "+34 6xx…", "0034…"),
// addresses to lower case, including the "x@y [x@y]" and "<mailto:x@y>" forms HTML conversion leaves.
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';

/** Councils write Spanish numbers without the country code. */
const DEFAULT_REGION = 'ES' as const;

export function findPhones(text: string): string[] {
  const found = findPhoneNumbersInText(text, DEFAULT_REGION)
    .filter((f) => f.number.isPossible() && !isPartOfAmount(text, f.startsAt, f.endsAt))
    .map((f) => f.number.number as string);
  return [...new Set(found)];
}

export function findPhone(text: string): string | null {
  return findPhones(text)[0] ?? null;
}

/** Normalises one written phone number; null when it is not one. */
export function normalisePhone(raw: string): string | null {
  const p = parsePhoneNumberFromString(raw, DEFAULT_REGION);
  if (p?.isPossible()) return p.number as string;
  return findPhone(raw);
}

// "15.000.000 euros", "IBAN ES12 …": digits glued to a currency or an account prefix are not phones.
function isPartOfAmount(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8).toLowerCase();
  const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
  return /^\s*(€|euros?|eur\b|%)/.test(after) || /(iban|nif|cif|dni|es\d\d)\s*$/.test(before);
}

const EMAIL = /[a-z0-9][\w.+'-]*@[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}/gi;

export function findEmails(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(/mailto:/gi, ' ').matchAll(EMAIL)) {
    const e = m[0].toLowerCase().replace(/[.'-]+$/, '');
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

export function findEmail(text: string): string | null {
  return findEmails(text)[0] ?? null;
}

/** Removes addresses, phone numbers and their little labels, to read the rest as name and role. */
export function stripContactTokens(text: string): string {
  let out = text.replace(/<?(mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>?/gi, ' ').replace(/\[\s*\]/g, ' ');
  for (const f of findPhoneNumbersInText(out, DEFAULT_REGION).reverse()) {
    out = out.slice(0, f.startsAt) + ' ' + out.slice(f.endsAt);
  }
  return out
    .replace(/\b(tel[eè]fon|tel[eé]fono|tel|tlf|telf|tfn|m[oò]bil|m[oó]vil|e-?mail|correu(?: electr[oò]nic)?|correo(?: electr[oó]nico)?|mail|t|m|c\/e)\s*[.:]?\s*(?=[,;|·\s]|$)/gi, ' ')
    .replace(/\(\s*\)/g, ' ');
}
