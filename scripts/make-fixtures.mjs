#!/usr/bin/env node
// Writes the document fixtures of tests/fixtures/docs/: council practice sheets as real PDF, DOCX
// and ODT files (Catalan and Spanish), plus hostile ones (image-only, truncated and encrypted PDF,
// DOCX zip bombs, an ODT with an external entity). The outputs are committed, so tests never run
// this; rerun it (`npm run fixtures`) only to change a fixture. Output is byte-for-byte
// deterministic: fixed dates, fixed zip timestamps, RC4 encryption (pdfkit's AES uses random IVs).
// make-sample.mjs reuses the builders exported here. All people, organisations and projects are
// invented; the councils are real members of the network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

export const FIXED_DATE = new Date('2020-04-20T08:00:00Z');
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'docs');

export const LABELS = {
  ca: { heading: 'Recull de bones pràctiques en economia social i solidària 2020', title: 'Títol', promoters: 'Organitzacions promotores',
    summary: 'Breu explicació', contact: 'Contacte de la persona de referència', name: 'Nom', role: 'Càrrec', email: 'Correu electrònic', phone: 'Telèfon' },
  es: { heading: 'Recopilación de buenas prácticas en economía social y solidaria 2020', title: 'Título', promoters: 'Organizaciones promotoras',
    summary: 'Breve explicación', contact: 'Persona de contacto', name: 'Nombre', role: 'Cargo', email: 'Correo electrónico', phone: 'Teléfono' },
};

/** The practice sheets of the fixtures (invented). `summary` is a list of paragraphs. */
export const SHEETS = {
  pdfCa: {
    lang: 'ca', council: 'Ajuntament de Ripollet', title: 'Obrador compartit de cuina de proximitat',
    promoters: ['Ajuntament de Ripollet', 'Cooperativa Fogons Oberts', 'Associació Veïnal del Turó Verd'],
    summary: [
      "Durant el confinament per la Covid-19, l'Ajuntament ha cedit la cuina de l'antic casal d'avis a una cooperativa de restauració, que hi elabora menús de temporada amb producte de la pagesia del Vallès per a les famílies ateses pels serveis socials.",
      "L'associació veïnal coordina el repartiment amb persones voluntàries, i el projecte ha creat quatre llocs de treball estables.",
    ],
    contact: { name: 'Aina Comas Ribera', role: 'Tècnica de Desenvolupament Local', email: 'acomas@ripollet.cat', phone: '93 555 31 20' },
  },
  pdfEs: {
    lang: 'es', council: 'Ayuntamiento de Santa Perpètua de Mogoda', title: 'Mercado de intercambio de material escolar',
    promoters: ['Ayuntamiento de Santa Perpètua de Mogoda', 'Cooperativa Papers Circulars', 'Asociación de Familias del Barrio Alt'],
    summary: [
      'Cada septiembre, una cooperativa de inserción recoge, revisa y redistribuye libros de texto, mochilas y material escolar que las familias ya no necesitan. En 2019 se reutilizaron 4.200 libros y se evitó la compra de material nuevo a 600 familias.',
    ],
    contact: { name: 'Marina Castells Oliva', role: 'Técnica de Educación', email: 'mcastells@staperpetua.cat', phone: '93 555 42 18' },
  },
  docxForm: {
    lang: 'ca', council: 'Ajuntament de Montornès del Vallès', title: 'Taller cooperatiu de reparació de bicicletes',
    promoters: ['Ajuntament de Montornès del Vallès', 'Cooperativa Radi Solidari', 'Associació Juvenil La Corriola'],
    summary: [
      "Un grup de joves de 16 a 20 anys gestiona, amb l'acompanyament d'una cooperativa de mobilitat, un taller on el veïnat porta a reparar bicicletes i on se'n recuperen de abandonades per cedir-les a qui en necessita.",
      'El taller funciona com una cooperativa escolar: les persones participants decideixen preus, torns i inversions en assemblea.',
    ],
    contact: { name: 'Bernat Solé Pla', role: 'Tècnic de Joventut', email: 'bsole@montornes.cat', phone: '93 555 27 64' },
  },
  docxTable: [
    {
      lang: 'ca', council: 'Ajuntament de Vilafranca del Penedès', title: 'Banc de llavors del Penedès',
      promoters: ['Ajuntament de Vilafranca del Penedès', 'Cooperativa Terra de Ceps'],
      summary: ['Un banc públic de llavors de varietats locals que la cooperativa multiplica i presta a horticultors i escoles, que en retornen el doble després de la collita.'],
      contact: { name: 'Clara Fuster Nin', role: 'Tècnica de Medi Rural', email: 'cfuster@vilafranca.cat', phone: '93 555 18 40' },
    },
    {
      lang: 'ca', council: 'Ajuntament de Vilafranca del Penedès', title: 'Espai de cotreball per a cooperatives joves',
      promoters: ['Ajuntament de Vilafranca del Penedès', 'Associació Xarxa Jove Emprèn'],
      summary: ["Local municipal on cooperatives de menys de tres anys fundades per persones menors de 35 anys disposen d'espai de treball i mentoria gratuïta durant dos anys."],
      contact: { name: 'Pau Garriga Serra', role: "Tècnic d'Ocupació", email: 'pgarriga@vilafranca.cat', phone: '93 555 18 52' },
    },
  ],
  odtHeadings: {
    lang: 'ca', council: 'Ajuntament de Sant Quirze del Vallès', title: 'Botiga gratuïta de roba i joguines',
    promoters: ['Ajuntament de Sant Quirze del Vallès', 'Associació Segona Vida', 'Cooperativa Fil de Retalls'],
    summary: [
      "Una botiga sense caixa registradora on el veïnat deixa i s'emporta roba, joguines i petits estris en bon estat. La cooperativa tèxtil arregla les peces malmeses i n'aprofita els retalls.",
      "En el primer any s'han reutilitzat 11 tones d'objectes que haurien acabat al contenidor de rebuig.",
    ],
    contact: { name: 'Judit Ferran Coll', role: 'Tècnica de Medi Ambient', email: 'jferran@santquirzevalles.cat', phone: '93 555 36 71' },
  },
  odtTable: {
    lang: 'es', council: 'Ayuntamiento de Barberà del Vallès', title: 'Huerto comunitario intergeneracional',
    promoters: ['Ayuntamiento de Barberà del Vallès', 'Asociación Raíces Compartidas'],
    summary: [
      'Personas mayores del barrio enseñan a cultivar a jóvenes de un programa de inserción en un solar municipal cedido a la asociación. La cosecha se reparte entre las familias participantes y el comedor social.',
    ],
    contact: { name: 'Sergio Lozano Prieto', role: 'Técnico de Servicios Sociales', email: 'slozano@bdv.cat', phone: '93 555 47 09' },
  },
};

