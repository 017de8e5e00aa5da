// Splits a list of promoting organisations into names. Lists come comma- or semicolon-separated,
// one per line or bullet, or joined by "i"/"y" — but "i"/"y" also occur inside names ("Associació de
// Pares i Mares de…", "Santa Margarida i els Monjos"), so a conjunction splits only before a new
// organisation (an organisation word, or an article and a capital: "i la Garrofera").
import { hasBullet, stripLead } from './labels.js';
import { capitalise, collapseSpaces, fold, trimPunctuation, wordCount } from './text.js';
import { alt, wordsOf, COUNCIL_NOUN, COUNCIL_NOUN_CAP, GROUP_COUNCIL, GROUP_COUNCIL_CAP, PLACE_JOIN } from './lexicon/index.js';

/** Words that begin an organisation's name, in Catalan and Spanish (folded). */
const ORG_HEAD = `${COUNCIL_NOUN}|cooperativa|coop|associacio|asociacion|ateneu|ateneo|fundacio|fundacion|xarxa|red|federacio|federacion|consell|consejo|consorci|consorcio|mancomunitat|mancomunidad|diputacio|diputacion|generalitat|entitat|entidad|empresa|collectiu|colectivo|plataforma|institut|instituto|universitat|universidad|escola|escuela|centre|centro|unio|union|sindicat|sindicato|gremi|gremio|cambra|camara|agencia|oficina|comunitat|comunidad|grup|grupo|coordinadora|mercat|mercado|banc|banco|casal|espai|espacio|taula|mesa|societat|sociedad|servei|servicio|area|regidoria|departament|departamento|patronat|moviment|movimiento|club|caritas|creu roja|cruz roja|obra social|llar|hogar|${alt(wordsOf('orgHeads')).slice(3, -1)}`;
// Plural heads ("i entitats veïnals del barri") also start an item.
const PLURAL_HEAD = 'entitats|entidades|associacions|asociaciones|cooperatives|cooperativas|fundacions|fundaciones|ateneus|ateneos|xarxes|redes|empreses|empresas|collectius|colectivos|organitzacions|organizaciones';
const ORG_HEAD_RE = new RegExp(`^(?:${ORG_HEAD}|${PLURAL_HEAD})\\b`);

/** The longest organisation name we accept; longer pieces are prose, not a list item. */
const MAX_NAME_WORDS = 14;
/** Characters of one organisation's name at most (14 words); a longer run is prose, not a name. */
const MAX_NAME_CHARS = 200;
/** Characters of a promoters value read: twenty organisations, far more than any practice lists. */
const MAX_LIST_CHARS = 4000;
/** Lines this long in a list are wrapped text, not one name per line. */
const WRAPPED_LINE = 60;

export function isOrgHead(word: string): boolean {
  return ORG_HEAD_RE.test(fold(word));
}

