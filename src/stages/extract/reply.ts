// What a reply adds to the practice it answers ("em vaig deixar el telèfon: 93 …", a corrected
// form attached): only the new, non-quoted text and the attachments are read; the quoted original
// is old content, and the sender's signature is not news (it is how they sign every mail).
import type { Contact } from '../../domain/types.js';
import type { ExtractInput, ReplyUpdate } from '../../domain/analysis.js';
import type { ContactDraft, PracticeDraft } from './draft.js';
import { detectLanguage } from './language.js';
import { bounded, readLayers } from './message.js';
import { findEmail, findPhone } from './phone.js';
import { proseContact } from './prose.js';
import { readPractices } from './read.js';
import { splitSignature } from './signature.js';
import { collapseSpaces, splitLines } from './text.js';
import { readForm } from './form.js';
import { addSubLabel, parseContactText } from './contact.js';
import { entryText } from './read.js';

export function extractFromReply(raw: ExtractInput): ReplyUpdate {
  const input = bounded(raw);
  const top = readLayers(input.sources.find((s) => s.origin === 'body')?.text ?? '', input.subject, input.from)[0];
  const content = top?.split.content ?? [];
  const attachments = input.sources.filter((s) => s.origin !== 'body').map((s) => splitSignature(splitLines(s.text)).content);
  const protect = input.municipalities.map((m) => m.name);
  const context = top?.context ?? { author: input.from, signature: {}, councilText: [] };
  const drafts: PracticeDraft[] = [content, ...attachments]
    .flatMap((lines, i) => readPractices(lines, { origin: i === 0 ? 'body' : 'attachment', protect, context }));
  const update: ReplyUpdate = { language: detectLanguage([content.join('\n'), ...attachments.map((a) => a.join('\n'))]) };
  const d = drafts[0];
  if (d?.title) update.title = d.title.value;
  if (d?.promoters?.value.length) update.promoters = d.promoters.value;
  if (d?.summary) update.summary = d.summary.value;
  const stated: string[] = (['title', 'promoters', 'summary'] as const).filter((f) => d?.[f] && isLabelled(d[f]!.evidence));
  let found = mergeContacts(d?.contact ?? {}, looseContact(content));
  // "La persona de contacte sóc jo", "podéis hablar conmigo": the writer, as they sign.
  if (!found.name && SELF_CONTACT.test(content.join(' '))) found = mergeContacts(found, context.signature);
  const contact = toPartial(found);
  if (Object.keys(contact).length) update.contact = contact;
  // A contact detail written in the new text of a reply is what the council wants us to use.
  stated.push(...(Object.keys(contact) as (keyof Contact)[]).map((k) => `contact.${k}` as const));
  const added = alsoPromoters(content.join(' '));
  if (added.length) update.addedPromoters = added;
  const listed = introducedList(content);
  if (listed.length && !update.promoters) {
    update.promoters = listed;
    stated.push('promoters');
  }
  // The whole new text (courtesy lines are not content, but here they are the message).
  if (isCourtesyOnly(content.length ? content : top?.layer.lines ?? [])) update.courtesyOnly = true;
  // Read in the whole new text: a correction often follows a courtesy line's thanks on the same line.
  const corrected = TITLE_CORRECTION.exec(collapseSpaces((top?.layer.lines ?? content).join(' ')))?.[1]?.trim();
  if (corrected) update.corrections = { title: corrected };
  if (stated.length) update.stated = stated;
  return update;
}

/** The extractor's evidence for a field read from its label ('label "Títol" in body'). */
const isLabelled = (evidence: string): boolean => evidence.startsWith('label');

// "També hi participa l'Associació X", "también participa la Cooperativa Y", "s'hi suma Z": one more promoter.
const ALSO_PROMOTER = /\b(?:[Tt]amb(?:[ée]|i[ée]n)\s+(?:hi\s+)?(?:participa|participen|col[·.]?labora|colabora|participan)|[Ss]'hi\s+(?:suma|afegeix)|[Ss]e\s+(?:suma|a[ñn]ade))\s+(?:l'|l’|el\s+|la\s+|els\s+|les\s+|los\s+|las\s+)?(\p{Lu}[^.;:\n]{2,100}?)(?=[.;:\n]|,\s|$)/gu;