// ---- PDF ---------------------------------------------------------------------------------

/** Render a PDF to a Buffer. `draw(doc)` writes the pages; pdfkit's own fonts encode Catalan (WinAnsi). */
function renderPdf(meta, draw, options = {}) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4', margin: 56, ...options,
      info: { Title: meta.title, Author: meta.author, Creator: 'xmess fixtures', Producer: 'xmess fixtures', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A sheet as labelled lines ("Títol: …"), like a Word document exported to PDF. */
export function buildPdf(sheet, { userPassword, annex } = {}) {
  const L = LABELS[sheet.lang];
  const encryption = userPassword ? { userPassword, ownerPassword: `${userPassword}-owner`, pdfVersion: '1.4' } : {};
  return renderPdf({ title: sheet.title, author: sheet.council }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(14).text(sheet.council).fontSize(10).font('Helvetica').text(L.heading).moveDown();
    const field = (label, value) => doc.font('Helvetica-Bold').fontSize(11).text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    field(L.title, sheet.title);
    field(L.promoters, sheet.promoters.join(', '));
    doc.font('Helvetica-Bold').text(`${L.summary}:`).font('Helvetica');
    for (const paragraph of sheet.summary) doc.text(paragraph, { align: 'justify' });
    doc.font('Helvetica-Bold').text(`${L.contact}:`);
    field(L.name, sheet.contact.name);
    field(L.role, sheet.contact.role);
    field(L.email, sheet.contact.email);
    field(L.phone, sheet.contact.phone);
    if (annex) {
      doc.addPage().font('Helvetica-Bold').text(annex.title).font('Helvetica');
      for (const line of annex.lines) doc.text(line);
    }
  }, encryption);
}

