// The shape of one language's lexicon: the words the extractor's rules are built from. A rule is
// written once (in the reader that needs it) and takes its words from every lexicon, so a new
// language is one more file beside ca.ts/es.ts/fr.ts/en.ts, listed in index.ts.
import type { Lang } from '../../../domain/types.js';

export interface Lexicon {
  lang: Lang;
  /** Function words frequent in this language and rare in the others (language detection). */
  functionWords: string[];
  /** Regular-expression source of spellings only this language uses in lower-case words ("ç", "-ció"). */
  spelling?: string;
  /** The local council as the noun heading its name: "ajuntament", "mairie". Lower case, as written. */
  councilNouns: string[];
  /** Their plurals: "ajuntaments", "mairies". */
  councilPlurals: string[];
  /** Councils of several towns: "consell comarcal", "communauté de communes", "métropole". */
  groupCouncils: string[];
  /** Abbreviations of the council noun, with their dot: "aj.", "ajunt.". */
  councilAbbreviations: string[];
  /** Words for the town itself, before its name: "municipi", "ville", "commune". */
  townNouns: string[];
  /** Prepositions and articles joining a council noun to its place ("de l'", "del "), longest first. */
  placeJoins: string[];
  /** Council departments and public bodies that sign mail: "servei", "regidoria", "service", "direction". */
  departments: string[];
  /**
   * Label wordings per field, as regular-expression sources matched against the whole folded key
   * (accents stripped, lower case, no punctuation): ["titre( du projet)?"]. Fields as in labels.ts.
   */
  labels: Partial<Record<'title' | 'promoters' | 'summary' | 'summaryAlt' | 'contact' | 'name' | 'surname' | 'role' | 'email' | 'phone' | 'council' | 'other', string[]>>;
  /** Words that begin an organisation's name ("association", "coopérative"), beyond Catalan and Spanish's. */
  orgHeads: string[];
  /** Greetings that open a mail ("bonjour", "madame, monsieur"), folded. */
  greetings: string[];
  /** Closings that end it ("cordialement", "bien à vous"), folded. */
  closings: string[];
  /** The council of a place as an organisation, as this language names it (a default promoter). */
  nameCouncil: (place: string) => string;
  /** The country whose national phone numbers this language's councils write (libphonenumber-js). */
  phoneCountry: 'ES' | 'FR' | 'GB';
}
