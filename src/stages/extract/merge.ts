// The same practice told twice (in the body and in the attached form, or in a forward and its
// original) is one practice: drafts are matched by title similarity, or by explanation when a title
// is missing, and combined field by field, labelled values first.
import type { ContactDraft, PracticeDraft } from './draft.js';
import { dice, fold } from './text.js';

/** Token-set Dice above which two titles name the same practice (the scorer pairs at 0.8). */
const SAME_TITLE = 0.6;
/** Dice between explanations' openings above which two untitled drafts are the same practice. */
const SAME_SUMMARY = 0.6;
/** Characters of an explanation compared: the opening sentence or two. */
const SUMMARY_PREFIX = 300;

/** Overlap enough for a prose mention to be the one form of the message it goes with. */
const PROSE_AND_FORM = 0.3;
/**
 * Prose evidence (see read.ts) a practice told beside a form needs to be a practice of its own:
 * a name, its promoters and an explanation. Less is the cover note of the form ("Us reenvio el que
 * ens ha preparat el servei de…").
 */
export const STANDALONE_PROSE = 3;

export function mergeDrafts(drafts: PracticeDraft[]): PracticeDraft[] {
  const out: PracticeDraft[] = [];
  for (const d of drafts) {
    const at = out.findIndex((o) => samePractice(o, d));
    if (at >= 0) out[at] = combine(out[at]!, d);
    else out.push(d);
  }
  return joinProseToForm(out);
}

/**
 * A body that tells about the practice in its own words ("el projecte «Cuina Oberta»…") next to the
 * one attached form ("Títol: Cuina comunitària oberta a tothom"): the same practice, named loosely.
 */
function joinProseToForm(drafts: PracticeDraft[]): PracticeDraft[] {
  const forms = drafts.filter((d) => d.labelled > 0);
  if (!forms.length) return drafts;
  const form = forms.length === 1 ? forms[0] : undefined;
  const close = (d: PracticeDraft) => !!form && d !== form && d.labelled === 0 && (overlap(d, form) >= PROSE_AND_FORM || !d.title);
  const prose = drafts.filter(close);
  const joined = form ? prose.reduce((acc, d) => combine(acc, d), form) : undefined;
  const standsAlone = (d: PracticeDraft) => d.labelled > 0 || (!!d.title && (d.proseEvidence ?? 0) >= STANDALONE_PROSE);
  return drafts.filter((d) => !prose.includes(d) && standsAlone(d)).map((d) => (d === form && joined ? joined : d));
}

function overlap(a: PracticeDraft, b: PracticeDraft): number {
  const titles = a.title && b.title ? dice(a.title.value, b.title.value) : 0;
  const summaries = a.summary && b.summary ? dice(a.summary.value.slice(0, SUMMARY_PREFIX), b.summary.value.slice(0, SUMMARY_PREFIX)) : 0;
  return Math.max(titles, summaries);
}

export function samePractice(a: PracticeDraft, b: PracticeDraft): boolean {
  const ta = a.title?.value;
  const tb = b.title?.value;
  if (ta && tb) return dice(ta, tb) >= SAME_TITLE || contains(ta, tb);
  const sa = a.summary?.value;
  const sb = b.summary?.value;
  return !!sa && !!sb && dice(sa.slice(0, SUMMARY_PREFIX), sb.slice(0, SUMMARY_PREFIX)) >= SAME_SUMMARY;
}

function contains(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  return Math.min(fa.length, fb.length) >= 8 && (fa.includes(fb) || fb.includes(fa));
}

/** The draft with more labelled fields leads; the other fills its gaps. */
function combine(a: PracticeDraft, b: PracticeDraft): PracticeDraft {
  const [lead, other] = b.labelled > a.labelled ? [b, a] : [a, b];
  return {
    ...lead,
    title: lead.title ?? other.title,
    promoters: lead.promoters ?? other.promoters,
    summary: lead.summary ?? other.summary,
    contact: combineContact(lead.contact, other.contact),
    councilHint: lead.councilHint ?? other.councilHint,
    extraText: [...lead.extraText, ...other.extraText],
    labelled: Math.max(lead.labelled, other.labelled),
  };
}

function combineContact(lead: ContactDraft, other: ContactDraft): ContactDraft {
  const out: ContactDraft = { ...lead };
  for (const k of ['name', 'role', 'email', 'phone'] as const) if (!out[k] && other[k]) out[k] = other[k];
  return out;
}
