// Phone numbers and e-mail addresses found in free text, normalised: phones to E.164 with
// libphonenumber-js (Spain by default: "93 555 01 12", "Tel. 93.555.44.33", "+34 6xx…", "0034…"; France's "04 76 …", "+33 …"),
// addresses to lower case, including the "x@y [x@y]" and "<mailto:x@y>" forms HTML conversion leaves.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { LEXICONS } from './lexicon/index.js';

/** Councils write Spanish numbers without the country code. */
const DEFAULT_REGION = 'ES' as const;

/**
 * National numbers of other lexicons' countries (lexicon/*.ts phoneCountry), read where a Spanish
 * reading finds nothing: a French "04 76 76 36 36" has ten digits from a leading 0, which no Spanish
 * number has, so the two readings never compete for the same digits.
 */
const OTHER_REGIONS = [...new Set(LEXICONS.map((l) => l.phoneCountry))].filter((c) => c !== DEFAULT_REGION && c !== 'GB');

export function findPhones(text: string): string[] {
  const hits = findInText(text);
  return [...new Set(hits.map((h) => h.number))];
}

function findInText(text: string): Array<{ number: string; startsAt: number; endsAt: number }> {
  const read = (region: CountryCode) => findPhoneNumbersInText(text, region)
    .filter((f) => f.number.isPossible() && !isPartOfAmount(text, f.startsAt, f.endsAt))
    .map((f) => ({ number: f.number.number as string, startsAt: f.startsAt, endsAt: f.endsAt }));
  const hits = read(DEFAULT_REGION);
  for (const region of OTHER_REGIONS) {
    for (const h of read(region)) {
      if (!hits.some((o) => o.startsAt < h.endsAt && h.startsAt < o.endsAt)) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.startsAt - b.startsAt);
}

export function findPhone(text: string): string | null {
  return findPhones(text)[0] ?? null;
}

/** Normalises one written phone number; null when it is not one. */
export function normalisePhone(raw: string): string | null {
  const p = parsePhoneNumberFromString(raw, DEFAULT_REGION);
  if (p?.isPossible()) return p.number as string;
  for (const region of OTHER_REGIONS) {
    const q = parsePhoneNumberFromString(raw, region);
    if (q?.isValid()) return q.number as string;
  }
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
  for (const f of findInText(out).reverse()) {
    out = out.slice(0, f.startsAt) + ' ' + out.slice(f.endsAt);
  }
  return out
    .replace(/\b(t[ée]l[ée]phone|portable|ligne directe|standard|fax|tel[eè]fon|tel[eé]fono|tel|tlf|telf|tfn|m[oò]bil|m[oó]vil|e-?mail|correu(?: electr[oò]nic)?|correo(?: electr[oó]nico)?|mail|t|m|c\/e)\s*[.:]?\s*(?=[,;|·\s]|$)/gi, ' ')
    .replace(/\(\s*\)/g, ' ');
}
