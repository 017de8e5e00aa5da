// Recognises the labels of a practice form in any wording ("Títol", "Nom del projecte", "Breve
// descripción", "Persona de contacte"…), in Catalan and Spanish, with or without colon, bullets,
// numbering or bold markers. Every decision is made on folded text (see text.ts).
import { fold, wordCount } from './text.js';

export type LabelField =
  | 'title' | 'promoters' | 'summary' | 'summaryAlt' | 'contact'
  | 'name' | 'surname' | 'role' | 'email' | 'phone' | 'council' | 'other';

export interface LabelHit {
  field: LabelField;
  /** The label as written, without bullets or colon (for evidence). */
  label: string;
  /** Text after the label on the same line ('' when the value is on the next lines). */
  value: string;
  /** A short capitalised key we do not know ("Nota:"): a boundary, not a field. */
  generic?: boolean;
}

// Ordered: the first pattern that matches the folded key wins, so specific forms come first
// ("nom del projecte" is a title, a bare "nom" is the contact's name).
const FIELD_PATTERNS: Array<[LabelField, RegExp]> = [
  ['title', /^(nom|nombre|denominacio|denominacion|titol|titulo)( (de la|del|de l'|de|d'))? ?(bona practica|buena practica|practica|iniciativa|projecte|proyecto|programa|experiencia|actuacio|actuacion|accio|accion|servei|servicio|proposta|propuesta)\b/],
  ['name', /^(nom|nombre|name|nom i cognoms?|cognoms i nom|nombre y apellidos?|apellidos y nombre|nom complet|nombre completo)( de la persona( de (contacte|contacto|referencia)| responsable| referent)?| del (responsable|referent|contacte|contacto)| de (contacte|contacto))?$/],
  ['surname', /^(cognoms?|apellidos?|primer cognom|segon cognom|primer apellido|segundo apellido)$/],
  ['title', /^(titol|titulo|title|denominacio|denominacion|nom de la bona practica)\b/],
  ['title', /^(iniciativa|projecte|proyecto|bona practica|buena practica|practica|experiencia|programa|actuacio|actuacion|nom del projecte|nombre del proyecto)$/],
  ['promoters', /^(organitzacions?|organitzacio|organizaciones?|organizacion|entitats?|entidades?|institucions?|instituciones?|agents?|agentes|actors?|actores|socis|socios|ens|administracions?)\b.{0,40}\b(promotor|promotores|promotora|promotoras|impulsor|impulsors|impulsores|impulsora|impulsoras|particip\w*|implicad|implicat|col ?laborador|collaborador|colaborador|organitzador|organizador|responsables?|socies|socias|lideren|lideran|impulsen|impulsan|promouen|promueven)/],
  ['promoters', /^(promotor|promotors|promotores|promotora|promotoras|impulsor|impulsors|impulsores|impulsora|impulsada per|impulsat per|impulsado por|impulsada por|promogut per|promoguda per|promovido por|promovida por|organitza|organiza|organitzadors|organizadores|qui (la |ho |el |les )?(impulsa|promou|organitza|lidera)|quien(es)? (la |lo )?(impulsa|promueve|organiza|lidera)|qui hi participa|quien participa|partners?|entitats participants|entidades participantes|entitats implicades|entidades implicadas|agents implicats|agentes implicados|col ?laboradors|collaboradors|colaboradores|entitats col ?laboradores|entidades colaboradoras|partenariat|partenariado|aliances|alianzas|lideratge|liderazgo|qui (la |ho |el )?lidera)\b/],
  ['promoters', /^(entitats?|entidades?|entitat promotora|entidad promotora|organitzacions?|organizaciones?)$/],
  ['summary', /^(breu |breve |petita |pequena )?(explicacio|explicacion|descripcio|descripcion|resum|resumen|sintesi|sintesis|presentacio|presentacion|summary|description)\b/],
  ['summary', /^(en que consisteix|en que consiste|que es|de que es tracta|de que se trata|que fa|que hace|descripcio breu|descripcion breve|explicacio breu|explicacion breve|contingut|contenido|explica|expliqueu|expliqui|descriu|descriviu|describa|describe|describid|breu resum)\b/],
  ['summaryAlt', /^(objectius?|objetivos?|finalitat|finalidad|justificacio|justificacion|antecedents|antecedentes|motivacio|motivacion)\b/],
  ['email', /^(correu|correo|e ?-?mail|email|mail|adreca electronica|adreca de correu|direccion electronica|direccion de correo|c ?e)\b/],
  ['phone', /^(num|numero|n) de (telefon|telefono|mobil|movil)\b/],
  ['phone', /^(telefon|telefono|telefons|telefonos|tel|tlf|tlfn|tlfno|telf|tfn|tfno|tf|mobil|movil|mobile|phone|celular|tel ?fon)\b/],
  ['role', /^(carrec|cargo|funcio|funcion|lloc de treball|puesto|puesto de trabajo|posicio|posicion|role|position|titulacio)\b/],
  ['other', /^(persones|persona|personas|poblacio|poblacion|public|collectiu|colectivo) (destinatari|beneficiari|usuari|objectiu|objetivo|atesa|atendida)/],
  ['contact', /^(per a |per |para )?(mes|mas) informacio/],
  ['contact', /^(persona|persones|personas|tecnic|tecnica|tecnico)( a| o)?( de| del)? ?(contacte|contacto|referencia|referent)\b/],
  ['contact', /^(dades|datos|informacio|informacion)\b.{0,30}\b(contacte|contacto|referencia)\b/],
  ['contact', /^(contacte|contacto|contact|contactes|contactos|persona de referencia|persona referent|referent|interlocutor|interlocutora|persona responsable|responsable|responsables|tecnic responsable|tecnica responsable|tecnico responsable|persona)\b/],
  ['council', /^(ens|entitat|entidad|ajuntament|ayuntamiento|municipi|municipio|administracio|administracion)( local)? que (la |el |lo |les )?(presenta|proposa|propone|envia)\b/],
  ['council', /^(ajuntament|ayuntamiento|municipi|municipio|ens local|entitat local|entidad local|administracio|administracion|localitat|localidad|poblacio|consell comarcal|corporacio|corporacion)( que (la )?(presenta|proposa|propone))?$/],
  ['other', /^(data|fecha|ambit|ambito|sector|tematica|tema|eix|eje|resultats|resultados|pressupost|presupuesto|financament|financiacion|durada|duracion|calendari|calendario|periode|periodo|web|pagina web|enllac|enlace|enllacos|url|xarxes socials|redes sociales|adreca|direccion|poblacio destinataria|poblacion destinataria|persones destinataries|personas destinatarias|destinataris|destinatarios|beneficiaris|beneficiarios|observacions|observaciones|annexos|anexos|documentacio|documentacion|area|departament|departamento|servei|servicio|comarca|any|ano|inici|inicio|estat|estado|impacte|impacto|indicadors|indicadores|metodologia|activitats|actividades|recursos|fase|transferibilitat|transferibilidad|innovacio|innovacion|aprenentatges|aprendizajes|dificultats|dificultades|altres|otros|imatges|imagenes|fotos|video)\b/],
];

