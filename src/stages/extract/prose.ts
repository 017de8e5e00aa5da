// Reads a practice written as prose, without a form: its explanation ("consisteix en …", or from the
// sentence that names it over the paragraphs that describe it), its contact sentence ("Per a més
// informació: Name, role, tel. …", "podeu trucar-me al …") and how much of the text is its own.
// Names and promoters are read by prose-title.ts and prose-promoters.ts.
import type { ContactDraft } from './draft.js';
import { parseContactText } from './contact.js';
import { isFirstNameOnly, isPersonName } from './names.js';
import { ACTION } from './prose-title.js';
import { hasTitleLineShape, isDepartmentLine } from './title.js';
import { capitalise, collapseSpaces, wordCount } from './text.js';
import { COUNCIL_NOUN, COUNCIL_PLURAL, GROUP_COUNCIL } from './lexicon/index.js';

export { prosePromoters } from './prose-promoters.js';
export { findProseTitle, proseTitle } from './prose-title.js';

// Also a sentence that opens with who runs it ("Impulsada per l'Ajuntament i X, la biblioteca presta…"):
// the practice described in the third person. Only at a sentence start, where it is the subject's.
const DESCRIBES = /\b(consisteix en|consisteix a|consiste en|es tracta d[e']|se trata de|t[ée] com a (?:objectiu|finalitat)|t[ée] per (?:objectiu|finalitat)|tiene como (?:objetivo|finalidad)|tiene por (?:objetivo|finalidad)|l'objectiu (?:és|del projecte és|principal és)|el objetivo (?:es|del proyecto es|principal es)|pretén|pretende|(?<=^|[.!?]\s)(?:impulsad[ao]|impulsat|promogud[ao]|promogut|promovid[ao]|organitzad[ao]|organitzat|organizad[ao]|coordinad[ao]|coordinat|liderad[ao]|liderat|gestionad[ao]|gestionat) (?:per|por) )/i;
// The council's own doing, first person ("hem posat en marxa", "llevamos a cabo", "impulsem").
const ACTS = new RegExp(`(?<![\\p{L}])(?:${ACTION})(?![\\p{L}])`, 'iu');

/**
 * An explanation is a paragraph or three; a mail that goes on longer is telling more than the
 * practice (news, thanks, other matters), and the summary is a record field, not the whole mail.
 */
const MAX_SUMMARY_CHARS = 1500;
/** Shorter paragraphs after the explanation are greetings or one-line remarks, not description. */
const MIN_DESCRIPTION_WORDS = 6;
/** Words of its own a text needs, beyond greeting and signing, to be a practice. */
const MIN_OWN_WORDS = 15;
/**
 * Words of its own a text that announces or promises a document needs: that document is the
 * practice, and a remark or two about it ("El projecte ha tingut molt bona acollida…") is not a
 * description that could stand for it when it cannot be read.
 */
const MIN_OWN_WORDS_BESIDE_DOCUMENT = 30;

/** The explanation: from "consisteix en…" (or the sentence naming the practice) over the paragraphs that go on describing it. */
export function proseSummary(paragraphs: string[], anchor: string | null): string | null {
  const e = explanation(paragraphs, anchor);
  return e ? capitalise(e.parts.join(' ').trim()) : null;
}

/**
 * The whole paragraphs that tell the practice (the explanation's, from their start): the practice's
 * own text for its themes, without the mail's greeting, intro or contact sentence.
 */
export function proseTelling(paragraphs: string[], anchor: string | null): string {
  const e = explanation(paragraphs, anchor);
  return e ? paragraphs.slice(e.index, e.index + e.parts.length).join('\n\n') : '';
}

function explanation(paragraphs: string[], anchor: string | null): { index: number; parts: string[] } | null {
  const start = summaryStart(paragraphs, anchor);
  return start ? explanationFrom(paragraphs, start) : null;
}

/** The explanation under a title line: the paragraph at `index` and those that go on describing. */
export function summaryFrom(paragraphs: string[], index: number): string | null {
  const p = paragraphs[index];
  const e = p ? explanationFrom(paragraphs, { index, text: collapseSpaces(p) }) : null;
  const text = e ? e.parts.join(' ').trim() : '';
  return wordCount(text) >= MIN_DESCRIPTION_WORDS ? capitalise(text) : null;
}

function explanationFrom(paragraphs: string[], start: { index: number; text: string }): { index: number; parts: string[] } {
  const first = cutContactSentence(start.text);
  const parts = [first];
  let length = first.length;
  if (first.length === start.text.length) {
    for (const p of paragraphs.slice(start.index + 1)) {
      const flat = collapseSpaces(p);
      if (!isDescription(flat) || length + flat.length > MAX_SUMMARY_CHARS) break;
      const kept = cutContactSentence(flat);
      if (!kept) break;
      parts.push(kept);
      length += kept.length;
      if (kept.length < flat.length) break;
    }
  }
  return { index: start.index, parts };
}

function summaryStart(paragraphs: string[], anchor: string | null): { index: number; text: string } | null {
  for (const [i, p] of paragraphs.entries()) {
    const flat = collapseSpaces(p);
    const m = DESCRIBES.exec(flat);
    if (m) return { index: i, text: flat.slice(m.index) };
  }
  for (const [i, p] of paragraphs.entries()) {
    const flat = collapseSpaces(p);
    const at = anchor ? flat.indexOf(anchor) : ACTS.exec(flat)?.index ?? -1;
    if (at < 0) continue;
    const s = flat.slice(sentenceStart(flat, at));
    return wordCount(cutContactSentence(s)) >= 8 ? { index: i, text: s } : null;
  }
  return null;
}

function sentenceStart(flat: string, at: number): number {
  const stop = Math.max(flat.lastIndexOf('. ', at), flat.lastIndexOf(': ', at));
  return stop >= 0 ? stop + 2 : 0;
}

/** "La persona que porta el projecte és X", "La persona que lleva el proyecto es X": who runs it. */
// "La persona que porta el projecte és …", "Qui en porta el dia a dia és …", "Quien lleva la coordinación es …".
const WHO_CARRIES = String.raw`(?:la persona (?:que|qui)|(?<![A-Za-zÀ-ÿ'])qui|(?<![A-Za-zÀ-ÿ'])quien)\s+(?:en |ho |lo |la |el )?(?:porta|duu|coordina|gestiona|lleva|dirigeix|dirige|s'encarrega d[e']l?|se encarga del?)\s?(?:[^\s.;:,]+\s+){0,4}?(?:és|es|serà|será)\s`;
const CONTACT_SENTENCE = new RegExp(String.raw`\s*(?:per a |per |para |si (?:necessiteu|voleu|teniu|necesitáis|necesitais|queréis|quereis|tenéis|teneis) )?(?:més|mas|más) informació[n]?\b|\s*(?:podeu|podéis|podeis|pueden|poden) (?:contactar|adreçar|dirigir|trucar|escriure|llamar|escribir|parlar|hablar)|\s*(?:persona de contact[eo])\b|\s*${WHO_CARRIES}|\s*(?:per a |per |para )?(?:qualsevol|cualquier) (?:dubte|duda|consulta)`, 'i');

function cutContactSentence(s: string): string {
  const m = CONTACT_SENTENCE.exec(s);
  return (m ? s.slice(0, m.index) : s).trim();
}

const CLOSING = /^(?:salutacions|saludos|gràcies|gracias|moltes gràcies|muchas gracias|atentament|atentamente|cordialment|cordialmente|una abraçada|una abraçada|un abrazo|quedem a|quedo a|quedamos a|resto a|restem a|esperem que|esperamos que|espero que|bon dia|buenos días|buenos dias|hola|benvolgu|estimad)/i;
const ANNOUNCES = /\b(?:adjunt\w*|annex\w*|anex\w*|attach\w*|en pdf|en format|document que|fitxa que|ficha que)\b/i;
// "Us enviarem la fitxa la setmana vinent", "Os haremos llegar la ficha": a practice still to come.
const PROMISES = /\b(?:us|os|vos|les)\s+(?:enviarem|enviaremos|farem arribar|haremos llegar|passarem|pasaremos|remetrem|remitiremos)\b|\b(?:properament|próximamente|proximamente)\b/i;
// "Volíem saber si…", "¿…?": a question about the call, not a practice told.
const ASKS = /\?\s*$|^(?:us |os )?(?:volíem|voldríem|volia|voldria|queríamos|querríamos|quería|querría)\s+(?:saber|preguntar|consultar)\b/i;
const EMAIL_OR_PHONE = /@|\b\d{2,3}[ .]?\d{2,3}[ .]?\d{2,3}[ .]?\d{2,3}\b/;

/** A paragraph that goes on describing: not a contact sentence, a closing formula or an attachment note. */
function isDescription(flat: string): boolean {
  if (wordCount(flat) < MIN_DESCRIPTION_WORDS || CLOSING.test(flat)) return false;
  const contact = CONTACT_SENTENCE.exec(flat);
  if (contact && contact.index < 3) return false;
  return !(ANNOUNCES.test(flat) && wordCount(flat) < MIN_OWN_WORDS) && !EMAIL_OR_PHONE.test(flat.slice(0, 80));
}

/**
 * Whether the text has enough words of its own to be a practice: sentences that announce an
 * attachment ("Us adjuntem la fitxa del projecte «X»…") or promise one ("us enviarem…"), questions
 * about the call, contact sentences and greetings do not count.
 */
export function hasOwnDescription(paragraphs: string[]): boolean {
  let own = 0;
  let document = false;
  for (const p of paragraphs) {
    for (const sentence of collapseSpaces(p).split(/(?<=[.!?])\s+/)) {
      const aside = ANNOUNCES.test(sentence) || PROMISES.test(sentence);
      document ||= aside;
      if (aside || ASKS.test(sentence) || CLOSING.test(sentence)) continue;
      const contact = CONTACT_SENTENCE.exec(sentence);
      own += wordCount(contact ? sentence.slice(0, contact.index) : sentence);
    }
  }
  return own >= (document ? MIN_OWN_WORDS_BESIDE_DOCUMENT : MIN_OWN_WORDS);
}

const CONTACT_TRIGGER = new RegExp(String.raw`(?:per a |per |para )?(?:més|mas|más) informació[n]?\s*[:,]?|(?:contactar|contacteu|contacta|contacte|contacto|adreçar-vos|adreceu-vos|dirigiros|dirigirse|dirigir-vos)\s+(?:amb|con|a)\s+|persona (?:de contact[eo]|de refer[eè]ncia|referent|responsable)\s*(?:és|es|serà|será)?\s*:?|(?:referent|interlocutor[a]?)\s*(?:és|es)?\s*:?|${WHO_CARRIES}|(?:podeu|podéis|podeis|pueden|poden)\s+(?:escriure-li|trucar-li|escribirle|escribirla|llamarle|llamarla)\b|(?:(?:em|ens|me|nos)\s+)?(?:podeu|podéis|podeis|pots|puedes|poden|pueden)\s+(?:trucar|escriure|llamar|escribir|localitzar|localizar)\b|(?:podeu|podéis|podeis|pots|puedes|poden|pueden)\s+(?:parlar|hablar)\s+(?:amb|con)\s+|(?:trucar-me|truqueu-me|trucar-nos|escriure'm|escriviu-me|escriure'ns|parlar amb mi|contactar amb mi|llamarme|llámame|llamadme|escribirme|escribidme|contactar conmigo|hablar conmigo)\b`, 'i');
const CONTACT_TRIGGERS = new RegExp(CONTACT_TRIGGER.source, 'gi');
/** Characters after a contact trigger read for the contact: a name, a role, a phone and an address. */
const CONTACT_TAIL_CHARS = 300;

/** "Per a més informació: Name, role, tel. …, a@b", "podeu contactar amb Name (a@b)", "podeu trucar-me al …". */
// "…en aquesta mateixa adreça de correu", "a esta misma dirección": the address the mail came from.
const SAME_ADDRESS = /\b(?:aquesta mateixa adreça|aquest mateix correu|aquesta adreça de correu|esta misma dirección|este mismo correo|esta dirección de correo)\b/i;

/** `sender`: the address the text came from, for "write to this same address". */
export function proseContact(text: string, evidence: string, sender: string | null = null): ContactDraft {
  const flat = collapseSpaces(text);
  const out: ContactDraft = {};
  // The first trigger that leads to a person or an address: "mantenir el contacte amb la família"
  // earlier in the text names nobody.
  for (const m of flat.matchAll(CONTACT_TRIGGERS)) {
    const at = (m.index ?? 0) + m[0].length;
    const tail = flat.slice(at, at + CONTACT_TAIL_CHARS);
    const sentence = tail.split(/\.\s+(?=[A-ZÀ-Ý])/)[0] ?? tail;
    const found = parseContactText(sentence.replace(SAME_ADDRESS, ' '), evidence);
    if (!found.email && sender && SAME_ADDRESS.test(sentence)) found.email = { value: sender, evidence: `"this same address" in ${evidence}` };
    if (found.name || found.email || found.phone) {
      Object.assign(out, found);
      break;
    }
  }
  // The writer introduces themself ("Sóc la Name, tècnica de…", "Soy Name"): the person to ask
  // when the text names nobody else (a "podeu trucar-me al …" then gives that person's phone).
  if (!out.name) {
    const self = selfIntroduction(flat);
    if (self) {
      out.name = { value: self.name, evidence: `self-introduction in ${evidence}` };
      if (!out.role && self.role) out.role = { value: self.role, evidence: `self-introduction in ${evidence}` };
    }
  }
  return out;
}

// "Sóc la Clara Bosch, …", "Hola, soc en Pere…", "Soy Lucía Herrero, de…", "Em dic …", "Me llamo …".
const SELF_INTRO = /(?:^|[.!?:,;]\s+)(?:[Ss][óo]c|[Ss]oy|[Ee]m dic|[Mm]e llamo)\s+(?:(?:la|el|en|na)\s+|l')?(?=[A-ZÀ-Ý])/g;
const NAME_WORD = /^(?:[A-ZÀ-ÝÑÇ][\p{L}·'’-]*|de|del|dels|la|i|y|d'[A-ZÀ-Ý][\p{L}·'’-]*)$/u;
/** Words of a name after a self-introduction, at most. */
const MAX_SELF_NAME_WORDS = 5;

function selfIntroduction(flat: string): { name: string; role: string | null } | null {
  for (const m of flat.matchAll(SELF_INTRO)) {
    const at = (m.index ?? 0) + m[0].length;
    const words = flat.slice(at, at + 120).split(/\s+/);
    const name: string[] = [];
    for (const raw of words.slice(0, MAX_SELF_NAME_WORDS)) {
      const w = raw.replace(/[,.;:!?)]+$/, '');
      if (!NAME_WORD.test(w)) break;
      name.push(w);
      if (w !== raw) break;
    }
    while (name.length && /^(?:de|del|dels|la|i|y)$/.test(name[name.length - 1] ?? '')) name.pop();
    const value = name.join(' ');
    if (!value || !(isPersonName(value) || isFirstNameOnly(value))) continue;
    const after = flat.slice(at + value.length).replace(/^\s*,\s*/, '');
    const role = /^[a-zà-ÿ]/.test(after) ? (after.split(/[,.;]|\s+(?:i|y) (?:us|os|volem|queremos|vull|quiero)\b/)[0] ?? '').trim() : '';
    return { name: value, role: role && wordCount(role) <= 12 ? role : null };
  }
  return null;
}

export const describesPractice = (text: string): boolean => DESCRIBES.test(collapseSpaces(text));
/** "hem posat en marxa", "impulsem", "llevamos a cabo": the council tells what it does. */
export const tellsOwnAction = (text: string): boolean => ACTS.test(collapseSpaces(text));

/** Words of a title written on a line of its own, at most. */
const MAX_HEADING_WORDS = 20;
/** Words the paragraph under such a line needs to be the practice's description. */
const MIN_DESCRIBED_WORDS = 15;
const EMPHASIS = /^\s*(?:#{1,6}\s+|(\*{1,2}|_{1,2})(?=\S))([\s\S]*?)(?:\1)?\s*$/;

/**
 * "*Botiga Oberta: tienda en línea*", "Huertos comunitarios en solares en desuso" (a Word heading,
 * a bold line of a web mail) above a paragraph that tells what the council does: the line is the
 * practice's name. `emphasised` when the mail marked it (bold, heading), stronger evidence.
 */
/**
 * `strong`: the line has a name's own shape ("Name: subtitle") or the paragraph above announces it,
 * so it names the practice even when a sentence below quotes another name (a nickname, a motto).
 */
export function headingLineTitle(paras: string[]): { title: string; emphasised: boolean; strong: boolean; index: number } | null {
  for (let i = 0; i + 1 < paras.length; i++) {
    const raw = (paras[i] ?? '').trim();
    if (!raw || raw.includes('\n')) continue;
    const m = EMPHASIS.exec(raw);
    const emphasised = !!m && (raw.startsWith('#') || !!m[1]);
    const line = (emphasised ? m![2] ?? raw : raw).replace(/[*_]+/g, '').trim();
    if (!hasTitleLineShape(line, MAX_HEADING_WORDS) || isPersonName(line) || CLOSING.test(line)) continue;
    // A council or a department on its line is a letterhead, not a practice.
    if (LETTERHEAD.test(line) || isDepartmentLine(line)) continue;
    // What follows (a paragraph or two) tells the practice: the council's doing, "consisteix en…",
    // or the practice as the subject ("La iniciativa nace…", "El projecte…").
    const next = collapseSpaces(paras.slice(i + 1, i + 3).join(' '));
    // "Name: subtitle" is a title's own shape; a plain line needs the text below to tell a practice.
    const named = /^\p{Lu}[^:]{2,60}: \p{Ll}/u.test(line);
    const announced = announcesPractice(collapseSpaces(paras[i - 1] ?? ''));
    const tells = named || announced || describesPractice(next) || tellsOwnAction(next) || THIRD_PERSON_ACTS.test(next) || PRACTICE_SUBJECT.test(next) ||
      PROMOTED_OPENING.test(next);
    if (wordCount(next) < MIN_DESCRIBED_WORDS || !tells) continue;
    return { title: line, emphasised, strong: named || announced, index: i };
  }
  return null;
}

/** "…us volem presentar aquesta experiència per al recull:" just above: the line it announces is the practice's name. */
const ANNOUNCE_VERB = /\b(?:respondemos|responem|presentar|presentem|presentamos|presentaros|enviar|enviem|enviamos|fem arribar|fer arribar|hacemos llegar|compartir|compartim|compartimos|proposar|proposem|proponemos)\b/i;
const ANNOUNCE_NOUN = /\b(?:experi[eè]ncia|pr[aà]ctica|iniciativa|projecte|proyecto|programa|proposta|propuesta|actuaci[oó]n?|servei|servicio)\b/i;

/** The last sentence of a paragraph ending in a colon presents a practice: a verb of presenting and what is presented. */
function announcesPractice(para: string): boolean {
  if (!/:\s*$/.test(para)) return false;
  const last = para.split(/[.!?]\s+/).pop() ?? para;
  return ANNOUNCE_VERB.test(last) && ANNOUNCE_NOUN.test(last);
}

/** "La impulsa l'Ajuntament…", "Impulsat conjuntament per…": who promotes it, first thing under the name. */
const PROMOTED_OPENING = /^(?:(?:La|Lo|Ho|El|L')\s*(?:impulsa|impulsen|impulsan|coordina|coordinen|coordinan|organitza|organitzen|organiza|organizan|promou|promouen|promueve|promueven|gestiona|gestionen|gestionan|lidera|lideren|lideran)\b|(?:Impulsa[dt]a?|Impulsado|Promogu[dt]a?|Promovid[ao]|Organitza[dt]a?|Organizad[ao]|Coordina[dt]a?|Coordinad[ao]|Lidera[dt]a?|Liderad[ao])\s+(?:conjuntament\s+|conjuntamente\s+)?(?:per|por)\s)/;

/** "La iniciativa nace…", "El projecte consisteix…", "Es un proyecto de…": the practice as the sentence's subject. */
const PRACTICE_SUBJECT = /(?:^|[.!?]\s+)(?:(?:la|el|l'|aquesta|aquest|esta|este|aquesta|la nostra|nuestra|nuestro|el nostre)\s*|(?:és|es|se trata de|es tracta d')\s*(?:un|una)\s+)(?:iniciativa|projecte|proyecto|programa|servei|servicio|experiència|experiencia|actuació|actuación|proposta|propuesta|pla|plan)\b/i;

/** A council on its line ("Ajuntament de…", "Mairie de…", "Consell…"): a letterhead. */
const LETTERHEAD = new RegExp(`^(?:${COUNCIL_PLURAL}|${COUNCIL_NOUN}\\b|${GROUP_COUNCIL}|consell|consejo)`, 'i');

/** "el Ayuntamiento puso en marcha…", "l'Ajuntament ha impulsat…": the council's doing told in the third person. */
const THIRD_PERSON_ACTS = new RegExp(`\\b(?:(?:l'|el |la |le )${COUNCIL_NOUN}|el consistori|el consistorio|el consell comarcal|el consorci|el municipi|el municipio)\\b[^.]{0,80}?\\b(?:ha posat en marxa|va posar en marxa|posa en marxa|ha impulsat|va impulsar|impulsa|ha creat|va crear|ha engegat|puso en marcha|ha puesto en marcha|pone en marcha|ha impulsado|impulsó|impulsa|ha creado|creó|organitza|organiza|ofereix|ofrece|gestiona|coordina|cedeix|cede)\\b`, 'i');
