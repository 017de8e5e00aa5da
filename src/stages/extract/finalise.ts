// Turns a draft into the record: contact completed from its context, council, promoters written
// out ("l'Ajuntament" → "Ajuntament de <municipality>"), themes, priority, evidence and the list of
// fields still missing (to be asked for in the follow-up).
import type { Address, Contact, ExtractedPractice, Lang, Municipality, PracticeField, ThemeLexicon } from '../../domain/types.js';
import { completeContact } from './contact.js';
import type { ContactDraft, PracticeDraft } from './draft.js';
import {
  configuredNameInText, configuredPlaceInText, councilName, placeFromAddress, unknownPlaceInText, type Place,
} from './municipality.js';
import { detectThemes } from './themes.js';
import { fold } from './text.js';
import { COUNCIL_NOUN } from './lexicon/index.js';

export interface MessageFacts {
  subject: string;
  from: Address;
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
  language: Lang;
}

/** Fields reported as missing when still empty (contact.role is nice to have, not asked for). */
const REQUIRED: PracticeField[] = ['title', 'promoters', 'summary', 'contact.name', 'contact.email', 'contact.phone', 'municipality'];

export function finalise(d: PracticeDraft, facts: MessageFacts): ExtractedPractice {
  const contactDraft = completeContact(d.contact, d.context.signature, d.context.author);
  const place = findPlace(d, facts);
  // Written out, "l'Ajuntament" and "Ajuntament de <place>" named in one telling are one promoter.
  const promoters = [...new Map((d.promoters?.value ?? []).map((p) => writeCouncil(p, place)).map((p) => [fold(p), p] as const)).values()];
  // Every practice of the call is the sending council's: when the message names no promoter at
  // all, the council is the one we know of (evidence says so, so a follow-up can confirm others).
  const defaulted = !promoters.length && place !== null;
  if (defaulted) promoters.push(councilName(place.name, facts.language));
  // A prose practice's whole telling counts ("…, un punt de reparació … Se trata de un taller…"),
  // not only the explanation cut from it; a form's own fields are its text.
  const proseText = d.labelled === 0 ? d.proseText : undefined;
  const ownText = [d.title?.value, d.summary?.value, proseText, ...d.extraText].filter(Boolean).join('\n');
  const themes = detectThemes(ownText, promoters, facts.lexicon);
  const contact = toContact(contactDraft);
  const practice: ExtractedPractice = {
    title: d.title?.value || null,
    promoters,
    summary: d.summary?.value || null,
    contact,
    municipality: place?.name ?? null,
    member: place ? place.member : null,
    themes: themes.themes,
    themeEvidence: themes.evidence,
    priority: themes.priority,
    source: d.source,
    evidence: { ...evidenceOf(d, contactDraft, place), ...(defaulted ? { promoters: 'default: the sending council' } : {}) },
    missing: [],
  };
  practice.missing = REQUIRED.filter((f) => isEmpty(practice, f));
  return practice;
}

/**
 * Sender's domain, then the original author's (forwards), then a council named by the form, the
 * sender's own words (signature, intro), the subject, the sender's display name and the practice.
 */
function findPlace(d: PracticeDraft, facts: MessageFacts): Place | null {
  const ms = facts.municipalities;
  const byAddress = placeFromAddress(facts.from.address, ms) ?? placeFromAddress(d.context.author?.address, ms);
  if (byAddress) return byAddress;
  const texts: Array<[string, string]> = [
    [d.councilHint ? `Ajuntament de ${d.councilHint}` : '', 'form'],
    [d.councilHint ?? '', 'form'],
    ...d.context.councilText.map((t): [string, string] => [t, 'message']),
    [facts.subject, 'subject'],
    [facts.from.name ?? '', 'sender name'],
    [(d.promoters?.value ?? []).join('\n'), 'promoters'],
    [d.summary?.value ?? '', 'explanation'],
  ];
  for (const [t, where] of texts) { const p = t && configuredPlaceInText(t, ms, where); if (p) return p; }
  for (const [t, where] of texts.slice(1, 6)) { const p = t && configuredNameInText(t, ms, where); if (p) return p; }
  for (const [t, where] of texts) { const p = t && unknownPlaceInText(t, where, ms); if (p) return p; }
  return null;
}

/** "Ajuntament", "l'Ajuntament", "El Ayuntamiento", "La Mairie" alone mean the sending council. */
const COUNCIL_ALONE = new RegExp(`^${COUNCIL_NOUN}( municipal)?$`);
function writeCouncil(promoter: string, place: Place | null): string {
  if (!place) return promoter;
  const f = fold(promoter).replace(/^(l'|el |la )/, '');
  if (!COUNCIL_ALONE.test(f)) return promoter;
  return councilName(place.name, f.startsWith('ayunt') ? 'es' : 'ca');
}

function toContact(c: ContactDraft): Contact {
  return {
    name: c.name?.value ?? null,
    email: c.email?.value?.toLowerCase() ?? null,
    phone: c.phone?.value ?? null,
    role: c.role?.value ?? null,
  };
}

function evidenceOf(d: PracticeDraft, c: ContactDraft, place: Place | null): ExtractedPractice['evidence'] {
  const ev: ExtractedPractice['evidence'] = {};
  if (d.title) ev.title = d.title.evidence;
  if (d.promoters) ev.promoters = d.promoters.evidence;
  if (d.summary) ev.summary = d.summary.evidence;
  if (c.name) ev['contact.name'] = c.name.evidence;
  if (c.email) ev['contact.email'] = c.email.evidence;
  if (c.phone) ev['contact.phone'] = c.phone.evidence;
  if (c.role) ev['contact.role'] = c.role.evidence;
  if (place) ev.municipality = place.evidence;
  return ev;
}

function isEmpty(p: ExtractedPractice, f: PracticeField): boolean {
  switch (f) {
    case 'promoters': return p.promoters.length === 0;
    case 'contact.name': return !p.contact.name;
    case 'contact.email': return !p.contact.email;
    case 'contact.phone': return !p.contact.phone;
    case 'contact.role': return !p.contact.role;
    default: return !p[f];
  }
}
