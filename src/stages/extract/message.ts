// extractPractices behind the façade: reads the body layer by layer (new text, forwarded originals),
// then each attachment, merges what describes the same practice and finalises the records.
import type { Address, ExtractedPractice } from '../../domain/types.js';
import type { ExtractInput, ExtractResult } from '../../domain/analysis.js';
import { signatureContact } from './contact.js';
import { hasContact, type DraftContext, type PracticeDraft } from './draft.js';
import { finalise, type MessageFacts } from './finalise.js';
import { detectLanguage } from './language.js';
import { mergeDrafts } from './merge.js';
import { isReplySubject, parseAddress, splitLayers, type Layer } from './quotes.js';
import { readLoosePractice, readPractices, type ReadOptions } from './read.js';
import { splitSignature, type SignatureSplit } from './signature.js';
import { sameName } from './names.js';
import { fold, splitLines, wordCount } from './text.js';
import { parseLabelLine } from './labels.js';
import { cleanTitle, hasTitleLineShape, isDepartmentLine, isUsableHeading, titleFromSubject } from './title.js';
import { unfoldTables } from './tables.js';

/** A body layer read once: its content, its signature and the context practices inherit. */
export interface ReadLayer {
  layer: Layer;
  split: SignatureSplit;
  context: DraftContext;
}

/** Attachment text read for the first lines only when looking for a heading. */
const HEADING_SCAN_LINES = 6;
/**
 * Characters of one source read. A practice form is one to three pages (3,000–10,000 characters);
 * 100,000 leave room for a body with several practices and a long quoted thread, and keep the
 * line-by-line reading (regular expressions per line, pairwise merging) well under a second.
 */
export const MAX_SOURCE_CHARS = 100_000;
/** Practices taken from one message: the call asks for one or two; beyond this it is not a submission. */
export const MAX_PRACTICES = 20;

export function extractFromMessage(raw: ExtractInput): ExtractResult {
  const input = bounded(raw);
  const body = input.sources.find((s) => s.origin === 'body');
  const attachments = input.sources.filter((s) => s !== body);
  const layers = readLayers(body?.text ?? '', input.subject, input.from);
  const protect = input.municipalities.map((m) => m.name);
  const used = layersToRead(layers, input.subject, protect);
  const drafts = used.flatMap((l) => readPractices(l.split.content, { origin: 'body', protect, context: l.context }));
  const shared = authorLayer(used.length ? used : layers);
  for (const att of attachments) drafts.push(...readAttachment(att.origin, att.text, shared, input));
  if (!drafts.length) drafts.push(...looseAttachments(attachments, shared, input, protect));
  if (!drafts.length) drafts.push(...subjectNamedBody(used, input, protect));
  const merged = mergeDrafts(drafts.slice(0, MAX_PRACTICES * 2)).slice(0, MAX_PRACTICES);
  titleFromSubjectIfSingle(merged, input);
  shareSingleContact(merged);
  completeFromSiblings(merged);
  const language = detectLanguage([...used.map((l) => l.split.content.join('\n')), ...attachments.map((a) => a.text)]);
  const facts: MessageFacts = { subject: input.subject, from: input.from, municipalities: input.municipalities, lexicon: input.lexicon, language };
  const practices: ExtractedPractice[] = merged.map((d) => finalise(d, facts));
  return { language, practices };
}

/** "Bona pràctica: <name>", "Buena práctica - <name>": the call's words, then a name. */
const CALL_SUBJECT = /^(?:(?:re|fw|fwd|rv|tr)\s*:\s*)*(?:bona practica|bones practiques|buena practica|buenas practicas|experiencia|iniciativa|proposta|propuesta)\b[^:\-–]{0,30}(?::|\s[-–])\s*\S/;
/** Words of the paragraph that tells a practice named only in the subject, at least. */
const MIN_SUBJECT_BODY_WORDS = 25;

/**
 * "Bona pràctica: Xarxa Wifi Solidària" and a body of a couple of sentences that tell it, nothing
 * else: the subject names the practice and the body's paragraph explains it.
 */
function subjectNamedBody(layers: ReadLayer[], input: ExtractInput, protect: string[]): PracticeDraft[] {
  const layer = layers[0];
  if (!layer || !CALL_SUBJECT.test(fold(input.subject))) return [];
  const title = titleFromSubject(input.subject, input.municipalities);
  if (!title) return [];
  const d = readLoosePractice(layer.split.content, title, { origin: 'body', protect, context: layer.context });
  // A question about the call ("…podem enviar-ne dues?") tells no practice.
  return d?.summary && wordCount(d.summary.value) >= MIN_SUBJECT_BODY_WORDS && !d.summary.value.includes('?') ? [d] : [];
}

