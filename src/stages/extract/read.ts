// Reads the practices of one text (a body layer or an attachment): form labels first, then prose
// for whatever the labels did not give. A piece of text is a practice only if it has a title,
// promoters or explanation label, or prose that names and describes a practice.
import { isCouncilLanguage } from './language.js';
import { addSubLabel, parseContactText } from './contact.js';
import type { DraftContext, Found, PracticeDraft } from './draft.js';
import { hasContact } from './draft.js';
import { readForm, type Entry } from './form.js';
import { classifyKey } from './labels.js';
import { isFirstNameOnly, isPersonName, cleanName } from './names.js';
import { STANDALONE_PROSE } from './merge.js';
import { splitPromoters } from './promoters.js';
import {
  describesPractice, findProseTitle, hasOwnDescription, headingLineTitle, proseContact, summaryFrom, prosePromoters, proseSummary, proseTelling, tellsOwnAction,
} from './prose.js';
import { splitProseSegment } from './prose-split.js';
import { paragraphs, splitSegments, type Segment } from './segments.js';
import { capitalise, collapseSpaces, contentTokens, fold, joinWrapped, wordCount } from './text.js';
import { cleanTitle, hasTitleLineShape, isDepartmentLine, isFormHeading } from './title.js';
import { COUNCIL_NOUN, GROUP_COUNCIL } from './lexicon/index.js';
import { THRESHOLDS, proseTally } from './score.js';


export interface ReadOptions {
  origin: string;
  /** Town names that may contain " i " and must not be split as lists. */
  protect: string[];
  context: DraftContext;
}

export function readPractices(content: string[], opts: ReadOptions): PracticeDraft[] {
  return splitSegments(readForm(content))
    .flatMap(splitProseSegment)
    .map((seg) => readSegment(seg, opts))
    .filter((d): d is PracticeDraft => d !== null);
}

function readSegment(seg: Segment, opts: ReadOptions): PracticeDraft | null {
  const d: PracticeDraft = { source: opts.origin, contact: {}, extraText: [], labelled: 0, context: opts.context };
  let alt: string | null = null;
  for (const e of seg.entries) {
    const value = applyEntry(d, e, opts);
    if (e.field === 'summaryAlt' && value && !alt) alt = value;
  }
  const council = seg.entries.find((e) => e.field === 'council');
  if (council) addCouncilPromoter(d, entryText(council));
  if (!d.title && seg.heading && contentTokens(seg.heading).length >= 2) {
    d.title = found(cleanTitle(seg.heading), `practice heading in ${opts.origin}`);
  }
  if (!d.summary && seg.heading !== null && !seg.proseSummary) d.summary = headedParagraph(seg, opts);
  // A form without a title label, its name on a bold line of its own above the labels ("**Name**").
  if (!d.title && d.labelled > 0) {
    const bold = seg.free.map((l) => BOLD_LINE.exec(l)?.[1]?.trim() ?? '').find((t) => hasTitleLineShape(t, MAX_BOLD_TITLE_WORDS) && !isCouncilOnly(t) && !classifyKey(t) && !isFormHeading(t) && !isDepartmentLine(t));
    if (bold) d.title = found(cleanTitle(bold), `bold line in ${opts.origin}`);
  }
  if (seg.proseSummary && seg.free[0]) d.summary = found(capitalise(collapseSpaces(seg.free[0])), `numbered item in ${opts.origin}`);
  d.proseEvidence = applyProse(d, seg, opts);
  // An item of a numbered list of practices ("1. Name: what it is") is a practice on its own.
  if (seg.proseSummary && d.title) d.proseEvidence = Math.max(d.proseEvidence, STANDALONE_PROSE);
  // So is a named section of a document of several practices with its own explanation under the name.
  if (seg.heading && d.title && d.summary) d.proseEvidence = Math.max(d.proseEvidence, STANDALONE_PROSE);
  // "La persona que porta el projecte és X…" written inside the explanation's value.
  if (!hasContact(d.contact)) mergeMissing(d, proseContact([d.summary?.value, ...d.extraText].filter(Boolean).join('\n\n'), `value in ${opts.origin}`, opts.context.author?.address ?? null));
  const fromProse = d.proseEvidence > 0;
  if (!d.summary && alt) d.summary = found(alt, `label in ${opts.origin}`);
  return d.labelled > 0 || fromProse ? d : null;
}

const BOLD_LINE = /^\s*\*\*([^*]+)\*\*\s*$/;
/** Words of a practice's name on a bold line, at most. */
const MAX_BOLD_TITLE_WORDS = 20;

/** Words an unlabelled paragraph under a practice heading needs to be its explanation. */
const MIN_HEADED_WORDS = 8;

/**
 * "A) Name" / "1) Name" then an unlabelled paragraph beside the labels: under a practice heading,
 * the first paragraph of free text that reads as a sentence (not a contact line) explains it.
 */