function alsoPromoters(text: string): string[] {
  return [...text.matchAll(ALSO_PROMOTER)].map((m) => m[1]!.trim()).filter(Boolean);
}

// "El nom definitiu de la pràctica és «X»", "el título correcto es “X”": a name given anew, in quotes.
const TITLE_CORRECTION = /\b(?:nom|t[íi]tol|t[íi]tulo|nombre)\s+(?:definitiu|correcte|bo|oficial|definitivo|correcto|bueno|real)\b[^.«"“]{0,40}?\s(?:és|es|serà|será)\s*:?\s*[«"“]([^»"”]{3,140})[»"”]/i;

/** The writer names themself as the contact person. */
const SELF_CONTACT = /\b(?:s[óo]c jo|soy yo|jo mateix[a]?|yo mism[oa]|amb mi|conmigo)\b/i;

/** Contact details in the new text without a practice around them: labels, a sentence, a bare number. */
function looseContact(content: string[]): ContactDraft {
  const c: ContactDraft = {};
  for (const item of readForm(content)) {
    if (item.kind !== 'entry') continue;
    const { field } = item.entry;
    const value = entryText(item.entry);
    if (field === 'name' || field === 'role' || field === 'email' || field === 'phone') addSubLabel(c, field, value, 'reply');
    if (field === 'contact') Object.assign(c, { ...parseContactText(value, 'reply'), ...c });
  }
  const text = content.join('\n');
  const sentence = proseContact(text, 'reply');
  const phone = findPhone(text);
  const email = findEmail(text);
  return {
    ...sentence,
    ...c,
    ...(!c.phone && !sentence.phone && phone ? { phone: { value: phone, evidence: 'reply' } } : {}),
    ...(!c.email && !sentence.email && email ? { email: { value: email, evidence: 'reply' } } : {}),
  };
}

function mergeContacts(a: ContactDraft, b: ContactDraft): ContactDraft {
  const out: ContactDraft = { ...b };
  for (const k of ['name', 'role', 'email', 'phone'] as const) if (a[k]) out[k] = a[k];
  return out;
}

function toPartial(c: ContactDraft): Partial<Contact> {
  const out: Partial<Contact> = {};
  for (const k of ['name', 'role', 'email', 'phone'] as const) {
    const v = c[k]?.value;
    if (v) out[k] = k === 'email' ? v.toLowerCase() : v;
  }
  return out;
}

// "Aquí teniu la llista d'entitats que la impulsen:", "Las entidades promotoras son:" and then a list.
const LIST_INTRO = /\b(?:entitats|entidades|organitzacions|organizaciones|promotor[ae]s?|impulsen|impulsan)\b[^:]{0,80}:\s*$/i;
const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s+(.{3,120})$/;

/** The items of a bulleted list introduced as the organisations behind the practice. */
function introducedList(content: string[]): string[] {
  const at = content.findIndex((l) => LIST_INTRO.test(l));
  if (at < 0) return [];
  const items: string[] = [];
  for (const line of content.slice(at + 1)) {
    if (!line.trim() && !items.length) continue;
    const m = BULLET.exec(line);
    if (!m) break;
    items.push(m[1]!.trim().replace(/[.;,]$/, ''));
  }
  return items;
}

/** A council's short thanks or "the data are right": it asks nothing and changes nothing. */
const COURTESY = /\b(?:gr[àa]cies|gracias|merci|thanks?)\b|\b(?:dades|datos|informaci[óo]n?)\s+(?:s[óo]n|est[àá]n|[ée]s|es)\s+(?:correct[ea]s?|bé|bien)|\b(?:tot|todo)\s+(?:[ée]s\s+|es\s+)?(?:correcte|correcto|bé|bien)\b/i;
/** Longer than this, a message says more than thanks. */
const MAX_COURTESY_WORDS = 30;

function isCourtesyOnly(content: string[]): boolean {
  const text = content.join(' ').trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_COURTESY_WORDS && COURTESY.test(text) && !text.includes('?') && !/\d{3}/.test(text);
}