/** A "scanned" sheet: one page holding only a picture of text lines, no text layer. */
export function buildScannedPdf() {
  return renderPdf({ title: 'SCAN_20200424_0931', author: 'MFP-3F' }, (doc) => {
    doc.image(grayPng(420, 594, scanPixel), 56, 56, { width: 480 });
  });
}

/** Dark bars on white, like lines of print photographed by a copier. */
function scanPixel(x, y) {
  const inLine = y % 22 < 9 && y > 40 && y < 560 && x > 30 && x < 390 - (y % 5) * 30;
  const inWordGap = ((x * 7 + y) % 53) < 4;
  return inLine && !inWordGap ? 40 : 245 - ((x * 31 + y * 17) % 9);
}

/** A minimal 8-bit grayscale PNG (PNG spec: IHDR, one IDAT of filter-0 rows, IEND). */
function grayPng(width, height, pixel) {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = pixel(x, y);
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---- DOCX --------------------------------------------------------------------------------

const bold = (text) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text) => new Paragraph({ children: [new TextRun(text)] });
const cell = (paragraphs, width) => new TableCell({ children: paragraphs, ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}) });

/** A two-column form: bold label cells, value cells with one paragraph per line. */
export function buildDocxForm(sheet) {
  const L = LABELS[sheet.lang];
  const c = sheet.contact;
  const rows = [
    [L.title, [sheet.title]],
    [L.promoters, sheet.promoters],
    [L.summary, sheet.summary],
    [L.contact, [`${L.name}: ${c.name}`, `${L.role}: ${c.role}`, `${L.email}: ${c.email}`, `${L.phone}: ${c.phone}`]],
  ].map(([label, lines]) => new TableRow({ children: [cell([bold(label)], 30), cell(lines.map(plain), 70)] }));
  return packDocx([
    new Paragraph({ text: 'FITXA DE BONA PRÀCTICA', heading: HeadingLevel.HEADING_1 }),
    plain(sheet.council),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ], sheet.council);
}

/** One table listing several practices: a repeated header row, then one row per practice. */
export function buildDocxTable(sheets, intro) {
  const L = LABELS[sheets[0].lang];
  const header = new TableRow({ tableHeader: true, children: [L.title, L.promoters, L.summary, L.contact].map((h) => cell([bold(h)])) });
  const rows = sheets.map((s) => new TableRow({ children: [
    cell([plain(s.title)]),
    cell([plain(s.promoters.join(', '))]),
    cell(s.summary.map(plain)),
    cell([plain(s.contact.name), plain(s.contact.email), plain(s.contact.phone)]),
  ] }));
  return packDocx([plain(intro), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })], sheets[0].council);
}

/** Bold "Label: " runs in plain paragraphs: the most common way councils fill the sheet in Word. */
export function buildDocxParagraphs(sheet) {
  const L = LABELS[sheet.lang];
  const field = (label, value) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  const c = sheet.contact;
  return packDocx([
    new Paragraph({ text: L.heading, heading: HeadingLevel.HEADING_1 }),
    plain(sheet.council),
    plain(''),
    field(L.title, sheet.title),
    field(L.promoters, sheet.promoters.join(', ')),
    bold(`${L.summary}:`),
    ...sheet.summary.map(plain),
    bold(`${L.contact}:`),
    field(L.name, c.name), field(L.role, c.role), field(L.email, c.email), field(L.phone, c.phone),
  ], sheet.council);
}

async function packDocx(children, creator) {
  const buffer = await Packer.toBuffer(new Document({ creator, sections: [{ children }] }));
  return normaliseZip(buffer);
}