function headedParagraph(seg: Segment, opts: ReadOptions): Found<string> | undefined {
  const p = paragraphs(seg.free.slice(seg.headingAt ?? 0)).map(collapseSpaces)
    .find((t) => wordCount(t) >= MIN_HEADED_WORDS && !/@|https?:|\d{3}[ .]?\d{2,3}[ .]?\d{2,3}/.test(t));
  return p ? found(p, `paragraph under a practice heading in ${opts.origin}`) : undefined;
}

const found = <T>(value: T, evidence: string): Found<T> => ({ value, evidence });

/** Summary labels that may introduce something else than the practice (a cover, the council's plan). */
const WEAK_SUMMARY_LABEL = /\b(presentacio|presentacion|introduccio|introduccion)\b/;

/** Puts one labelled value into the draft; returns the value's text. */
function applyEntry(d: PracticeDraft, e: Entry, opts: ReadOptions): string {
  const where = `label "${e.label}" in ${opts.origin}`;
  const value = entryText(e);
  if (!value) return '';
  switch (e.field) {
    case 'title':
      // "Bona pràctica: Ajuntament de X" names the council, not the practice.
      if (isCouncilOnly(value)) d.councilHint ??= value;
      else if (!d.title) { d.title = found(cleanTitle(value), where); d.labelled++; }
      break;
    case 'promoters': {
      const list = splitPromoters(e.lines, opts.protect);
      if (d.promoters && list.length) d.promoters = found([...new Set([...d.promoters.value, ...list])], d.promoters.evidence);
      else if (list.length) { d.promoters = found(list, where); d.labelled++; }
      break;
    }
    case 'summary':
      if (!d.summary) { d.summary = found(value, where); d.summaryLabel = e.label; d.labelled++; }
      // "Presentació" (a cover: the council's plan) then "Descripció" of the practice: the practice's own wins.
      else if (d.summaryLabel && WEAK_SUMMARY_LABEL.test(fold(d.summaryLabel)) && !WEAK_SUMMARY_LABEL.test(fold(e.label))) {
        // The cover is not the practice's text: its words must not give the practice themes.
        d.summary = found(value, where);
        d.summaryLabel = e.label;
      } else d.extraText.push(value);
      break;
    case 'contact':
      mergeMissing(d, parseContactText(e.lines.join('\n'), where));
      break;
    case 'name':
      applyName(d, value, where);
      break;
    case 'surname':
      // "Nom: Joana" then "Cognoms: Riba Costa" make one name.
      if (d.contact.name && !d.contact.name.value.includes(value)) d.contact.name = found(`${d.contact.name.value} ${value}`, d.contact.name.evidence);
      else if (!d.contact.name) d.contact.name = found(value, where);
      break;
    case 'role': case 'email': case 'phone':
      addSubLabel(d.contact, e.field, value, where);
      break;
    case 'council':
      d.councilHint ??= value;
      break;
    default:
      d.extraText.push(value);
  }
  return value;
}

/**
 * The network's sheet asks "Ajuntament o Consell Comarcal" apart from the entities taking part: the
 * council that fills it in promotes the practice with them, so it leads the promoters' list.
 */
function addCouncilPromoter(d: PracticeDraft, council: string): void {
  if (!d.promoters || !isCouncilOnly(council)) return;
  const key = fold(council);
  if (d.promoters.value.some((p) => fold(p).includes(key) || key.includes(fold(p)))) return;
  d.promoters = found([council, ...d.promoters.value], d.promoters.evidence);
}

function isCouncilOnly(value: string): boolean {
  return COUNCIL_ONLY.test(value) && wordCount(value) <= 7;
}

