// Every language's lexicon, and the pieces of regular expressions built from them once, at load.
// Readers import these pieces instead of spelling words in their own regex literals: a rule such
// as "a council noun, then its place" is written once and reads every language listed here.
import type { Lang } from '../../../domain/types.js';
import { fold } from '../text.js';
import { ca } from './ca.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

/** The lexicons, in the order ties between languages are settled (Catalan first, the call's language). */
export const LEXICONS: readonly Lexicon[] = [ca, es, fr, en];

export function lexiconOf(lang: Lang): Lexicon {
  return LEXICONS.find((l) => l.lang === lang) ?? ca;
}

/** A word or phrase as a literal inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type ListKey = 'functionWords' | 'orgHeads' | 'councilNouns' | 'councilPlurals' | 'groupCouncils' | 'councilAbbreviations' | 'townNouns' | 'placeJoins' | 'departments' | 'greetings' | 'closings';

/** All languages' words of one list (or the given languages'), de-duplicated. */
export function wordsOf(key: ListKey, langs: readonly Lang[] = LEXICONS.map((l) => l.lang)): string[] {
  const out = new Set<string>();
  for (const l of LEXICONS) if (langs.includes(l.lang)) for (const w of l[key]) out.add(w);
  return [...out];
}

/**
 * An alternation of literal words, longest first (so "consell comarcal" wins over "consell"), in a
 * non-capturing group. Each word is there as written (lower case) and folded (fold() in text.ts),
 * so one piece serves rules on original text and rules on folded text alike.
 */
export function alt(words: readonly string[], opts: { capitalised?: boolean } = {}): string {
  const forms = new Set<string>();
  for (const w of words) {
    for (const f of [w, w.toLowerCase(), fold(w)]) {
      forms.add(f);
      if (opts.capitalised) forms.add(f.charAt(0).toUpperCase() + f.slice(1));
    }
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`;
}

/** "ajuntament|ayuntamiento|mairie|…": the local council's nouns. */
export const COUNCIL_NOUN = alt(wordsOf('councilNouns'));
/** The same, also capitalised ("Ajuntament", "Mairie"), for case-sensitive rules. */
export const COUNCIL_NOUN_CAP = alt(wordsOf('councilNouns'), { capitalised: true });
/** "ajuntaments", "mairies". */
export const COUNCIL_PLURAL = alt(wordsOf('councilPlurals'));
/** Councils of several towns ("consell comarcal", "communauté de communes"). */
export const GROUP_COUNCIL = alt(wordsOf('groupCouncils'));
/** The same, also with its first letter capitalised ("Consell comarcal"; title case is added by callers). */
export const GROUP_COUNCIL_CAP = alt(wordsOf('groupCouncils').flatMap((w) => [w, titleCase(w)]), { capitalised: true });
/** "aj.", "ajunt.". */
export const COUNCIL_ABBR = alt(wordsOf('councilAbbreviations'));
/** Words for the town itself ("municipi", "ville"). */
export const TOWN_NOUN = alt(wordsOf('townNouns'));
/** Departments and services signing mail ("servei", "regidoria", "service"). */
export const DEPARTMENT = alt(wordsOf('departments'));
/** "de l'", "de la ", "del ", "du ": the joins between a council noun and its place. */
export const PLACE_JOIN = alt(wordsOf('placeJoins'));

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/** The council of a place as an organisation, in the given language: "Ajuntament d'Olot", "Ville de Lyon". */
export function councilName(place: string, lang: Lang): string {
  return lexiconOf(lang).nameCouncil(place);
}

/** Each language's label wordings for one field, as whole-key regexes on folded keys. */
export function labelPatterns(): Array<[NonNullable<keyof Lexicon['labels']>, RegExp]> {
  const out: Array<[NonNullable<keyof Lexicon['labels']>, RegExp]> = [];
  for (const l of LEXICONS) {
    for (const [field, sources] of Object.entries(l.labels) as Array<[keyof Lexicon['labels'], string[]]>) {
      for (const source of sources) out.push([field, new RegExp(`^(?:${source})$`)]);
    }
  }
  return out;
}