/** Re-zip with fixed entry dates and fixed core.xml timestamps, so reruns give identical bytes. */
async function normaliseZip(buffer) {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  for (const file of Object.values(source.files)) {
    if (file.dir) continue;
    let content = await file.async('nodebuffer');
    if (file.name === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, FIXED_DATE.toISOString().replace('.000', '')));
    }
    target.file(file.name, content, { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

// ---- ODT ---------------------------------------------------------------------------------

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
  + 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
  + 'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const STYLES = '<office:automatic-styles><style:style style:name="P_Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
  + '<style:style style:name="T_Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>';

export const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const p = (text, style = 'Standard') => `<text:p text:style-name="${style}">${xml(text)}</text:p>`;
const h = (text, level) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${xml(text)}</text:h>`;

/** Headings used as labels ("Títol" as a heading, the value in the paragraph below), as LibreOffice users do. */
export function buildOdtHeadings(sheet, { revisions = false } = {}) {
  const L = LABELS[sheet.lang];
  const c = sheet.contact;
  // With revisions: a tracked deletion and a comment, which are not the document's text.
  const tracked = revisions
    ? '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Revisora</dc:creator>'
      + '<dc:date>2020-04-19T10:00:00</dc:date></office:change-info><text:p>TEXT ESBORRAT EN REVISIÓ</text:p></text:deletion></text:changed-region></text:tracked-changes>'
    : '';
  const comment = revisions ? '<office:annotation><dc:creator>Revisora</dc:creator><text:p>COMENTARI INTERN</text:p></office:annotation>' : '';
  const body = [
    tracked,
    h(`Bona pràctica - ${sheet.council}`, 1),
    h(L.title, 2), `<text:p text:style-name="Standard">${comment}${xml(sheet.title)}</text:p>`,
    h(L.promoters, 2), `<text:list>${sheet.promoters.map((x) => `<text:list-item>${p(x)}</text:list-item>`).join('')}</text:list>`,
    h(L.summary, 2), ...sheet.summary.map((x) => p(x)), p(''),
    h(L.contact, 2), p(`${L.name}: ${c.name}`), p(`${L.role}: ${c.role}`), p(`${L.email}: ${c.email}`),
    `<text:p text:style-name="Standard">${xml(L.phone)}:<text:s/>${xml(c.phone)}</text:p>`,
  ].join('');
  return packOdt(body);
}

/** A two-column form table with bold label cells, then an indicators table with a header row. */
export function buildOdtTable(sheet, indicators) {
  const L = LABELS[sheet.lang];
  const c = sheet.contact;
  const row = (label, lines) => `<table:table-row><table:table-cell office:value-type="string">${p(label, 'P_Bold')}</table:table-cell>`
    + `<table:table-cell office:value-type="string">${lines.map((x) => p(x)).join('')}</table:table-cell></table:table-row>`;
  const form = '<table:table table:name="Ficha"><table:table-column table:number-columns-repeated="2"/>'
    + row(L.title, [sheet.title]) + row(L.promoters, sheet.promoters) + row(L.summary, sheet.summary)
    + row(L.contact, [`${L.name}: ${c.name}`, `${L.role}: ${c.role}`, `${L.email}: ${c.email}`, `${L.phone}: ${c.phone}`])
    + '</table:table>';
  const cells = (values) => values.map((v) => `<table:table-cell office:value-type="string">${p(v)}</table:table-cell>`).join('');
  const table = indicators
    ? `<table:table table:name="Indicadores"><table:table-column table:number-columns-repeated="${indicators.header.length}"/>`
      + `<table:table-header-rows><table:table-row>${cells(indicators.header)}</table:table-row></table:table-header-rows>`
      + indicators.rows.map((r) => `<table:table-row>${cells(r)}</table:table-row>`).join('') + '</table:table>'
    : '';
  return packOdt([h(`Buena práctica - ${sheet.council}`, 1), form, p(''), table].join(''));
}

export function packOdt(bodyXml, { doctype = '' } = {}) {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<office:document-content ${NS} office:version="1.2">${STYLES}`
    + `<office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  const manifest = '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    + '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    + '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    + '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    + '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NS} office:version="1.2"/>`;
  const meta = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    + 'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta>'
    + `<meta:generator>xmess fixtures</meta:generator><meta:creation-date>${FIXED_DATE.toISOString().slice(0, 19)}</meta:creation-date></office:meta></office:document-meta>`;
  const zip = new JSZip();
  // ODF 1.2 part 3, 3.3: "mimetype" first and stored uncompressed, so the type shows at byte 38.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { date: FIXED_DATE, createFolders: false, compression: 'STORE' });
  zip.file('content.xml', content, { date: FIXED_DATE, createFolders: false });
  zip.file('styles.xml', styles, { date: FIXED_DATE, createFolders: false });
  zip.file('meta.xml', meta, { date: FIXED_DATE, createFolders: false });
  zip.file('META-INF/manifest.xml', manifest, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

// ---- hostile zips --------------------------------------------------------------------------

/**
 * A zip written by hand (APPNOTE 4.3), so an entry can declare any uncompressed size:
 * `declaredSize` overrides the real one in both headers.
 */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = deflateRawSync(entry.data, { level: 9 });
    const fields = { crc: crc32(entry.data), compressed: data.length, size: entry.declaredSize ?? entry.data.length };
    const local = zipHeader(0x04034b50, 30, name, fields);
    locals.push(local, data);
    centrals.push(zipHeader(0x02014b50, 46, name, fields, offset));
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Local (30-byte) or central (46-byte) header: deflate, UTF-8 names, DOS date 2020-04-20 10:00. */
function zipHeader(signature, size, name, { crc, compressed, size: uncompressed }, offset) {
  const header = Buffer.alloc(size);
  const central = size === 46;
  const at = central ? 2 : 0; // the central header has an extra "version made by" field
  header.writeUInt32LE(signature, 0);
  if (central) header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 4 + at);
  header.writeUInt16LE(0x0800, 6 + at);
  header.writeUInt16LE(8, 8 + at);
  header.writeUInt16LE((10 << 11) | (0 << 5), 10 + at);
  header.writeUInt16LE(((2020 - 1980) << 9) | (4 << 5) | 20, 12 + at);
  header.writeUInt32LE(crc, 14 + at);
  header.writeUInt32LE(compressed, 18 + at);
  header.writeUInt32LE(uncompressed, 22 + at);
  header.writeUInt16LE(name.length, 26 + at);
  if (central) header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A DOCX whose word/document.xml really inflates to `megabytes` MB of zeros; it may declare less. */
function zipBombDocx(megabytes, declaredSize) {
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.alloc(megabytes * 1024 * 1024), declaredSize },
  ]);
}

