// Themes of a practice and its priority, read from the practice's own text only (title, summary and
// other form values; never signatures or footers).
//
// Rules (decided here):
// - A theme holds when one of its lexicon patterns (config/themes.json) matches the folded text of
//   the title and explanation. Promoters are not searched for topical themes: an association of women
//   as a promoter does not make a practice feminist, a practice addressed to women does.
// - intercooperation also holds from the promoters list: two or more local councils, a body that is
//   itself supramunicipal (consell comarcal, mancomunitat, consorci), or two or more organisations of
//   which at least one is a social-economy organisation (anything but a public administration or a
//   commercial company: cooperatives, associations, ateneus, networks, foundations, unions…).
// - priority = number of criteria met among: covid-response; intercooperation; at least one of the
//   lexicon's priorityThemes (public procurement, youth, ecological transition, feminism). 0 to 3.
import { THEME_IDS, type ThemeId, type ThemeLexicon } from '../../domain/types.js';
import { fold, foldWithMap } from './text.js';
import { COUNCIL_NOUN, GROUP_COUNCIL } from './lexicon/index.js';

export interface ThemeResult {
  themes: ThemeId[];
  evidence: Partial<Record<ThemeId, string[]>>;
  priority: number;
}

/** Phrases kept as evidence per theme: enough to explain, not a copy of the text. */
const MAX_EVIDENCE = 5;

const compiled = new WeakMap<ThemeLexicon, Map<ThemeId, RegExp[]>>();

/** Patterns are lower-case, accent-free regex sources matched from a word start in folded text. */
function patternsOf(lexicon: ThemeLexicon): Map<ThemeId, RegExp[]> {
  let map = compiled.get(lexicon);
  if (map) return map;
  map = new Map();
  for (const id of THEME_IDS) {
    const src = lexicon.themes[id]?.patterns ?? [];
    map.set(id, src.map((p) => new RegExp(`(?<![a-z0-9])(?:${fold(p)})`, 'g')));
  }
  compiled.set(lexicon, map);
  return map;
}

/**
 * Themes about whom a practice addresses (young people, women): an organisation's proper name that
 * holds the word ("Associació Casal de Joves X", "Asociación de Mujeres Y") says who the partner is,
 * not whom the practice is for, so those names are read out before matching these themes.
 */
