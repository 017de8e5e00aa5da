// Phone numbers and e-mail addresses found in free text, normalised: phones to E.164 with
// libphonenumber-js (Spain by default: "93 555 01 12", "Tel. 93.555.44.33", "+34 6xx…", "0034…"; France's "04 76 …", "+33 …"),
// addresses to lower case, including the "x@y [x@y]" and "<mailto:x@y>" forms HTML conversion leaves.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { LEXICONS } from './lexicon/index.js';
import { PHONE_WEIGHTS, type PhoneSign } from './score.js';
import { fold } from './text.js';

/** Councils write Spanish numbers without the country code. */
const DEFAULT_REGION = 'ES' as const;

/**
 * National numbers of other lexicons' countries (lexicon/*.ts phoneCountry), read where a Spanish
 * reading finds nothing: a French "04 76 76 36 36" has ten digits from a leading 0, which no Spanish
 * number has, so the two readings never compete for the same digits.
 */
const OTHER_REGIONS = [...new Set(LEXICONS.map((l) => l.phoneCountry))].filter((c) => c !== DEFAULT_REGION && c !== 'GB');

/** "04 76 76 36 36", "01.42.76.40.40", "0612345678": ten digits from a leading 0. */
const FRENCH_NATIONAL = /(?<!\d)0[1-9](?:[\s.-]?\d\d){4}(?!\d)/;

export function findPhones(text: string): string[] {
  const hits = findInText(text);
  return [...new Set(hits.map((h) => h.number))];
}

function findInText(text: string): Array<{ number: string; startsAt: number; endsAt: number }> {
  const read = (region: CountryCode) => findPhoneNumbersInText(text, region)
    .filter((f) => f.number.isPossible() && !isPartOfAmount(text, f.startsAt, f.endsAt))
    .map((f) => ({ number: f.number.number as string, startsAt: f.startsAt, endsAt: f.endsAt }));
  const hits = read(DEFAULT_REGION);
  // Reading again costs a pass over the text: only when a French national number's shape is there.
  if (!FRENCH_NATIONAL.test(text)) return hits;
  for (const region of OTHER_REGIONS) {
    for (const h of read(region)) {
      if (!hits.some((o) => o.startsAt < h.endsAt && h.startsAt < o.endsAt)) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.startsAt - b.startsAt);
}

/**
 * The contact's phone among those a text gives: the best by PHONE_WEIGHTS (score.ts), the first
 * of equals; a fax never. "Centraleta 93 … · Línia directa 93 … · Fax 93 …" gives the direct line.
 */
export function findPhone(text: string): string | null {
  let best: { number: string; weight: number } | null = null;
  for (const hit of findInText(text)) {
    const sign = phoneSign(text, hit.startsAt);
    if (sign === 'fax') continue;
    const weight = PHONE_WEIGHTS[sign];
    if (!best || weight > best.weight) best = { number: hit.number, weight };
  }
  return best?.number ?? null;
}

// What labels a number: the words just before it on its line, after any earlier number or separator.
const FAX = /\b(?:fax|telefax)\b[^a-z]*$/;
const DIRECT_LINE = /\b(?:ligne directe|linia directa|linea directa|direct line|direct dial|direct|ddi|extension directe)\b[^a-z]*$/;
const SWITCHBOARD = /\b(?:standard|centraleta|centralita|switchboard|accueil|recepcio|recepcion|reception|main line|general)\b[^a-z]*$/;

function phoneSign(text: string, start: number): PhoneSign {
  const line = text.slice(Math.max(0, start - 40), start).split(/\n|\d(?=[^\d]*$)/).pop() ?? '';
  const before = fold(line.split(/[|·•;,/]/).pop() ?? '');
  if (FAX.test(before)) return 'fax';
  if (DIRECT_LINE.test(before)) return 'directLine';
  if (SWITCHBOARD.test(before)) return 'switchboard';
  return 'plain';
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