export function bounded(input: ExtractInput): ExtractInput {
  return { ...input, sources: input.sources.map((s) => ({ ...s, text: s.text.slice(0, MAX_SOURCE_CHARS) })) };
}

export function readLayers(text: string, subject: string, from: Address): ReadLayer[] {
  return splitLayers(text, subject).map((layer) => {
    const split = splitSignature(layer.lines);
    const author = layer.kind === 'top' ? from : layer.author;
    const context: DraftContext = {
      author,
      signature: signatureContact(split.signature, author),
      councilText: [split.signature.join('\n'), split.content.join('\n')],
    };
    return { layer, split, context };
  });
}

/**
 * The new text and forwarded originals always; a reply's quoted text only when the message is not
 * a reply and nothing else carries a practice (a quote is old content: counting it would duplicate).
 */
function layersToRead(layers: ReadLayer[], subject: string, protect: string[]): ReadLayer[] {
  const primary = layers.filter((l) => l.layer.kind !== 'quote');
  if (isReplySubject(subject) && !isForwardingNote(primary)) return primary;
  const found = primary.some((l) => readPractices(l.split.content, { origin: 'body', protect, context: l.context }).length);
  return found ? primary : layers;
}

/** "Us ho reenvio", "Os lo reenvío": new text that only hands over the quote below it. */
const FORWARDING = /\b(?:reenvi|reenví|us (?:ho |la |el |les )?(?:passo|passem|faig arribar|fem arribar)|os (?:lo |la |las |los )?(?:paso|pasamos|hago llegar|hacemos llegar)|remeto|remetem|remito|remitimos|forward)/i;
/** A forwarding note is a line or two; longer new text is a reply of its own. */
const MAX_NOTE_WORDS = 40;

function isForwardingNote(primary: ReadLayer[]): boolean {
  const top = primary.find((l) => l.layer.kind === 'top');
  const text = top?.split.content.join(' ') ?? '';
  return FORWARDING.test(text) && text.split(/\s+/).filter(Boolean).length <= MAX_NOTE_WORDS;
}

/** Whose context attachments inherit: the forwarded original's author when there is one. */
function authorLayer(layers: ReadLayer[]): DraftContext {
  const forwarded = [...layers].reverse().find((l) => l.layer.kind !== 'top' && (l.layer.author || l.split.signature.length));
  const top = layers[0]?.context ?? { author: null, signature: {}, councilText: [] };
  if (!forwarded) return top;
  return { ...forwarded.context, councilText: [...forwarded.context.councilText, ...top.councilText] };
}

function readAttachment(origin: string, text: string, shared: DraftContext, input: ExtractInput): PracticeDraft[] {
  const protect = input.municipalities.map((m) => m.name);
  const attached = attachedMessage(text);
  if (attached) return readAttachedMessage(origin, attached, input);
  const split = splitSignature(unfoldTables(splitLines(text)));
  const drafts = readPractices(split.content, { origin, protect, context: attachmentContext(split, shared) });
  const only = drafts.length === 1 ? drafts[0] : undefined;
  if (only && !only.title) {
    // A form without a title label: a line above the first label names it (Word's "Title" style),
    // under the letterhead and the sheet's own heading ("Fitxa per al recull…") if any.
    const head = split.content.map((l) => l.trim()).filter(Boolean).slice(0, DOCUMENT_HEAD_LINES);
    const firstLabel = head.findIndex((l) => parseLabelLine(l) && !isDocumentTitle(l, input));
    const top = head.slice(0, firstLabel < 0 ? head.length : firstLabel).find((l) => isDocumentTitle(l, input));
    if (top) only.title = { value: cleanTitle(top), evidence: `title line of ${origin}` };
  }
  return drafts;
}

/** Lines at a document's top searched for its title (letterhead, address, the sheet's heading, the title). */
const DOCUMENT_HEAD_LINES = 5;
/** Words a document's first line may have to be its title. */
const MAX_DOCUMENT_TITLE_WORDS = 16;

function isDocumentTitle(line: string, input: ExtractInput): boolean {
  // "Name: subtitle in lower case" has a title's colon, not a label's.
  const label = parseLabelLine(line);
  if (label && !(label.generic && /^\p{Ll}/u.test(label.value))) return false;
  return hasTitleLineShape(line, MAX_DOCUMENT_TITLE_WORDS) && isUsableHeading(line, input.municipalities) && !isDepartmentLine(line);
}

