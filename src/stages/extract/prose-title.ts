// The name of a practice told in prose, without a form. Councils name it in quotes of any kind
// after "el projecte"/"hem posat en marxa" («X», "X", 'X', “X”), capitalised after the noun ("el
// programa Barri Amable"), before the verb that explains it ("La iniciativa X consisteix…"), or
// before an apposition ("X, un projecte que impulsem…", "X, una iniciativa que hemos…").
import { collapseSpaces, fold, stripQuotes, trimPunctuation, wordCount } from './text.js';
import { COUNCIL_NOUN, GROUP_COUNCIL } from './lexicon/index.js';

/** Nouns that introduce a practice's name ("el projecte «X»", "la iniciativa X"). */
export const NOUN = 'projecte|proyecto|iniciativa|programa|pràctica|practica|práctica|experiència|experiencia|servei|servicio|campanya|campaña|pla|plan|actuació|actuación|proposta|propuesta';
/**
 * What a council says it does with a practice, first person, Catalan and Spanish: present, share,
 * promote, launch, carry out, run ("hem posat en marxa", "llevamos a cabo", "impulsem"…).
 */
export const ACTION = "iniciem|iniciamos|engeguem|arrancamos|presentem|presentamos|presentar(?:-vos|os)?|presento|proposem|proponemos|compartim|compartimos|compartir|explicar(?:-vos|os)?|impulsem|impulsamos|promovem|promovemos|h(?:em|a|an) (?:posat en marxa|engegat|impulsat|creat|iniciat|desenvolupat|organitzat)|h(?:emos|a|an) (?:puesto en marcha|impulsado|creado|iniciado|desarrollado|organizado)|duem a terme|portem a terme|llevamos a cabo|desenvolupem|desarrollamos|organitzem|organizamos|gestionem|gestionamos|coordinem|coordinamos|oferim|ofrecemos";

