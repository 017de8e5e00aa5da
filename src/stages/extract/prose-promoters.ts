// Who promotes a practice told in prose: named after a passive ("impulsat per A i B", "promovida
// por …"), an active verb ("la impulsen …"), a partnership ("juntament amb …", "en colaboración con
// …", "amb el suport de …"), the council's own doing ("que impulsem amb …", "hemos puesto en marcha
// con …") or a participation ("Hi participen …", "Participan en ella …"). Partners alone do not
// make the list: the council that tells the practice is one of its promoters.
import type { Lang } from '../../domain/types.js';
import { detectLanguage } from './language.js';
import { cleanItem, maskNames, splitList } from './promoters.js';
import { CAP } from './prose-title.js';
import { collapseSpaces, fold, wordCount } from './text.js';
import { COUNCIL_NOUN, COUNCIL_NOUN_CAP, COUNCIL_PLURAL, GROUP_COUNCIL, GROUP_COUNCIL_CAP, LEXICONS, councilName, lexiconOf } from './lexicon/index.js';

// "fruit d'un conveni entre A i B", "Detrás del proyecto están A, B y C": all of them named.
const NAMED_BETWEEN = /\b(?:(?:conveni|convenio|acord|acuerdo)(?:\s+[^\s.;:]+){0,4}?\s+entre\s+|(?:darrere (?:del projecte|de la iniciativa|la iniciativa)|detrás del proyecto|detrás de la iniciativa)\s+(?:hi ha|estan|están|hi són)\s+)/i;
const PROMOTED_BY = /\b(?:(?:co)?impulsad[ao]s?|impulsats?|impulsades|promoguts?|promogud[ae]s?|promovid[ao]s?|organitzats?|organitzad[ae]s?|organizad[ao]s?|liderats?|liderad[aeo]s?|coordinats?|coordinad[aeo]s?|gestionats?|gestionad[aeo]s?|desenvolupats?|desenvolupad[ae]s?|desarrollad[ao]s?|posad[ao] en marxa|puest[ao] en marcha|engegad[ao]|creat|cread[ao])\s+(?:conjuntament\s+|conjuntamente\s+)?(?:per|por|entre|des de|desde)\s+/i;
// Active voice: "La impulsen l'Ajuntament i …", "Lo promueven el Ayuntamiento y …".
// Also the verb first with the practice as object ("Promueven la iniciativa el Ayuntamiento y …"), and
// "el porten plegats …", "lo llevan conjuntamente …".
const ACTIVE_PROMOTERS = /\b(?:l'|la |el |ho |lo |les |los )(?:impulsen|impulsan|promouen|promueven|organitzen|organizan|lideren|lideran|coordinen|coordinan|gestionen|gestionan)\s+|\b(?:Impulsen|Impulsan|Promouen|Promueven|Organitzen|Organizan|Lideren|Lideran|Coordinen|Coordinan|Gestionen|Gestionan)\s+(?:la iniciativa|el projecte|el proyecto|el programa|el servei|el servicio|l'experiència|la experiencia|aquesta iniciativa|esta iniciativa)\s+|\b(?:l'|la |el |ho |lo )(?:porten|portem|llevan|llevamos|impulsen|impulsem|impulsan|impulsamos|gestionen|gestionem|gestionan|gestionamos)(?: a terme| a cabo)?\s+(?:plegats|plegades|conjuntament|juntos|juntas|conjuntamente|entre)\s+/i;
// One promoter first: "La impulsa la Asociación X con…", "La gestiona la Fundació Y": a name must
// follow (case matters here: "la gestiona bé" names nobody).
const ACTIVE_ONE = /\b(?:[Ll]'|[Ll]a |[Ee]l |[Ll]o |[Hh]o )(?:(?:tirem|tiren|portem|porten|duem|duen) endavant|portem|porten|llevamos|llevan|impulsa|promou|promueve|organitza|organiza|lidera|coordina|gestiona)\s+(?=(?:l'|la |el |les |els |los |las )?\p{Lu})/u;
// "una iniciativa de l'Ajuntament i la cooperativa X": the practice named as somebody's.
const INITIATIVE_OF = new RegExp(`\\b(?:una|un|la|el) (?:iniciativa|projecte|proyecto|programa|actuació|actuación) (?:conjunta |conjunt |conjunto )?(?:de|del|impulsada per|impulsat per) (?=(?:l'|la |el |les |els |los |las )?(?:${COUNCIL_NOUN}|[A-ZÀ-Ý]))`);
// Partners named with the council: "en col·laboració amb", "junto con", "amb el suport de"…
const TOGETHER_WITH = /\b(?:amb la participació de|con la participación de|en col[·.]?laboració amb|en colaboración con|conjuntament amb|juntament amb|junt amb|junto con|conjuntamente con|amb la col[·.]?laboració(?: tècnica| econòmica)? de|con la colaboración(?: técnica| económica)? de|gràcies a la col[·.]?laboració de|gracias a la colaboración de|i la col[·.]?laboració de|y la colaboración de|de la mà de|de la mano de|amb el suport de|con el apoyo de|con el apoyo del|amb el suport del|amb l'acompanyament de|amb l'acompanyament del|con el acompañamiento de|con el acompañamiento del|amb el suport tècnic de|en aliança amb|en alianza con|en coordinació amb|en coordinación con|junto a|junto al|juntamente con|amb la implicació de|con la implicación de|en cooperació amb|en cooperación con|amb la complicitat de|con la complicidad de|en xarxa amb|en red con)\s+/i;
// What the council does with others, as "we" or as "the council": "que impulsem amb …", "hemos
// puesto en marcha con …", "l'Ajuntament ha engegat amb …" (up to eight words of one clause
// before "amb"/"con": "hem posat en marxa uns horts a la vora del riu amb …").
const WE_DO = "impulsem|impulsamos|promovem|promovemos|h(?:em|a|an) (?:posat en marxa|engegat|impulsat|creat|iniciat|desenvolupat|organitzat)|h(?:emos|a|an) (?:puesto en marcha|impulsado|creado|iniciado|desarrollado|organizado)|duem a terme|portem a terme|duu a terme|porta a terme|llevamos a cabo|lleva a cabo|desenvolupem|desarrollamos|organitzem|organizamos|gestionem|gestionamos|coordinem|coordinamos|fem|hacemos|treballem|trabajamos|col[·.]?laborem|colaboramos|oferim|ofrecemos";
const WE_WITH = new RegExp(`\\b(?:${WE_DO})(?:\\s+[^\\s.;:!?,]+){0,8}?\\s+(?:(?:conjuntament|juntament|conjuntamente|junto)\\s+)?(?:amb|con)\\s+`, 'i');
// "organitzat amb l'Associació X", "gestionado con la Cooperativa Y": a participle and its partners.
const DONE_WITH = /\b(?:organitza[dt]a?|organizad[ao]|impulsa[dt]a?|impulsad[ao]|gestiona[dt]a?|gestionad[ao]|desenvolupa[dt]a?|desarrollad[ao]|coordina[dt]a?|coordinad[ao]|crea[dt]a?|cread[ao]|feta?|hech[ao])s?\s+(?:conjuntament\s+|conjuntamente\s+|juntament\s+)?(?:amb|con)\s+/i;
// "Hi participen A i B", "Participan en ella A y B", "hi col·laboren …".
const PARTICIPATE = /\b(?:hi\s+)?(?:participen|participan|col[·.]?laboren|colaboran|participa|col[·.]?labora|colabora)(?:\s+(?:en ella|en él|en el projecte|en el proyecto|també|también|activament|activamente))?\s+/i;
// "Els promotors són …", "Las entidades promotoras son …": the promoters listed as such.
const PROMOTERS_ARE = /\b(?:promotors|promotores|promotoras|impulsors|impulsores|impulsoras|entitats promotores|entidades promotoras|entitats impulsores|entidades impulsoras)(?: del projecte| del proyecto| de la iniciativa| del programa| del servei| del servicio)? (?:són|son|seran|serán)\s+/i;
// "una iniciativa municipal amb la Cooperativa X", "un proyecto del Ayuntamiento, con la Asociación
// Y", "l'Ajuntament, amb l'Ateneu Z, …": the council's initiative and the organisation it works with.
const COUNCIL_WITH = new RegExp(`\\b(?:${COUNCIL_NOUN_CAP}|iniciativa|projecte|proyecto|programa)(?:\\s+(?:municipal|conjunta|compartida|compartit|compartido))?,?\\s+(?:amb|con|junt amb)\\s+(?=(?:la |el |les |els |los |las |l')(?:Cooperativ|Associaci|Asociaci|Ateneu|Ateneo|Fundaci|Federaci|Xarxa|Red |Entitat|Entidad|Plataforma|Col[·.]?lectiu|Colectivo|Coordinadora|Casal|Consell Comarcal|Consejo Comarcal|Mancomunitat|Mancomunidad|Consorci))`, 'u');
// Where the list ends: a clause ("…, consisteix en", "… que …"), a sentence end or a parenthesis.
const LIST_END = /(?:,\s+(?=[a-zà-ÿ])(?!i\s|y\s|la\s+[A-ZÀ-Ý]|el\s+[A-ZÀ-Ý]|l'[A-ZÀ-Ý]|(?:la|el|les|els|los|las)\s+(?:cooperativ|associaci|asociaci|fundaci|ateneu|ateneo|entitat|entidad|xarxa|red\s|federaci|empresa|uni[oó])|l'(?:associaci|ateneu|entitat|empresa))|\.\s|\.$|;|:|\(|(?<!\b(?:Associació|Asociación|Fundació|Fundación|Federació|Federación|Plataforma|Coordinadora|Consorci|Consorcio|Agrupació|Agrupación|Centre|Centro|Institut|Instituto))\s+(?:per a|para)\s|\s+(?:que|per tal|amb l'objectiu|con el objetivo|ha|han|s'ha|va|van|consisteix|consiste|es tracta|se trata|dins|dentro|des de|des del|des dels|desde|durant|durante)\s)/;
/** A name in guillemets of three words or more: a practice's, not an organisation's. */
const QUOTED_NAME = /«[^«»]*\s[^«»]*\s[^«»]*»/g;
/** Characters read after a list's opening words: a long list of partners, not a paragraph. */
const MAX_LIST_CHARS = 500;

// "Ajuntament de Sant Martí de Tous", "Consell Comarcal del Solsonès": a council named in the text.
const COUNCIL_MENTION = new RegExp(`(?:${COUNCIL_NOUN_CAP}|${GROUP_COUNCIL_CAP}|Mancomunitat|Mancomunidad)\\s+(?:de\\s+l'|de\\s+la\\s+|de\\s+les\\s+|de\\s+los\\s+|de\\s+las\\s+|del\\s+|dels\\s+|de\\s+|d')(?:\\u0000\\d+\\u0000|${CAP}(?:(?:\\s+(?:de|del|dels|la|les|el|els)\\s+|\\s+|-)(?:${CAP}|\\u0000\\d+\\u0000)){0,5})`, 'u');
const COUNCIL_ITEM = new RegExp(`^(?:l'|el |la )?(?:${COUNCIL_NOUN}|${GROUP_COUNCIL}|mancomunitat|mancomunidad|consorci|consorcio|diputacio|diputacion)\\b`);

/** Organisations named after "impulsat per", "promovida por", "en col·laboració amb"… */
export function prosePromoters(text: string, protect: string[] = []): string[] {
  // A practice's quoted name counts as one word: "hem impulsat el projecte «Sol de Polígon:
  // autoconsum…» amb la cooperativa X" still has its partners a few words after the verb.
  const flat = collapseSpaces(text).replace(QUOTED_NAME, '«…»');
  const named: string[] = [];
  const by = PROMOTED_BY.exec(flat) ?? NAMED_BETWEEN.exec(flat) ?? PROMOTERS_ARE.exec(flat);
  const of = by ? null : INITIATIVE_OF.exec(flat) ?? ACTIVE_PROMOTERS.exec(flat) ?? ACTIVE_ONE.exec(flat);
  for (const m of [by, of]) if (m) named.push(...listAfter(flat, m.index + m[0].length, protect));
  const partners: string[] = [];
  for (const re of [TOGETHER_WITH, WE_WITH, DONE_WITH, PARTICIPATE, COUNCIL_WITH]) {
    const m = re.exec(flat);
    if (m) partners.push(...listAfter(flat, m.index + m[0].length, protect));
  }
  const out = [...named, ...partners];
  // Partners work with somebody: the council telling the practice ("Des del Consell Comarcal X,
  // with the towns it names …"), or the sending council when the text names none.
  if (partners.length) {
    const teller = tellingCouncil(flat, protect);
    const listed = out.some((x) => (teller ? fold(x) === fold(teller) : COUNCIL_ITEM.test(fold(x))));
    if (!listed) out.unshift(teller ?? capitalise(lexiconOf(detectLanguage([flat])).councilNouns[0] ?? ''));
  }
  return [...new Set(out)].filter((x) => /^\p{Lu}/u.test(x));
}

/** The first council the text names ("Des de l'Ajuntament de X …"), if any. */
function tellingCouncil(flat: string, protect: string[]): string | null {
  const { masked, restore } = maskNames(flat, protect);
  const m = COUNCIL_MENTION.exec(masked);
  return m ? restore(m[0]) : null;
}

function listAfter(flat: string, from: number, protect: string[]): string[] {
  const rest = flat.slice(from, from + MAX_LIST_CHARS);
  const end = LIST_END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest;
  const group = COUNCILS_GROUP.exec(list);
  if (group) {
    // "el Consorci X, juntament amb els Ajuntaments de A, B i C i la Cooperativa Y": the towns run
    // until an organisation comes, named by what it is.
    const tail = list.slice(group.index);
    const stop = ORG_AFTER_TOWNS.exec(tail);
    const towns = stop ? tail.slice(0, stop.index) : tail;
    const rest = stop ? tail.slice(stop.index + stop[0].length) : '';
    return [...listItems(list.slice(0, group.index), protect), ...(councilsOf(towns, protect) ?? []), ...listItems(rest, protect)];
  }
  return listItems(list, protect);
}

function listItems(list: string, protect: string[]): string[] {
  return splitList(list, protect).filter(isNamed).map(beforeObject).map(cleanItem).filter((x) => x && /^\p{Lu}/u.test(x) && wordCount(x) <= 14);
}

// "els Ajuntaments de Gironella, Puig-reig i Avià", "los municipios vecinos de A y B": one council each,
// named as its language names it.
const COUNCILS_OF = new RegExp(`^(?:(?:els|les|los|las)\\s+)?(${COUNCIL_PLURAL}|municipis|municipios|pobles|pueblos)(?:\\s+(?:veïns|vecinos|propers|cercanos|del voltant|de la comarca))?\\s+(?:de\\s+|d'|des\\s+)(.+)$`, 'i');

const COUNCILS_GROUP = new RegExp(`\\b(?:(?:els|les|los|las)\\s+)?(?:${COUNCIL_PLURAL}|municipis|municipios)\\s`, 'i');
const ORG_AFTER_TOWNS = /(?:\s+(?:i|y)|,)\s+(?=(?:la|el|les|els|los|las)\s+(?:Cooperativ|Associaci|Asociaci|Fundaci|Ateneu|Ateneo|Xarxa|Red|Sindicat|Entitat|Entidad|Empresa|Federaci|Plataforma)|l'(?:Associaci|Ateneu|Entitat|Empresa))/u;

function councilsOf(list: string, protect: string[]): string[] | null {
  const m = COUNCILS_OF.exec(list.trim());
  if (!m) return null;
  const lang = pluralLanguage(m[1] ?? '');
  // Town names are not organisations: "Puig-reig i Avià" is two towns, unless one town is so called.
  const towns = new Set(protect.map(fold));
  const names = splitList(m[2] ?? '', protect)
    .flatMap((x) => (towns.has(fold(x.trim())) ? [x] : x.split(/\s+(?:i|y)\s+/)))
    .map((x) => x.trim().replace(/[.,;]+$/, '')).filter((x) => /^\p{Lu}/u.test(x) && wordCount(x) <= 6);
  if (!names.length) return null;
  return names.map((x) => councilName(x, lang));
}

/** The language of a plural ("Ayuntamientos", "municipios", "Mairies"): the lexicon that has it; Catalan otherwise. */
function pluralLanguage(word: string): Lang {
  const w = word.toLowerCase();
  if (/^(municipios|pueblos)$/.test(w)) return 'es';
  return LEXICONS.find((l) => l.lang !== 'en' && l.councilPlurals.includes(w))?.lang ?? 'ca';
}

// "…con la Cooperativa X los huertos escolares": after a capitalised name, a lower-case article and
// a lower-case word begin the verb's object, not the name ("Associació de la gent gran" keeps its
// article: a preposition, not a name word, stands before it).
const OBJECT_AFTER_NAME = /(?<=\p{Lu}[\p{L}·'’-]*)\s+(?:el|la|els|les|los|las|un|una|uns|unes|unos|unas)\s+(?=\p{Ll})/u;

function beforeObject(piece: string): string {
  const m = OBJECT_AFTER_NAME.exec(piece);
  return m ? piece.slice(0, m.index) : piece;
}

/**
 * A piece of a prose list that names somebody: capitalised ("l'Associació X", "Fem Barri SCCL"),
 * or a lower-case kind followed by a name ("la cooperativa Verd Ter"). "entitats del
 * municipi" or "una cooperativa de restauració" name nobody.
 */
function isNamed(piece: string): boolean {
  const words = piece.trim().replace(/^(?:(?:la|el|les|els|los|las|una|un|unes|uns|unas|unos)\s+|l')/i, '').split(/\s+/);
  if (/^\p{Lu}/u.test(words[0] ?? '')) return true;
  return words.slice(1, 4).some((w) => /^(?:[dl]')?\p{Lu}/u.test(w));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
