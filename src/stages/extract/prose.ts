// Reads a practice written as prose, without a form: "el projecte «X», impulsat per A i B,
// consisteix en …", "la iniciativa X, promovida por …", "Per a més informació: Name, role, tel. …".
import type { ContactDraft } from './draft.js';
import { parseContactText } from './contact.js';
import { splitList, cleanItem } from './promoters.js';
import { capitalise, collapseSpaces, stripQuotes, trimPunctuation, wordCount } from './text.js';

/** Nouns that introduce a practice's name ("el projecte «X»", "la iniciativa X"). */
const NOUN = "projecte|proyecto|iniciativa|programa|pràctica|practica|práctica|experiència|experiencia|servei|servicio|campanya|campaña|pla|plan|actuació|actuación|proposta|propuesta";
const NAMED = '(?:\\s+(?:anomenad[ao]|denominad[ao]|llamad[ao]|titulad[ao]|de nom|que porta per nom|que es diu|que se llama))?';
const QUOTED_AFTER_NOUN = new RegExp(`\\b(?:${NOUN})${NAMED}\\s*[:]?\\s*[«"“']([^»"”'\\n]{3,140})[»"”']`, 'i');
const ANY_QUOTED = /[«“]([^»”\n]{3,140})[»”]/;
// An unquoted name: capitalised words (particles allowed) right after the noun.
const CAPITALISED_AFTER_NOUN = new RegExp(`\\b(?:${NOUN})${NAMED}\\s+((?:[A-ZÀ-Ý][\\wÀ-ÿ·'-]*)(?:\\s+(?:(?:de|del|dels|d'|la|les|el|els|per|a|al|i|y|en|amb|con|para)\\s+)*[A-ZÀ-Ý0-9][\\wÀ-ÿ·'-]*){0,10})`);

/** Longest title we accept from prose. */
const MAX_TITLE_WORDS = 15;

// "Us presentem Xarxa Cuida, un projecte…": a capitalised name right after "we present".
const PRESENTED = new RegExp(`\\b(?:presentem|presentamos|proposem|proponemos|presento|propongo)\\s+(?:(?:el|la|l'|els|les|nostr[ao]|nuestr[ao])\\s*)?(?:(?:${NOUN})\\s+)?((?:[A-ZÀ-Ý][\\wÀ-ÿ·'-]*)(?:\\s+(?:(?:de|del|d'|la|les|el|per|a|i|y|en)\\s+)*[A-ZÀ-Ý0-9][\\wÀ-ÿ·'-]*){0,8})\\s*[,:(]`);

// "el projecte Rentadora de barri en cooperativa, impulsat per …": the name runs up to the verb.
const NAME_BEFORE_VERB = new RegExp(`\\b(?:${NOUN})${NAMED}\\s+([A-ZÀ-Ý][^,.;:«»"“”()]{2,120}?)(?:,\\s*(?:impulsad|impulsat|promogu|promovid|organitzad|organitzat|organizad|liderad|liderat|coordinad|coordinat|gestionad|gestionat|desenvolupa|desarrollad|que\\s)|\\s+(?:consisteix|consiste|és una|es una|és un|es un|té com|tiene como|pretén|pretende|ofereix|ofrece)\\b)`);

export function proseTitle(text: string): string | null {
  const flat = collapseSpaces(text);
  const m = QUOTED_AFTER_NOUN.exec(flat) ?? ANY_QUOTED.exec(flat) ?? NAME_BEFORE_VERB.exec(flat) ??
    CAPITALISED_AFTER_NOUN.exec(flat) ?? PRESENTED.exec(flat);
  const t = m?.[1] ? trimPunctuation(stripQuotes(m[1])) : '';
  return t && wordCount(t) <= MAX_TITLE_WORDS && wordCount(t) >= 1 ? t : null;
}

