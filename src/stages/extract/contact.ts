// The reference person of a practice: from a labelled block ("Nom:", "Càrrec:", "Correu:", "Tel."),
// from one line or sentence ("Name, role, tel. …, email"), or from the sender's signature when the
// practice names nobody. Signature and sender fill gaps only when they are the same person.
import type { Address } from '../../domain/types.js';
import type { ContactDraft, Found } from './draft.js';
import { cleanName, isFirstNameOnly, isPersonName, sameName } from './names.js';
import { findEmail, findPhone, normalisePhone, stripContactTokens } from './phone.js';
import { collapseSpaces, fold, trimPunctuation } from './text.js';
import { COUNCIL_NOUN, DEPARTMENT, GROUP_COUNCIL } from './lexicon/index.js';

const found = <T>(value: T, evidence: string): Found<T> => ({ value, evidence });

/** Lines that name a department or an organisation, not a job: "Servei de…", "Ajuntament de…". */
const ORG_LINE = new RegExp(`^(${COUNCIL_NOUN}|${GROUP_COUNCIL}|${DEPARTMENT}|servei|servicio|area|departament|departamento|regidoria|concejalia|oficina|institut|instituto|consell|consejo|generalitat|diputacio|diputacion|pl\\.?|placa|plaza|c\\/|carrer|calle|avinguda|avda|passeig|www|http)\\b`);

/** Reads name, role, e-mail and phone from free text such as "Name, role, tel. 93…, a@b.cat". */
export function parseContactText(text: string, evidence: string): ContactDraft {
  const out: ContactDraft = {};
  const email = findEmail(text);
  const phone = findPhone(text);
  if (email) out.email = found(email, evidence);
  if (phone) out.phone = found(phone, evidence);
  const parts = stripContactTokens(text)
    .split(/[,;\n|·•()]| - | – | — /)
    .map((p) => cleanName(p))
    .filter((p) => p && /[a-zà-ÿ]/i.test(p));
  const names = parts.map(personNameIn);
  const nameAt = names.findIndex((n) => n !== null);
  if (nameAt >= 0) {
    out.name = found(names[nameAt]!, evidence);
    const role = parts.slice(nameAt + 1).find((p) => isRole(p));
    if (role) out.role = found(role, evidence);
  }
  return out;
}

/** A name, or one at the end of a phrase: "podeu contactar amb Name Surname", "la persona és Name". */
function personNameIn(part: string): string | null {
  if (isPersonName(part)) return part;
  const words = part.split(/\s+/);
  for (let i = 1; i < words.length - 1; i++) {
    const tail = words.slice(i).join(' ');
    if (/^[A-ZÀ-Ý]/.test(tail) && isPersonName(tail)) return tail;
  }
  return null;
}

function isRole(p: string): boolean {
  const f = fold(p);
  return p.length <= 90 && !ORG_LINE.test(f) && !isPersonName(p) && !/@|\d{3}/.test(p) && /[a-z]{3}/.test(f);
}

