// Which council sends the practice: the sender's domain (or a subdomain of it) from the configured
// municipalities; else the council a text names ("Ajuntament de X", "Ayuntamiento de X",
// "Ajuntament d'X", "Ajuntament del Masnou" ↔ "El Masnou", "Consell Comarcal del …").
//
// Rule for `member` (decided here): it comes from the configured entry. A council the text names
// but the configuration does not list is still returned, by name, with member = false: the
// configuration is the network's list of members, so a council missing from it is not a member.
// member is null only when the municipality itself is unknown.
import type { Lang, Municipality } from '../../domain/types.js';
import { foldKeepLength, fold } from './text.js';
import { COUNCIL_ABBR, COUNCIL_NOUN, COUNCIL_NOUN_CAP, GROUP_COUNCIL_CAP, PLACE_JOIN, TOWN_NOUN, councilName as nameCouncilIn } from './lexicon/index.js';

export interface Place {
  name: string;
  member: boolean | null;
  evidence: string;
}

export function placeFromAddress(address: string | null | undefined, municipalities: Municipality[]): Place | null {
  const domain = address?.split('@')[1]?.toLowerCase().trim();
  if (!domain) return null;
  const hit = municipalities.find((m) => m.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`)));
  return hit ? { name: hit.name, member: hit.member, evidence: `sender domain ${domain}` } : null;
}

// "Ajuntament de ", "Ayuntamiento del ", "Aj. d'": what precedes a town's name.
const COUNCIL_PREFIX = new RegExp(`\\b(${COUNCIL_NOUN}|${COUNCIL_ABBR}|${TOWN_NOUN})\\s+(${PLACE_JOIN})`, 'g');

/** A configured municipality named as a council in the text (earliest mention wins). */
export function configuredPlaceInText(text: string, municipalities: Municipality[], where: string): Place | null {
  const f = foldKeepLength(text);
  let best: { at: number; m: Municipality } | null = null;
  const consider = (at: number, m: Municipality) => { if (!best || at < best.at) best = { at, m }; };
  for (const match of f.matchAll(COUNCIL_PREFIX)) {
    const after = f.slice((match.index ?? 0) + match[0].length);
    for (const m of municipalities) if (variants(m.name).some((v) => startsWithWord(after, v))) consider(match.index ?? 0, m);
  }
  for (const m of municipalities) {
    // Names that are themselves a council ("Consell Comarcal del …") are found as they are.
    if (!/^(consell|consejo|mancomunitat|mancomunidad|consorci|consorcio|diputacio|diputacion)\b/.test(fold(m.name))) continue;
    const at = f.indexOf(fold(m.name));
    if (at >= 0) consider(at, m);
  }
  const found = best as { at: number; m: Municipality } | null;
  return found ? { name: found.m.name, member: found.m.member, evidence: `council named in ${where}` } : null;
}

/** A configured municipality's bare name ("… a Ripoll"), the weakest clue. */
export function configuredNameInText(text: string, municipalities: Municipality[], where: string): Place | null {
  const f = ` ${foldKeepLength(text)} `;
  let best: { at: number; m: Municipality } | null = null;
  for (const m of municipalities) {
    const re = new RegExp(`[^a-z0-9]${escape(fold(m.name))}(?![a-z0-9])`);
    const hit = re.exec(f);
    if (hit && (!best || hit.index < best.at)) best = { at: hit.index, m };
  }
  return best ? { name: best.m.name, member: best.m.member, evidence: `town named in ${where}` } : null;
}

// After the prefix: capitalised words joined by particles ("Sant Feliu de Guíxols", "la Seu d'Urgell").
const UNKNOWN_COUNCIL = new RegExp(`\\b(?:${COUNCIL_NOUN_CAP}|${COUNCIL_NOUN.toUpperCase()}|${GROUP_COUNCIL_CAP})\\s+(${PLACE_JOIN})((?:[A-ZÀ-Ý][\\wÀ-ÿ·'-]*)(?:(?:\\s+(?:de|del|dels|de la|de les|du|des|i|y|la|les|el|els|sur|en|et)\\s+|\\s+d'|\\s+l'|\\s+|-)(?:[A-ZÀ-Ý][\\wÀ-ÿ·'-]*))*)`);

/** A council not in the configuration: its name as written, member = false (see module comment). */
export function unknownPlaceInText(text: string, where: string, municipalities: Municipality[] = []): Place | null {
  const m = UNKNOWN_COUNCIL.exec(text);
  if (!m || !m[2]) return null;
  let name = m[2].replace(new RegExp(`\\s+(?:i|y)\\s+(?:la\\s+|el\\s+|l')?(?:Cooperativa|Associació|Asociación|Ateneu|Fundació|Fundación|Xarxa|Red|Entitat|Entidad|Consell|${COUNCIL_NOUN_CAP})\\b.*$`), '');
  const article = (m[1] ?? '').trim().toLowerCase();
  if (article === 'del') name = `El ${name}`;
  else if (article === 'dels') name = `Els ${name}`;
  else if (article === 'de la') name = `La ${name}`;
  else if (article === 'de les') name = `Les ${name}`;
  else if (article === "de l'") name = `L'${name}`;
  const isComarca = /^Consell|^Consejo/.test(m[0]);
  const short = shortFormOf(name, municipalities);
  if (short) return { name: short.name, member: short.member, evidence: `council named (short form) in ${where}` };
  return { name: isComarca ? m[0].replace(/\s+(?:i|y)\s+.*$/, '') : name, member: false, evidence: `council named in ${where}` };
}

/** "Ajuntament de Sant Feliu" for a configured "Sant Feliu de Guíxols": one entry only, or none. */
function shortFormOf(name: string, municipalities: Municipality[]): Municipality | null {
  const f = fold(name);
  const hits = municipalities.filter((m) => variants(m.name).some((v) => /^(de|del|d')\b|^d'/.test(v.slice(f.length).trim()) && v.startsWith(`${f} `)));
  return hits.length === 1 ? hits[0]! : null;
}

/** "El Masnou" is also written "Masnou" after "del". */
function variants(name: string): string[] {
  const f = fold(name);
  const bare = f.replace(/^(el|la|els|les|los|las)\s+|^l'/, '');
  return bare === f ? [f] : [f, bare];
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && !/[a-z0-9]/.test(text.charAt(word.length));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The council as an organisation, as its language names it (see each lexicon's nameCouncil). */
export function councilName(place: string, lang: Lang): string {
  return nameCouncilIn(place, lang);
}
