// Separates what the sender wrote about the practice from the wrapping: greeting, courtesy lines,
// closing formula, signature block and disclaimers. The signature is kept apart because it may be
// the only place that names the contact person.
import { parseLabelLine } from './labels.js';
import { isFirstNameOnly, isPersonName } from './names.js';
import { fold, wordCount } from './text.js';
import {
  isAlwaysNoise, isClosing, isCourtesy, isDisclaimer, isGreeting, isSignatureDelimiter,
} from './noise.js';
import { COUNCIL_NOUN, DEPARTMENT, GROUP_COUNCIL } from './lexicon/index.js';

export interface SignatureSplit {
  content: string[];
  signature: string[];
}

/** A signature is short: more lines after a closing formula are content, not a signature. */
const MAX_SIGNATURE_LINES = 12;
/** How long a line of a trailing signature block may be ("Tècnica d'Economia Social i Solidària"). */
const MAX_SIGNATURE_LINE = 80;
/** Words in a signature line ("Àrea de Serveis Socials - Ajuntament de la Seu d'Urgell"); wrapped prose has more. */
const MAX_SIGNATURE_WORDS = 11;

export function splitSignature(raw: string[]): SignatureSplit {
  const lines = dropNoise(raw);
  const cut = closingIndex(lines);
  if (cut >= 0) {
    return { content: tidy(lines.slice(0, cut)), signature: lines.slice(cut + 1).filter((l) => !isSignatureDelimiter(l)) };
  }
  const noticed = signatureBeforeNotice(lines);
  if (noticed) return { content: tidy(lines.slice(0, noticed.closing)), signature: noticed.signature };
  const block = trailingBlockStart(lines);
  if (block >= 0) return { content: tidy(lines.slice(0, block)), signature: lines.slice(block) };
  const beforeNotice = trailingBlockBeforeNotice(lines);
  if (beforeNotice) return { content: tidy(lines.slice(0, beforeNotice.start)), signature: lines.slice(beforeNotice.start, beforeNotice.end) };
  return { content: tidy(lines), signature: [] };
}

/** Page markers, "sent from my phone" and whole disclaimer paragraphs go before anything is read. */
function dropNoise(lines: string[]): string[] {
  const out: string[] = [];
  let inDisclaimer = false;
  for (const line of lines) {
    if (!line.trim()) { inDisclaimer = false; out.push(line); continue; }
    if (isDisclaimer(line)) inDisclaimer = true;
    if (inDisclaimer || isAlwaysNoise(line)) continue;
    out.push(line);
  }
  return out;
}

/**
 * The first closing formula (or "--") after which only a signature follows: a few short lines,
 * no form label. Taking the first one keeps "Salutacions,\nName\n--\nfooter" whole; requiring
 * signature-like lines keeps a "Gràcies!" opening a prose message from swallowing it.
 */
function closingIndex(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!isClosing(line) && !isSignatureDelimiter(line)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim() && !isClosing(l) && !isSignatureDelimiter(l));
    if (after.length <= MAX_SIGNATURE_LINES && after.every(isSignatureLine)) return i;
  }
  return -1;
}

/** Paragraphs of a footer notice after a signature ("Durant l'estat d'alarma l'atenció és telemàtica…"). */
const MAX_NOTICE_PARAGRAPHS = 3;

/**
 * A closing formula, then a signature paragraph that names a person and gives a phone or an e-mail,
 * then a short notice or two (office hours, "estat d'alarma", legal text the disclaimer list does not
 * know): the notice is footer, neither content nor signature. Requiring a named person with contact
 * details keeps a "Gràcies!" opening a prose message from cutting the prose off.
 */
function signatureBeforeNotice(lines: string[]): { closing: number; signature: string[] } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!isClosing(line) && !isSignatureDelimiter(line)) continue;
    let start = i + 1;
    while (start < lines.length && (!(lines[start] ?? '').trim() || isSignatureDelimiter(lines[start] ?? ''))) start++;
    let end = start;
    while (end < lines.length && (lines[end] ?? '').trim()) end++;
    const block = lines.slice(start, end).map((l) => l.trim());
    if (block.length < 2 || block.length > MAX_SIGNATURE_LINES || !block.every(isSignatureLine)) continue;
    const first = block[0] ?? '';
    const named = isPersonName(first.split(/\s+[|·–—-]\s+|,\s*/)[0] ?? '') || isFirstNameOnly(first) || ORG_SIGNATURE_LINE.test(fold(first));
    if (!named || !block.some((l) => /@|\d{3}/.test(l))) continue;
    const rest = lines.slice(end).join('\n').split(/\n\s*\n/).filter((p) => p.trim());
    if (rest.length > MAX_NOTICE_PARAGRAPHS || rest.some(isPracticeParagraph)) continue;
    return { closing: i, signature: block };
  }
  return null;
}