/** Value of one sub-label ("Nom: …", "Tel.: …") into the contact, first value wins. */
export function addSubLabel(c: ContactDraft, field: 'name' | 'role' | 'email' | 'phone', value: string, evidence: string): void {
  if (c[field] || !value.trim()) return;
  if (field === 'email') {
    const e = findEmail(value);
    if (e) c.email = found(e, evidence);
  } else if (field === 'phone') {
    const p = normalisePhone(value);
    if (p) c.phone = found(p, evidence);
  } else if (field === 'name') {
    const inline = parseContactText(value, evidence);
    const name = inline.name?.value ?? cleanName(value.split(/[,;|(]/)[0] ?? '');
    if (name) c.name = found(name, evidence);
    for (const k of ['role', 'email', 'phone'] as const) if (!c[k] && inline[k]) c[k] = inline[k];
  } else {
    c.role = found(trimPunctuation(collapseSpaces(value)), evidence);
  }
}

/** Reads a signature: person name on the first lines, role below it, any e-mail and phone. */
export function signatureContact(lines: string[], author: Address | null): ContactDraft {
  const rows = lines.map((l) => l.trim()).filter(Boolean);
  const out: ContactDraft = {};
  const text = rows.join('\n');
  const email = findEmail(text);
  const phone = findPhone(text);
  const at = rows.slice(0, 3).findIndex((r) => isPersonName(firstChunk(r)) || isFirstNameOnly(r));
  const row = at >= 0 ? rows[at]! : null;
  let name = row && isPersonName(firstChunk(row)) ? cleanName(firstChunk(row)) : null;
  if (row && !name && author?.name && isPersonName(author.name) && sameName(author.name, row)) name = cleanName(author.name);
  if (name) {
    out.name = found(name, 'signature');
    const next = rows[at + 1];
    const inlineRole = row ? (row.slice(firstChunk(row).length).replace(/^[\s,|·–-]+/, '').split(/\s+[|·]\s+/)[0] ?? '') : '';
    const role = inlineRole && isRole(inlineRole) ? inlineRole : next && isRole(next) && !findEmail(next) ? next : null;
    if (role) out.role = found(trimPunctuation(role), 'signature');
  }
  if (email) out.email = found(email, 'signature');
  // The signer wrote from this address: theirs, or a shared mailbox ("Ajuntament X", no name) that reaches them.
  else if (name && author?.address && (sameName(author.name, name) || !author.name || !isPersonName(author.name))) out.email = found(author.address, 'sender address');
  if (phone) out.phone = found(phone, 'signature');
  return out;
}

/** "Marta Ribó | Servei…" or "Marta Ribó - Tècnica": the name part of a signature line. */
function firstChunk(row: string): string {
  return (row.split(/\s+[|·–—-]\s+|,\s*/)[0] ?? row).trim();
}

/**
 * The practice's own contact completed from its context: the signature stands in when the practice
 * names nobody; it and the sender's address fill gaps only for the same person.
 */
export function completeContact(own: ContactDraft, signature: ContactDraft, author: Address | null): ContactDraft {
  if (!own.name && !own.email) return { ...signature, ...pick(own) };
  const out: ContactDraft = { ...own };
  const same = sameName(own.name?.value, signature.name?.value) ||
    (!!own.email && own.email.value === signature.email?.value);
  if (same) {
    for (const k of ['name', 'role', 'email', 'phone'] as const) if (!out[k] && signature[k]) out[k] = signature[k];
  }
  // Who introduced themself ("Sóc la Clara Bosch") is the sender: the From name completes theirs.
  if (out.name?.evidence.startsWith('self-introduction') && author?.name && isPersonName(author.name) &&
    sameName(out.name.value, author.name) && cleanName(author.name).split(/\s+/).length > out.name.value.split(/\s+/).length) {
    out.name = found(cleanName(author.name), `${out.name.evidence}, completed from the sender name`);
  }
  // "Gerard Tenas" in the text, "Gerard Tenas Amat" in the signature or the From: the same person, named in full.
  for (const full of [signature.name?.value, author?.name && isPersonName(author.name) ? cleanName(author.name) : null]) {
    if (out.name && full && sameName(out.name.value, full) && full.split(/\s+/).length > out.name.value.split(/\s+/).length &&
      fold(full).startsWith(fold(out.name.value))) {
      out.name = found(full, `${out.name.evidence}, completed from ${full === signature.name?.value ? 'the signature' : 'the sender name'}`);
    }
  }
  if (!out.email && author?.address && sameName(out.name?.value, author.name)) {
    out.email = found(author.address, 'sender address');
  }
  if (!out.name && out.email && author?.name && out.email.value === author.address && isPersonName(author.name)) {
    out.name = found(cleanName(author.name), 'sender name');
  }
  return out;
}

function pick(c: ContactDraft): ContactDraft {
  const out: ContactDraft = {};
  for (const k of ['name', 'role', 'email', 'phone'] as const) if (c[k]) out[k] = c[k];
  return out;
}
