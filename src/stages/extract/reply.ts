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
  let found = mergeContacts(d?.contact ?? {}, looseContact(content));
  // "La persona de contacte sóc jo", "podéis hablar conmigo": the writer, as they sign.
  if (!found.name && SELF_CONTACT.test(content.join(' '))) found = mergeContacts(found, context.signature);
  const contact = toPartial(found);
  if (Object.keys(contact).length) update.contact = contact;
  // Read in the whole new text: a correction often follows a courtesy line's thanks on the same line.
  const corrected = TITLE_CORRECTION.exec(collapseSpaces((top?.layer.lines ?? content).join(' ')))?.[1]?.trim();
  if (corrected) update.corrections = { title: corrected };
  return update;
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
