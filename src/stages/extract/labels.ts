// Recognises the labels of a practice form in any wording ("Títol", "Nom del projecte", "Breve
// descripción", "Persona de contacte"…), in Catalan and Spanish, with or without colon, bullets,
// numbering or bold markers. Every decision is made on folded text (see text.ts).
import type { SheetKey } from '../../domain/sheet.js';
import { fold, wordCount } from './text.js';
import { COUNCIL_NOUN, GROUP_COUNCIL, labelPatterns } from './lexicon/index.js';

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

// Verbs of promoting in Catalan and Spanish, folded ("col·laboren" → "collaboren"; a stray space or
// hyphen in "col·l" leaves "col laboren"): impulsa/impulsen/impulsada, promou/promouen/promueve(n),
// participen/participan, col·laboren/colaboran, organitza, lidera…
const PROMOTE_VERB = "(?:impuls\\w*|promou(?:en)?|promog\\w*|promuev\\w*|promovid\\w*|promotor\\w*|particip(?:a|en|an)|col ?labor\\w*|colabor\\w*|organitz\\w*|organiz\\w*|lider(?:a|en|an))";
/**
 * Labels of the promoters, in all the ways forms ask who is behind a practice: "Qui l'impulsa",
 * "Quién lo promueve", "Impulsen", "Promueven", "Hi col·laboren", "Impulsada per", "Entitats que hi
 * participen", "Entidades colaboradoras", "Agents implicats", "Socis", "Partners"…
 */