/** Keys that are also ordinary words of a heading ("Bona pràctica - …", "Projecte - …"). */
const WEAK_KEYS = /^(iniciativa|projecte|proyecto|bona practica|buena practica|practica|experiencia|programa|actuacio|actuacion|entitats?|entidades?|organitzacions?|organizaciones?|responsable|persona|contacte|contacto)$/;

/** Key of a label line: folded, without bullets, numbering, bold markers or a parenthesised note. */
export function labelKey(raw: string): string {
  return fold(raw)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[¿?¡!*_#"«»“”]/g, ' ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function classifyKey(raw: string): LabelField | null {
  const key = labelKey(raw);
  if (!key || wordCount(key) > 10) return null;
  for (const [field, re] of FIELD_PATTERNS) if (re.test(key)) return field;
  return null;
}

const LEAD = /^\s*(?:[-*•·▪▫■□●○◦‣►▶➢➤✓✔–—>]+\s*|\(?\d{1,2}[.)]\s*(?:\d{1,2}[.)]?\s*)?|\(?[a-h][.)]\s+)?(?:\*\*|__)?\s*/;

/** Drops a leading bullet, "1.", "1.2", "a)" or "**" from a line. */
export function stripLead(line: string): string {
  return line.replace(LEAD, '');
}

export function hasBullet(line: string): boolean {
  return /^\s*[-*•·▪▫■□●○◦‣►▶➢➤✓✔–—]\s*\S/.test(line) && !/^\s*(--|\*\*|\*[^*\s][^*]*\*\s*:?)/.test(line);
}

