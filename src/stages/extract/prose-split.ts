// Several practices written as prose in one text: one paragraph each ("La primera, «A», impulsada
// per …, consisteix en …"), or a numbered list ("1. Name: what it is …"). A segment without form
// labels is split only when at least two parts each look like a practice on their own. Bullets
// ("- Name: what it is") count as a numbered list.
import { describesPractice, prosePromoters, proseTitle } from './prose.js';
import type { Segment } from './segments.js';
import { collapseSpaces, wordCount } from './text.js';

const NUMBERED_ITEM = /^\s*(\d{1,2})\s*[.)-]\s+(\S.*)$/;
const BULLET_ITEM = /^\s*([-*•·▪–])\s+(\S.*)$/;
/** Words a numbered item's description needs to be a practice rather than a to-do list entry. */
const MIN_ITEM_WORDS = 8;
/** Longest name before the colon or dash of a numbered item. */
const MAX_ITEM_TITLE_WORDS = 12;

export function splitProseSegment(seg: Segment): Segment[] {
  if (seg.entries.some((e) => e.field === 'title' || e.field === 'summary' || e.field === 'promoters')) return [seg];
  return numberedItems(seg) ?? paragraphPractices(seg) ?? [seg];
}

/** "1. Horts del riu: horts cedits a …" lines: title before the colon, explanation after. */
function numberedItems(seg: Segment): Segment[] | null {
  const numbered = seg.free.map((l) => NUMBERED_ITEM.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  // "- Name: what it is" bullets, one marker for all: the same list without numbers.
  const bulleted = seg.free.map((l) => BULLET_ITEM.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const sameMarker = bulleted.every((m) => m[1] === bulleted[0]?.[1]);
  const items = numbered.length >= 2 ? numbered : sameMarker ? bulleted : [];
  if (items.length < 2 || (items === numbered && items.some((m, i) => Number(m[1]) !== i + 1))) return null;
  const parts = items.map((m) => /^(.{3,120}?)(?::\s+|\s+[-–—]\s+)(.+)$/.exec(m[2] ?? ''));
  const ok = parts.every((p) => p && wordCount(p[1] ?? '') <= MAX_ITEM_TITLE_WORDS && wordCount(p[2] ?? '') >= MIN_ITEM_WORDS);
  if (!ok) return null;
  return parts.map((p) => ({ heading: p![1]!.replace(/[«»"“”]/g, '').trim(), entries: [], free: [p![2]!], proseSummary: true }));
}

/** Paragraphs that each name a practice and say who promotes it or what it consists of. */
function paragraphPractices(seg: Segment): Segment[] | null {
  const paras = paragraphsWithLines(seg.free);
  const starts = paras.map((p, i) => (isPracticeParagraph(p) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return null;
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? paras.length;
    return { heading: null, entries: [...(k === starts.length - 1 ? seg.entries : [])], free: paras.slice(start, end).flatMap((p) => [...p, '']) };
  });
}

function isPracticeParagraph(lines: string[]): boolean {
  const text = collapseSpaces(lines.join(' '));
  return proseTitle(text) !== null && (prosePromoters(text).length > 0 || describesPractice(text));
}

function paragraphsWithLines(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.trim()) cur.push(l);
    else if (cur.length) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}
