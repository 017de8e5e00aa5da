// Tells a person's name ("Joana Riba i Costa", "Mª José García") from a department, an
// organisation or a job title, by the shape of the words: signatures mix all four on short lines.
import { fold } from './text.js';
import { wordsOf } from './lexicon/index.js';

// Words that appear in organisation, department and job lines but not in people's names.
const NOT_NAME_WORDS = new Set((
  // Every lexicon's one-word council nouns and departments ("Ajuntament", "Mairie", "service"), folded.
  wordsOf('councilNouns').concat(wordsOf('departments')).filter((w) => !/\s/.test(w)).map((w) => fold(w)).join(' ') + ' ' +
  'servei servicio serveis servicios area departament departamento regidoria concejalia ' +
  'oficina registre registro general promocio promocion economica economia social solidaria cooperativa ' +
  'associacio asociacion ateneu ateneo xarxa red fundacio fundacion consell consejo comarcal generalitat ' +
  'diputacio diputacion institut instituto centre centro unitat unidad seccio seccion gabinet gabinete alcaldia ' +
  'tecnic tecnica tecnico responsable cap jefe jefa director directora coordinador coordinadora regidor regidora ' +
  'concejal concejala alcalde alcaldessa alcaldesa agent agente secretari secretaria interventor administratiu ' +
  'administrativa participacio participacion ciutadana ciudadana comerc comercio joventut juventud igualtat ' +
  'igualdad ocupacio ocupacion empleo medi ambient habitatge vivienda comunicacio comunicacion atencio atencion ' +
  'municipal municipals desenvolupament desarrollo local territori territorio sostenibilitat feminismes benestar ' +
  'bienestar salut salud educacio educacion cultura esports deportes consum consumo emprenedoria empresa ' +
  'empreses empresas project projecte proyecto programa xmess ess bones bona practica practiques ' +
  'gracies gracias salutacions saludos cordialment atentament informacio informacion contacte contacto ' +
  'telefon telefono correu correo email web tel mobil movil adreca direccion carrer avinguda ' +
  'avenida passeig paseo banc banco espai espacio mercat mercado grup grupo plataforma comissio comision comissionat ' +
  'federacio federacion coop sccl unio union escola escuela universitat universidad biblioteca'
).split(' '));

const PARTICLES = new Set(['de', 'del', 'dels', 'd', 'i', 'y', 'la', 'las', 'los', 'van', 'von', 'da', 'das', 'do', 'dos', 'di', 'le']);

// A capitalised word, possibly hyphenated or with an elided particle ("D'Amico", "Maria-Rosa", "Mª").
const CAP_WORD = /^(?:[DdLl]')?(?:[A-ZÀ-ÝÑÇ][a-zà-ÿñç·'ª]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿñç'·]+)*\.?|[A-ZÀ-ÝÑÇ]{2,}(?:-[A-ZÀ-ÝÑÇ]{2,})*)$/;

/** 2–6 words, capitalised except for particles, none of them an institutional word. */
export function isPersonName(raw: string): boolean {
  const s = cleanName(raw);
  if (!s || s.length > 60 || /[\d@/|:;()]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!CAP_WORD.test(words[0] ?? '') || !CAP_WORD.test(words[words.length - 1] ?? '')) return false;
  let capitals = 0;
  for (const w of words) {
    const f = fold(w).replace(/[.']/g, '');
    if (NOT_NAME_WORDS.has(f)) return false;
    if (CAP_WORD.test(w)) capitals++;
    else if (!PARTICLES.has(f) && !/^[dl]'/.test(fold(w))) return false;
  }
  return capitals >= 2;
}

/** "Joana", "Pau": a lone first name, as people sign short mails. */
export function isFirstNameOnly(raw: string): boolean {
  const s = cleanName(raw);
  return /^[A-ZÀ-ÝÑÇ][a-zà-ÿñç·]{1,20}$/.test(s) && !NOT_NAME_WORDS.has(fold(s));
}

/**
 * Honorifics and stray punctuation around a name; the name itself is kept as written. A leading
 * preposition goes too: "¿Con quién podemos hablar? Con Name…", "Amb qui? Amb Name…", "A Name".
 */
export function cleanName(raw: string): string {
  return raw
    .replace(/^[\s?¿!¡,;:.]+/, '')
    .replace(/^\s*(con|amb|a)\s+(?=[A-ZÀ-Ý])/i, '')
    // "l'Oriol Bassols", "la Marta Puig", "el Jordi Vila": Catalan puts an article before a name.
    .replace(/^\s*(?:l'|la\s+|el\s+)(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])/, '')
    // At a sentence's start the article is capitalised: dropped before a given name and two surnames
    // ("La Blanca Vilaseca Pi"), kept in a shorter name that holds it ("La Garriga Nova").
    .replace(/^\s*(?:L'|La\s+|El\s+)(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][\p{L}'’-]+\s+[A-ZÀ-Ý])/u, '')
    .replace(/^\s*(sr|sra|srta|dr|dra|don|dona|dña|d|en|na)\.?\s+(?=[A-ZÀ-Ý])/i, (m) => (/^\s*(en|na)\s/i.test(m) ? m : ''))
    .replace(/^[\s,;:.\-–—*·>]+|[\s,;:.\-–—*·]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same person? Compares folded first and last words, so "Joana Riba" matches "Joana Riba Costa". */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const A = fold(cleanName(a)).split(' ');
  const B = fold(cleanName(b)).split(' ');
  if (!A[0] || A[0] !== B[0]) return false;
  if (A.length === 1 || B.length === 1) return true;
  return A.slice(1).some((w) => w.length > 2 && B.includes(w));
}
