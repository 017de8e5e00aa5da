// Catalan or Spanish, from the frequency of function words that only one of the two languages
// uses ("amb", "els", "però" vs "con", "los", "pero"). Words common to both ("de", "la", "que",
// "en", "el") say nothing and are not counted. Ties go to Catalan, the call's language.
import type { Lang } from '../../domain/types.js';
import { fold } from './text.js';

const CATALAN = new Set(('i amb els les per dels als del aquest aquesta aquests aquestes pero tambe molt ' +
  'seva seu seus seves hem han us vostra vostre nostra nostre fem som ha estat aixo ' +
  'nomes mes quan perque entre cap mitjancant sobre durant fins ja encara tot tota totes tots una uns unes ' +
  'gracies salutacions bon bona dia moltes aquí aqui perdoneu adjuntem enviem').split(' '));
const SPANISH = new Set(('y con los las por para del al este esta estos estas pero tambien muy ' +
  'su sus hemos os vuestra vuestro nuestra nuestro hacemos somos ha sido eso ' +
  'solo mas cuando porque entre ningun mediante sobre durante hasta ya todavia todo toda todas todos una unos unas ' +
  'gracias saludos buenos buenas dias muchas mucho aqui perdonad adjuntamos enviamos').split(' '));

// Spelling only one language uses, in lower-case words (place names such as "Barberà" or "Castaño"
// appear in both languages): grave accents, "ç", "l·l", "-ció" are Catalan; "á", "ñ", "-ción" Spanish.
const CATALAN_SPELLING = /[àèòç]|l·l|ció$|sió$/;
const SPANISH_SPELLING = /[áñ]|ción$|sión$/;

export function detectLanguage(texts: string[]): Lang {
  const { ca, es } = languageVotes(texts);
  return es > ca ? 'es' : 'ca';
}

/** Frequent English function words: mail from lists and forwarded manuals is mostly English. */
const ENGLISH = new Set('the and of to is that with for this are was have not you it be we on as but from by or an which would there their what'.split(' '));

/**
 * Whether a text is written in Catalan or Spanish at all: an English or French document attached
 * to a council's mail (a forwarded list message, a manual) is not a synthesis, whatever its layout.
 */
export function isCatalanOrSpanish(text: string): boolean {
  const { ca, es } = languageVotes([text]);
  let en = 0;
  for (const word of text.toLowerCase().split(/[^a-z']+/)) if (ENGLISH.has(word)) en++;
  return ca + es >= 2 && ca + es > en;
}

function languageVotes(texts: string[]): { ca: number; es: number } {
  let ca = 0;
  let es = 0;
  for (const word of texts.join(' ').split(/[^\p{L}·'¿¡]+/u)) {
    if (!word) continue;
    if (/[¿¡]/.test(word)) es++;
    if (!/^\p{Lu}/u.test(word)) {
      const lower = word.toLowerCase();
      if (CATALAN_SPELLING.test(lower)) ca++;
      if (SPANISH_SPELLING.test(lower)) es++;
    }
    const w = fold(word).replace(/^[a-z]'/, '').replace(/[^a-z]/g, '');
    const inCa = CATALAN.has(w);
    const inEs = SPANISH.has(w);
    if (inCa && !inEs) ca++;
    if (inEs && !inCa) es++;
  }
  return { ca, es };
}
