// Documents for the held-out corpora, built deterministically (fixed dates, fixed zip timestamps):
// DOCX written as plain WordprocessingML (bold runs, tables, page breaks, tracked changes), ODT
// (paragraphs, headings, tables, lists) and PDF with pdfkit (a flowing form, a form in two columns
// whose text stream runs across them line by line, a form whose field runs over a page break, and an
// image-only scan).
import PDFDocument from 'pdfkit';
import { esc, png, zipOf } from './mime.mjs';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT_TYPE = 'application/vnd.oasis.opendocument.text';

// ------------------------------------------------------------------ DOCX
// Blocks: 'text' | { p: runs, style?: 'Heading1'|'Heading2'|'Title', align? } | { table: rows, widths? } | { pageBreak: true }
// runs: 'text' | [{ t, b?, i?, ins?: true, del?: true }]; a table cell: 'text' (\n = paragraphs) or a block list.
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function docxRuns(runs, rev) {
  const list = typeof runs === 'string' ? [{ t: runs }] : runs;
  return list.map((r) => {
    const run = typeof r === 'string' ? { t: r } : r;
    const rpr = (run.b || run.i) ? `<w:rPr>${run.b ? '<w:b/><w:bCs/>' : ''}${run.i ? '<w:i/>' : ''}</w:rPr>` : '';
    const text = run.del ? `<w:delText xml:space="preserve">${esc(run.t)}</w:delText>` : `<w:t xml:space="preserve">${esc(run.t)}</w:t>`;
    const xml = `<w:r>${rpr}${text}</w:r>`;
    if (!run.ins && !run.del) return xml;
    rev.id += 1;
    const tag = run.ins ? 'w:ins' : 'w:del';
    return `<${tag} w:id="${rev.id}" w:author="${esc(rev.author)}" w:date="${rev.date}">${xml}</${tag}>`;
  }).join('');
}

