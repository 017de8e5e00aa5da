// Whether a submission is a practice the same council sent before (a resend: the same mail again, a
// corrected copy, the sheet attached once more). Pure, so every near miss is tested on plain values.
//
// The rule (README, "Resends"): from the same council (the same sender address, or the same
// municipality), a practice is the same when
//   1. it comes from an attachment with the very same bytes (SHA-256) as the one it was read from, or
//   2. its title is the same once accents, case, punctuation and small words (de, la, i, y…) are set
//      aside, allowing one word to differ by a typo or an ending: one letter in a word of 5 to 7
//      letters ("barri"/"bari"), two from 8 ("compartit"/"compartida"); never a different word
//      ("joves"/"dones", "Andreu"/"Adrià").
// Anything else is a new practice, even from the same council.

/** Words that change nothing in a title (articles, prepositions, conjunctions; Catalan, Spanish). */
const SMALL_WORDS = new Set(['de', 'del', 'dels', 'd', 'la', 'el', 'els', 'les', 'l', 'los', 'las', 'i', 'y', 'e', 'a', 'al', 'als', 'en', 'per', 'para', 'por', 'amb', 'con', 'un', 'una', 'lo']);

/** A word this long (the longer of the two) may carry a typo and still be the same word: one letter. */
const MIN_FUZZY_WORD = 5;
/** From this length, two letters (an ending: -it/-ida, -o/-as). Shorter words differ by meaning, not typos. */
const MIN_TWO_EDITS_WORD = 8;

export function titleWords(title: string): string[] {
  return title
    .normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !SMALL_WORDS.has(w));
}

/** Levenshtein distance, bounded: titles' words are short. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** Same or near-same title, by the rule above. */
export function isSameTitle(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = titleWords(a);
  const y = titleWords(b);
  if (!x.length || x.length !== y.length) return false;
  const differing = x.map((w, i) => [w, y[i]!] as const).filter(([p, q]) => p !== q);
  if (differing.length === 0) return true;
  if (differing.length > 1) return false;
  const [p, q] = differing[0]!;
  const longer = Math.max(p.length, q.length);
  if (longer < MIN_FUZZY_WORD) return false;
  return distance(p, q) <= (longer >= MIN_TWO_EDITS_WORD ? 2 : 1);
}

export interface ResendCandidate {
  id: string;
  /** Its title now and every title it had before a correction: a resend may carry the old one. */
  titles: string[];
  /** SHA-256 of the attachment the practice was read from; null when it came from the body. */
  sourceHash: string | null;
}

export type ResendMatch = { id: string; by: 'same-attachment' | 'same-title' } | null;

/** The earlier practice (of the same council) this one is a resend of, or null. */
export function findResend(incoming: { title: string | null; sourceHash: string | null }, candidates: ResendCandidate[]): ResendMatch {
  const bytes = incoming.sourceHash ? candidates.find((c) => c.sourceHash === incoming.sourceHash) : undefined;
  if (bytes) return { id: bytes.id, by: 'same-attachment' };
  const titled = candidates.find((c) => c.titles.some((t) => isSameTitle(t, incoming.title)));
  return titled ? { id: titled.id, by: 'same-title' } : null;
}