/** A mail attached to the mail (message/rfc822): the parse stage writes it as "De: …\nAssumpte: …\n\nbody". */
function attachedMessage(text: string): { from: Address; subject: string; body: string } | null {
  const m = /^\s*De: (.*)\n(?:Assumpte: (.*)\n)?\n?([\s\S]*)$/.exec(text);
  if (!m) return null;
  const from = parseAddress(m[1] ?? '') ?? { address: null, name: (m[1] ?? '').trim() || null };
  return { from, subject: (m[2] ?? '').trim(), body: m[3] ?? '' };
}

/** Read like a body of its own: its author's signature and subject stand for the practice's. */
function readAttachedMessage(origin: string, mail: { from: Address; subject: string; body: string }, input: ExtractInput): PracticeDraft[] {
  const protect = input.municipalities.map((m) => m.name);
  const layers = readLayers(mail.body, mail.subject, mail.from);
  const drafts = layersToRead(layers, mail.subject, protect)
    .flatMap((l) => readPractices(l.split.content, { origin, protect, context: l.context }));
  titleFromSubjectIfSingle(drafts, { ...input, subject: mail.subject });
  return drafts;
}

/** An attachment's own signature counts first; the body's wrapping tells the rest. */
function attachmentContext(split: SignatureSplit, shared: DraftContext): DraftContext {
  const own = signatureContact(split.signature, null);
  const header = split.content.filter((l) => l.trim()).slice(0, HEADING_SCAN_LINES).join('\n');
  return {
    author: shared.author,
    signature: own.name ? own : shared.signature,
    councilText: [split.signature.join('\n'), header, ...shared.councilText],
  };
}

/** Attachments without form or prose cues, read as one practice each, when nothing else was found. */
function looseAttachments(atts: ExtractInput['sources'], shared: DraftContext, input: ExtractInput, protect: string[]): PracticeDraft[] {
  return atts.flatMap((att) => {
    const split = splitSignature(unfoldTables(splitLines(att.text)));
    const at = split.content.findIndex((l) => l.trim());
    const first = split.content[at]?.trim() ?? '';
    const heading = first && isUsableHeading(first, input.municipalities) ? first : null;
    const opts: ReadOptions = { origin: att.origin, protect, context: attachmentContext(split, shared) };
    const d = readLoosePractice(heading ? split.content.slice(at + 1) : split.content, heading, opts);
    return d ? [d] : [];
  });
}

/**
 * "Contacte per a totes dues: …" after the last practice: when every practice that names a contact
 * names the same one, practices naming none take it too.
 */
function shareSingleContact(drafts: PracticeDraft[]): void {
  const withContact = drafts.filter((d) => hasContact(d.contact));
  const keys = new Set(withContact.map((d) => d.contact.email?.value ?? d.contact.name?.value ?? d.contact.phone?.value));
  const owner = withContact[0];
  const shared = owner?.contact;
  if (drafts.length < 2 || keys.size !== 1 || !owner || !shared) return;
  for (const d of drafts) {
    // An attached sheet that ends with its own person ("Persona de contacte / Name / e-mail", read as
    // its signature) keeps that person rather than the body's.
    const own = d.context.signature.name?.value;
    if (d.source !== owner.source && own && !sameName(own, shared.name?.value)) continue;
    if (!hasContact(d.contact)) d.contact = { ...shared };
  }
}

/**
 * "Persona de referència: la mateixa que a la pràctica 1 (Olga Ribera)": a person named shortly in
 * one practice and in full in another of the same message is one person; the short mention takes
 * the full name and the e-mail and phone it lacks.
 */
function completeFromSiblings(drafts: PracticeDraft[]): void {
  for (const d of drafts) {
    const name = d.contact.name?.value;
    if (!name) continue;
    const fuller = drafts.find((o) => o !== d && sameName(o.contact.name?.value, name) &&
      (wordCount(o.contact.name!.value) > wordCount(name) || (!!o.contact.email && !d.contact.email) || (!!o.contact.phone && !d.contact.phone)));
    if (!fuller) continue;
    const same = fuller.contact;
    if (wordCount(same.name!.value) > wordCount(name)) d.contact.name = { value: same.name!.value, evidence: `${same.name!.evidence} (named in full in another practice)` };
    for (const k of ['role', 'email', 'phone'] as const) if (!d.contact[k] && same[k]) d.contact[k] = same[k];
  }
}

/** A lone practice without a title takes the subject's, stripped of the call's words and councils. */
function titleFromSubjectIfSingle(drafts: PracticeDraft[], input: ExtractInput): void {
  const only = drafts.length === 1 ? drafts[0] : undefined;
  if (!only || only.title) return;
  const t = titleFromSubject(input.subject, input.municipalities);
  if (t) only.title = { value: t, evidence: 'subject' };
}