const AUDIENCE_THEMES: ReadonlySet<ThemeId> = new Set<ThemeId>(['youth', 'feminism-intersectionality']);
const ORG_PROPER_NAME = /(?<![\p{L}])(?:Associaci[óo]|Asociaci[óo]n|Fundaci[óo]n?|Cooperativa|Federaci[óo]n?|Col[·.]?lectiu|Colectivo|Plataforma|Xarxa|Red|Grup|Grupo|Club|Entitat|Entidad|Moviment|Movimiento)(?:\s+(?:(?:de|del|dels|de la|de les|de los|de las|i|y)\s+)?(?:d'|l'|d’|l’)?[A-ZÀ-Ý][\p{L}·'’-]*)+/gu;

/**
 * The matched phrase as the text writes it ("pandèmia", "Contractació pública"), cut from the
 * original at the match's place, widened to whole words (patterns are stems: "pandemi" quotes
 * "pandèmia"); the folded phrase when the mapping does not line up.
 */
function quoteAsWritten(original: string, map: ReturnType<typeof foldWithMap> | undefined, index: number, phrase: string): string {
  const trimmed = phrase.trim();
  if (!map || !trimmed) return trimmed;
  const start = index + (phrase.length - phrase.trimStart().length);
  const end = start + trimmed.length - 1;
  let a = map.from[start];
  let b = map.to[end];
  if (a === undefined || b === undefined || b <= a) return trimmed;
  while (b < original.length && /[\p{L}\p{N}·'’-]/u.test(original.charAt(b)) && b - a < 120) b++;
  while (a > 0 && /[\p{L}\p{N}]/u.test(original.charAt(a - 1)) && b - a < 120) a--;
  return original.slice(a, b).replace(/\s+/g, ' ').replace(/['’-]+$/, '').trim() || trimmed;
}

export function detectThemes(ownText: string, promoters: string[], lexicon: ThemeLexicon): ThemeResult {
  // Folded like the patterns: "Col·laboració" and "col.laboració" both read "collaboracio".
  const text = fold(ownText);
  // Names blanked out with as many spaces, so that positions still point into ownText.
  const blanked = ownText.replace(ORG_PROPER_NAME, (m) => ' '.repeat(m.length));
  const withoutNames = fold(blanked);
  // Built on the first hit only: most texts match few patterns, and hostile ones none.
  const maps = new Map<string, ReturnType<typeof foldWithMap>>();
  const mapOf = (read: string) => {
    let m = maps.get(read);
    if (!m) { m = foldWithMap(read === text ? ownText : blanked); maps.set(read, m); }
    return m;
  };
  const evidence: Partial<Record<ThemeId, string[]>> = {};
  for (const [id, regexes] of patternsOf(lexicon)) {
    const hits = new Set<string>();
    const read = AUDIENCE_THEMES.has(id) ? withoutNames : text;
    for (const re of regexes) {
      for (const m of read.matchAll(re)) {
        if (hits.size < MAX_EVIDENCE) hits.add(quoteAsWritten(ownText, mapOf(read), m.index, m[0]));
      }
    }
    if (hits.size) evidence[id] = [...hits];
  }
  const byPromoters = intercooperationFromPromoters(promoters);
  if (byPromoters) evidence.intercooperation = [...(evidence.intercooperation ?? []), byPromoters];
  const themes = THEME_IDS.filter((id) => evidence[id]?.length);
  return { themes, evidence, priority: priorityOf(themes, lexicon) };
}

export function priorityOf(themes: ThemeId[], lexicon: ThemeLexicon): number {
  const special = themes.some((t) => lexicon.priorityThemes.includes(t));
  return Number(themes.includes('covid-response')) + Number(themes.includes('intercooperation')) + Number(special);
}

const LOCAL_COUNCIL = new RegExp(`^(?:${COUNCIL_NOUN}|consistori)\\b`);
const SUPRAMUNICIPAL = /^(consell comarcal|consejo comarcal|mancomunitat|mancomunidad|consorci|consorcio|agrupacio de municipis|agrupacion de municipios)\b/;
// Public bodies and public services: partners, but not social-economy organisations.
const PUBLIC_BODY = new RegExp(`^(${COUNCIL_NOUN}|${GROUP_COUNCIL}|consistori|diputacio|diputacion|generalitat|govern|gobierno|ministeri|ministerio|departament|departamento|institut|instituto|patronat|servei|servicio|area|regidoria|concejalia|oficina|consell comarcal|consejo comarcal|agencia|organisme|organismo|escola|escuela|universitat|universidad|biblioteca|hospital|policia|mossos)\\b|\\bmunicipals?\\b|\\bpublic[ao]?\\b`);
const COMMERCIAL = /(,|\s)(s\.?\s?a\.?|s\.?\s?l\.?\s?u?\.?)$/;

/** Why the promoters make the practice intercooperative (for the evidence), or null. */
export function intercooperationFromPromoters(promoters: string[]): string | null {
  const orgs = promoters.map((p) => fold(p)).filter(Boolean);
  const councils = orgs.filter((o) => LOCAL_COUNCIL.test(o));
  if (new Set(councils).size >= 2) return 'promoters: several municipalities';
  if (orgs.some((o) => SUPRAMUNICIPAL.test(o))) return 'promoters: supramunicipal body';
  const social = orgs.filter((o) => !PUBLIC_BODY.test(o) && !COMMERCIAL.test(o));
  if (orgs.length >= 2 && social.length >= 1) return 'promoters: council with social-economy organisations';
  return null;
}