function docxBlock(b, rev) {
  if (typeof b === 'string') return `<w:p>${docxRuns(b, rev)}</w:p>`;
  if (b.pageBreak) return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  if (b.table) {
    const cols = b.table[0].length;
    const widths = b.widths ?? Array.from({ length: cols }, () => Math.floor(9000 / cols));
    const cell = (c, j) => `<w:tc><w:tcPr><w:tcW w:w="${widths[j]}" w:type="dxa"/></w:tcPr>${(typeof c === 'string' ? c.split('\n') : c).map((x) => docxBlock(x, rev)).join('')}</w:tc>`;
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${b.table.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl><w:p/>`;
  }
  const ppr = (b.style || b.align) ? `<w:pPr>${b.style ? `<w:pStyle w:val="${b.style}"/>` : ''}${b.align ? `<w:jc w:val="${b.align}"/>` : ''}</w:pPr>` : '';
  return `<w:p>${ppr}${docxRuns(b.p, rev)}</w:p>`;
}

/** A .docx from blocks. `author`/`revDate` sign tracked changes; the dates are fixed. */
export async function docx(blocks, { title = '', creator = 'Usuari', created = '2020-04-20T08:15:00Z', modified = '2020-04-21T12:40:00Z', lang = 'ca-ES', revAuthor, revDate = '2020-04-21T12:31:00Z' } = {}) {
  const rev = { id: 0, author: revAuthor ?? creator, date: revDate };
  const body = blocks.map((b) => docxBlock(b, rev)).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1701" w:bottom="1417" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const heading = (id, name, size) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${id === 'Heading2' ? 1 : 0}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading('Title', 'Title', 36)}${heading('Heading1', 'heading 1', 30)}${heading('Heading2', 'heading 2', 26)}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(rev.author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>'],
    ['docProps/core.xml', core],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['word/document.xml', document],
    ['word/styles.xml', styles],
  ]);
}

/** "Label: value" with the label bold. */
export const dLab = (label, value) => ({ p: [{ t: `${label}: `, b: true }, { t: value }] });

// ------------------------------------------------------------------ ODT
// Blocks: 'text' | { h: 'text', level? } | { bold: 'text' } | { table: rows (first column shaded when `labels`) } | { list: items }
const ODT_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const oP = (t, style) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${esc(t)}</text:p>`;
function odtBlock(b) {
  if (typeof b === 'string') return oP(b);
  if (b.h !== undefined) return `<text:h text:style-name="Heading_20_${b.level ?? 1}" text:outline-level="${b.level ?? 1}">${esc(b.h)}</text:h>`;
  if (b.bold !== undefined) return oP(b.bold, 'P2');
  if (b.list) return `<text:list>${b.list.map((i) => `<text:list-item>${oP(i)}</text:list-item>`).join('')}</text:list>`;
  const cols = b.table[0].length;
  return `<table:table table:name="Taula1" table:style-name="T1">${Array.from({ length: cols }, () => '<table:table-column table:style-name="T1.A"/>').join('')}${b.table.map((row, i) => `<table:table-row>${row.map((c, j) => `<table:table-cell table:style-name="${(b.labels === 'column' && j === 0) || (b.labels === 'row' && i === 0) ? 'T1.A1' : 'T1.B1'}" office:value-type="string">${String(c).split('\n').map((l) => oP(l, (b.labels === 'column' && j === 0) || (b.labels === 'row' && i === 0) ? 'P2' : undefined)).join('')}</table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`;
}

export async function odt(blocks, { lang = 'ca', country = 'ES', created = '2020-04-21T10:05:00', modified = '2020-04-22T09:31:00', generator = 'LibreOffice/6.4.3.2$Windows_X86_64 LibreOffice_project/747b5d0ebf89f41c860ec2a39efd7cb15b54f2d8' } = {}) {
  const auto = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    + '<style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
    + '<style:style style:name="T1.A" style:family="table-column"/>'
    + '<style:style style:name="T1.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6e6e6" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    + '<style:style style:name="T1.B1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    + '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODT_NS} office:version="1.2"><office:automatic-styles>${auto}</office:automatic-styles><office:body><office:text>${blocks.map(odtBlock).join('')}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODT_NS} office:version="1.2"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:language="${lang}" fo:country="${country}"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style></office:styles></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:generator>${esc(generator)}</meta:generator><meta:creation-date>${created}</meta:creation-date><dc:date>${modified}</dc:date><dc:language>${lang}-${country}</dc:language></office:meta></office:document-meta>`;
  return zipOf([
    ['mimetype', ODT_TYPE, { compression: 'STORE' }],
    ['META-INF/manifest.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODT_TYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`],
    ['content.xml', content],
    ['styles.xml', styles],
    ['meta.xml', meta],
  ]);
}

// ------------------------------------------------------------------ PDF
/** A PDF from pdfkit's own document options (`info` keys are written in the order given). */
export function pdfRaw(draw, options) {
  return new Promise((res, rej) => {
    const d = new PDFDocument(options);
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.on('end', () => res(Buffer.concat(chunks)));
    d.on('error', rej);
    draw(d);
    d.end();
  });
}

export function pdf(draw, { title = '', author = '', creator = 'Microsoft® Word 2016', producer = 'Microsoft® Word 2016', date = '2020-04-20T09:12:00Z', margins = { top: 72, bottom: 72, left: 70, right: 70 } } = {}) {
  return new Promise((res, rej) => {
    const d = new PDFDocument({ size: 'A4', margins, info: { Title: title, Author: author, Creator: creator, Producer: producer, CreationDate: new Date(date), ModDate: new Date(date) } });
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.on('end', () => res(Buffer.concat(chunks)));
    d.on('error', rej);
    Promise.resolve(draw(d)).then(() => d.end(), rej);
  });
}

/** A form that flows: heading, then each label (bold) above its value. */
export const pdfForm = (fields, { heading, letterhead, ...info }) => pdf((d) => {
  const L = 70; const W = d.page.width - 140;
  if (letterhead) d.font('Helvetica-Bold').fontSize(9).fillColor('#555555').text(letterhead, L, 48, { width: W });
  d.font('Helvetica-Bold').fontSize(15).fillColor('#000000').text(heading, L, 90, { width: W });
  d.moveDown(1);
  for (const [k, v] of fields) {
    d.font('Helvetica-Bold').fontSize(10).text(k, { width: W });
    d.font('Helvetica').fontSize(10.5).text(v, { width: W, lineGap: 1.5 });
    d.moveDown(0.6);
  }
}, info);

function wrap(d, text, width) {
  const lines = [];
  for (const para of String(text).split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && d.widthOfString(next) > width) { lines.push(cur); cur = w; } else cur = next;
    }
    lines.push(cur);
  }
  return lines;
}

/**
 * A form laid out in two columns (`left` and `right`: lists of [label, value]) whose text is written
 * line by line across the page, as many layout programs emit it: the text stream alternates between
 * the columns, only the positions tell them apart.
 */
export const pdfTwoColumnForm = ({ left, right }, { heading, letterhead, ...info }) => pdf((d) => {
  const L = 50; const gap = 24; const colW = (d.page.width - 2 * L - gap) / 2; const lh = 13.5;
  d.font('Helvetica-Bold').fontSize(9).fillColor('#555555').text(letterhead ?? '', L, 40, { width: d.page.width - 2 * L });
  d.font('Helvetica-Bold').fontSize(15).fillColor('#000000').text(heading, L, 66, { width: d.page.width - 2 * L });
  const column = (fields) => {
    const out = [];
    for (const [k, v] of fields) {
      d.font('Helvetica-Bold').fontSize(10);
      out.push({ t: k, bold: true });
      d.font('Helvetica').fontSize(10);
      for (const l of wrap(d, v, colW)) out.push({ t: l });
      out.push({ t: '' });
    }
    return out;
  };
  const a = column(left); const b = column(right);
  const top = 110;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const [col, x] of [[a, L], [b, L + colW + gap]]) {
      const line = col[i];
      if (!line || !line.t) continue;
      d.font(line.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(line.t, x, top + i * lh, { lineBreak: false });
    }
  }
}, info);

/**
 * A form on two pages with a running header and a "page n of 2" footer on each; `fields` flow, so a
 * long field starting low on the first page is broken by the page break.
 */
export const pdfFormOverPages = (fields, { heading, header, footer, before = [], ...info }) => pdf((d) => {
  const L = 70; const W = d.page.width - 140;
  let page = 0;
  const furniture = () => {
    page += 1;
    const bottom = d.page.margins.bottom;
    d.page.margins.bottom = 0;
    const { x, y } = d;
    d.font('Helvetica').fontSize(8).fillColor('#666666').text(header, L, 36, { width: W, lineBreak: false });
    d.text(`${footer} · ${page}/2`, L, d.page.height - 44, { width: W, align: 'center', lineBreak: false });
    // a field broken by the page break goes on in the body font
    d.fillColor('#000000').font('Helvetica').fontSize(10.5);
    d.page.margins.bottom = bottom;
    d.x = x; d.y = y;
  };
  d.on('pageAdded', furniture);
  furniture();
  d.font('Helvetica-Bold').fontSize(15).text(heading, L, 80, { width: W });
  d.moveDown(0.8);
  for (const t of before) { d.font('Helvetica').fontSize(10.5).text(t, { width: W, lineGap: 1.5 }); d.moveDown(0.6); }
  for (const [k, v] of fields) {
    d.font('Helvetica-Bold').fontSize(10.5).text(k, { width: W });
    d.font('Helvetica').fontSize(10.5).text(v, { width: W, lineGap: 3 });
    d.moveDown(1);
  }
}, info);

/** An image-only PDF (a scan): grey lines of "text" as pixels, no text layer. */
export const pdfScan = (seed, info) => {
  let s = seed >>> 0;
  const rnd = () => { s = (s * 1103515245 + 12345) >>> 0; return s / 2 ** 32; };
  const rows = Array.from({ length: 40 }, () => Math.floor(200 + rnd() * 300));
  const img = png(620, 880, 1, (x, y) => {
    const row = Math.floor((y - 60) / 20);
    const inLine = y > 60 && (y - 60) % 20 < 9 && row < rows.length && x > 50 && x < 50 + rows[row];
    return inLine && ((x * 7 + y * 3) % 11 > 3) ? 40 : 245;
  });
  return pdf((d) => { d.image(img, 0, 0, { width: d.page.width, height: d.page.height }); }, { creator: 'RICOH MP C3004', producer: 'RICOH MP C3004', ...info });
};