/** content.xml declares an external entity on /etc/passwd and uses it (XXE). */
function xxeOdt() {
  const doctype = '<!DOCTYPE office:document-content [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n';
  return packOdt(`${h('Títol', 2)}<text:p>Contingut: &xxe;</text:p>`, { doctype });
}

// ---- main -------------------------------------------------------------------------------

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const annex = { title: 'Annex: indicadors de seguiment', lines: ['Menús servits: 5.400', 'Famílies ateses: 180', 'Llocs de treball creats: 4'] };
  const good = await buildPdf(SHEETS.pdfCa, { annex });
  const indicators = { header: ['Indicador', '2019', '2020'], rows: [['Personas participantes', '35', '48'], ['Kilos cosechados', '900', '1.250']] };
  const files = {
    'fitxa-bona-practica.pdf': good,
    'ficha-buena-practica.pdf': await buildPdf(SHEETS.pdfEs),
    'fitxa-formulari.docx': await buildDocxForm(SHEETS.docxForm),
    'practiques-taula.docx': await buildDocxTable(SHEETS.docxTable, 'Us fem arribar les dues bones pràctiques de Vilafranca del Penedès:'),
    'fitxa-titols.odt': await buildOdtHeadings(SHEETS.odtHeadings, { revisions: true }),
    'ficha-tabla.odt': await buildOdtTable(SHEETS.odtTable, indicators),
    'escanejat.pdf': await buildScannedPdf(),
    // Cut inside the first page's objects: no xref, no trailer, content stream incomplete.
    'malmes.pdf': good.subarray(0, Math.floor(good.length * 0.45)),
    'protegit.pdf': await buildPdf(SHEETS.pdfCa, { userPassword: 'xmess2020' }),
    // Honest bomb: declares its 200 MB, refused from the central directory alone.
    'zip-bomb.docx': zipBombDocx(200),
    // Lying bomb: declares 40 KB, really holds 30 MB; refused while inflating, at 40 KB.
    'zip-bomb-mentider.docx': zipBombDocx(30, 40 * 1024),
    'xxe.odt': await xxeOdt(),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(OUT_DIR, name), bytes);
    console.log(`${String(bytes.length).padStart(8)}  tests/fixtures/docs/${name}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