const PROMOTED_BY = /\b(?:impulsad[ao]s?|impulsats?|impulsades|promoguts?|promogud[ae]s?|promovid[ao]s?|organitzats?|organitzad[ae]s?|organizad[ao]s?|liderats?|liderad[aeo]s?|coordinats?|coordinad[aeo]s?|gestionats?|gestionad[aeo]s?|desenvolupats?|desenvolupad[ae]s?|desarrollad[ao]s?|posad[ao] en marxa|puest[ao] en marcha|engegad[ao]|creat|cread[ao])\s+(?:conjuntament\s+|conjuntamente\s+)?(?:per|por|entre|des de|desde)\s+/i;
// Active voice: "La impulsen l'Ajuntament i …", "Lo promueven el Ayuntamiento y …".
const ACTIVE_PROMOTERS = /\b(?:l'|la |el |ho |lo |les |los )(?:impulsen|impulsan|promouen|promueven|organitzen|organizan|lideren|lideran|coordinen|coordinan|gestionen|gestionan)\s+/i;
// "una iniciativa de l'Ajuntament i la cooperativa X": the practice named as somebody's.
const INITIATIVE_OF = /\b(?:una|un|la|el) (?:iniciativa|projecte|proyecto|programa|actuació|actuación) (?:conjunta |conjunt |conjunto )?(?:de|del|impulsada per|impulsat per) (?=(?:l'|la |el |les |els |los |las )?(?:Ajuntament|Ayuntamiento|ajuntament|ayuntamiento|[A-ZÀ-Ý]))/;
const TOGETHER_WITH = /\b(?:amb la participació de|con la participación de|en col[·.]?laboració amb|en colaboración con|conjuntament amb|juntament amb|junt amb|junto con|conjuntamente con|amb la col[·.]?laboració de|con la colaboración de|de la mà de|de la mano de)\s+/i;
// Where the list ends: a clause ("…, consisteix en", "… que …"), a sentence end or a parenthesis.
const LIST_END = /(?:,\s+(?=[a-zà-ÿ])(?!i\s|y\s|la\s+[A-ZÀ-Ý]|el\s+[A-ZÀ-Ý]|l'[A-ZÀ-Ý])|\.\s|\.$|;|:|\(|\s+(?:que|per a|per tal|para|amb l'objectiu|con el objetivo|ha|han|s'ha|va|van|consisteix|consiste|es tracta|se trata|dins|dentro|des de|desde|durant|durante)\s)/;

/** Organisations named after "impulsat per", "promovida por", "en col·laboració amb"… */
export function prosePromoters(text: string, protect: string[] = []): string[] {
  const flat = collapseSpaces(text);
  const by = PROMOTED_BY.exec(flat);
  const withM = TOGETHER_WITH.exec(flat);
  const out: string[] = [];
  const of = by ? null : INITIATIVE_OF.exec(flat) ?? ACTIVE_PROMOTERS.exec(flat);
  if (by) out.push(...listAfter(flat, by.index + by[0].length, protect));
  if (of) out.push(...listAfter(flat, of.index + of[0].length, protect));
  if (withM) {
    const before = flat.slice(Math.max(0, withM.index - 120), withM.index);
    const council = /\b(l'Ajuntament|l'ajuntament|el Ayuntamiento|el ayuntamiento|Ajuntament de [^,.;]+|Ayuntamiento de [^,.;]+)/.exec(before);
    if (council?.[1] && !out.length) out.push(cleanItem(council[1]));
    out.push(...listAfter(flat, withM.index + withM[0].length, protect));
  }
  return [...new Set(out)].filter((x) => /[A-ZÀ-Ý]/.test(x.charAt(0)) || /^Ajuntament|^Ayuntamiento/.test(x));
}

function listAfter(flat: string, from: number, protect: string[]): string[] {
  const rest = flat.slice(from);
  const end = LIST_END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest.slice(0, 300);
  return splitList(list, protect).map(cleanItem).filter((x) => x && /^[A-ZÀ-Ý]/.test(x) && wordCount(x) <= 14);
}

const DESCRIBES = /\b(consisteix en|consisteix a|consiste en|es tracta d[e']|se trata de|t[ée] com a objectiu|t[ée] per objectiu|tiene como objetivo|tiene por objetivo|l'objectiu (?:és|del projecte és|principal és)|el objetivo (?:es|del proyecto es|principal es)|pretén|pretende)/i;

/** The explanation: from "consisteix en…" (or the sentence naming the practice) to the paragraph's end. */
export function proseSummary(paragraphs: string[], anchor: string | null): string | null {
  for (const p of paragraphs) {
    const flat = collapseSpaces(p);
    const m = DESCRIBES.exec(flat);
    if (m) return capitalise(cutContactSentence(flat.slice(m.index)));
  }
  if (!anchor) return null;
  for (const p of paragraphs) {
    const flat = collapseSpaces(p);
    const at = flat.indexOf(anchor);
    if (at < 0) continue;
    const stop = Math.max(flat.lastIndexOf('. ', at), flat.lastIndexOf(': ', at));
    const start = stop >= 0 ? stop + 2 : 0;
    const s = cutContactSentence(flat.slice(start));
    return wordCount(s) >= 8 ? capitalise(s) : null;
  }
  return null;
}

const CONTACT_SENTENCE = /\s*(?:per a |per |para )?(?:més|mas|más) informació[n]?\b|\s*(?:podeu|podéis|pueden|poden) (?:contactar|adreçar|dirigir)|\s*(?:persona de contact[eo])\b/i;

function cutContactSentence(s: string): string {
  const m = CONTACT_SENTENCE.exec(s);
  return (m ? s.slice(0, m.index) : s).trim();
}

const CONTACT_TRIGGER = /(?:per a |per |para )?(?:més|mas|más) informació[n]?\s*[:,]?|(?:contactar|contacteu|contacta|contacte|contacto|adreçar-vos|adreceu-vos|dirigiros|dirigirse|dirigir-vos)\s+(?:amb|con|a)\s+|persona (?:de contact[eo]|de refer[eè]ncia|referent|responsable)\s*(?:és|es|serà|será)?\s*:?|(?:referent|interlocutor[a]?)\s*(?:és|es)?\s*:?/i;

/** "Per a més informació: Name, role, tel. …, a@b" or "podeu contactar amb Name (a@b)". */
export function proseContact(text: string, evidence: string): ContactDraft {
  const flat = collapseSpaces(text);
  const m = CONTACT_TRIGGER.exec(flat);
  if (!m) return {};
  const tail = flat.slice(m.index + m[0].length, m.index + m[0].length + 300);
  const sentence = tail.split(/\.\s+(?=[A-ZÀ-Ý])/)[0] ?? tail;
  return parseContactText(sentence, evidence);
}

export const describesPractice = (text: string): boolean => DESCRIBES.test(collapseSpaces(text));