/** "Nota:", "Àmbit territorial:": a short capitalised key, i.e. a label we don't know but must stop at. */
function isGenericKey(key: string): boolean {
  const k = key.replace(/[*_]+/g, '').trim();
  if (!/^[A-ZÀ-Ý]/.test(k) || /[\d@,.;]|https?|www/i.test(k)) return false;
  const n = wordCount(k);
  return n >= 1 && n <= 4 && !/\s(de|del|la|el|i|y|a|per|amb|en|les|els|que)$/i.test(k);
}

/**
 * Reads a label at the start of one line. Accepts "Label: value", "Label - value", "Label<TAB>value",
 * a known label alone on its line, and "Tel. 93…"/"E-mail x@y" without colon.
 */
export function parseLabelLine(line: string): LabelHit | null {
  const body = stripLead(line);
  if (!body.trim()) return null;
  const colon = findLabelColon(body);
  if (colon > 0) {
    const key = body.slice(0, colon).replace(/[*_]{1,2}\s*$/, '').trim();
    const value = body.slice(colon + 1).replace(/^\s*[*_]{0,2}\s*/, '').trim();
    const field = classifyKey(key);
    if (field) return { field, label: cleanLabel(key), value };
    if (isGenericKey(key)) return { field: 'other', label: cleanLabel(key), value, generic: true };
    return null;
  }
  return parseWithoutColon(body);
}

/** Index of the colon ending a label (not a time "9:30", a URL or a colon deep in a sentence). */
function findLabelColon(body: string): number {
  const m = /^([^:]{1,80}?)\s*:(?!\/\/)(?!\d{2}\b)/.exec(body);
  if (!m || !m[1]) return -1;
  if (/@/.test(m[1])) return -1;
  return m[0].length - 1;
}

function parseWithoutColon(body: string): LabelHit | null {
  const trimmed = body.replace(/(\*\*|__)\s*$/, '').replace(/[\s.:?]+$/, '').trim();
  const alone = classifyKey(trimmed);
  if (alone && alone !== 'other' && wordCount(trimmed) <= 8 && !/[\d@]/.test(trimmed) && !/[.!]\s*$/.test(body.trim().replace(/\.{3}$/, ''))) {
    return { field: alone, label: cleanLabel(trimmed), value: '' };
  }
  // "Títol<TAB>Xarxa…", "Títol  –  Xarxa…": a table cell or a dash after a known label.
  const sep = /^(.{2,60}?)(\t+| {2,}| [-–—] )(\S.*)$/.exec(body);
  if (sep && sep[1] && sep[3]) {
    const field = classifyKey(sep[1]);
    // "Bona pràctica - Ajuntament de X" is a document heading: a bare noun needs a colon or a cell.
    const weak = WEAK_KEYS.test(labelKey(sep[1])) && /[-–—]/.test(sep[2] ?? '');
    if (field && field !== 'other' && !weak) return { field, label: cleanLabel(sep[1]), value: sep[3].trim() };
  }
  // "Tel. 93 555 01 12", "E-mail: x@y" written without the colon.
  const contactish = /^((?:tel(?:[eè]fon|[eé]fono)?|tlf|telf|m[oò]bil|m[oó]vil|e-?mail|correu|correo)\.?)\s+([+(\d].*|\S+@\S+.*)$/i.exec(body);
  if (contactish && contactish[1] && contactish[2]) {
    const field = classifyKey(contactish[1]);
    if (field === 'phone' || field === 'email') return { field, label: cleanLabel(contactish[1]), value: contactish[2].trim() };
  }
  return null;
}

function cleanLabel(s: string): string {
  return s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}