const COUNCIL_ONLY = new RegExp(`^(?:${COUNCIL_NOUN}|${GROUP_COUNCIL})\\s+(?:de|del|dels|d'|du|des)\\b`, 'i');
/** "Nom:" is the contact's name, unless it names something else while the practice has no title. */
function applyName(d: PracticeDraft, value: string, where: string): void {
  const first = cleanName(value.split(/[,;|(]/)[0] ?? '');
  if (!isPersonName(first) && !isFirstNameOnly(first) && !d.title && !d.contact.name && wordCount(first) >= 2) {
    d.title = found(cleanTitle(value), where);
    d.labelled++;
    return;
  }
  addSubLabel(d.contact, 'name', value, where);
}

function mergeMissing(d: PracticeDraft, c: PracticeDraft['contact']): void {
  for (const k of ['name', 'role', 'email', 'phone'] as const) if (!d.contact[k] && c[k]) d.contact[k] = c[k];
}

/** Paragraphs of a value: wrapped lines joined, paragraphs separated by a blank line. */
export function entryText(e: Entry): string {
  const unbulleted = e.lines.map((l) => l.replace(/^\s*[-*•·▪▫■□●○◦‣►▶➢➤✓✔–—]\s+/, ''));
  return paragraphs(unbulleted).map((p) => joinWrapped(p.split('\n'))).join('\n\n').trim();
}

/**
 * Prose fills what labels left empty; returns how strongly prose alone shows a practice (0: it does
 * not). It shows one with a name or an explanation ("consisteix en…") backed by promoters, a
 * description or the council's own doing, and with words of its own beyond announcing an attachment:
 * "Us adjuntem la fitxa del projecte «X»…" is the attachment's practice, and if the attachment
 * cannot be read that sentence is not one.
 */
function applyProse(d: PracticeDraft, seg: Segment, opts: ReadOptions): number {
  const paras = paragraphs(seg.free);
  const free = paras.join('\n\n');
  const where = `prose in ${opts.origin}`;
  const evidence = proseTally();
  // A line of its own above the paragraph that tells the practice names it. Marked in bold or as a
  // heading, or holding the name read in the sentences ("Llenya del Ripollès" of "Llenya del
  // Ripollès: calefacció…"), it wins; otherwise it stands in when the sentences name nothing.
  const heading = d.title ? null : headingLineTitle(paras);
  const guessed = heading && !heading.emphasised ? findProseTitle(free) : null;
  // "Us reenvio la proposta d'Artés": a town's name alone names the council, not a practice.
  const townOnly = (t: { title: string } | null): boolean => !!t && opts.protect.some((town) => fold(town) === fold(t.title));
  const fromHeading = !!heading && (heading.emphasised || heading.strong || !guessed || heading.title.includes(guessed.title));
  let below: number | null = null;
  if (heading && fromHeading) {
    d.title = found(heading.title, `${heading.emphasised ? 'bold or heading line' : 'line above the description'} in ${opts.origin}`);
    evidence.add('titleLine');
    below = heading.index + 1;
  } else if (!d.title) {
    const t = guessed ?? findProseTitle(free);
    if (t && !townOnly(t)) { d.title = found(t.title, where); evidence.add('namedInProse', t.strong); }
  }
  // Under a title line, the paragraphs that follow are its explanation.
  if (!d.summary && below !== null) {
    const s = summaryFrom(paras, below);
    if (s) { d.summary = found(s, `paragraphs under the title line in ${opts.origin}`); evidence.add('summaryUnderTitle'); }
  }
  if (!d.promoters) {
    const list = prosePromoters(free, opts.protect);
    // Else as told in the explanation, or in the value of a label we do not know ("Com neix: …").
    const fromSummary = list.length ? list : prosePromoters([d.summary?.value ?? '', ...d.extraText].join('\n\n'), opts.protect);
    if (fromSummary.length) { d.promoters = found(fromSummary, where); evidence.add('promotersInProse', list.length > 0); }
  }
  const describes = describesPractice(free);
  if (!d.summary) {
    const s = proseSummary(paras, d.title?.value ?? null);
    if (s) { d.summary = found(s, where); evidence.add(describesPractice(s) ? 'explainingSummary' : 'plainSummary'); }
  }
  evidence.add('ownAction', tellsOwnAction(free));
  if (!hasContact(d.contact) && free) mergeMissing(d, proseContact(free, where, opts.context.author?.address ?? null));
  // Unnamed and without "consisteix en…", the practice needs all of promoters, the council's doing
  // and a description ("hem posat en marxa uns horts … amb l'Associació X. Les parcel·les…").
  const named = !!d.title || describes || evidence.reaches(THRESHOLDS.unnamedPractice);
  // Prose is only a synthesis in the call's languages: an English list message read as prose is not one.
  const shows = evidence.reaches(THRESHOLDS.proseShowsPractice) && named && hasOwnDescription(paras) && isCouncilLanguage(free);
  if (shows) {
    d.proseText = proseTelling(paras, d.title?.value ?? null) || free;
    d.proseDecision = `prose showed a practice: ${evidence.explain()}`;
  }
  return shows ? evidence.total : 0;
}

/** A text without any form or prose practice, read as one practice (an unlabelled attachment). */
export function readLoosePractice(content: string[], heading: string | null, opts: ReadOptions): PracticeDraft | null {
  const paras = paragraphs(content).map((p) => collapseSpaces(p));
  // "…us fem arribar aquesta pràctica:" introduces the explanation; it is not one.
  const summary = paras.find((p) => wordCount(p) >= 15 && !/:\s*$/.test(p));
  if (!summary || !isCouncilLanguage(paras.join('\n'))) return null;
  const d: PracticeDraft = { source: opts.origin, contact: {}, extraText: [], labelled: 0, context: opts.context };
  d.summary = found(summary, `first paragraph of ${opts.origin}`);
  if (heading) d.title = found(cleanTitle(heading), `heading of ${opts.origin}`);
  const list = prosePromoters(paras.join('\n\n'), opts.protect);
  if (list.length) d.promoters = found(list, `prose in ${opts.origin}`);
  mergeMissing(d, proseContact(paras.join('\n\n'), `prose in ${opts.origin}`, opts.context.author?.address ?? null));
  return d;
}
