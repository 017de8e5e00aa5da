// Titles: cleaning a labelled one, and reading one from the subject line when the message has
// none ("RV: Bona pràctica (fora de termini) - <title> - Ajuntament de X" → "<title>").
import type { Municipality } from '../../domain/types.js';
import { collapseSpaces, contentTokens, fold, stripQuotes, trimPunctuation, wordCount } from './text.js';
import { COUNCIL_ABBR, COUNCIL_NOUN, GROUP_COUNCIL, PLACE_JOIN } from './lexicon/index.js';

export function cleanTitle(raw: string): string {
  return trimPunctuation(stripQuotes(collapseSpaces(raw.replace(/\*\*|__/g, ''))));
}

const REPLY_PREFIXES = /^\s*((re|rv|fw|fwd|tr|enc|reenv\w*|aw|wg|rif|r)\s*(\[\d+\])?\s*:\s*)+/i;
const LATE_NOTE = /\((fora de termini|fuera de plazo|fora de plac|retard|tard|urgent|urgente)\)|\b(fora de termini|fuera de plazo)\b/gi;
// Words of the call itself, not of any practice ("Bona pràctica", "Fitxa", "Proposta de", "XMESS"…), folded.
const CALL_WORDS = new Set((
  'bones bona bon buenas buena practiques practica practicas fitxes fitxa ficha fichas proposta propostes ' +
  'propuesta propuestas de del la el les els per al a para recull crida convocatoria xmess ess nova nueva noves ' +
  'nuevas dues dos tres segona segunda tercera primera altra otra una un nostra nuestra enviament envio formulari ' +
  'formulario model plantilla sobre en i y economia social solidaria adjunta adjunto document documento annex anexo'
).split(' '));
// Words that may close a subject without being part of a title ("… ESS", "… 2020").
const TRAILING_CALL = new Set('ess xmess de del a per para en i y'.split(' '));

/** The subject minus reply prefixes, the call's words, council names and notes; null when nothing is left. */
export function titleFromSubject(subject: string, municipalities: Municipality[], extraNames: string[] = []): string | null {
  const s = subject.replace(REPLY_PREFIXES, '').replace(LATE_NOTE, ' ');
  const names = [...municipalities.map((m) => m.name), ...extraNames];
  const pieces = s.split(/\s+[-–—|]\s+|:\s+|\s*\|\s*/)
    .map((p) => stripCouncil(stripCallWords(p), names))
    .filter((p) => contentTokens(p).length > 0);
  const title = trimPunctuation(pieces.join(': '));
  return contentTokens(title).length >= 2 ? title : null;
}

/** Drops the call's words at the start and end of a subject piece ("Bona pràctica ESS Ripoll (2)" → "Ripoll"). */
function stripCallWords(piece: string): string {
  const words = piece.replace(/\(\s*\d*\s*\)|\[\s*\d*\s*\]/g, ' ').trim().split(/\s+/);
  const key = (w: string) => fold(w).replace(/[^a-z0-9']/g, '');
  let start = 0;
  let end = words.length;
  while (start < end && (CALL_WORDS.has(key(words[start] ?? '')) || /^\d+$/.test(key(words[start] ?? '')))) start++;
  while (end > start && (TRAILING_CALL.has(key(words[end - 1] ?? '')) || /^\d+$/.test(key(words[end - 1] ?? '')))) end--;
  // Keep "de"/"la" inside a title; only a title made of call words alone disappears.
  return words.slice(start, end).join(' ');
}

const COUNCIL_PIECE = new RegExp(`^(?:${COUNCIL_NOUN}|${COUNCIL_ABBR}|${GROUP_COUNCIL})\\s+(?:de|del|dels|d'|du|des)\\b`, 'i');

/** Removes a council when it is the whole piece or parenthesised: "Ripoll Recupera" keeps its town. */
function stripCouncil(piece: string, names: string[]): string {
  // "Ayuntamiento de Ripoll", "Ajuntament de Salt": a council, even one written short or unknown.
  if (COUNCIL_PIECE.test(piece.trim())) return '';
  let out = piece;
  for (const name of names) {
    const alt = `(?:${escapeLoose(name)}|${escapeLoose(name.replace(/^(El|La|Els|Les)\s+|^L'/i, ''))})`;
    out = out.replace(new RegExp(`\\(\\s*${alt}\\s*\\)`, 'gi'), ' ');
    const whole = new RegExp(`^\\s*(?:(?:${COUNCIL_NOUN}|${COUNCIL_ABBR})\\s+${PLACE_JOIN})?${alt}\\s*$`, 'i');
    if (whole.test(out)) return '';
  }
  return collapseSpaces(out);
}

/** A piece made only of the call's words, numbers and separators. */
export function isGeneric(piece: string): boolean {
  return contentTokens(stripCallWords(piece)).length === 0;
}

/** Accent-insensitive literal: "Olèrdola" also matches "Olerdola". */
function escapeLoose(s: string): string {
  return [...s].map((ch) => {
    const base = fold(ch);
    const esc = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return /[a-z]/.test(base) && base !== ch.toLowerCase() ? `[${esc}${base}]` : esc;
  }).join('');
}

// Document headings that name the call or the form, not a practice.
const FORM_HEADING = /\b(fitxa|ficha|formulari|formulario|recull|crida|convocatoria|bones practiques|buenas practicas|xarxa de municipis per l'economia social|red de municipios|plantilla|model de)\b/;

/** "Fitxa per al recull…", "Formulari de bones pràctiques": a form's own heading, never a practice's name. */
export const isFormHeading = (line: string): boolean => FORM_HEADING.test(fold(line));

/** "Servei de Joventut", "Àrea de Medi Ambient": a department on its line (a letterhead), not a practice. */
export const isDepartmentLine = (line: string): boolean =>
  /^(servei|servicio|area|regidoria|concejalia|departament|departamento|oficina|districte|distrito)\b/.test(fold(line.trim()));

const COUNCIL_HEADING = new RegExp(`^(?:${COUNCIL_NOUN}|${GROUP_COUNCIL}|consell|diputacio)\\b`);

/** A heading line good enough to be a title: not the form's name nor a council. */
export function isUsableHeading(line: string, municipalities: Municipality[]): boolean {
  const f = fold(line);
  if (FORM_HEADING.test(f) || COUNCIL_HEADING.test(f)) return false;
  const rest = stripCouncil(stripCallWords(line), municipalities.map((m) => m.name));
  return contentTokens(rest).length >= 2 && contentTokens(rest).length <= 15;
}

/** "Qui ho fa possible", "Com funciona", "Qué hacemos": a section of a document asks, a practice's name does not. */
const SECTION_QUESTION = /^[¿"“«]?\s*(?:qui|què|com|quan|on|per què|quién|quiénes|qué|cómo|cuándo|dónde|por qué|a qui|a quién)(?![\p{L}'’])/iu;

/** Characters of a name written on a line of its own, at most. */
const MAX_TITLE_LINE_CHARS = 140;

/**
 * The shape of a practice's name on a line of its own (a heading, a bold line): 2 to `maxWords`
 * words, a capital or a digit first, no sentence end, no address, link or phone number. Whether it
 * is one depends on what surrounds it (form.ts, prose.ts).
 */
export function hasTitleLineShape(line: string, maxWords: number): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= maxWords && line.length <= MAX_TITLE_LINE_CHARS && /^[\p{Lu}\d«"“]/u.test(line) && !SECTION_QUESTION.test(line) &&
    !/[.,;:!?]$/.test(line) && !/@|https?:|\d{3}[ .]?\d{2,3}[ .]?\d{2,3}/.test(line);
}
