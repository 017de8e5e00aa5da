// Splits one text into the practices it describes: a new practice starts at a practice heading
// ("BONA PRÀCTICA 2", "Fitxa 2", "2. <name>" followed by labels) or when a title label comes again
// (tables linearised as one "Header: cell" block per row). A second promoters or explanation label
// does not split: forms have "Entitat promotora" and "Entitats col·laboradores", "Descripció" and
// "Descripció detallada".
import type { Entry, FormItem } from './form.js';

export interface Segment {
  /** Text after a practice heading ("Pràctica 2: <name>"), a title candidate. */
  heading: string | null;
  entries: Entry[];
  /** Lines outside any label, paragraphs separated by ''. */
  free: string[];
  /** Free lines before the heading (an intro in the same segment) end here. */
  headingAt?: number;
  /** Set for an item of a numbered prose list: its free text is the explanation. */
  proseSummary?: boolean;
}

const PRACTICE_FIELDS = new Set(['title', 'promoters', 'summary']);

export function splitSegments(items: FormItem[]): Segment[] {
  const segments: Segment[] = [newSegment(null)];
  for (const item of items) {
    const cur = segments[segments.length - 1]!;
    if (item.kind === 'section') {
      if (hasPracticeFields(cur) || cur.heading !== null) segments.push(newSegment(item.heading));
      else { cur.heading = item.heading; cur.headingAt = cur.free.length; }
    } else if (item.kind === 'entry') {
      const repeated = item.entry.field === 'title' && cur.entries.some((e) => e.field === 'title' && e.lines.some((l) => l.trim()));
      const target = repeated ? newSegment(null) : cur;
      if (repeated) segments.push(target);
      target.entries.push(item.entry);
    } else if (item.kind === 'free') {
      cur.free.push(item.line);
    } else if (cur.free.length && cur.free[cur.free.length - 1] !== '') {
      cur.free.push('');
    }
  }
  return joinComplementary(segments);
}

/**
 * "1. Dades generals / Títol… Promotors…" then "2. Informació de la pràctica / Breu explicació…":
 * numbered sections of one form, not two practices. A part without a title label that only adds
 * fields the previous part lacks belongs to it.
 */
function joinComplementary(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    const fields = practiceFields(seg);
    const complements = prev && hasPracticeFields(prev) && fields.length > 0 && !fields.includes('title') &&
      fields.every((f) => !practiceFields(prev).includes(f));
    if (prev && complements) {
      prev.entries.push(...seg.entries);
      prev.free.push(...seg.free);
    } else out.push(seg);
  }
  return out;
}

function practiceFields(s: Segment): string[] {
  return s.entries.filter((e) => PRACTICE_FIELDS.has(e.field) && e.lines.some((l) => l.trim())).map((e) => e.field);
}

function newSegment(heading: string | null): Segment {
  return { heading, entries: [], free: [] };
}

export function hasPracticeFields(s: Segment): boolean {
  return s.entries.some((e) => PRACTICE_FIELDS.has(e.field) && e.lines.some((l) => l.trim()));
}

/** Free lines as paragraphs (a blank line ends a paragraph). */
export function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (l.trim()) cur.push(l.trim());
    else if (cur.length) { out.push(cur.join('\n')); cur = []; }
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}
