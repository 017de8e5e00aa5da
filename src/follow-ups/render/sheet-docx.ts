// The network's systematisation sheet, pre-filled for the advisor as a DOCX: the published fields in
// their published order (shared/data/README.md), with what we know and blanks for what we do not.
// The WordprocessingML is written here as text and zipped with fflate: every part but the body is
// the same for every sheet, and an object-model builder (the docx package) cost ~5 ms per sheet,
// most of a follow-up's price (docs/benchmarks.md).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { SHEET_KEYS, SHEET_LABELS_CA, type SheetKey, type SheetValues } from '../../domain/sheet.js';
import type { SheetSpec } from '../../domain/follow-ups.js';

export type { SheetSpec };

/** The published per-initiative sheet of the network, in order. Labels stay in Catalan: they are the form's own. */
export const SHEET_FIELDS = SHEET_KEYS.map((k) => SHEET_LABELS_CA[k]);

export interface SheetSource {
  id: string;
  title: string | null;
  municipality: string | null;
  promoters: string[];
  summary: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null };
  /** Theme labels in Catalan, the language of the form. */
  themeLabels: string[];
  source: string | null;
  /** What a returned sheet already recorded (issue 12): it wins over what intake read. */
  sheet?: SheetValues | null;
}

/** Pure: the sheet's content from a practice; what we do not know stays blank, never guessed. */
export function sheetSpec(p: SheetSource): SheetSpec {
  const person = [p.contact.name, p.contact.role, p.contact.phone].filter(Boolean).join(', ');
  const known: Partial<Record<SheetKey, string>> = {
    council: p.municipality ?? '',
    contactPerson: person,
    contactEmail: p.contact.email ?? '',
    classification: p.themeLabels.join('; '),
    description: p.summary ?? '',
  };
  const notes = [`Identificador: ${p.id}`];
  if (p.promoters.length) notes.push(`Entitats promotores: ${p.promoters.join('; ')}`);
  if (p.source) notes.push(`Font: ${p.source}`);
  return {
    filename: `fitxa-${p.id}.docx`,
    heading: p.title ?? 'Bona pràctica (sense títol)',
    notes,
    fields: SHEET_KEYS.map((key) => ({ label: SHEET_LABELS_CA[key], value: p.sheet?.[key] ?? known[key] ?? '' })),
  };
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Characters XML 1.0 forbids even escaped (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/F):
// a council's text may carry them from a PDF, and Word refuses a document that holds one.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One run; tabs become <w:tab/> so they survive, and xml:space keeps leading and trailing spaces. */
function run(text: string, bold = false): string {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return text.split('\t').map((piece, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}<w:r>${rPr}<w:t xml:space="preserve">${xmlText(piece)}</w:t></w:r>`).join('');
}

function paragraph(text: string, opts: { style?: string; bold?: boolean } = {}): string {
  const pPr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : '';
  return `<w:p>${pPr}${text ? run(text, opts.bold) : ''}</w:p>`;
}

/** Table widths in fiftieths of a percent (5000 = 100 %), as WordprocessingML counts them. */
function cell(paragraphs: string, pct: number): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${pct * 50}" w:type="pct"/></w:tcPr>${paragraphs}</w:tc>`;
}

function fieldRow(label: string, value: string): string {
  // One paragraph per line of the value: a run does not break on "\n".
  const lines = value ? value.split(/\r?\n/) : [''];
  return `<w:tr>${cell(paragraph(label, { bold: true }), 32)}${cell(lines.map((l) => paragraph(l)).join(''), 68)}</w:tr>`;
}

const BORDER = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');

function documentXml(spec: SheetSpec): string {
  const table = `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDER}</w:tblBorders></w:tblPr>`
    + `<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6400"/></w:tblGrid>${spec.fields.map((f) => fieldRow(f.label, f.value)).join('')}</w:tbl>`;
  const body = [
    paragraph('Fitxa de sistematització de bona pràctica', { style: 'Heading2' }),
    paragraph(spec.heading, { style: 'Heading1' }),
    ...spec.notes.map((n) => paragraph(n)),
    paragraph(''),
    table,
    // A document body must end with a paragraph after a table, and the section sets an A4 page.
    paragraph(''),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
  ].join('');
  return `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${OFFICE_REL}"><w:body>${body}</w:body></w:document>`;
}

function heading(id: string, name: string, size: number): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`
    + `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${id === 'Heading1' ? 0 : 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
}

// The parts every sheet shares, encoded once and stored uncompressed: deflating them again for every
// sheet would double the cost of building one, to save ~2 KB.
const STATIC_PARTS: Record<string, Uint8Array> = {
  '[Content_Types].xml': strToU8(`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
  '_rels/.rels': strToU8(`${XML_HEAD}<Relationships xmlns="${REL_NS}">`
    + `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>`
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
  'word/_rels/document.xml.rels': strToU8(`${XML_HEAD}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`),
  'word/styles.xml': strToU8(`${XML_HEAD}<w:styles xmlns:w="${W_NS}">`
    + '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="ca-ES"/></w:rPr></w:rPrDefault>'
    + '<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + `${heading('Heading1', 'heading 1', 32)}${heading('Heading2', 'heading 2', 26)}</w:styles>`),
};

const STORED_PARTS: Zippable = Object.fromEntries(Object.entries(STATIC_PARTS).map(([name, bytes]) => [name, [bytes, { level: 0 }]]));

function coreXml(title: string): string {
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`
    + `<dc:title>${xmlText(title)}</dc:title><dc:creator>xmess</dc:creator><dc:language>ca-ES</dc:language></cp:coreProperties>`;
}

/** The DOCX bytes (built when the mail is composed, so the outbox stores only the spec). The same spec gives the same bytes. */
export function buildSheetDocx(spec: SheetSpec): Buffer {
  const zipped = zipSync({
    ...STORED_PARTS,
    'word/document.xml': strToU8(documentXml(spec)),
    'docProps/core.xml': strToU8(coreXml(`Fitxa de sistematització: ${spec.heading}`)),
    // A fixed time (the DOS epoch) keeps the bytes a function of the spec alone.
  }, { level: 1, mtime: new Date('1980-01-01T00:00:00Z') });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