/** A signature that opens with the department or council rather than a person ("Àrea de Promoció…"). */
const ORG_SIGNATURE_LINE = new RegExp(`^(?:${COUNCIL_NOUN}|${GROUP_COUNCIL}|${DEPARTMENT}|area|servei|servicio|departament|departamento|regidoria|concejalia|oficina)\\b`);

/**
 * No closing formula: a signature block (a person's name, then short lines with a phone or an
 * e-mail) followed by a notice paragraph or two at the very end. The block is the signature; the
 * notice is footer.
 */
function trailingBlockBeforeNotice(lines: string[]): { start: number; end: number } | null {
  let end = lines.length;
  for (let n = 0; n < MAX_NOTICE_PARAGRAPHS; n++) {
    while (end > 0 && !(lines[end - 1] ?? '').trim()) end--;
    let top = end;
    while (top > 0 && (lines[top - 1] ?? '').trim()) top--;
    if (top === end || isPracticeParagraph(lines.slice(top, end).join('\n'))) return null;
    end = top;
    while (end > 0 && !(lines[end - 1] ?? '').trim()) end--;
    const head = lines.slice(0, end);
    const start = trailingBlockStart(head);
    if (start >= 0 && head.slice(start).some((l) => /@|\d{3}/.test(l))) return { start, end };
  }
  return null;
}

/** A paragraph that carries a form label, or several sentences: content, never a footer notice. */
function isPracticeParagraph(p: string): boolean {
  const rows = p.split('\n').map((l) => l.trim()).filter(Boolean);
  return rows.some(isFormLabel) || wordCount(p) > 60;
}

/** A line a signature is made of: short, or contact details; never a form label or a long sentence. */
function isSignatureLine(line: string): boolean {
  const l = line.trim();
  if (isFormLabel(l)) return false;
  // "Name | Role | Council | phone | e-mail": a whole signature on one line, each part a line's worth.
  const parts = l.split(/\s+[|·]\s+/);
  if (parts.length >= 3) return parts.every((p) => p.length <= MAX_SIGNATURE_LINE && wordCount(p) <= MAX_SIGNATURE_WORDS);
  const contactish = /[|·@]|\d{3}/.test(l);
  return l.length <= MAX_SIGNATURE_LINE && (wordCount(l) <= MAX_SIGNATURE_WORDS || contactish);
}

/** A run of short lines at the end that starts with a person's name: a signature without closing. */
function trailingBlockStart(lines: string[]): number {
  let end = lines.length - 1;
  while (end >= 0 && !(lines[end] ?? '').trim()) end--;
  let start = end;
  while (start >= 0 && isSignatureLike(lines[start] ?? '') && end - start < MAX_SIGNATURE_LINES) start--;
  for (let i = start + 1; i <= end; i++) {
    const l = (lines[i] ?? '').trim();
    if (isPersonName(l) || isFirstNameOnly(l)) return i;
  }
  return -1;
}

function isSignatureLike(line: string): boolean {
  const l = line.trim();
  return !!l && l.length <= MAX_SIGNATURE_LINE && !/[.!?:]$/.test(l.replace(/\b(pl|c|av|avda|tel|t)\.$/i, '')) && !isFormLabel(l);
}

function isFormLabel(line: string): boolean {
  const hit = parseLabelLine(line);
  return !!hit && hit.field !== 'other' && hit.field !== 'phone' && hit.field !== 'email';
}

/**
 * Greetings at the top and courtesy lines anywhere are not part of any field, unless the courtesy
 * gives a contact ("Per a qualsevol dubte, podeu trucar-me al 93…", "Para cualquier duda podéis
 * contactar con <Name> en el 690…"): that is often the only place naming the reference person.
 */
function tidy(lines: string[]): string[] {
  const out: string[] = [];
  let seenText = false;
  for (const line of lines) {
    if (!seenText && isGreeting(line)) continue;
    if (line.trim()) seenText = true;
    if (isCourtesy(line) && !parseLabelLine(line) && !/@|\d{3}/.test(line)) continue;
    out.push(line);
  }
  return out;
}