const ANSWER_VERB = /^(?:(?:el |la |l'|aquest |aquesta |este |esta )?(?:projecte|proyecto|iniciativa|programa|servei|servicio|experiència|experiencia)\s+)?(?:(?:és|es|està|está|son|són|ha estat|ha sido)\s+)?(?:co-?)?[a-zà-ÿ]+(?:ad[ao]s?|ades|at|ats|ida|ido|uda|ut)\s+(?:conjuntament\s+|conjuntamente\s+)?(?:per|por)\s+/i;

/** The lines of a promoters value into names. `protect` are names that may contain " i " (towns). */
export function splitPromoters(lines: string[], protect: string[] = []): string[] {
  // "Quién la impulsa: está coorganizada por A y B", "Projecte impulsat per A i B": the answer's verb goes.
  const rows = lines.map((l) => l.trim()).filter(Boolean)
    .map((l, i) => (i === 0 ? l.replace(ANSWER_VERB, '') : l));
  const pieces = groupRows(rows).flatMap((row) => splitList(row, protect));
  return dedupe(pieces.map((p) => cleanItem(nameBeforeClause(p))).filter(isNameLike));
}

// A relative clause or a verb after a name ends it: "La Xarxa X, que aporta…", "Cooperativa Y
// col·labora en la formació…" (a cell's second paragraph written as a sentence).
const CLAUSE = /\s+(?:que|qui|hi|la qual|el qual|on|donde|col[·.l -]{0,2}labora|col[·.l -]{0,2}laboren|colabora|colaboran|participa|participen|participan|aporta|aporten|aportan|ofereix|ofereixen|ofrece|ofrecen|gestiona|gestionen|gestionan|s'encarrega|se encarga|s'encarreguen|se encargan)\s/;

/** The name that opens a piece when the piece goes on as a sentence (lower-case clause words). */
function nameBeforeClause(piece: string): string {
  const m = CLAUSE.exec(piece.slice(0, MAX_NAME_CHARS));
  return m && m.index > 0 ? piece.slice(0, m.index) : piece;
}

function groupRows(rows: string[]): string[] {
  if (rows.some(hasBullet)) {
    const out: string[] = [];
    for (const r of rows) {
      if (hasBullet(r) || !out.length) out.push(stripLead(r));
      else out[out.length - 1] += ` ${r}`;
    }
    return out;
  }
  const separated = rows.some((r) => /[,;]/.test(r));
  const wrapped = rows.slice(0, -1).some((r) => r.length > WRAPPED_LINE);
  if (!separated && !wrapped) return rows;
  // Wrapped lines join with a space, but a row that ends a sentence ends its item too ("…de la
  // Regidoria d'Igualtat." then "Xarxa X": a table cell's second paragraph).
  return [collapseSpaces(rows.map((r, i) => (i < rows.length - 1 && /[.;]$/.test(r) ? `${r};` : r)).join(' '))];
}

/** Comma/semicolon/slash pieces, then conjunctions that start a new organisation. */
export function splitList(text: string, protect: string[] = []): string[] {
  const { masked: raw, restore } = maskNames(text.slice(0, MAX_LIST_CHARS), protect);
  // "de la cooperativa X y de la Unión Y": the second "de" repeats the first one's preposition.
  const masked = raw.replace(JOINING, ';').replace(/\s+(i|y)\s+de(?:l)?\s+(?=(?:la|el|les|els|los|las)\s+\p{Lu}|l'\p{Lu})/gu, ' $1 ');
  // " + " never occurs inside a name ("Ajuntament de X + Cooperativa Y"): it separates like a comma.
  const pieces = masked.split(/\s*;\s*|\s*,\s*|\s+[·•|/+]\s+|\s+[-–—]\s+(?=[A-ZÀ-Ý])/)
    // "Ajuntament de X, amb la Cooperativa Y i …": after a comma, "amb"/"con"/"i" only joins.
    .map((p) => p.replace(/^(?:amb|con|i|y)\s+(?=(?:la|el|les|els|los|las)\s+[A-ZÀ-Ý]|l'[A-ZÀ-Ý])/, ''));
  const merged: string[] = [];
  for (const p of pieces) {
    // "Cooperativa X, SCCL": a legal form after a comma belongs to the name before it.
    if (merged.length && /^(sccl|scoop|s\.? ?coop\.?|sl|sll|sa|slu|sal|s\.l\.|s\.a\.|coop\.? v\.?|etc\.?)$/i.test(p.trim())) {
      merged[merged.length - 1] += `, ${p.trim()}`;
    } else merged.push(p);
  }
  return merged.flatMap((p) => splitConjunction(p, protect)).map(restore);
}

/**
 * "L'Ajuntament de X juntament amb la Cooperativa Y", "junto con", "en col·laboració amb": promoters
 * answered as a sentence; the joining phrase separates two organisations like a comma. At a line's
 * start ("Amb la col·laboració de la Xarxa X", a cell's second paragraph) it only introduces one.
 */
const JOINING = /(?:^|\s+)(?:(?:con)?juntament amb|junto (?:con|a)|conjuntamente con|en col[·.l -]{0,2}laboraci[oó] (?:amb|de)|en colaboraci[oó]n con|(?:amb|con) (?:la |el |l')(?:col[·.l -]{0,2}laboraci[oó]|colaboraci[oó]n|participaci[oó]n?|suport|apoyo|acompanyament|acompañamiento|assessorament|asesoramiento) (?:dels?|de l'|de)|(?:(?:i|y) )?(?:tamb[eé] )?hi (?:participa|participen|col[·.l -]{0,2}labora|col[·.l -]{0,2}laboren)|tambi[eé]n (?:participa|participan|colabora|colaboran))(?:\s+(?:també|tambien|también))?\s+/gi;

function splitConjunction(piece: string, towns: string[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of piece.matchAll(/\s+(?:i|y|and|&|e|amb|con)\s+/gi)) {
    const at = m.index ?? 0;
    const after = piece.slice(at + m[0].length);
    // "l'Ajuntament amb la Cooperativa X", "del Ayuntamiento con la Asociación Y": "amb"/"con" joins
    // two organisations only before an article and an organisation word (never "Xarxa amb Cor").
    if (/^(?:amb|con)$/i.test(m[0].trim()) && !ARTICLE_AND_HEAD.test(fold(after))) continue;
    if (!startsNewOrganisation(piece.slice(last, at), after, towns)) continue;
    out.push(piece.slice(last, at));
    last = at + m[0].length;
  }
  out.push(piece.slice(last));
  return out;
}

/**
 * Whether the words after "i"/"y" begin another organisation: an organisation word ("i Cooperativa
 * X"), an article and a capital ("i la Garrofera"), or — after a name that is already complete — a
 * capitalised name: "Ajuntament de Ripoll i Teixit Solidari de la Vall" (the council's name ends with a
 * configured town), "Associació X i Fem Barri SCCL" (a legal form closes the second name).
 */
function startsNewOrganisation(before: string, after: string, towns: string[]): boolean {
  const article = /^(?:(?:la|el|les|els|los|las)\s+|l')/i.exec(after);
  const rest = after.slice(article?.[0].length ?? 0, MAX_NAME_CHARS);
  if (isOrgHead(firstWord(rest))) return true;
  if (!/^[A-ZÀ-Ý]/.test(rest)) return false;
  if (article) return true;
  // Only a name's worth of text either side: longer is not one name, and keeps this linear.
  if (before.length > MAX_NAME_CHARS || after.length > MAX_NAME_CHARS) return false;
  return isCompleteCouncil(before, towns) || (isOrgHead(firstWord(before.trim())) && LEGAL_FORM_END.test(rest.trim()));
}

const firstWord = (s: string): string => /^\S*/.exec(s)?.[0] ?? '';
const ARTICLE_AND_HEAD = new RegExp(`^(?:(?:la|el|les|els|los|las)\\s+|l')(?:${ORG_HEAD}|${PLURAL_HEAD})\\b`);

const LEGAL_FORM_END = /[\s,](?:sccl|scoop|s\.\s?coop\.?|coop\.?\s?v\.?|sl|sll|slu|sal|sa|s\.l\.|s\.a\.)\.?$/i;
const COUNCIL_IN_BRACKETS = new RegExp(`^(?:${COUNCIL_NOUN_CAP}|${GROUP_COUNCIL_CAP})\\s.*?\\s*\\([^)]*\\)\\s*$`);
const COUNCIL_OF = new RegExp(`^(?:l'|el\\s+|la\\s+)?(?:${COUNCIL_NOUN}|${GROUP_COUNCIL})\\s+${PLACE_JOIN}`);

/** "Ajuntament de <a configured town>", nothing after: the council's name is complete. */
function isCompleteCouncil(text: string, towns: string[]): boolean {
  const f = fold(text);
  const m = COUNCIL_OF.exec(f);
  if (!m) return false;
  const place = f.slice(m[0].length).trim();
  if (/^\u0000\d+\u0000$/.test(place)) return true;
  return towns.some((t) => {
    const town = fold(t);
    return place === town || place === town.replace(/^(el|la|els|les) |^l'/, '');
  });
}

/** Town names with " i " are replaced by placeholders while splitting. */
export function maskNames(text: string, protect: string[]): { masked: string; restore: (s: string) => string } {
  const saved: string[] = [];
  let masked = text;
  for (const name of protect.filter((n) => /\s(i|y)\s/i.test(n))) {
    const re = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    masked = masked.replace(re, (m) => `\u0000${saved.push(m) - 1}\u0000`);
  }
  return { masked, restore: (s) => s.replace(/\u0000(\d+)\u0000/g, (_, n: string) => saved[Number(n)] ?? '') };
}

/** Drops articles, stray conjunctions and punctuation; capitalises "cooperativa X". */
export function cleanItem(raw: string): string {
  let s = trimPunctuation(collapseSpaces(stripLead(raw))).replace(/^(i|y|and|&|e)\s+/i, '');
  // "una cooperativa d'arquitectes (Traç Comú)": what it is, then its name in brackets.
  const kindThenName = /^(?:una?|la|el|l')\s*([a-zà-ÿ][\p{L}'’ ]{2,60}?)\s*\((\p{Lu}[^()]{1,60})\)$/u.exec(s);
  if (kindThenName && ORG_HEAD_RE.test(fold(kindThenName[1] ?? ''))) s = `${capitalise(kindThenName[1] ?? '')} ${kindThenName[2]}`;
  // Lower-case articles belong to the sentence ("i la Cooperativa X"); "La Garrofera" is part of a name.
  const article = /^(?:(?:la|el|les|els|los|las)\s+|l'|L'(?=\S+)|(?:La|El|Les|Els|Los|Las)\s+(?=\S))/.exec(s);
  if (article) {
    const rest = s.slice(article[0].length);
    const lower = /^[a-z]/.test(article[0]);
    if ((lower && /^[A-ZÀ-Ý]/.test(rest)) || ORG_HEAD_RE.test(fold(rest))) s = rest;
  }
  if (ORG_HEAD_RE.test(fold(s))) s = capitalise(s);
  // "Ajuntament de Manlleu (Servei d'Ocupació)": the department in brackets is not another name.
  const council = COUNCIL_IN_BRACKETS.test(s);
  return trimPunctuation((council ? s.replace(/\s*\([^)]*\)\s*$/, '') : s).replace(/\s*\((promotora?|impulsora?|coordinadora?|lider)\)\s*$/i, ''));
}

function isNameLike(s: string): boolean {
  const n = wordCount(s);
  return n >= 1 && n <= MAX_NAME_WORDS && /^[A-ZÀ-Ý0-9"«]/.test(s) && !/@|https?:|www\./i.test(s);
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = fold(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