/** "la iniciativa|programa" → "[lL]a [iI]niciativa|[pP]rograma": the first letter of each word in either case. */
function caseless(alternatives: string): string {
  return alternatives.replace(/(?<![\p{L}\\])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
}

const NAMED = '(?:\\s+(?:anomenad[ao]|denominad[ao]|llamad[ao]|titulad[ao]|de nom|que porta per nom|que es diu|que se llama))?';
// «X», “X”, "X" or 'X'. A straight single quote opens only before a capital and closes only where
// no letter follows, so the apostrophes of "l'Ajuntament" or "L'Hort" never open or close one.
const QUOTE = `(?:«([^«»\\n]{2,140})»|[“"„]([^“”"\\n]{2,140})[”"]|(?<![\\p{L}\\p{N}])'(\\p{Lu}[^\\n']{0,139}(?:'\\p{L}[^\\n']{0,100}){0,6})'(?!\\p{L}))`;
// Or bold in a plain-text rendering ("*Graner Comú*", "**Graner Comú**"), right after a noun or a verb.
const QUOTE_OR_BOLD = `(?:${QUOTE}|\\*{1,2}(\\p{Lu}[^*\\n]{1,139}?)\\*{1,2})`;
// A capitalised word, possibly elided ("l'Urgell", "d'Oficis"), and the words that may join them.
// Words are at most 30 letters more, which keeps every search linear on a hostile 200k-character line.
export const CAP = "(?:[dlDL]['’])?[\\p{Lu}\\d][\\p{L}\\d·'’-]{0,30}";
const PARTICLE = '(?:de|del|dels|la|les|el|els|per|a|al|als|en|amb|con|para|por|y|i|e|des|sobre|los|las)';
const CAP_RUN = `${CAP}(?:\\s+(?:${PARTICLE}\\s+){0,3}${CAP}){0,10}`;
// What may follow a name in apposition: "X, un projecte que…", "X, una xarxa de…", "X, un taller…".
const APPOSED = `${NOUN}|taller|espai|espacio|punt|punto|curs|curso|itinerari|itinerario|borsa|bolsa|fons|fondo|ruta|circuit|circuito|festival|fira|feria|mercat|mercado|xarxa|red|banc|banco|botiga|tienda|plataforma|laboratori|laboratorio|escola|escuela|pla|model|modelo|sistema|grup|grupo|cicle|ciclo`;
// Nouns that open a capitalised name themselves: "el Pla de Compra Pública Responsable".
const NAME_NOUN = 'Pla|Plan|Programa|Projecte|Proyecto|Servei|Servicio|Campanya|Campaña|Banc|Banco|Fons|Fondo|Mercat|Mercado|Espai|Espacio|Punt|Punto|Taller|Fira|Feria|Escola|Escuela';

// No "i" flag anywhere: with it, \\p{Lu} would match lower case too; a sentence may start with the
// noun or the verb, so their first letter is matched in either case (see caseless).
const QUOTED_AFTER_NOUN = new RegExp(`(?<![\\p{L}])(?:${caseless(NOUN)}|es diu|se llama|s'anomena|nom de|nombre de|títol de|título de)${NAMED}\\s*[:,]?\\s*${QUOTE_OR_BOLD}`, 'u');
const QUOTED_AFTER_ACTION = new RegExp(`(?<![\\p{L}])(?:${caseless(ACTION)})\\s+(?:(?:amb|con|a)\\s+(?:la |tota la |toda la )?(?:xarxa|red)\\s+)?(?:(?:el|la|l'|els|les|los|las)\\s*)?${QUOTE_OR_BOLD}`, 'u');
const ANY_QUOTE = new RegExp(QUOTE, 'gu');
// "el projecte Rentadora de barri en cooperativa, impulsat per …": the name runs up to the verb.
const NAME_BEFORE_VERB = new RegExp(`(?<![\\p{L}])(?:${caseless(NOUN)})${NAMED}\\s+(\\p{Lu}[^,.;:«»"“”()\\n]{2,120}?)(?:,\\s*(?:impulsad|impulsat|promogu|promovid|organitzad|organitzat|organizad|liderad|liderat|coordinad|coordinat|gestionad|gestionat|desenvolupa|desarrollad|que\\s)|\\s+(?:consisteix|consiste|és una|es una|és un|es un|té com|tiene como|pretén|pretende|ofereix|ofrece|vol|quiere|busca|permet|permite)\\b)`, 'u');
const APPOSITION = new RegExp(`(${CAP_RUN})\\*{0,2},\\s+(?:un|una)\\s+(?:(?:nou|nova|nuevo|nueva|petit|petita|pequeño|pequeña|gran)\\s+)?(?:${APPOSED})(?![\\p{L}])`, 'u');
// "El projecte es diu X", "bajo el nombre de X", "que hem anomenat X": the name announced as such.
const NAMED_AS = new RegExp(`(?<![\\p{L}])(?:es diu|se llama|s'anomena|se denomina|porta el nom de|porta per nom|lleva el nombre de|hem anomenat|hemos llamado|hemos denominado|hem batejat|hemos bautizado|amb el nom de|con el nombre de|bajo el nombre de|sota el nom de|sota el títol de|bajo el título de|amb el títol de|con el título de)\\s+(${CAP_RUN})`, 'u');
// "el programa Barri Amable", "la nostra bona pràctica: Xarxa de Suport Mutu", "nuestra práctica, Patios Abiertos,".
const CAPITALISED_AFTER_NOUN = new RegExp(`(?<![\\p{L}])(?:${NOUN})${NAMED}(?:\\s*[:,])?\\s+(${CAP_RUN})`, 'u');
const NOUN_LED_NAME = new RegExp(`(?<![\\p{L}])(?:el|la|l'|al|del)\\s*((?:${NAME_NOUN})\\s+(?:${PARTICLE}\\s+){0,3}${CAP}(?:\\s+(?:${PARTICLE}\\s+){0,3}${CAP}){0,8})`, 'u');
const AFTER_ACTION = new RegExp(`(?<![\\p{L}])(?:${caseless(ACTION)})\\s+(?:(?:el|la|l'|els|les|los|las|nostr[ao]|nuestr[ao])\\s*)?(?:(?:${NOUN})\\s+)?(${CAP_RUN})\\s*(?:[,:(.]|\\s+(?:que|amb|con|junto|juntament|per|para)\\s)`, 'u');

/** Longest title we accept from prose. */
const MAX_TITLE_WORDS = 15;
/** A council, a department or a greeting is not a practice's name. */
const NOT_A_NAME = new RegExp(`^(${COUNCIL_NOUN}|${GROUP_COUNCIL}|consell|consejo|diputacio|diputacion|generalitat|area|regidoria|concejalia|departament|departamento|des|desde|us|os|bon|bona|buenos|buenas|hola|benvolgu\\w*|estimad\\w*|bonjour|madame|monsieur)\\b`);

export interface ProseTitle {
  title: string;
  /** Named in quotes or with a noun/verb that introduces it: good evidence of a practice. */
  strong: boolean;
}

export function proseTitle(text: string): string | null {
  return findProseTitle(text)?.title ?? null;
}

/** The first way of naming a practice that the text uses, strongest first. */
export function findProseTitle(text: string): ProseTitle | null {
  const flat = collapseSpaces(text);
  const quoted = quotedGroup(QUOTED_AFTER_NOUN.exec(flat)) ?? quotedGroup(QUOTED_AFTER_ACTION.exec(flat)) ?? anyQuoted(flat);
  if (quoted && isAcceptable(quoted, true)) return { title: quoted, strong: true };
  for (const re of [NAMED_AS, NAME_BEFORE_VERB, APPOSITION, CAPITALISED_AFTER_NOUN, NOUN_LED_NAME, AFTER_ACTION]) {
    const t = dropLeadingVerb(clean(re.exec(flat)?.[1] ?? ''));
    // A name led by its own noun ("del Servei d'Ocupació") may be a department, one after a verb a
    // passing mention: both are weak evidence of a practice.
    if (t && isAcceptable(t, false)) return { title: t, strong: re !== AFTER_ACTION && re !== NOUN_LED_NAME };
  }
  return null;
}

function quotedGroup(m: RegExpExecArray | null): string | null {
  const raw = m ? m[1] ?? m[2] ?? m[3] ?? m[4] ?? '' : '';
  const t = clean(raw);
  return t || null;
}

/** A name in «» or “” anywhere, or in straight quotes when capitalised; not a quoted organisation's name. */
function anyQuoted(flat: string): string | null {
  for (const m of flat.matchAll(ANY_QUOTE)) {
    const t = clean(m[1] ?? m[2] ?? m[3] ?? '');
    const straight = m[0].startsWith('"') || m[0].startsWith("'");
    if (!t || (straight && !/^\p{Lu}/u.test(t))) continue;
    if (m[0].startsWith("'")) continue; // single quotes only count after a noun or a verb (above)
    const before = flat.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    if (/(cooperativa|associaci[oó]|asociaci[oó]n|fundaci[oó]n?|entitat|entidad|empresa|ateneu|ateneo|col·lectiu|colectivo)\s*$/i.test(before)) continue;
    return t;
  }
  return null;
}

// "Compartimos Bici Escuela, un curso…": a capitalised verb opening the sentence is not the name.
const LEADING_VERB = new RegExp(`^(?:(?:us|os|ens|nos|volem|queremos|voldríem|quisiéramos|avui|hoy|també|también)\\s+)*(?:${ACTION})\\s+(?=\\p{Lu})`, 'iu');

function dropLeadingVerb(t: string): string {
  return t.replace(LEADING_VERB, '');
}

function clean(raw: string): string {
  return trimPunctuation(stripQuotes(collapseSpaces(raw))).replace(/^[ld]'(?=\p{Lu})/u, '');
}

function isAcceptable(t: string, quoted: boolean): boolean {
  const n = wordCount(t);
  if (n < 1 || n > MAX_TITLE_WORDS) return false;
  return quoted || !NOT_A_NAME.test(fold(t));
}
