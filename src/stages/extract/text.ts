// Text helpers shared by the extract modules: folding for comparisons, line clean-up, similarity.
// Councils write Catalan and Spanish with or without accents and in any case, so every comparison
// of words goes through `fold`.

/** Accents, case and the Catalan middle dot folded away ("Col·laboració" → "collaboracio"). */
export function fold(s: string): string {
  return foldKeepLength(s).replace(/l[·.]l/g, 'll').replace(/\s+/g, ' ').trim();
}

/**
 * Fold one character at a time so that indices in the result match the original string
 * (used to find a phrase in folded text and cut the original spelling out of the same place).
 */
export function foldKeepLength(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out.replace(/[’‘´`]/g, "'");
}

/**
 * fold() with, for each character of the folded text, where it came from in the original:
 * `from[i]`..`to[i]` is the original span of folded character i. Lets a phrase matched on folded
 * text be quoted as written ("pandèmia", not "pandemi"). The text equals fold(s) except in rare
 * runs such as "l.l.l", where callers fall back to the folded phrase.
 */
export function foldWithMap(s: string): { text: string; from: number[]; to: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of s) {
    for (const c of foldChar(ch).replace(/[’‘´`]/g, "'")) { chars.push(c); from.push(i); to.push(i + ch.length); }
    i += ch.length;
  }
  const out: string[] = [];
  const oFrom: number[] = [];
  const oTo: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k] ?? '';
    // "l·l" and "l.l" read "ll" (the middle dot dropped); runs of white space one space.
    if ((c === '·' || c === '.') && chars[k - 1] === 'l' && chars[k + 1] === 'l' && out[out.length - 1] === 'l') continue;
    if (/\s/.test(c)) {
      if (!out.length || out[out.length - 1] === ' ') continue;
      out.push(' '); oFrom.push(from[k] ?? 0); oTo.push(to[k] ?? 0);
      continue;
    }
    out.push(c); oFrom.push(from[k] ?? 0); oTo.push(to[k] ?? 0);
  }
  while (out[out.length - 1] === ' ') { out.pop(); oFrom.pop(); oTo.pop(); }
  return { text: out.join(''), from: oFrom, to: oTo };
}

/** Each character's folded form, computed once: normalize() per character is the costly part. */
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Characters outside the BMP or that decompose to nothing keep one slot each.
    f = ch.length === 1 && base.length === 1 ? base : ch.length === 1 ? '?' : '??';
    // Bounded: hostile text could hold every code point once.
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
}

/** Typographic quotes, non-breaking and zero-width spaces, CR, tabs inside lines: one clean form. */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[ \t]+$/gm, '');
}

export function splitLines(s: string): string[] {
  return normaliseText(s).split('\n');
}

export const isBlankLine = (line: string): boolean => line.trim() === '';

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Joins lines of one value, undoing the hyphen-less wrapping of mail clients and PDF text. */
export function joinWrapped(lines: string[]): string {
  return collapseSpaces(lines.map((l) => l.trim()).filter(Boolean).join(' '));
}

// Words too common to tell two titles apart (as the corpus scorer does).
const STOP = new Set(
  ('de del dels la les el els l d i y en a al als per amb o u un una the of and los las lo da do e con para por ' +
    'sccl scoop sl sa slu').split(' '),
);

export function contentTokens(s: string): string[] {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').split(' ').filter((t) => t.length > 1 && !STOP.has(t));
}

/** Token-set Dice coefficient: 1 for the same words in any order, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  const A = new Set(contentTokens(a));
  const B = new Set(contentTokens(b));
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return (2 * inter) / (A.size + B.size);
}

/** Upper-cases the first letter only ("cooperativa X" → "Cooperativa X"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function stripQuotes(s: string): string {
  return s.replace(/^[\s«"“”'‘]+|[\s»"“”'’]+$/g, '').trim();
}

/** Removes a trailing full stop or separator left by a sentence or a list. */
export function trimPunctuation(s: string): string {
  return s.replace(/^[\s,;:.\-–—·|]+|[\s,;:\-–—·|]+$/g, '').replace(/(?<!\b[A-Z]|etc)\.$/, '').trim();
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