const PROMOTER_PATTERNS: RegExp[] = [
  new RegExp(`^(?:qui|quien|quienes)\\s+(?:(?:l'|s')|(?:la|lo|le|ho|el|les|los|hi|se)\\s+)?${PROMOTE_VERB}\\b`),
  // "Quines entitats la promouen?", "¿Qué entidades la impulsan?": the sheet's question asked as such.
  new RegExp(`^(?:quines|quins|que|quines son les|cuales son las)\\s+(?:entitats|entidades|organitzacions|organizaciones|institucions|instituciones)\\s+(?:(?:l'|s')|(?:la|lo|le|ho|el|les|los|hi|se)\\s+)?${PROMOTE_VERB}\\b`),
  new RegExp(`^(?:hi\\s+)?${PROMOTE_VERB}(?:\\s+(?:per|por|en ella|en el|amb|con))?$`),
  /^(liderad[ao]|liderat|coordinad[ao]|coordinat|organitzad[ao]|organitzat|organizad[ao]|gestionad[ao]|gestionat) (per|por)$/,
  /^(xarxa|red) (d'|de )?(entitats|entidades|agents|agentes|socis|socios)\b/,
  new RegExp(`^(?:organitzacio(?:ns)?|organizaciones?|organizacion|entitats?|entidades?|entidad|institucions?|instituciones?|agents?|agentes|actors?|actores|socis|socios|ens|administracions?|administraciones|empreses|empresas|cooperatives|cooperativas|associacions|asociaciones)\\b.{0,40}\\b(?:${PROMOTE_VERB}|impulsor|impulsors|impulsores|impulsora|impulsoras|implicad|implicat|socies|socias|aliades|aliadas|responsables?|promotores|promotoras|participants|participantes|lideren|lideran|impulsen|impulsan|promouen|promueven)`),
  /^(promotor|promotors|promotores|promotora|promotoras|impulsor|impulsors|impulsores|impulsora|impulsoras|impulsada per|impulsat per|impulsado por|impulsada por|promogut per|promoguda per|promovido por|promovida por|organitza|organiza|organitzadors|organizadores|quien(es)? (la |lo )?(impulsa|promueve|organiza|lidera)|qui hi participa|quien participa|partners?|entitats participants|entidades participantes|entitats implicades|entidades implicadas|agents implicats|agentes implicados|col ?laboradors|collaboradors|colaboradores|entitats col ?laboradores|entidades colaboradoras|partenariat|partenariado|aliances|alianzas|aliats|aliados|socis|socios|socies|socias|lideratge|liderazgo|qui (la |ho |el )?lidera)\b/,
  /^(amb la (col ?laboracio|participacio) de|con la (colaboracion|participacion) de|en col ?laboracio amb|en colaboracion con)$/,
  // "Qui hi ha darrere?", "¿Con quién se lleva a cabo?", and English forms ("Promoters", "Promoted by").
  /^(qui hi ha (al )?darrere|quien(es)? (esta|estan|hay) detras|amb qui|con quien(es)?|amb quines entitats|con que entidades|promoters?|promoted by|lead organi[sz]ations?|organi[sz]ations involved)\b/,
  /^(entitats?|entidades?|entitat promotora|entidad promotora|organitzacions?|organizaciones?|agents|agentes|actors|actores)$/,
];

// Ordered: the first pattern that matches the folded key wins, so specific forms come first
// ("nom del projecte" is a title, a bare "nom" is the contact's name).
const FIELD_PATTERNS: Array<[LabelField, RegExp]> = [
  ['title', /^(nom|nombre|denominacio|denominacion|titol|titulo)( (de la|del|de l'|de|d'))? ?(bona practica|buena practica|practica|iniciativa|projecte|proyecto|programa|experiencia|actuacio|actuacion|accio|accion|servei|servicio|proposta|propuesta)\b/],
  ['name', /^(nom|nombre|name|nom i cognoms?|cognoms i nom|nombre y apellidos?|apellidos y nombre|nom complet|nombre completo)( de la persona( de (contacte|contacto|referencia)| responsable| referent)?| del (responsable|referent|contacte|contacto)| de (contacte|contacto))?$/],
  ['surname', /^(cognoms?|apellidos?|primer cognom|segon cognom|primer apellido|segundo apellido)$/],
  ['title', /^(titol|titulo|title|denominacio|denominacion|nom de la bona practica)\b/],
  ['title', /^(iniciativa|projecte|proyecto|bona practica|buena practica|practica|experiencia|programa|actuacio|actuacion|nom del projecte|nombre del proyecto)$/],
  // "Com es diu el projecte?", "¿Cómo se llama la iniciativa?": the title asked as a question.
  ['title', /^(com es diu|com s'anomena|com se diu|quin es el nom|como se llama|como se denomina|cual es el nombre|nom que rep)\b/],
  // "Amb qui podem contactar?", "¿A quién podemos dirigirnos?": the contact, before "amb qui" (partners).
  ['contact', /^(amb qui|a qui|con quien|a quien)\b.{0,40}\b(contact\w*|adrecar\w*|dirigir\w*|parlar|hablar|escriure|escribir|trucar|llamar|preguntar)/],
  ...PROMOTER_PATTERNS.map((re): [LabelField, RegExp] => ['promoters', re]),
  ['summary', /^(breu |breve |petita |pequena )?(explicacio|explicacion|descripcio|descripcion|resum|resumen|sintesi|sintesis|presentacio|presentacion|summary|description)\b/],
  ['summary', /^(en que consisteix|en que consiste|que es|de que es tracta|de que se trata|que fa|que hace|descripcio breu|descripcion breve|explicacio breu|explicacion breve|contingut|contenido|explica|expliqueu|expliqui|descriu|descriviu|describa|describe|describid|breu resum|com funciona|como funciona|funcionament|funcionamiento|que fem|que hacemos|que fa la practica|que hace la practica|en poques paraules|en pocas palabras)\b/],
  ['summaryAlt', /^(objectius?|objetivos?|finalitat|finalidad|justificacio|justificacion|antecedents|antecedentes|motivacio|motivacion)\b/],
  ['email', /^(correu|correo|e ?-?mail|email|mail|adreca electronica|adreca de correu|direccion electronica|direccion de correo|c ?e|a ?e)\b/],
  ['phone', /^(num|numero|n) de (telefon|telefono|mobil|movil)\b/],
  ['phone', /^(telefon|telefono|telefons|telefonos|tel|tlf|tlfn|tlfno|telf|tfn|tfno|tf|mobil|movil|mobile|phone|celular|tel ?fon)\b/],
  ['role', /^(carrec|cargo|funcio|funcion|lloc de treball|puesto|puesto de trabajo|posicio|posicion|role|position|titulacio)\b/],
  ['other', /^(persones|persona|personas|poblacio|poblacion|public|collectiu|colectivo) (destinatari|beneficiari|usuari|objectiu|objetivo|atesa|atendida)/],
  ['contact', /^(per a |per |para )?(mes|mas) informacio/],
  ['contact', /^(qui|quien)( n'| es| és)?\s*(es )?(la )?(persona de contacte|persona de contacto|persona referent|persona de referencia|responsable)\b/],
  ['contact', /^(per a |per |para )?(qualsevol |cualquier )?(dubtes?|dudas?|consultes|consultas)$/],
  ['contact', /^(persona|persones|personas|tecnic|tecnica|tecnico)( a| o)?( de| del)? ?(contacte|contacto|referencia|referent)\b/],
  ['contact', /^(dades|datos|informacio|informacion)\b.{0,30}\b(contacte|contacto|referencia)\b/],
  ['contact', /^(contacte|contacto|contact|contactes|contactos|persona de referencia|persona referent|referent|interlocutor|interlocutora|persona responsable|responsable|responsables|tecnic responsable|tecnica responsable|tecnico responsable|persona)\b/],
  ['council', new RegExp(`^(ens|entitat|entidad|${COUNCIL_NOUN}|municipi|municipio|administracio|administracion)( local)? que (la |el |lo |les )?(presenta|proposa|propone|envia)\\b`)],
  ['council', new RegExp(`^(${COUNCIL_NOUN}|municipi|municipio|ens local|entitat local|entidad local|administracio|administracion|localitat|localidad|poblacio|${GROUP_COUNCIL}|corporacio|corporacion)( que (la )?(presenta|proposa|propone))?$`)],
  // The network's own sheet: "Ajuntament o Consell Comarcal".
  ['council', new RegExp(`^${COUNCIL_NOUN} o ${GROUP_COUNCIL}$`)],
  // The short form "Què? / Qui? / Com? / On?": what it is, and who does it.
  ['summary', /^(que|que es|que fem)$/],
  ['promoters', /^(qui|quien|quienes)$/],
  // "Qui ho fa", "Quién lo lleva": who does it, asked as the sheet's heading.
  ['promoters', /^(qui|quien|quienes) (ho|la|el|lo|los|las) (fa|fan|porta|porten|lleva|llevan|hace|hacen)$/],
  ['other', /^(data|fecha|ambit|ambito|sector|tematica|tema|eix|eje|resultats|resultados|pressupost|presupuesto|financament|financiacion|durada|duracion|calendari|calendario|periode|periodo|web|pagina web|enllac|enlace|enllacos|url|xarxes socials|redes sociales|adreca|direccion|poblacio destinataria|poblacion destinataria|persones destinataries|personas destinatarias|destinataris|destinatarios|beneficiaris|beneficiarios|observacions|observaciones|annexos|anexos|documentacio|documentacion|area|departament|departamento|servei|servicio|comarca|any|ano|inici|inicio|estat|estado|impacte|impacto|indicadors|indicadores|metodologia|activitats|actividades|recursos|fase|transferibilitat|transferibilidad|innovacio|innovacion|aprenentatges|aprendizajes|dificultats|dificultades|altres|otros|imatges|imagenes|fotos|video)\b/],
  // French and English wordings, from their lexicons (lexicon/fr.ts, lexicon/en.ts).
  ...labelPatterns(),
];

/**
 * The labels of the network's systematisation sheet (issue 12), on the folded key, whole: the form's
 * own wording ("Ajuntament o Consell Comarcal", "Elements clau", "Indicadors de resultat utilitzats")
 * and the Spanish one ("Ayuntamiento o Consejo Comarcal", "Elementos clave", "Aspectos a tener en
 * cuenta"), with the variants councils write in their own copies. Submissions read these labels as
 * boundaries ('other' below, unless the table above knows them); the sheet reader names the field.
 */
const SHEET_LABEL_PATTERNS: Array<[SheetKey, RegExp]> = [
  ['council', new RegExp(`^(${COUNCIL_NOUN}( o ${GROUP_COUNCIL})?|${GROUP_COUNCIL}|ens local|entitat local|entidad local)$`)],
  ['contactPerson', /^(persona (de referencia|referent|de contacte|de contacto|responsable)|persona|contacte|contacto|referent)$/],
  ['contactEmail', /^(mail|e ?mail|correu|correo)( electronic| electronico)?( de (contacte|contacto|la persona de referencia))?$/],
  ['department', /^(area|servei|servicio|departament|departamento)( o (departament|departamento|servei|servicio|area))?( municipal| responsable)?$/],
  ['classification', /^(classificacio|clasificacion)( simplificada| tematica)?$/],
  ['description', /^(descripcio|descripcion)( breu| breve| de la (practica|iniciativa|bona practica|buena practica))?$|^(breu descripcio|breve descripcion)$/],
  ['objectives', /^(objectius?|objetivos?)( (generals?|especifics?|generales?|especificos?))?$/],
  ['beneficiaries', /^(persones|personas|poblacio|poblacion|public|publico|collectiu|colectivo) (destinatari|destinatar|beneficiari)\w*$|^(destinatari|destinatar|beneficiari)\w*$/],
  ['resources', /^recursos( (utilitzats|utilizados|emprats|empleados|necessaris|necesarios|economics|economicos|humans i materials|humanos y materiales))?$/],
  ['keyElements', /^(elements|elementos|factors|factores) (clau|clave|d'exit|de exito)$/],
  ['limitations', /^(limitacions|limitaciones)$/],
  ['indicators', /^(indicadors|indicadores)( de (resultat|resultats|resultado|resultados))?( (utilitzats|utilizados))?$/],
  ['considerations', /^(aspectes|aspectos) a (tenir|tener) en (compte|cuenta)$|^(altres aspectes|otros aspectos)( a (tenir|tener) en (compte|cuenta))?$/],
];

/** The sheet field a label names ("Elements clau" → keyElements), or null. */
export function sheetKeyOf(raw: string): SheetKey | null {
  const key = labelKey(raw);
  if (!key) return null;
  for (const [field, re] of SHEET_LABEL_PATTERNS) if (re.test(key)) return field;
  return null;
}

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
  // A label of the systematisation sheet the table above does not know ("Elements clau") still ends the value before it.
  return sheetKeyOf(key) ? 'other' : null;
}

// Roman numerals up to XII, as forms number their sections ("II. Entitats promotores").
const LEAD = /^\s*(?:[-*•·▪▫■□●○◦‣►▶➢➤✓✔–—>]+\s*|\(?\d{1,2}[.)]\s*(?:\d{1,2}[.)]?\s*)?|\(?[a-h][.)]\s+|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[.)]\s+)?(?:\*\*|__)?\s*/;

/** Drops a leading bullet, "1.", "1.2", "a)", "IV." or "**" from a line. */
export function stripLead(line: string): string {
  return line.replace(LEAD, '');
}

export function hasBullet(line: string): boolean {
  return /^\s*[-*•·▪▫■□●○◦‣►▶➢➤✓✔–—]\s*\S/.test(line) && !/^\s*(--|\*\*|\*[^*\s][^*]*\*\s*:?)/.test(line);
}

/** "Us enviem la nostra experiència:", "Os presentamos:", "Aquí la teniu:": a sentence introducing what follows. */
const INTRO_KEY = /^(us|os|ens|nos|aqui|adjunt\w*|envi\w*|present\w*|compart\w*|fem arribar|hacemos llegar|volem|queremos|trobareu|encontrareis|teniu|teneis|a continuacio)\b/;
const GREETING_KEY = /^(bon dia|bona tarda|bon vespre|hola|benvolguts?|benvolgudes?|estimats?|estimades?|buenos dias|buenas tardes|buenas|hola a tots|hola a todos|queridos?|queridas?|apreciados?|companys|companyes|companeros|companeras)$/;
/** A whole line in emphasis ("*Name: subtitle*", "**Name: subtitle**", "_…_"), as plain-text mail writes bold. */
const EMPHASISED_LINE = /^\s*(\*{1,2}|_{1,2})[^*_\s][^*_]*:[^*_]*[^*_\s]\1\s*$/;

/** "Nota:", "Àmbit territorial:": a short capitalised key, i.e. a label we don't know but must stop at. */
function isGenericKey(key: string): boolean {
  const k = key.replace(/[*_]+/g, '').trim();
  // A quote mark before the colon: the colon is inside a quoted name ("Us presentem «X: y»").
  if (!/^[A-ZÀ-Ý]/.test(k) || /[\d@,.;«»"“”]|https?|www/i.test(k)) return false;
  const n = wordCount(k);
  return n >= 1 && n <= 4 && !/\s(de|del|la|el|i|y|a|per|amb|en|les|els|que)$/i.test(k);
}

/**
 * Reads a label at the start of one line. Accepts "Label: value", "Label - value", "Label<TAB>value",
 * a known label alone on its line, and "Tel. 93…"/"E-mail x@y" without colon.
 */
export function parseLabelLine(line: string): LabelHit | null {
  const hit = parseLabelBody(stripLead(unpipe(line)));
  if (hit?.generic && EMPHASISED_LINE.test(line)) return null;
  if (hit || !UPPER_LETTER_LEAD.test(line)) return hit;
  // "B. Qui hi ha darrere?": an upper-case letter numbers a label only when a known label follows
  // (else "A. Vilaseca Pou" would lose its initial).
  const lettered = parseLabelBody(line.replace(UPPER_LETTER_LEAD, ''));
  return lettered && !lettered.generic && lettered.field !== 'other' ? lettered : null;
}

const UPPER_LETTER_LEAD = /^\s*\(?[A-H][.)]\s+/;

/** "| Títol | Graner Comú |": a row of a plain-text table, its cells separated by " | ". */
function unpipe(line: string): string {
  return /^\s*\|/.test(line) ? line.replace(/^\s*\|\s*/, '').replace(/\s*\|\s*$/, '') : line;
}

function parseLabelBody(body: string): LabelHit | null {
  if (!body.trim()) return null;
  const asked = questionLabel(body);
  if (asked) return asked;
  const colon = findLabelColon(body);
  // "Títol<TAB>Graner Comú: botiga a granel": a known label before a cell gap owns the line, and the
  // colon further on belongs to the value.
  const cell = cellLabel(body);
  if (cell && (colon < 0 || (cell.gapAt < colon && cell.wide))) return cell.hit;
  if (colon > 0) {
    const key = body.slice(0, colon).replace(/[*_]{1,2}\s*$/, '').trim();
    const value = body.slice(colon + 1).replace(/^\s*[*_]{0,2}\s*/, '').trim();
    const field = classifyKey(key);
    if (field) return { field, label: cleanLabel(key), value };
    // "Buenos días: …" greets; "*Botiga Oberta: tienda en línea*" is a title in bold, not a key.
    if (isGenericKey(key) && !GREETING_KEY.test(fold(key)) && !INTRO_KEY.test(fold(key))) {
      return { field: 'other', label: cleanLabel(key), value, generic: true };
    }
    return null;
  }
  return parseWithoutColon(body);
}

/**
 * "Títol<TAB>value", "Títol      value" (a form table pasted or read from a PDF), "Títol – value",
 * "Títol ........ value", "Títol | value": a known label, then a tab, a run of spaces, a spaced dash,
 * leader dots or a cell bar. The key is at most 60 characters, so
 * the lazy match stays linear on long lines.
 */
function cellLabel(body: string): { hit: LabelHit; gapAt: number; wide: boolean } | null {
  const sep = /^(.{2,60}?)(\t+| {2,}| [-–—] | \| |\s*(?:\.{3,}|…+)\s*)(\S.*)$/.exec(body);
  if (!sep || !sep[1] || !sep[3]) return null;
  const field = classifyKey(sep[1]);
  if (!field || field === 'other') return null;
  // "Bona pràctica - Ajuntament de X" is a document heading: a bare noun needs a colon or a cell,
  // unless what follows is what the label asks for ("Contacte – Joana Vilaseca, joana@…").
  const weak = WEAK_KEYS.test(labelKey(sep[1])) && /[-–—]/.test(sep[2] ?? '') && !(field === 'contact' && /@|\d{3}/.test(sep[3]));
  if (weak) return null;
  // A tab, 3+ spaces, a dash, a pipe or leader dots are layout; two spaces may be a typo inside a
  // label ("Nom  i cognoms: …"), so they only separate a label from its value when no colon follows.
  const wide = sep[2] !== '  ';
  return { hit: { field, label: cleanLabel(sep[1]), value: sep[3].trim() }, gapAt: sep[1].length, wide };
}

/** Index of the colon ending a label (not a time "9:30", a URL or a colon deep in a sentence). */
/**
 * "Qui la impulsa? L'Ajuntament de X…": a known question label answered on the same line. Checked
 * before the colon, which then belongs to the answer ("Com es diu? Graner: botiga a granel").
 */
function questionLabel(body: string): LabelHit | null {
  const m = /^\s*(¿?[^?:]{2,80}\?)\s+(\S.*)$/.exec(body);
  if (!m || !m[1] || !m[2]) return null;
  const field = classifyKey(m[1]);
  return field && field !== 'other' ? { field, label: cleanLabel(m[1]), value: m[2].trim() } : null;
}

function findLabelColon(body: string): number {
  const m = /^([^:]{1,80}?)\s*:(?!\/\/)(?!\d{2}\b)/.exec(body);
  if (!m || !m[1]) return -1;
  if (/@/.test(m[1])) return -1;
  return m[0].length - 1;
}

function parseWithoutColon(body: string): LabelHit | null {
  const trimmed = body.replace(/(\*\*|__)\s*$/, '').replace(/[\s.:?]+$/, '').trim();
  const alone = classifyKey(trimmed);
  // A label of the systematisation sheet stands alone above its answer ("Recursos", then the text).
  if (alone && (alone !== 'other' || sheetKeyOf(trimmed)) && wordCount(trimmed) <= 8 && !/[\d@]/.test(trimmed) && !/[.!]\s*$/.test(body.trim().replace(/\.{3}$/, ''))) {
    return { field: alone, label: cleanLabel(trimmed), value: '' };
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
