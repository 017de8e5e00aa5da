// The language of a mail, from the frequency of function words that only one language uses
// ("amb", "els", "però" vs "con", "los", "pero" vs "avec", "les", "nous"), and spellings only one
// uses. Words shared by two languages say nothing and are not counted. The words come from the
// lexicons (lexicon/*.ts); ties go to the first lexicon listed, Catalan, the call's language.
import type { Lang } from '../../domain/types.js';
import { LEXICONS } from './lexicon/index.js';
import { fold } from './text.js';

const FUNCTION_WORDS_OF = Object.fromEntries(LEXICONS.map((l) => [l.lang, new Set(l.functionWords.map((w) => fold(w)))])) as Record<Lang, Set<string>>;
const SPELLINGS = LEXICONS.flatMap((l) => (l.spelling ? [{ lang: l.lang, re: new RegExp(l.spelling) }] : []));

/** Languages a council's mail is detected in; English is told apart only to set it aside. */
const MAIL_LANGS: readonly Lang[] = ['ca', 'es', 'fr'];

/**
 * The language of the texts among Catalan, Spanish and French. French must outvote both Catalan
 * and Spanish (they share many function words with it); between Catalan and Spanish, ties go to Catalan.
 */
export function detectLanguage(texts: string[]): Lang {
  const v = languageVotes(texts);
  if (v.fr > v.ca && v.fr > v.es) return 'fr';
  return v.es > v.ca ? 'es' : 'ca';
}

/**
 * Whether a text is written in one of the languages councils send practices in at all: an English
 * document attached to a council's mail (a forwarded list message, a manual) is not a synthesis,
 * whatever its layout.
 */
export function isCouncilLanguage(text: string): boolean {
  const v = languageVotes([text]);
  const own = Math.max(...MAIL_LANGS.map((l) => v[l]));
  const ours = v.ca + v.es;
  // French counts as the council's language only when it outvotes Catalan and Spanish together
  // (a Catalan text shares "les", "des" with French).
  return (ours >= 2 && ours > v.en) || (v.fr >= 2 && v.fr === own && v.fr > ours && v.fr > v.en);
}

/** @deprecated kept for callers written before French: see isCouncilLanguage. */
export const isCatalanOrSpanish = isCouncilLanguage;

function languageVotes(texts: string[]): Record<Lang, number> {
  const votes: Record<Lang, number> = { ca: 0, es: 0, fr: 0, en: 0 };
  for (const word of texts.join(' ').split(/[^\p{L}·'¿¡]+/u)) {
    if (!word) continue;
    if (/[¿¡]/.test(word)) votes.es++;
    if (!/^\p{Lu}/u.test(word)) {
      const lower = word.toLowerCase();
      for (const s of SPELLINGS) if (s.re.test(lower)) votes[s.lang]++;
    }
    const w = fold(word).replace(/^[a-z]'/, '').replace(/[^a-z]/g, '');
    // Catalan and Spanish vote against each other only (as before French was read); French votes
    // with words neither of them uses; English with its own words, whoever else uses them.
    const inCa = FUNCTION_WORDS_OF.ca.has(w);
    const inEs = FUNCTION_WORDS_OF.es.has(w);
    if (inCa && !inEs) votes.ca++;
    if (inEs && !inCa) votes.es++;
    if (FUNCTION_WORDS_OF.fr.has(w) && !inCa && !inEs) votes.fr++;
    if (FUNCTION_WORDS_OF.en.has(w)) votes.en++;
  }
  return votes;
}
