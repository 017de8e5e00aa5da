#!/usr/bin/env node
// Writes tests/fixtures/heldout5/: a fifth blind held-out corpus (30 .eml, config/, expected.json).
// Written without reading the extractor: the ground truth is what a careful human reads in each mail.
// Emphasis: Spanish and mixed Catalan/Spanish mail, attachments with styles (DOCX headings, ODT lists,
// multi-page PDFs, repeated page headers/footers), titles only in a heading or in bold, promoters in
// running prose, contacts in vCard-like blocks and HTML signature tables, phones with extensions.
// Deterministic: fixed dates, fixed MIME boundaries, fixed zip timestamps, fixed PDF metadata,
// fixed zlib level for the PNG images.
// Usage: node tests/corpora/heldout5/make.mjs

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMESS, TO, encWord, addr, b64, leaf, multi, received, eml, cp1252, flowed, zipOf, png, esc, DOCX_TYPE, ODT_TYPE, writeCorpus, pdfRaw } from '../lib/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout5');
const REMINDER_ID = '<recordatori-bonespractiques-2020-04-24@xmess.example.org>';

// MIME, zip and PNG helpers: tests/corpora/lib (shared with the other generators).
// windows-1252 encoder for the 8bit message (Latin-1 range plus the usual cp1252 extras)
// format=flowed (RFC 3676) wrapping: soft breaks keep a trailing space
// ------------------------------------------------------------------ documents
// WordprocessingML with real paragraph styles (Title, heading 1-3, List Paragraph) and a numbering part
// (numId 1 = bullets, numId 2 = decimal). A run is a string or {t, b, i, sz, color}; "\n" in a run is a line break.
function wR(seg) {
  const s = typeof seg === 'string' ? { t: seg } : seg;
  const props = `${s.b ? '<w:b/>' : ''}${s.i ? '<w:i/>' : ''}${s.color ? `<w:color w:val="${s.color}"/>` : ''}${s.sz ? `<w:sz w:val="${s.sz}"/>` : ''}`;
  const parts = String(s.t).split('\n').map((x) => `<w:t xml:space="preserve">${esc(x)}</w:t>`).join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts}</w:r>`;
}
function wP(runs, { style, center = false, right = false, num, after } = {}) {
  const list = Array.isArray(runs) ? runs : (runs === '' || runs == null ? [] : [runs]);
  const ppr = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>` : ''}${after !== undefined ? `<w:spacing w:after="${after}"/>` : ''}${center ? '<w:jc w:val="center"/>' : right ? '<w:jc w:val="right"/>' : ''}`;
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${list.map(wR).join('')}</w:p>`;
}
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOCX_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="ca-ES"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:color w:val="1F3763"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style></w:styles>`;
const DOCX_NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
async function docx(bodyXml, { title = 'Fitxa bona pràctica', creator = 'Ajuntament', lang = 'ca-ES' } = {}) {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'],
    ['docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy><dc:language>${lang}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2020-04-20T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2020-04-22T11:00:00Z</dcterms:modified></cp:coreProperties>`],
    ['docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>'],
    ['word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'],
    ['word/styles.xml', DOCX_STYLES],
    ['word/numbering.xml', DOCX_NUMBERING],
    ['word/document.xml', doc],
  ]);
}

// OpenDocument text with bullet (L1) and numbered (L2) list styles, bold span (T1) and a title paragraph style (P1)
const ODT_AUTO = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
  + '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
  + '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>'
  + '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>';
const oP = (inner, style) => `<text:p${style ? ` text:style-name="${style}"` : ''}>${inner}</text:p>`;
const oB = (t) => `<text:span text:style-name="T1">${esc(t)}</text:span>`;
const oH = (t, level = 1) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${esc(t)}</text:h>`;
const oList = (items, style = 'L1') => `<text:list text:style-name="${style}">${items.map((x) => `<text:list-item><text:p text:style-name="P2">${x}</text:p></text:list-item>`).join('')}</text:list>`;
async function odt(bodyXml, { creationDate = '2020-04-22T09:30:00', date = '2020-04-22T10:05:00', lang = 'ca' } = {}) {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ns} office:version="1.2"><office:automatic-styles>${ODT_AUTO}<style:style style:name="P2" style:family="paragraph" style:parent-style-name="List_20_Paragraph"/></office:automatic-styles><office:body><office:text>${bodyXml}</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ns} office:version="1.2"><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:language="${lang}" fo:country="ES"/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-size="14pt"/></style:style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style><style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/></office:styles></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta><meta:generator>LibreOffice/6.4.3.2$Windows_X86_64 LibreOffice_project/747b5d0ebf89f41c860ec2a39efd7cb15b54f2d8</meta:generator><meta:creation-date>${creationDate}</meta:creation-date><dc:date>${date}</dc:date><dc:language>${lang}</dc:language></office:meta></office:document-meta>`;
  return zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' }],
    ['META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'],
    ['content.xml', content],
    ['styles.xml', styles],
    ['meta.xml', meta],
  ]);
}

// PDF (pdfkit, standard fonts); with bufferPages the draw callback may revisit pages (headers/footers)
function pdf(draw, { title = 'Fitxa', author = 'Ajuntament', producer = 'Microsoft Word 2016', creator = 'Microsoft Word 2016', margins = { top: 60, bottom: 60, left: 60, right: 60 }, bufferPages = false } = {}) {
  return pdfRaw(draw, { size: 'A4', margins, bufferPages, info: { Title: title, Author: author, Producer: producer, Creator: creator, CreationDate: new Date('2020-04-20T09:00:00Z'), ModDate: new Date('2020-04-20T09:00:00Z') } });
}
// a bold heading followed by a paragraph (PDF)
function pdfSection(d, heading, text, { size = 10.5, gap = 0.7, lineGap = 1.5 } = {}) {
  d.font('Helvetica-Bold').fontSize(size + 0.5).fillColor('#1F3864').text(heading);
  d.moveDown(0.2);
  d.font('Helvetica').fontSize(size).fillColor('#000000').text(text, { align: 'left', lineGap });
  d.moveDown(gap);
}
// minimal PNG writer (8-bit greyscale or RGB), deterministic
// ------------------------------------------------------------------ content
// Expected phone: +34 and the 9 digits, grouped as the dev corpus does (93/91: 2-3-2-2, otherwise 3-2-2-2).
// `tel` is the phone as written in the mail; `phone` (when set) is the number without the extension.
const P = {};
function practice(key, o) { P[key] = o; return o; }

practice('sabadell', {
  title: "Biblioteca d'objectes de Can Puiggener",
  promoters: ['Ajuntament de Sabadell', 'Cooperativa Eines Comunes', 'Associació de Veïns de Can Puiggener'],
  who: "La biblioteca és una iniciativa de l'Ajuntament de Sabadell que es va posar en marxa amb el suport de la Cooperativa Eines Comunes i de l'Associació de Veïns de Can Puiggener, que en cedeix el local.",
  expl: "Servei de préstec gratuït d'eines, petits electrodomèstics, material d'acampada i jocs que una família només fa servir unes poques vegades l'any. Els objectes provenen de donacions del veïnat i la cooperativa els revisa i els repara abans de posar-los en circulació, de manera que tenen una segona vida en lloc d'acabar als contenidors. Des de l'obertura s'han fet 2.300 préstecs a 640 persones sòcies.",
  contact: { name: 'Núria Planas Ferrer', email: 'nplanas@ajsabadell.cat' }, tel: '93 745 31 00 ext. 4127', phone: '93 745 31 00',
  municipality: 'Sabadell', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cornella', {
  title: 'Cooperativas de alumnos en los institutos de Cornellà',
  promoters: ['Ayuntamiento de Cornellà de Llobregat', 'Ateneu Cooperatiu del Baix Llobregat'],
  who: 'El Ayuntamiento de Cornellà de Llobregat, con el acompañamiento del Ateneu Cooperatiu del Baix Llobregat.',
  expl: 'Durante un curso escolar, grupos de chicos y chicas de 15 y 16 años crean una cooperativa en su instituto, eligen sus órganos de gobierno, deciden qué producto o servicio ofrecen y lo venden en un mercado abierto al barrio a final de curso. El Ateneu forma al profesorado y acompaña a los grupos, y el Ayuntamiento aporta un pequeño capital inicial para cada cooperativa. En el curso 2019-2020 participan 7 institutos y 180 estudiantes.',
  contact: { name: 'Javier Morales Ruiz', email: 'jmorales@aj-cornella.cat' }, tel: '(93) 377 02 12',
  municipality: 'Cornellà de Llobregat', member: true, themes: ['intercooperation', 'youth'],
});
practice('elprat', {
  title: 'Comunitat energètica de Sant Cosme',
  promoters: ['Ajuntament del Prat de Llobregat', 'Cooperativa Energètica Delta Sol', 'Associació de Veïns de Sant Cosme'],
  who: "Projecte impulsat conjuntament per l'Ajuntament del Prat de Llobregat, la Cooperativa Energètica Delta Sol i l'Associació de Veïns de Sant Cosme.",
  expl: "Les cobertes de l'escola i del poliesportiu del barri de Sant Cosme s'han cobert amb 420 mòduls que generen electricitat a partir de la llum del sol, i aquesta electricitat es reparteix entre els equipaments municipals i 150 habitatges del barri que s'han adherit a la comunitat. La cooperativa s'encarrega de la instal·lació, del manteniment i del repartiment de l'energia entre les persones sòcies, i les famílies amb menys recursos hi participen sense haver de fer cap aportació inicial gràcies a un fons municipal. L'associació de veïns fa la difusió porta a porta i acompanya les famílies en l'adhesió. Cada llar adherida estalvia de mitjana un 30% a la factura de la llum, i la comunitat evita l'emissió d'unes 190 tones de CO2 l'any.",
  contact: { name: 'Laura Giménez Roca', email: 'lgimenez@elprat.cat' }, tel: '669.23.41.70',
  municipality: 'El Prat de Llobregat', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('manlleu', {
  title: 'Teixim: taller de costura cooperativa per a veïnes nouvingudes',
  promoters: ['Ajuntament de Manlleu', 'Associació Dones del Món de Manlleu', "Cooperativa Fil a l'Agulla"],
  expl: "Taller estable de confecció i arranjament de roba on una quinzena de veïnes arribades del Marroc, del Senegal i de l'Índia aprenen l'ofici, milloren el català i es preparen per constituir la seva pròpia cooperativa. El projecte vol trencar l'aïllament i la dependència econòmica que pateixen moltes d'aquestes mares, i té en compte alhora la seva condició de gènere, el seu origen i la seva situació administrativa. Les peces es venen a la botiga de la cooperativa i per encàrrec d'entitats del poble.",
  contact: { name: 'Marta Vilamala Puig', email: 'mvilamala@manlleu.cat' }, tel: '609-33-71-48',
  municipality: 'Manlleu', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('santcugat1', {
  title: 'Clàusules socials en el manteniment de parcs i jardins',
  promoters: ['Ajuntament de Sant Cugat del Vallès'],
  who: "Impulsat per l'Ajuntament de Sant Cugat del Vallès.",
  expl: "El nou contracte de manteniment de parcs i jardins, de 3,2 milions d'euros en quatre anys, obliga l'empresa adjudicatària a fer que un 30% de les noves incorporacions siguin persones en risc d'exclusió i reserva un dels cinc lots a centres especials de treball. El compliment es revisa cada semestre en una comissió de seguiment amb els serveis socials. Fins ara s'hi han incorporat 22 persones.",
  contact: { name: 'Jordi Casals Roig', email: 'jcasals@santcugat.cat' }, tel: '93 565 70 00 ext. 2210', phone: '93 565 70 00',
  role: 'cap del Servei de Contractació',
  municipality: 'Sant Cugat del Vallès', member: true, themes: ['public-procurement'],
});
practice('santcugat2', {
  title: 'Impuls Col·lectiu: acompanyament a projectes cooperatius de persones joves',
  promoters: ['Ajuntament de Sant Cugat del Vallès', 'Ateneu Cooperatiu del Vallès Occidental'],
  who: "El servei l'ofereix l'Ajuntament de Sant Cugat del Vallès en col·laboració amb l'Ateneu Cooperatiu del Vallès Occidental.",
  expl: "Servei gratuït d'assessorament per a grups de persones d'entre 18 i 29 anys que volen convertir una idea en una cooperativa o en una associació amb activitat econòmica. Inclou sis sessions de formació, un acompanyament individual durant un any i l'accés a un espai de treball compartit. En dues edicions s'han creat 6 cooperatives.",
  contact: { name: 'Irene Solà Vidal', email: 'isola@santcugat.cat' }, tel: '678-45-12-09',
  role: 'tècnica de Joventut',
  municipality: 'Sant Cugat del Vallès', member: true, themes: ['intercooperation', 'youth'],
});
practice('santcugat3', {
  title: "Fons de microcrèdits per a entitats de l'economia social",
  promoters: ['Ajuntament de Sant Cugat del Vallès', 'Cooperativa de Serveis Financers Arrel'],
  who: "És una iniciativa conjunta de l'Ajuntament de Sant Cugat del Vallès i de la Cooperativa de Serveis Financers Arrel.",
  expl: "Línia de préstecs sense interessos de fins a 15.000 euros per a cooperatives, associacions i empreses d'inserció del municipi que han vist aturada la seva activitat per les mesures de contenció del virus decretades al març. L'Ajuntament avala els préstecs i la cooperativa financera n'estudia la viabilitat i els gestiona. En les primeres tres setmanes s'han aprovat 19 sol·licituds.",
  contact: { name: 'Pere Roca Mas', email: 'proca@santcugat.cat' }, tel: '(+34) 935 65 70 39',
  role: "tècnic d'Economia Social",
  municipality: 'Sant Cugat del Vallès', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('santcugat4', {
  title: "Mapa en línia de l'economia social i solidària de Sant Cugat",
  promoters: ['Ajuntament de Sant Cugat del Vallès'],
  who: "L'ha elaborat i el manté el Servei d'Economia Social de l'Ajuntament de Sant Cugat del Vallès.",
  expl: "Directori georeferenciat de les 94 cooperatives, associacions, fundacions i empreses socials del municipi, amb la seva activitat, els productes i serveis que ofereixen i la manera de contactar-hi. Serveix perquè el veïnat i el comerç local les coneguin i les contractin. El mapa es va publicar el gener i ja ha tingut 5.200 visites.",
  contact: { name: 'Pere Roca Mas', email: 'proca@santcugat.cat' }, tel: '(+34) 935 65 70 39',
  role: "tècnic d'Economia Social",
  municipality: 'Sant Cugat del Vallès', member: true, themes: [],
});
practice('vilanova', {
  title: 'Botiga Oberta VNG: tienda en línea compartida del pequeño comercio',
  promoters: ['Ayuntamiento de Vilanova i la Geltrú', 'Cooperativa Xarxa Oberta', 'Unión de Comerciantes de Vilanova'],
  expl: 'Cuando las persianas de las tiendas tuvieron que bajar por la emergencia sanitaria, el Ayuntamiento puso en marcha, de la mano de la cooperativa tecnológica Xarxa Oberta y de la Unión de Comerciantes de Vilanova, una plataforma de venta en línea común para todo el comercio de proximidad de la ciudad. Cada tienda gestiona su propio catálogo y la Unión de Comerciantes coordina el reparto a domicilio. En seis semanas se han adherido 112 comercios y se han servido 3.400 pedidos.',
  contact: { name: 'Marta Ibáñez Soler', email: 'mibanez@vilanova.cat' }, tel: '626-41-88-03',
  municipality: 'Vilanova i la Geltrú', member: true, themes: ['covid-response', 'intercooperation'],
});
practice('santadria', {
  title: 'Banc del temps i de les cures de la Mina',
  promoters: ['Ajuntament de Sant Adrià de Besòs', 'Associació Banc del Temps de la Mina'],
  expl: "Xarxa d'intercanvi de serveis entre veïns i veïnes on l'única moneda és el temps, amb un èmfasi especial en les tasques de cura: acompanyar criatures a l'escola, fer companyia a persones grans o cobrir una tarda perquè qui cuida pugui descansar. El projecte busca que aquestes feines, que recauen gairebé sempre en les mateixes persones, es reparteixin de manera més equitativa entre homes i dones i es reconeguin com a treball. Actualment hi ha 210 persones inscrites i s'hi han intercanviat 4.800 hores.",
  contact: { name: 'Albert Fuster Miró', email: 'afuster@sant-adria.net' }, tel: '93 462 60 00 · Ext. 318', phone: '93 462 60 00',
  municipality: 'Sant Adrià de Besòs', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('palafrugell', {
  title: 'Rebost Solidari: supermercado social con tarjeta de puntos',
  promoters: ['Ayuntamiento de Palafrugell', 'Càritas Palafrugell', 'Cooperativa de Consumo La Garrofa'],
  expl: 'Gracias a la colaboración de Càritas Palafrugell y de la Cooperativa de Consumo La Garrofa, el Ayuntamiento de Palafrugell ha transformado el antiguo reparto de lotes de alimentos en un supermercado social donde las familias derivadas por los servicios sociales escogen lo que necesitan con una tarjeta de puntos. La cooperativa se encarga de las compras y Càritas organiza el voluntariado que atiende la tienda. Cada mes se atienden unas 190 familias.',
  contact: { name: 'Laia Costa Bret', email: 'lcosta@palafrugell.cat' }, tel: '(+34) 617 20 45 93',
  municipality: 'Palafrugell', member: true, themes: ['intercooperation'],
});
practice('santboi', {
  title: 'Cuidem Coop: cooperativa de trabajadoras del hogar y los cuidados',
  promoters: ['Ayuntamiento de Sant Boi de Llobregat', 'Asociación Cuidadoras Unidas del Baix Llobregat'],
  expl: 'Acompañamos a un grupo de 23 trabajadoras del hogar y de atención a personas mayores, casi todas mujeres latinoamericanas que trabajaban sin contrato, para que se constituyan en cooperativa y presten sus servicios con condiciones dignas. El proyecto combina formación, asesoramiento jurídico y una bolsa de clientes que deriva el propio Ayuntamiento. La cooperativa se registró en febrero y ya factura unas 1.100 horas al mes.',
  contact: { name: 'Rocío Delgado Ortiz', email: 'rdelgado@santboi.cat' }, tel: '93 635 12 00 (ext. 245)', phone: '93 635 12 00',
  municipality: 'Sant Boi de Llobregat', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
// Santa Coloma: the first mail (010) has a wrong phone and misses a promoter; the reply (011) corrects both.
// The expected practice is the corrected one (what a careful human keeps on file).
practice('santacoloma', {
  title: 'Reviu: recuperació de mobles per a famílies que estrenen habitatge',
  promoters: ['Ajuntament de Santa Coloma de Gramenet', 'Cooperativa Tornem-hi', 'Fundació Nou Recomençar'],
  expl: "Els mobles en bon estat que el veïnat deixa als punts de recollida o a la deixalleria es revisen, es reparen i es restauren en un taller on treballen persones en procés d'inserció laboral, i després es lliuren sense cost a famílies derivades pels serveis socials que accedeixen a un habitatge buit. Així s'evita que acabin triturats i es cobreix una necessitat bàsica de les famílies. El 2019 es van recuperar 1.350 mobles.",
  contact: { name: 'Xavier Camps Molina', email: 'xcamps@gramenet.cat' }, tel: '93 386 21 77',
  wrongTel: '93 386 12 77',
  municipality: 'Santa Coloma de Gramenet', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('reus', {
  title: 'Huertos comunitarios en solares en desuso',
  promoters: ['Ayuntamiento de Reus', 'Asociación Reus Verd', 'Cooperativa Terra Viva'],
  expl: 'Cinco solares municipales sin uso se han convertido en huertos comunitarios donde 140 vecinos y vecinas cultivan hortalizas de temporada sin abonos ni pesticidas químicos, siguiendo los principios de la agricultura ecológica. La cooperativa forma a los participantes y gestiona el compost que se elabora con los restos orgánicos del propio huerto y del mercado municipal. Una parte de la cosecha se entrega al comedor social.',
  contact: { name: 'Enric Pons Martí', email: 'epons@reus.cat' }, tel: '977 010 010, ext. 3321', phone: '977 010 010',
  municipality: 'Reus', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cerdanyola', {
  title: 'Alimentación ecológica y de proximidad en las escuelas infantiles municipales',
  promoters: ['Ayuntamiento de Cerdanyola del Vallès'],
  expl: 'El Ayuntamiento ha licitado el servicio de comidas de sus cinco escuelas infantiles con unos pliegos que puntúan los alimentos de cultivo ecológico, de temporada y producidos a menos de 100 km, y que obligan a servir los menús sin envases de un solo uso. El contrato, de 1,1 millones de euros en tres años, se ha adjudicado a una cooperativa de restauración colectiva. Hoy el 65% de los ingredientes son ecológicos.',
  contact: { name: 'Sílvia Navarro Gil', email: 'snavarro@cerdanyola.cat' }, tel: '93.580.88.88 ext. 1457', phone: '93 580 88 88',
  municipality: 'Cerdanyola del Vallès', member: true, themes: ['public-procurement', 'ecological-transition'],
});
practice('castellar', {
  title: "Brigada forestal d'estiu per a adolescents",
  promoters: ['Ajuntament de Castellar del Vallès', 'Associació de Propietaris Forestals del Puig de la Creu', 'Cooperativa Boscos del Vallès'],
  expl: "Durant quatre setmanes de juliol, 24 estudiants de 16 i 17 anys netegen sotaboscos i camins de les zones forestals del municipi, amb un contracte laboral i formació en prevenció d'incendis. La fusta i les restes de la neteja es trituren i es fan servir com a combustible a les calderes de biomassa de l'escola i de la piscina municipal, que així han deixat de cremar gasoil. És la quarta edició i més de la meitat dels participants repeteixen.",
  contact: { name: 'Oriol Bassols Rius', email: 'obassols@castellarvalles.cat' }, tel: '(+34) 937 14 40 40',
  municipality: 'Castellar del Vallès', member: true, themes: ['intercooperation', 'youth', 'ecological-transition'],
});
practice('vilafranca', {
  title: 'Vinya Social: viticultura ecológica con personas en proceso de inserción',
  promoters: ['Cooperativa Vinya Social', 'Ajuntament de Vilafranca del Penedès'],
  expl: 'Cinco hectáreas de viña municipal que estaban abandonadas se cultivan sin productos fitosanitarios de síntesis y con cubierta vegetal, y el trabajo lo hacen seis personas en situación de exclusión contratadas por la cooperativa. La uva se vinifica en una bodega cooperativa del Penedès y el vino se vende con una marca propia en el comercio local. La primera cosecha dio 9.000 botellas.',
  contact: { name: 'Oriol Mestres Camps', email: 'omestres@vilafranca.cat' }, tel: '938 92 03 58',
  municipality: 'Vilafranca del Penedès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('cardedeu', {
  title: "Pla d'igualtat compartit per a cooperatives petites",
  promoters: ['Ajuntament de Cardedeu', 'Cooperativa Equitat Consultora', 'Xarxa de Cooperatives del Baix Montseny'],
  expl: "Les cooperatives i associacions amb menys de cinquanta persones treballadores no estan obligades a tenir un pla d'igualtat i sovint no tenen recursos per fer-ne un. El projecte n'ha elaborat un de compartit entre onze entitats del municipi, amb una diagnosi comuna de la bretxa salarial, de la presència de les dones als òrgans de govern i de les mesures de conciliació, i un protocol comú contra l'assetjament sexual. Cada entitat n'adapta després les mesures a la seva realitat.",
  contact: { name: 'Clara Bosch Arimany', email: 'cbosch@cardedeu.cat' }, tel: '93-844-49-52',
  municipality: 'Cardedeu', member: true, themes: ['intercooperation', 'feminism-intersectionality'],
});
practice('amposta', {
  title: 'Arroz de humedal: cultivo ecológico en las parcelas municipales del Delta',
  promoters: ['Ayuntamiento de Amposta', 'Cooperativa Arrossera del Delta', 'Fundación Delta Viu'],
  expl: 'Treinta hectáreas de arrozal de propiedad municipal se han cedido a cinco productores que las cultivan sin herbicidas, con patos y con un calendario de inundación que favorece a las aves del humedal. La cooperativa les presta la maquinaria y comercializa el arroz con una marca común, y la fundación hace el seguimiento de la biodiversidad. La primera campaña produjo 180 toneladas.',
  contact: { name: 'Cinta Margalef Queral', email: 'cmargalef@amposta.cat' }, tel: '977 70 00 56 (ext. 1123)', phone: '977 70 00 56',
  municipality: 'Amposta', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('barcelona', {
  title: 'Cláusulas de igualdad de género en los contratos de dinamización de los casales de barrio',
  promoters: ['Ayuntamiento de Barcelona', 'Cooperativa Punt de Vista'],
  expl: 'Los pliegos de los contratos de dinamización de los seis casales de barrio del distrito exigen que los equipos sean paritarios y que las empresas licitadoras acrediten medidas de conciliación y de igualdad salarial, y puntúan las actividades que ayudan a romper los roles de género. Las cláusulas se redactaron con el asesoramiento de una cooperativa especializada en igualdad. Los contratos adjudicados suman 2,4 millones de euros.',
  contact: { name: 'Ester Vidal Pons', email: 'evidalp@bcn.cat' }, tel: '93 291 68 40',
  municipality: 'Barcelona', member: true, themes: ['intercooperation', 'public-procurement', 'feminism-intersectionality'],
});
practice('ribes', {
  title: 'Masoveria urbana: habitatges buits a canvi de rehabilitació',
  promoters: ['Ajuntament de Sant Pere de Ribes', "Cooperativa d'Habitatge Sostre Garraf"],
  expl: "L'Ajuntament fa de mediador entre propietaris d'habitatges buits i persones menors de 35 anys que hi poden viure sense pagar lloguer durant cinc anys a canvi de fer-ne la rehabilitació. La cooperativa d'habitatge assessora les parts, supervisa les obres i forma els masovers en autoconstrucció. En dos anys s'han recuperat 14 habitatges.",
  contact: { name: 'Sergi Mata Guasch', email: 'smata@santperederibes.cat' }, tel: '938 967 310',
  municipality: 'Sant Pere de Ribes', member: false, themes: ['intercooperation', 'youth'],
});
practice('torello', {
  title: 'Lanzadera Cooperativa Ter: empleo colectivo para jóvenes',
  promoters: ['Ayuntamiento de Torelló', "Consell Comarcal d'Osona", 'Cooperativa Sinergia Ter'],
  expl: 'Grupos de quince personas de 18 a 30 años sin empleo participan durante cinco meses en un itinerario en el que, en lugar de buscar trabajo cada una por su cuenta, diseñan juntas un proyecto de empresa colectiva. Cuentan con formación en cooperativismo, prácticas en cooperativas de la comarca y un acompañamiento de un año si deciden constituirse. De las dos primeras ediciones han salido tres cooperativas.',
  contact: { name: 'Alba Serrat Comas', email: 'aserrat@ajtorello.cat' }, tel: '(+34) 649 20 31 85',
  municipality: 'Torelló', member: false, themes: ['intercooperation', 'youth'],
});
practice('balaguer', {
  title: 'Banc de llavors i planter de varietats tradicionals de la Noguera',
  promoters: ['Ajuntament de Balaguer', 'Cooperativa Agrària Terres de la Noguera', "Associació per a la Conservació de la Biodiversitat Agrícola L'Era"],
  expl: "El banc recupera, conserva i multiplica llavors de varietats hortícoles de la comarca que s'havien deixat de cultivar, i en fa planter que es ven a preu de cost a horticultors i a famílies que tenen hort. Els pagesos de la cooperativa multipliquen les llavors a les seves finques sense adobs de síntesi i l'associació en fa la caracterització i l'arxiu. Ja s'han recuperat 62 varietats.",
  contact: { name: 'Jaume Farré Sabaté', email: 'jfarre@balaguer.cat' }, tel: '973 44 51 94 / ext. 221', phone: '973 44 51 94',
  municipality: 'Balaguer', member: false, themes: ['intercooperation', 'ecological-transition'],
});
practice('pineda1', {
  title: 'Cocina solidaria de Pineda',
  promoters: ['Ayuntamiento de Pineda de Mar', 'Cooperativa de Inserción Mar de Fons', 'Gremio de Hostelería de Pineda'],
  who: 'La cocina la ponen en marcha el Ayuntamiento de Pineda de Mar y la Cooperativa de Inserción Mar de Fons, gracias a la colaboración del Gremio de Hostelería de Pineda.',
  expl: 'Desde que empezó el aislamiento domiciliario, la cooperativa prepara cada día en la cocina de un hotel cerrado 250 menús para familias con pocos recursos y personas mayores que viven solas, que la Policía Local y personas voluntarias reparten a domicilio. Los hoteles del gremio han cedido la cocina y parte de los alimentos que tenían almacenados. Se han repartido ya más de 9.000 comidas.',
  contact: { name: 'Marc Puigvert Sala', email: 'mpuigvert@pinedademar.org' }, tel: '629.48.13.07',
  municipality: 'Pineda de Mar', member: false, themes: ['covid-response', 'intercooperation'],
});
practice('pineda2', {
  title: 'Cláusulas sociales en el contrato de salvamento y socorrismo de las playas',
  promoters: ['Ayuntamiento de Pineda de Mar'],
  who: 'Es una iniciativa del Ayuntamiento de Pineda de Mar.',
  expl: 'El contrato del servicio de salvamento de las playas para las temporadas 2020-2023 valora que la empresa contrate socorristas de la comarca en paro de larga duración y les ofrezca formación certificada, y exige que al menos el 40% de la plantilla tenga contrato fijo discontinuo. Se ha adjudicado por 780.000 euros.',
  contact: { name: 'Núria Coll Prat', email: 'ncoll@pinedademar.org' }, tel: '93 767 00 60',
  municipality: 'Pineda de Mar', member: false, themes: ['public-procurement'],
});
practice('llucanes', {
  title: 'Rodamón: punt de reutilització itinerant del Lluçanès',
  promoters: ['Consorci del Lluçanès', 'Ajuntament de Prats de Lluçanès', "Ajuntament d'Olost", 'Ajuntament de Sant Feliu Sasserra', "Cooperativa Arreglem-ho"],
  expl: "Una furgoneta adaptada passa cada setmana per un dels tretze pobles del Lluçanès per recollir mobles, aparells i roba que encara poden tenir una altra vida, i fa reparacions al moment de petits electrodomèstics i bicicletes. El que es recupera es ven a la botiga de segona mà de la cooperativa a Prats, i la resta es porta a la planta de tractament. El primer any s'han evitat 46 tones de deixalles.",
  contact: { name: 'Jana Prat Soler', email: 'jprat@llucanes.cat' }, tel: '938 880 011',
  municipality: 'Consorci del Lluçanès', member: true, themes: ['intercooperation', 'ecological-transition'],
});
practice('santjust', {
  title: 'Xarxa de suport a les mares que crien soles',
  promoters: ['Ajuntament de Sant Just Desvern', 'Associació Mares en Xarxa', 'Cooperativa de Cures La Llavor'],
  expl: "Quan es van tancar les escoles i els casals al març, moltes mares que crien soles es van quedar sense cap xarxa per poder continuar treballant o simplement per anar a comprar. La xarxa posa en contacte aquestes famílies amb veïnes voluntàries i amb educadores de la cooperativa, que fan acompanyament a distància dels infants i cobreixen moments puntuals de cura, i l'Ajuntament n'assumeix el cost. Hi participen 58 famílies monoparentals.",
  contact: { name: 'Anna Roig Ferrer', email: 'aroig@santjust.cat' }, tel: '690 123 487',
  municipality: 'Sant Just Desvern', member: false, themes: ['covid-response', 'intercooperation', 'feminism-intersectionality'],
});
practice('esparreguera', {
  title: 'Reparto en bicicleta de carga para el comercio local',
  promoters: ['Ayuntamiento de Esparreguera', 'Cooperativa Rodant', 'Asociación de Comerciantes de Esparreguera'],
  expl: 'Desde que el comercio tuvo que cerrar al público por la crisis sanitaria, dos bicicletas de carga con asistencia eléctrica reparten gratis a domicilio las compras hechas por teléfono o en línea en las tiendas del centro. El servicio lo presta la cooperativa, que ha contratado a dos personas del plan de empleo municipal, y la asociación centraliza los pedidos. Se hacen unas 60 entregas diarias sin ninguna emisión.',
  contact: { name: 'Lucía Romero Campos', email: 'lromero@esparreguera.cat' }, tel: 'M. (+34) 649 11 30 72',
  municipality: 'Esparreguera', member: false, themes: ['covid-response', 'intercooperation', 'ecological-transition'],
});
practice('viladamat', {
  title: 'La Botiga del Poble: establiment multiservei gestionat en cooperativa',
  promoters: ['Ajuntament de Viladamat', 'Cooperativa de Consum Viladamat Viu'],
  expl: "Quan va tancar l'última botiga del poble, l'Ajuntament va condicionar els baixos de l'antiga escola i en va cedir la gestió a una cooperativa de consum formada per setanta veïns i veïnes. A més de queviures, la botiga fa de punt de recollida de paquets, de farmaciola i de bar, i hi treballen dues persones del poble. Obre cada dia des del mes de setembre.",
  contact: { name: 'Josep Vidal Pairó', email: 'ajuntamentviladamat@hotmail.com' }, tel: '972-78-80-12',
  municipality: 'Viladamat', member: true, themes: ['intercooperation'],
});
practice('arbucies', {
  title: "Ordinadors de segona vida per a l'alumnat",
  promoters: ["Ajuntament d'Arbúcies", 'Associació Arbúcies Digital'],
  expl: "Quan el tancament dels centres educatius per l'epidèmia va obligar a fer les classes a distància, un grup de voluntaris de l'associació va començar a recollir ordinadors portàtils que empreses i famílies ja no feien servir, a reparar-los i a instal·lar-hi programari lliure per prestar-los a estudiants de secundària i de cicles formatius que no en tenien a casa. L'Ajuntament paga les peces i la connexió a internet de les famílies que ho necessiten. S'han lliurat 64 equips que, si no, haurien acabat a la deixalleria.",
  contact: { name: 'Mireia Soler Planas', email: 'msoler@arbucies.cat' }, tel: '636 48 92 10',
  municipality: 'Arbúcies', member: true, themes: ['covid-response', 'intercooperation', 'youth', 'ecological-transition'],
});
practice('mollerussa', {
  title: 'Punto de información para temporeros y temporeras de la fruta',
  promoters: ['Ayuntamiento de Mollerussa', 'Unió de Pagesos', 'Cooperativa Fruits de Ponent'],
  expl: 'Durante la campaña de la fruta, un punto de atención en la estación de autobuses informa a las personas que llegan a trabajar en el campo sobre sus derechos laborales, el alojamiento disponible y los servicios sanitarios, en once idiomas. La atención tiene en cuenta a la vez el género, el origen y la situación administrativa de cada persona, y hay un espacio específico para las temporeras, que sufren más abusos. En la campaña de 2019 se atendieron 2.100 consultas.',
  contact: { name: 'Rosa Maria Farré Bonet', email: 'rfarre@mollerussa.cat' }, tel: '660 55 41 27',
  municipality: 'Mollerussa', member: false, themes: ['intercooperation', 'feminism-intersectionality'],
});

// ------------------------------------------------------------------ messages
const messages = []; // {file, expected, build: async () => string | Buffer}
function add(file, expected, build) { messages.push({ file, expected, build }); }
const exp = (keys, extra = {}) => ({ kind: 'submission', status: 'processed', late: false, practices: keys.map((k) => P[k]), ...extra });
const ZIMBRA = 'X-Mailer: Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3953)';
const outlookExtra = (topic, index, lang = 'ca-ES') => [`Thread-Topic: ${encWord(topic)}`, `Thread-Index: ${index}`, `Accept-Language: ${lang}, en-US`, `Content-Language: ${lang}`, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '];
const TB = (v = '68.7.0') => `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/${v}`;
const MSO_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}
--></style></head>`;
const mso = (inner) => `<p class=MsoNormal>${inner}<o:p></o:p></p>`;
const msoBlank = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>';

// 001 Sabadell: DOCX with Title / heading 2 styles, no field labels; promoters in a prose sentence; contact block with "ext."
add('001-sabadell-docx-estils.eml', exp(['sabadell'], { case: 'DOCX attachment without any table or "Label:" fields: the title is only the paragraph in the Title style (an italic running line above it is not the title), sections are "heading 2" paragraphs (Qui ho fa possible / En què consisteix / Objectius / Dades de contacte); promoters in a sentence ("una iniciativa de l\'Ajuntament … amb el suport de la … i de l\'…"); contact as a block of lines under a heading, phone "93 745 31 00 ext. 4127" (the extension is not part of the number); reuse = ecological transition' }), async () => {
  const p = P.sabadell;
  const buf = await docx([
    wP([{ t: 'Recull de bones pràctiques XMESS 2020 · Ajuntament de Sabadell', i: true, color: '7F7F7F', sz: 18 }], { right: true }),
    wP(p.title, { style: 'Title' }),
    wP('Qui ho fa possible', { style: 'Heading2' }),
    wP(p.who),
    wP('En què consisteix', { style: 'Heading2' }),
    wP(p.expl),
    wP('Objectius', { style: 'Heading2' }),
    wP("Evitar que cada llar hagi de comprar objectes que només fa servir de tant en tant.", { style: 'ListParagraph', num: 1 }),
    wP('Allargar la vida útil dels objectes i reparar-los abans de llençar-los.', { style: 'ListParagraph', num: 1 }),
    wP('Crear un punt de trobada veïnal al barri.', { style: 'ListParagraph', num: 1 }),
    wP('Dades de contacte', { style: 'Heading2' }),
    wP(`${p.contact.name}\nTècnica de Consum i Economia Social\nAjuntament de Sabadell\n${p.contact.email}\nT. ${p.tel}`),
  ].join(''), { title: "Biblioteca d'objectes", creator: 'Núria Planas Ferrer' });
  const text = `Bon dia,

Us fem arribar, adjunta, la fitxa de la biblioteca d'objectes de Can Puiggener per al recull de bones pràctiques.

Quedo a la vostra disposició per a qualsevol dubte.

Salutacions cordials,

Núria Planas Ferrer
Servei de Consum i Economia Social
Ajuntament de Sabadell`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso("Us fem arribar, adjunta, la fitxa de la biblioteca d’objectes de Can Puiggener per al recull de bones pràctiques.")}${msoBlank}
${mso('Quedo a la vostra disposició per a qualsevol dubte.')}${msoBlank}
${mso('Salutacions cordials,')}${msoBlank}
${mso('<b>Núria Planas Ferrer</b>')}${mso('Servei de Consum i Economia Social')}${mso('Ajuntament de Sabadell')}
</div></body></html>`;
  return eml({
    received: [received('mail-ajsabadell.outbound.protection.outlook.com', '40.107.14.71', 'Tue, 14 Apr 2020 10:21:37 +0200', '4C1E9B2A7D3'),
      'Received: from AM0PR07MB4721.eurprd07.prod.outlook.com ([fe80::b5c1:3e20])\n\tby AM0PR07MB4721.eurprd07.prod.outlook.com with mapi id 15.20.2900.028; Tue, 14 Apr 2020 08:21:33 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: "Fitxa bona pràctica: biblioteca d'objectes", date: 'Tue, 14 Apr 2020 08:21:31 +0000', messageId: '<AM0PR07MB47213E0A9C5B2D6F71A4C8E2B1D50@AM0PR07MB4721.eurprd07.prod.outlook.com>', extra: [...outlookExtra("Fitxa bona pràctica: biblioteca d'objectes", 'AdYSNq4e0aZ2c1TnRyGx7k9bW3mP5Q=='), 'X-MS-Has-Attach: yes'].filter((x) => x !== 'X-MS-Has-Attach: ') },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_AM0PR07MB47213E0A9C5B2D6F71A4C8E2B1D50AM0PR07MB4721eurp_'),
      leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa_biblioteca_objectes_Sabadell.docx' }),
    ], '_004_AM0PR07MB47213E0A9C5B2D6F71A4C8E2B1D50AM0PR07MB4721eurp_'),
  });
});

// 002 Cornellà: Spanish 3-page PDF; page 1 is a cover + presentation of the local plan, the sheet is on page 2, page 3 an annex
add('002-cornella-pdf-pagina-2.eml', exp(['cornella'], { case: 'Spanish, three-page text PDF: page 1 is a cover ("Recopilatorio de buenas prácticas…", not a practice title) and a presentation naming other municipal programmes, the sheet is on page 2 (Nombre de la experiencia / Quién la impulsa / Descripción / Persona de contacto with "(técnico de Juventud)"), page 3 an annex calendar; sender is the head of service (her signature phone is not the contact); contact phone "(93) 377 02 12"; youth via "chicos y chicas de 15 y 16 años"' }), async () => {
  const p = P.cornella;
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(12).text('AYUNTAMIENTO DE CORNELLÀ DE LLOBREGAT');
    d.font('Helvetica').fontSize(10).text('Servicio de Empresa y Economía Social');
    d.moveDown(8);
    d.font('Helvetica-Bold').fontSize(22).fillColor('#1F3864').text('Recopilatorio de buenas prácticas de economía social y solidaria', { align: 'center' });
    d.moveDown(0.5);
    d.font('Helvetica').fontSize(12).fillColor('#000000').text("Xarxa de Municipis per l'Economia Social i Solidària · Abril de 2020", { align: 'center' });
    d.moveDown(6);
    d.font('Helvetica-Bold').fontSize(12).text('Presentación');
    d.moveDown(0.3);
    d.font('Helvetica').fontSize(10.5).text('El Plan Local de Economía Social y Solidaria de Cornellà de Llobregat 2019-2022 reúne once medidas, entre ellas la incubadora de cooperativas, la moneda local y el mercado semanal de productos de proximidad. En la página siguiente presentamos la experiencia que el Ayuntamiento propone para el recopilatorio de la XMESS, elegida por su capacidad de llegar a un público que normalmente no conoce la economía social.', { lineGap: 1.5 });
    d.addPage();
    d.font('Helvetica-Bold').fontSize(15).fillColor('#1F3864').text('Ficha de la experiencia');
    d.moveDown(1);
    pdfSection(d, 'Nombre de la experiencia', p.title);
    pdfSection(d, 'Quién la impulsa', p.who);
    pdfSection(d, 'Descripción', p.expl);
    pdfSection(d, 'Persona de contacto', `${p.contact.name} (técnico de Juventud)\n${p.contact.email} · Tel. ${p.tel}`);
    d.addPage();
    d.font('Helvetica-Bold').fontSize(12).fillColor('#1F3864').text('Anexo: calendario del curso 2019-2020');
    d.moveDown(0.5);
    d.font('Helvetica').fontSize(10.5).fillColor('#000000');
    for (const l of ['Octubre: presentación en los institutos y formación del profesorado.', 'Noviembre: constitución de las cooperativas y elección de los consejos rectores.', 'Diciembre a abril: diseño y producción de los productos y servicios.', 'Mayo: mercado de cooperativas escolares en la plaza de Catalunya.', 'Junio: cierre de cuentas y reparto de excedentes.']) d.text(`- ${l}`).moveDown(0.2);
  }, { title: 'Buenas prácticas ESS Cornellà 2020', author: 'mribas' });
  const body = `Buenos días,

Adjuntamos el documento con la experiencia que presenta el Ayuntamiento de Cornellà de Llobregat al recopilatorio de buenas prácticas. En la primera página encontraréis una breve presentación de nuestro plan local y, a continuación, la ficha.

Atentamente,

Montserrat Ribas Soler
Jefa del Servicio de Empresa y Economía Social
Ajuntament de Cornellà de Llobregat
Tel. 93 474 02 02`;
  return eml({
    received: [received('correu.aj-cornella.cat', '192.0.2.12', 'Wed, 15 Apr 2020 12:47:20 +0200', '9B3D1F7E0A2'),
      'Received: from EXCH03.aj-cornella.local (10.4.1.23) by EXCH03.aj-cornella.local (10.4.1.23) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Wed, 15 Apr 2020 12:47:16 +0200'],
    headers: { returnPath: 'mribas@aj-cornella.cat', from: addr('Montserrat Ribas Soler', 'mribas@aj-cornella.cat'), subject: 'Buenas prácticas XMESS - Cornellà de Llobregat', date: 'Wed, 15 Apr 2020 12:47:13 +0200', messageId: '<8F2A6C1D0E7B4935@EXCH03.aj-cornella.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES', 'Thread-Index: AdYTFm0kq8Zc3R1uS4aB9x2Y7vTq0w=='] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'BBPP_Cornella_2020.pdf' })], '----=_NextPart_000_0015_01D61318.6A4E2F90'),
  });
});

// 003 El Prat: 2-page PDF with a header and a footer (switchboard phone) repeated on each page; title only in bold; description crosses the page break
add('003-elprat-pdf-capcalera-peu.eml', exp(['elprat'], { case: 'two-page text PDF with the same header (council name | area) and footer (address, switchboard "Tel. 93 379 00 50", "Pàgina N de 2") on every page; the title is only a large bold line; promoters in a sentence ("Projecte impulsat conjuntament per …, … i …"); the description runs across the page break, with header/footer text in between; contact "Persona de contacte: … (Regidora de …)" with mobile "669.23.41.70" (not the footer number nor the sender\'s signature number); solar self-consumption community = ecological transition' }), async () => {
  const p = P.elprat;
  const buf = await pdf((d) => {
    // header and footer drawn first on every page (as word processors do), so on page 2 they come between the two halves of the description
    let page = 0;
    const headerFooter = () => {
      page += 1;
      const bottom = d.page.margins.bottom;
      d.page.margins.bottom = 0;
      d.font('Helvetica-Bold').fontSize(9).fillColor('#2E5E1E').text('AJUNTAMENT DEL PRAT DE LLOBREGAT', 60, 40, { lineBreak: false });
      d.font('Helvetica').fontSize(9).fillColor('#2E5E1E').text("Àrea d'Ecologia Urbana", 400, 40, { width: 135, align: 'right' });
      d.moveTo(60, 56).lineTo(535, 56).lineWidth(0.7).strokeColor('#2E5E1E').stroke();
      d.moveTo(60, 790).lineTo(535, 790).lineWidth(0.5).strokeColor('#999999').stroke();
      d.font('Helvetica').fontSize(8).fillColor('#555555').text('Pl. de Catalunya, 1 · 08820 El Prat de Llobregat · Tel. 93 379 00 50 · www.elprat.cat', 60, 797, { lineBreak: false });
      d.text(`Pàgina ${page} de 2`, 455, 797, { width: 80, align: 'right' });
      d.page.margins.bottom = bottom;
      d.x = d.page.margins.left; d.y = d.page.margins.top;
      d.font('Helvetica').fontSize(11).fillColor('#000000'); // body text continues in the body font
    };
    headerFooter();
    d.on('pageAdded', headerFooter);
    const o = { size: 11, lineGap: 3, gap: 0.9 };
    d.font('Helvetica-Oblique').fontSize(9).fillColor('#666666').text("Fitxa per al recull de bones pràctiques de la XMESS · abril de 2020");
    d.moveDown(0.8);
    d.font('Helvetica-Bold').fontSize(18).fillColor('#2E5E1E').text(p.title);
    d.moveDown(1);
    pdfSection(d, 'Qui hi participa', p.who, o);
    pdfSection(d, 'Context', "Sant Cosme és un barri d'habitatge social construït als anys seixanta, amb edificis poc aïllats i una renda mitjana molt per sota de la de la ciutat. Una enquesta feta el 2018 per l'associació de veïns va mostrar que una de cada quatre llars tenia dificultats per pagar els rebuts de la llum i que moltes famílies passaven fred a l'hivern. Alhora, el barri té cobertes d'equipaments públics grans, ben orientades i sense ombres, que fins ara no es feien servir per a res. El projecte neix de la voluntat de convertir aquestes cobertes en un recurs compartit que abarateixi la factura de les famílies i que sigui gestionat de manera democràtica per les mateixes persones usuàries, amb el suport tècnic i financer de l'Ajuntament durant els primers anys.", o);
    pdfSection(d, 'Objectius', "1. Reduir la factura elèctrica de les llars del barri, especialment de les més vulnerables.\n2. Aprofitar les cobertes dels equipaments municipals per generar electricitat neta.\n3. Implicar el veïnat en la gestió col·lectiva de l'energia.\n4. Crear un model replicable en altres barris de la ciutat.", o);
    pdfSection(d, 'Persones destinatàries', "Les 1.900 llars del barri de Sant Cosme, amb prioritat per a les que reben ajuts dels serveis socials per pagar els subministraments, i els equipaments municipals del barri (escola, poliesportiu i centre cívic). També s'hi poden adherir els petits comerços del barri, que fins ara no tenien cap manera d'accedir a l'energia solar perquè no són propietaris del local que ocupen.", o);
    pdfSection(d, 'Recursos', "Inversió municipal de 310.000 euros en la instal·lació, amb una subvenció europea que en cobreix el 40%. Fons social de 25.000 euros anuals per cobrir la quota d'entrada de les famílies vulnerables. Una persona tècnica de la cooperativa dedicada a mitja jornada i el treball voluntari de la junta de l'associació de veïns, que organitza les sessions informatives a les escales dels blocs.", o);
    pdfSection(d, 'Descripció', p.expl, o);
    pdfSection(d, 'Calendari', "La instal·lació es va fer entre setembre i desembre de 2019 i la comunitat funciona des del gener de 2020. Està previst ampliar-la el 2021 a la coberta del mercat municipal.", o);
    pdfSection(d, 'Contacte', `Persona de contacte: ${p.contact.name} (Regidora de Transició Ecològica i Habitatge)\nCorreu electrònic: ${p.contact.email}\nMòbil: ${p.tel}`, o);
  }, { title: 'Fitxa comunitat energètica Sant Cosme', author: 'msoler', margins: { top: 80, bottom: 80, left: 60, right: 60 } });
  const body = `Bon dia,

Us adjunto la fitxa de la comunitat energètica de Sant Cosme per al recull (són dues pàgines). Com hi consta, la persona de contacte és la regidora.

Salutacions,

-- 
Marc Soler Vidal
Tècnic d'Energia · Àrea d'Ecologia Urbana
Ajuntament del Prat de Llobregat
Tel. 93 379 00 50 ext. 5213
`;
  return eml({
    received: [received('smtp.elprat.cat', '192.0.2.19', 'Thu, 16 Apr 2020 09:03:51 +0200', '1E7C4A9B3F0')],
    headers: { returnPath: 'msoler@elprat.cat', from: addr('Marc Soler Vidal', 'msoler@elprat.cat'), subject: 'Bona pràctica: comunitat energètica', date: 'Thu, 16 Apr 2020 09:03:48 +0200', messageId: '<6a0e2f41-9c3b-7d85-e1f2-4b7a0c9d3e58@elprat.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: multi('mixed', [leaf({ body: flowed(body), params: 'format=flowed' }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Fitxa comunitat energetica Sant Cosme.pdf' })], '------------A7C20E9F4B1D63E8F0527C19'),
  });
});

// 004 Manlleu: ODT with the title as a Heading 1, promoters and contact as bullet lists, objectives as a numbered list
add('004-manlleu-odt-llistes.eml', exp(['manlleu'], { case: 'ODT attachment: the title is only a Heading 1 (no label); "Entitats que hi participen:" followed by a bullet list whose first item carries a department in brackets ("Ajuntament de Manlleu (Servei d\'Ocupació)" = the council); objectives as a numbered list; the contact is a bullet list (name with role / e-mail / "Telèfon mòbil: 609-33-71-48"); women newcomers with a gender + origin + administrative-status approach = feminism/intersectionality' }), async () => {
  const p = P.manlleu;
  const buf = await odt([
    oH(p.title, 1),
    oP(oB('Entitats que hi participen:')),
    oList(["Ajuntament de Manlleu (Servei d'Ocupació)", p.promoters[1], p.promoters[2]].map(esc)),
    oP(oB('Què és?')),
    oP(esc(p.expl)),
    oP(oB('Objectius')),
    oList(["Oferir formació professional en costura i confecció.", "Reforçar la xarxa social i l'autonomia econòmica de les participants.", 'Constituir una cooperativa de treball abans de final de 2021.'].map(esc), 'L2'),
    oP(oB('Contacte')),
    oList([`${p.contact.name}, tècnica d'ocupació`, p.contact.email, `Telèfon mòbil: ${p.tel}`].map(esc)),
  ].join(''));
  const body = `Hola,

Us envio la fitxa del projecte Teixim en format obert (ODT). Les fotos us les faré arribar la setmana vinent.

Marta Vilamala
Servei d'Ocupació - Ajuntament de Manlleu`;
  return eml({
    received: [received('correu.manlleu.cat', '192.0.2.27', 'Fri, 17 Apr 2020 13:30:12 +0200', '5D2B8E0C7A1')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa XMESS - Teixim (Manlleu)', date: 'Fri, 17 Apr 2020 13:30:09 +0200', messageId: '<1604522873.41187.1587123009551.JavaMail.zimbra@manlleu.cat>', extra: [ZIMBRA] },
    part: multi('mixed', [leaf({ body }), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'Fitxa Teixim.odt' })], '=_a1f0c3e7-5b92-4d68-8e14-7c2b9f0d3a56'),
  });
});

// 005 Sant Cugat: four practices in one DOCX, each under a Heading 1; a document Title that is not a practice
add('005-santcugat-quatre-practiques-docx.eml', exp(['santcugat1', 'santcugat2', 'santcugat3', 'santcugat4'], { case: 'four practices in one DOCX: the document has a Title paragraph that is not a practice, each practice title is only a "heading 1", followed by a promoters sentence in four different wordings ("Impulsat per", "l\'ofereix … en col·laboració amb", "iniciativa conjunta de … i de", "L\'ha elaborat i el manté el Servei … de l\'Ajuntament"), a description paragraph and "Persona de contacte: Name (role) · e-mail · phone"; phones "93 565 70 00 ext. 2210", "678-45-12-09", "(+34) 935 65 70 39"; the 4th practice has no theme (council alone even though it lists cooperatives), the 3rd is covid via "mesures de contenció del virus"' }), async () => {
  const ps = ['santcugat1', 'santcugat2', 'santcugat3', 'santcugat4'].map((k) => P[k]);
  const blocks = ps.map((p) => [
    wP(p.title, { style: 'Heading1' }),
    wP(p.who),
    wP(p.expl),
    wP([{ t: 'Persona de contacte: ', b: true }, `${p.contact.name} (${p.role}) · ${p.contact.email} · ${p.tel}`]),
  ].join(''));
  const buf = await docx([
    wP("Experiències de l'Ajuntament de Sant Cugat del Vallès per al recull de bones pràctiques de la XMESS", { style: 'Title' }),
    wP('Abril de 2020'),
    ...blocks,
    wP(''),
    wP([{ t: "Sant Cugat del Vallès, 24 d'abril de 2020", i: true }]),
  ].join(''), { title: 'Bones pràctiques Sant Cugat', creator: 'Pere Roca Mas' });
  const text = `Bon dia,

Us adjuntem en un sol document les quatre experiències que presenta l'Ajuntament de Sant Cugat del Vallès. Cada una té la seva persona de contacte.

Cordialment,

Pere Roca Mas
Tècnic d'Economia Social
Ajuntament de Sant Cugat del Vallès
Pl. de la Vila, 1 · 08172 Sant Cugat del Vallès`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso('Us adjuntem en un sol document les quatre experiències que presenta l’Ajuntament de Sant Cugat del Vallès. Cada una té la seva persona de contacte.')}${msoBlank}
${mso('Cordialment,')}${msoBlank}
${mso('<span style=\'color:#1F4E79\'>Pere Roca Mas<br>Tècnic d’Economia Social<br>Ajuntament de Sant Cugat del Vallès<br>Pl. de la Vila, 1 · 08172 Sant Cugat del Vallès</span>')}
</div></body></html>`;
  return eml({
    received: [received('mail-santcugat.outbound.protection.outlook.com', '40.107.8.55', 'Fri, 24 Apr 2020 11:15:42 +0200', '8A0F3C6E2D9'),
      'Received: from VI1PR06MB5390.eurprd06.prod.outlook.com ([fe80::4c2e:91d7])\n\tby VI1PR06MB5390.eurprd06.prod.outlook.com with mapi id 15.20.2937.013; Fri, 24 Apr 2020 09:15:38 +0000'],
    headers: { returnPath: 'proca@santcugat.cat', from: addr('Pere Roca Mas', 'proca@santcugat.cat'), subject: 'Quatre bones pràctiques de Sant Cugat del Vallès', date: 'Fri, 24 Apr 2020 09:15:36 +0000', messageId: '<VI1PR06MB5390C1E7A3F02B9D6E48A5C7D2B10@VI1PR06MB5390.eurprd06.prod.outlook.com>', extra: outlookExtra('Quatre bones pràctiques de Sant Cugat del Vallès', 'AdYaF3b0c9Qk2Lm8TqWv5x1Rz7pN4A==') },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_VI1PR06MB5390C1E7A3F02B9D6E48A5C7D2B10VI1PR06MB5390eurp_'),
      leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Bones practiques Sant Cugat 2020.docx' }),
    ], '_004_VI1PR06MB5390C1E7A3F02B9D6E48A5C7D2B10VI1PR06MB5390eurp_'),
  });
});

// 006 Vilanova i la Geltrú: Gmail (Google Workspace), Spanish, title only in bold, promoters "de la mano de" inside the description
add('006-vilanova-gmail-negreta-es.eml', exp(['vilanova'], { case: 'Spanish Gmail (council domain on Google Workspace): the title is only a bold line (<b> in HTML, *…* in the plain part), no field labels; the promoters are inside the first description sentence ("el Ayuntamiento puso en marcha, de la mano de la cooperativa … y de la Unión …"); "Persona de contacto: … (Concejala de …)", mobile "626-41-88-03"; covid only through "las persianas … bajar por la emergencia sanitaria"; Catalan Gmail signature' }), async () => {
  const p = P.vilanova;
  const intro = 'Desde el Ayuntamiento de Vilanova i la Geltrú queremos compartir con la Xarxa esta experiencia, que creemos que puede ser útil para otros municipios:';
  const text = `Buenos días:

${intro}

*${p.title}*

${p.expl}

Persona de contacto: ${p.contact.name} (Concejala de Comercio y Economía Social)
${p.contact.email} · móvil ${p.tel}

Un saludo,

-- 
Marta Ibáñez Soler
Regidora de Comerç i Economia Social
Ajuntament de Vilanova i la Geltrú
`;
  const html = `<div dir="ltr"><div>Buenos días:</div><div><br></div><div>${esc(intro)}</div><div><br></div><div><b>${esc(p.title)}</b></div><div><br></div><div>${esc(p.expl)}</div><div><br></div><div>Persona de contacto: ${esc(p.contact.name)} (Concejala de Comercio y Economía Social)</div><div><a href="mailto:${p.contact.email}">${p.contact.email}</a> · móvil ${esc(p.tel)}</div><div><br></div><div>Un saludo,</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Marta Ibáñez Soler</b><div>Regidora de Comerç i Economia Social</div><div>Ajuntament de Vilanova i la Geltrú</div></div></div></div>`;
  return eml({
    received: [received('mail-ed1-f48.google.com', '209.85.208.48', 'Mon, 20 Apr 2020 19:42:27 +0200', '3B9E0D5C1A8'),
      'Received: by mail-ed1-f48.google.com with SMTP id a8so8812374edv.2\n        for <bonespractiques@xmess.example.org>; Mon, 20 Apr 2020 10:42:26 -0700 (PDT)'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Experiencia para el recopilatorio de buenas prácticas', date: 'Mon, 20 Apr 2020 19:42:13 +0200', messageId: '<CAKx3vQ0=Lp9Wm2Zt4bN7yFh1sRc8dUe5GjA@mail.gmail.com>' },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '000000000000c4e8a105a3bd2f71'),
  });
});

// 007 Sant Adrià: Outlook HTML with unusual labels; contact only in an HTML table signature (logo cell + details cell) with "Ext."
add('007-santadria-signatura-taula.eml', exp(['santadria'], { case: 'Outlook multipart/related (HTML + inline logo) with unusual labels (Denominació de l\'experiència / Qui hi ha al darrere / Síntesi); promoters clause continues after the names ("…, que en porta la gestió diària"); the contact is only "qui signa aquest correu": a two-cell HTML table signature (logo | name, role, council, "T. 93 462 60 00 · Ext. 318", e-mail); fair sharing of care work between men and women = feminism' }), async () => {
  const p = P.santadria;
  const logo = png(96, 40, 3, (x, y) => (x < 34 ? [192, 0, 48] : (y > 14 && y < 26 ? [80, 80, 80] : [255, 255, 255])));
  const cid = 'image001.png@01D617C9.3A2E4F10';
  const whoText = `l'${p.promoters[0]} i l'${p.promoters[1]}, que en porta la gestió diària`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso('Us fem arribar la nostra proposta per al recull de bones pràctiques.')}${msoBlank}
${mso(`<b>Denominació de l’experiència:</b> ${esc(p.title)}`)}
${mso(`<b>Qui hi ha al darrere:</b> ${esc(whoText).replace(/'/g, '’')}`)}
${mso(`<b>Síntesi:</b> ${esc(p.expl).replace(/'/g, '’')}`)}${msoBlank}
${mso('Per a qualsevol aclariment, podeu adreçar-vos a qui signa aquest correu.')}${msoBlank}
${mso('Salutacions,')}${msoBlank}
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td width=110 valign=top style='width:82.5pt;border:none;border-right:solid #C00030 1.5pt;padding:0cm 8pt 0cm 0cm'><p class=MsoNormal><img width=96 height=40 style='width:1.0in;height:.4166in' id="Imatge_x0020_1" src="cid:${cid}" alt="Ajuntament de Sant Adrià de Besòs"><o:p></o:p></p></td>
<td valign=top style='padding:0cm 0cm 0cm 8pt'><p class=MsoNormal><b><span style='font-size:10.0pt;color:#C00030'>${esc(p.contact.name)}</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#404040'>Tècnic d’Ocupació i Economia Social<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#404040'>Ajuntament de Sant Adrià de Besòs<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#404040'>T. ${esc(p.tel)}<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt'><a href="mailto:${p.contact.email}">${p.contact.email}</a> · <a href="http://www.sant-adria.cat">www.sant-adria.cat</a><o:p></o:p></span></p></td></tr>
</table>
${msoBlank}
</div></body></html>`;
  const text = `Bon dia,

Us fem arribar la nostra proposta per al recull de bones pràctiques.

Denominació de l’experiència: ${p.title}
Qui hi ha al darrere: ${whoText.replace(/'/g, '’')}
Síntesi: ${p.expl.replace(/'/g, '’')}

Per a qualsevol aclariment, podeu adreçar-vos a qui signa aquest correu.

Salutacions,

[Ajuntament de Sant Adrià de Besòs]

${p.contact.name}

Tècnic d’Ocupació i Economia Social

Ajuntament de Sant Adrià de Besòs

T. ${p.tel}

${p.contact.email}<mailto:${p.contact.email}> · www.sant-adria.cat<http://www.sant-adria.cat>

`;
  const img = { head: `Content-Type: image/png; name="image001.png"\nContent-Description: image001.png\nContent-Disposition: inline; filename="image001.png"; size=${logo.length};\n\tcreation-date="Tue, 21 Apr 2020 08:05:11 GMT";\n\tmodification-date="Tue, 21 Apr 2020 08:05:11 GMT"\nContent-ID: <${cid}>\nContent-Transfer-Encoding: base64`, body: b64(logo) };
  return eml({
    received: [received('mail-santadria.outbound.protection.outlook.com', '40.107.20.83', 'Tue, 21 Apr 2020 10:05:19 +0200', '2F6A9D1B4E7'),
      'Received: from DB6PR0401MB2342.eurprd04.prod.outlook.com ([fe80::9d41:27b3])\n\tby DB6PR0401MB2342.eurprd04.prod.outlook.com with mapi id 15.20.2921.030; Tue, 21 Apr 2020 08:05:14 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Proposta per al recull de bones pràctiques - Sant Adrià de Besòs', date: 'Tue, 21 Apr 2020 08:05:12 +0000', messageId: '<DB6PR0401MB23425A0E7C3B91F4D2E68B0A4C7F1@DB6PR0401MB2342.eurprd04.prod.outlook.com>', extra: outlookExtra('Proposta per al recull de bones pràctiques - Sant Adrià de Besòs', 'AdYXsB7m1q0Vd3RkTe2Wc9nF4yZ8Lg==') },
    part: multi('related', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_DB6PR0401MB23425A0E7C3B91F4D2E68B0A4C7F1DB6PR0401MB2342_'),
      img,
    ], '_004_DB6PR0401MB23425A0E7C3B91F4D2E68B0A4C7F1DB6PR0401MB2342_', '\n\ttype="multipart/alternative";'),
  });
});

// 008 Palafrugell: Thunderbird (Spanish UI) inline forward of a Spanish prose text; forwarder's signature phone is a distractor
add('008-palafrugell-thunderbird-reenviat-es.eml', exp(['palafrugell'], { case: 'Thunderbird inline forward with the Spanish header block ("-------- Mensaje reenviado --------", Asunto:/Fecha:/De:/Para: with tabs), format=flowed 8bit; inner Spanish prose: title between typographic quotes “…”, promoters in the first description sentence ("Gracias a la colaboración de … y de …, el Ayuntamiento de Palafrugell ha …"), contact in a closing sentence ("la persona de contacto soy yo: …") with "(+34) 617 20 45 93"; the forwarding head of area and her phone are not the contact; intercooperation only' }), async () => {
  const p = P.palafrugell;
  const inner = `Gemma, aquí tienes el texto para la XMESS:

Nuestra propuesta es el “${p.title}”.

${p.expl}

Si la Xarxa necesita más información, la persona de contacto soy yo: ${p.contact.name}, técnica de Servicios Sociales, ${p.contact.email}, ${p.tel}.

Laia`;
  const body = `Hola,

Os reenvío la ficha que ha preparado nuestra técnica para el recopilatorio de buenas prácticas.

Un saludo,

Gemma Puig Sala
Jefa del Área de Servicios a las Personas
Ajuntament de Palafrugell
Tel. 972 61 18 20


-------- Mensaje reenviado --------
Asunto: \tExperiencia Rebost Solidari para la XMESS
Fecha: \tTue, 21 Apr 2020 16:44:02 +0200
De: \t${p.contact.name} <${p.contact.email}>
Para: \tGemma Puig Sala <gpuig@palafrugell.cat>



${inner}
`;
  const part = { head: 'Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\nContent-Language: es-ES', body: flowed(body) };
  return eml({
    received: [received('smtp.palafrugell.cat', '192.0.2.38', 'Wed, 22 Apr 2020 08:48:26 +0200', '7C0E5A3D9B1')],
    headers: { returnPath: 'gpuig@palafrugell.cat', from: addr('Gemma Puig Sala', 'gpuig@palafrugell.cat'), subject: 'Fwd: Experiencia Rebost Solidari para la XMESS', date: 'Wed, 22 Apr 2020 08:48:23 +0200', messageId: '<3e91c0a4-6b2f-48d7-a5e0-1f7c9b3d2a86@palafrugell.cat>', extra: [TB('68.7.0')] },
    part,
  });
});

// 009 Sant Boi: Apple Mail (Mac), Spanish, short labels and a dotted-leader contact block
add('009-santboi-applemail-bloc-contacte-es.eml', exp(['santboi'], { case: 'Apple Mail (Mac) multipart/alternative in Spanish, labels Experiencia: / Quién la impulsa: (a sentence: "está coorganizada por el … y la …") / En qué consiste:; contact in a block under "Contacto" with dotted leaders (Nombre ……… / Cargo ……… / Teléfono ……… "93 635 12 00 (ext. 245)" / Correo-e ………); women domestic workers = feminism' }), async () => {
  const p = P.santboi;
  const block = [['Nombre', p.contact.name], ['Cargo', 'Técnica de Igualdad'], ['Teléfono', p.tel], ['Correo-e', p.contact.email]];
  const lead = (k) => `${k} ${'.'.repeat(14 - k.length)}`;
  const who = `está coorganizada por el ${p.promoters[0]} y la ${p.promoters[1]}`;
  const text = `Hola, buenos días:

Os mandamos nuestra experiencia para el recopilatorio.

Experiencia: ${p.title}
Quién la impulsa: ${who}
En qué consiste: ${p.expl}

Contacto
${block.map(([k, v]) => `${lead(k)} ${v}`).join('\n')}

Saludos,
Rocío
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">Hola, buenos días:<div class=""><br class=""></div><div class="">Os mandamos nuestra experiencia para el recopilatorio.</div><div class=""><br class=""></div><div class=""><b class="">Experiencia:</b> ${esc(p.title)}</div><div class=""><b class="">Quién la impulsa:</b> ${esc(who)}</div><div class=""><b class="">En qué consiste:</b> ${esc(p.expl)}</div><div class=""><br class=""></div><div class=""><b class="">Contacto</b></div>${block.map(([k, v]) => `<div class=""><font face="Menlo" class="">${esc(lead(k))} ${k === 'Correo-e' ? `<a href="mailto:${v}" class="">${v}</a>` : esc(v)}</font></div>`).join('')}<div class=""><br class=""></div><div class="">Saludos,</div><div class="">Rocío</div></body></html>`;
  return eml({
    received: [received('correu.santboi.cat', '192.0.2.44', 'Wed, 22 Apr 2020 17:20:45 +0200', 'A4F1C8E2B07'),
      'Received: from [192.168.1.36] (unknown [198.51.100.88])\n\tby correu.santboi.cat (Postfix) with ESMTPSA id F1C8E2B07D3\n\tfor <bonespractiques@xmess.example.org>; Wed, 22 Apr 2020 17:20:43 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica Sant Boi - Cuidem Coop', date: 'Wed, 22 Apr 2020 17:20:41 +0200', messageId: '<7B4E2C90-1D3A-4F68-B5E2-9C0A7D1F3E46@santboi.cat>', extra: ['X-Mailer: Apple Mail (2.3608.80.23.2.2)'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], 'Apple-Mail=_0E9B3C5A-7D21-4F86-A0B4-2C6E8F1D3A59'),
  });
});

// 010 Santa Coloma: first version (Spanish note, Catalan sheet) with a wrong phone and a missing promoter, corrected by 011
const STACOLOMA_ID = '<AM6PR04MB5112D3A08E9C4B71F26D5E0C9A1B3@AM6PR04MB5112.eurprd04.prod.outlook.com>';
const staColomaSheet = (p, { promoters, tel }) => `Títol: ${p.title}
Entitats promotores: ${promoters}
Descripció: ${p.expl}
Persona de contacte: ${p.contact.name} (tècnic de Medi Ambient)
Correu: ${p.contact.email}
Telèfon: ${tel}`;
const staColomaFirst = (p) => `Buenos días,

Os envío la ficha de Santa Coloma de Gramenet. La hemos redactado en catalán.

${staColomaSheet(p, { promoters: `${p.promoters[0]} i ${p.promoters[1]}`, tel: p.wrongTel })}

Saludos,
Xavier`;
add('010-santacoloma-primera-versio.eml', exp(['santacoloma'], { case: 'language mix (Spanish note, Catalan labelled sheet), Outlook; this first version gives a wrong phone and omits a promoter: 011 (a reply in the same thread) corrects both, so the expected practice holds the corrected phone "93 386 21 77" and the three promoters; reuse of furniture = ecological transition' }), async () => {
  const p = P.santacoloma;
  return eml({
    received: [received('mail-gramenet.outbound.protection.outlook.com', '40.107.5.62', 'Wed, 22 Apr 2020 12:31:50 +0200', '0D8B3F6A2C9'),
      'Received: from AM6PR04MB5112.eurprd04.prod.outlook.com ([fe80::e1a4:5c02])\n\tby AM6PR04MB5112.eurprd04.prod.outlook.com with mapi id 15.20.2921.030; Wed, 22 Apr 2020 10:31:46 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Fitxa XMESS - Santa Coloma de Gramenet', date: 'Wed, 22 Apr 2020 10:31:44 +0000', messageId: STACOLOMA_ID, extra: outlookExtra('Fitxa XMESS - Santa Coloma de Gramenet', 'AdYYkE2p6x1Tb0WcR8mZ4q7Ns3Lf9g==', 'es-ES') },
    part: leaf({ body: staColomaFirst(p) }),
  });
});

// 011 Santa Coloma: Outlook "RE:" to his own mail, re-sending the whole corrected sheet above the quoted original
add('011-santacoloma-correccio.eml', { kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '010-santacoloma-primera-versio.eml', case: 'correction sent as an Outlook reply to the sender\'s own submission (In-Reply-To/References = 010, "RE:"), in Spanish: explains the two errors (phone 93 386 12 77 -> 93 386 21 77, a forgotten promoter) and pastes the whole corrected sheet, with the original sheet quoted below ("De: / Enviado el: / Para: / Asunto:"); it is the same practice, not a new one: no practice of its own, the corrections belong to 010\'s practice' }, async () => {
  const p = P.santacoloma;
  const text = `Buenos días de nuevo,

Perdonad: en la ficha de ayer había dos errores. El teléfono correcto es el ${p.tel} (no el ${p.wrongTel}) y nos olvidamos de la ${p.promoters[2]}, que también es promotora del proyecto. Os vuelvo a pegar la ficha entera, ya corregida:

${staColomaSheet(p, { promoters: `${p.promoters[0]}, ${p.promoters[1]} i ${p.promoters[2]}`, tel: p.tel })}

Gracias y disculpad las molestias,
Xavier

De: ${p.contact.name}
Enviado el: miércoles, 22 de abril de 2020 12:31
Para: Bones pràctiques XMESS <${XMESS}>
Asunto: Fitxa XMESS - Santa Coloma de Gramenet

${staColomaFirst(p)}`;
  return eml({
    received: [received('mail-gramenet.outbound.protection.outlook.com', '40.107.5.70', 'Thu, 23 Apr 2020 09:14:08 +0200', '6E2A9C0B4F1'),
      'Received: from AM6PR04MB5112.eurprd04.prod.outlook.com ([fe80::e1a4:5c02])\n\tby AM6PR04MB5112.eurprd04.prod.outlook.com with mapi id 15.20.2921.030; Thu, 23 Apr 2020 07:14:04 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'RE: Fitxa XMESS - Santa Coloma de Gramenet', date: 'Thu, 23 Apr 2020 07:14:02 +0000', messageId: '<AM6PR04MB51129F1C7B0E3A52D48E6C1B7A0D2@AM6PR04MB5112.eurprd04.prod.outlook.com>', extra: [`In-Reply-To: ${STACOLOMA_ID}`, `References: ${STACOLOMA_ID}`, ...outlookExtra('Fitxa XMESS - Santa Coloma de Gramenet', 'AdYYkE2p6x1Tb0WcR8mZ4q7Ns3Lf9gAAHq2k3A==', 'es-ES')] },
    part: leaf({ body: text }),
  });
});

// 012 Mailman digest (Spanish) of a social-economy mailing list the network is subscribed to: not a submission
add('012-llista-digest-es.eml', { kind: 'other', status: 'ignored', late: false, practices: [], case: 'Mailman 2.1 plain-text digest in Spanish ("Resumen de Economia-social, Vol 38, Envío 12", List-Id/List-Post/List-Unsubscribe, Precedence: list, To: the list, not XMESS); one of the digested posts is a council sharing a labelled experience (Títol / Entitats / Descripció / Contacte) with the list: list traffic is not a submission to the call' }, async () => {
  const L = 'economia-social@llistes.xarxaess.example.net';
  const body = `Envíe los mensajes para la lista Economia-social a
\t${L}

Para subscribirse o anular su subscripción a través de la WEB
\thttps://llistes.xarxaess.example.net/mailman/listinfo/economia-social

O por correo electrónico, enviando un mensaje con el texto "help" en
el asunto (subject) o en el cuerpo a:
\teconomia-social-request@llistes.xarxaess.example.net

Puede contactar con el responsable de la lista escribiendo a:
\teconomia-social-owner@llistes.xarxaess.example.net

Si responde a algún contenido de este mensaje, por favor, edite la
linea del asunto (subject) para que el texto sea mas especifico que:
"Re: Contents of Economia-social digest...". Además, por favor, incluya
en la respuesta sólo aquellas partes del mensaje a las que está
respondiendo.


Asuntos del día:

   1. Re: Cláusulas sociales en contratos menores (Joan Ferrer Duran)
   2. Experiència: mercat d'intercanvi de roba a Ripoll (Ajuntament de Ripoll)
   3. Jornada en línea sobre ERTE en cooperativas (Coordinadora ESS)


----------------------------------------------------------------------

Message: 1
Date: Wed, 22 Apr 2020 13:02:11 +0200
From: Joan Ferrer Duran <jferrer@coopdeserveis.example.org>
To: ${L}
Subject: Re: [Economia-social] Cláusulas sociales en contratos menores
Message-ID: <5EA024C3.1080406@coopdeserveis.example.org>
Content-Type: text/plain; charset=utf-8

Hola a todas,

En los contratos menores no hay pliegos, pero nada impide pedir tres
presupuestos e invitar siempre a una empresa de inserción o a una
cooperativa. Algunos ayuntamientos lo han puesto por escrito en una
instrucción interna.

Joan

------------------------------

Message: 2
Date: Wed, 22 Apr 2020 17:45:37 +0200
From: Promoció Econòmica Ripoll <promocio@ripoll.example.cat>
To: ${L}
Subject: [Economia-social] Experiència: mercat d'intercanvi de roba a
\tRipoll
Message-ID: <20200422154537.GA3312@ripoll.example.cat>
Content-Type: text/plain; charset=utf-8

Bon dia,

Us compartim una experiència per si a algú li és útil:

Títol: Mercat d'intercanvi de roba i joguines
Entitats: Ajuntament de Ripoll, Associació de Famílies del Ripollès
Descripció: Cada primer dissabte de mes, la plaça del mercat acull un
espai on les famílies intercanvien roba, calçat i joguines sense
diners pel mig. En un any hi han circulat unes 6.000 peces.
Contacte: Pilar Vinyoles, promocio@ripoll.example.cat, 972 70 31 88

Salutacions

------------------------------

Message: 3
Date: Thu, 23 Apr 2020 08:10:05 +0200
From: Coordinadora ESS <info@coordinadora-ess.example.org>
To: ${L}
Subject: [Economia-social] Jornada en línea sobre ERTE en cooperativas
Message-ID: <c7e1a2b9f0d34e58@coordinadora-ess.example.org>
Content-Type: text/plain; charset=utf-8

El jueves 30 de abril a las 10 h organizamos una sesión en línea sobre
cómo aplicar los ERTE en cooperativas de trabajo. Inscripciones en la
web de la Coordinadora.

------------------------------

_______________________________________________
Economia-social mailing list
${L}
https://llistes.xarxaess.example.net/mailman/listinfo/economia-social


Fin de Resumen de Economia-social, Vol 38, Envío 12
***************************************************
`;
  return eml({
    received: [received('llistes.xarxaess.example.net', '198.51.100.20', 'Thu, 23 Apr 2020 12:00:06 +0200', '5A3E1C9D7B2')],
    headers: {
      returnPath: 'economia-social-bounces+bonespractiques=xmess.example.org@llistes.xarxaess.example.net',
      from: 'economia-social-request@llistes.xarxaess.example.net', to: L,
      subject: 'Resumen de Economia-social, Vol 38, Envío 12', date: 'Thu, 23 Apr 2020 12:00:02 +0200',
      messageId: '<mailman.1187.1587636002.3421.economia-social@llistes.xarxaess.example.net>',
      extra: ['Reply-To: economia-social@llistes.xarxaess.example.net', 'X-BeenThere: economia-social@llistes.xarxaess.example.net', 'X-Mailman-Version: 2.1.29', 'Precedence: list',
        'List-Id: "Llista de l\'economia social i solidària" <economia-social.llistes.xarxaess.example.net>',
        'List-Unsubscribe: <https://llistes.xarxaess.example.net/mailman/options/economia-social>,\n <mailto:economia-social-request@llistes.xarxaess.example.net?subject=unsubscribe>',
        'List-Archive: <https://llistes.xarxaess.example.net/pipermail/economia-social/>',
        'List-Post: <mailto:economia-social@llistes.xarxaess.example.net>',
        'List-Help: <mailto:economia-social-request@llistes.xarxaess.example.net?subject=help>',
        'List-Subscribe: <https://llistes.xarxaess.example.net/mailman/listinfo/economia-social>,\n <mailto:economia-social-request@llistes.xarxaess.example.net?subject=subscribe>',
        'Errors-To: economia-social-bounces+bonespractiques=xmess.example.org@llistes.xarxaess.example.net',
        'Sender: "Economia-social" <economia-social-bounces+bonespractiques=xmess.example.org@llistes.xarxaess.example.net>'],
    },
    part: leaf({ body }),
  });
});

// 013 Postfix DSN from our own relay: our acknowledgement to a mistyped contact domain could not be delivered
add('013-dsn-postfix-domini-inexistent.eml', { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Postfix delivery-status notification from our own relay ("Undelivered Mail Returned to Sender", MAILER-DAEMON, Auto-Submitted: auto-replied, multipart/report): "Host or domain name not found" for a mistyped contact domain; the returned message is our acknowledgement of a practice from another council (fields Municipi / Entitats promotores / Descripció / Persona de contacte…), which must not become a practice' }, async () => {
  const ackId = '<ack.20200427.1040.7e21c0f9@xmess.example.org>';
  const ack = `Return-Path: <${XMESS}>
Received: by mx.xmess.example.org (Postfix, from userid 1001)
\tid 4A7C21E03B; Mon, 27 Apr 2020 10:40:30 +0200 (CEST)
From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <${XMESS}>
To: secretaria@algeri.cat
Subject: =?UTF-8?Q?Confirmaci=C3=B3_de_recepci=C3=B3:_Bona_pr=C3=A0ctica_Algerri?=
Date: Mon, 27 Apr 2020 10:40:29 +0200
Message-ID: ${ackId}
In-Reply-To: <5EA68B12.2040509@algerri.cat>
References: <5EA68B12.2040509@algerri.cat>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bon dia, Dolors Sabaté Farré:

Gràcies per participar en la convocatòria de bones pràctiques d'economia social i solidària de la XMESS. Hem rebut el vostre missatge «Bona pràctica Algerri» (27/04/2020 10:38).

Això és el que n'hem entès:

* Bosc comestible a l'escola del poble
  Municipi: Algerri
  Entitats promotores: Ajuntament d'Algerri, AMPA de l'Escola d'Algerri
  Descripció: Plantació d'arbres fruiters i arbustos comestibles al pati de l'escola, que cuiden l'alumnat i les famílies.
  Persona de contacte: Dolors Sabaté Farré
  Correu de contacte: secretaria@algeri.cat
  Telèfon de contacte: 973 42 60 05
  Àmbits: intercooperació, transició ecològica

Si alguna dada no és correcta o en falta alguna, responeu aquest mateix missatge per corregir-la o completar-la.

Salutacions cordials,

Equip de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària (XMESS)
`;
  const notice = `This is the mail system at host mx.xmess.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretaria@algeri.cat>: Host or domain name not found. Name service error for
    name=algeri.cat type=MX: Host not found, try again`;
  const status = `Reporting-MTA: dns; mx.xmess.example.org
X-Postfix-Queue-ID: 4A7C21E03B
X-Postfix-Sender: rfc822; ${XMESS}
Arrival-Date: Mon, 27 Apr 2020 10:40:30 +0200 (CEST)

Final-Recipient: rfc822; secretaria@algeri.cat
Original-Recipient: rfc822;secretaria@algeri.cat
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=algeri.cat type=MX: Host not found, try again`;
  return eml({
    received: ['Received: by mx.xmess.example.org (Postfix)\n\tid 7B1F03A2C1; Mon, 27 Apr 2020 10:40:32 +0200 (CEST)'],
    headers: { returnPath: '', from: 'MAILER-DAEMON@mx.xmess.example.org (Mail Delivery System)', to: XMESS, subject: 'Undelivered Mail Returned to Sender', date: 'Mon, 27 Apr 2020 10:40:32 +0200 (CEST)', messageId: '<20200427084032.7B1F03A2C1@mx.xmess.example.org>', extra: ['Auto-Submitted: auto-replied'] },
    part: multi('report', [
      { head: 'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii', body: notice },
      { head: 'Content-Description: Delivery report\nContent-Type: message/delivery-status', body: status },
      { head: 'Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit', body: ack },
    ], '4A7C21E03B.1587976832/mx.xmess.example.org', ' report-type=delivery-status;'),
    preamble: 'This is a MIME-encapsulated message.\n\n',
  });
});

// 014 Reus: arrives on Saturday 2 May (late); Outlook Web App HTML-only, title in bold, promoters "en alianza con"
add('014-reus-fora-termini-owa-es.eml', exp(['reus'], { late: true, case: 'late: Date and arrival Sat 2 May 2020; Spanish HTML-only Outlook Web App body; the title is only a bold <font size=4> line; promoters in prose ("nace en alianza con la … y la …, y la coordina el …"); contact line "Persona de contacto: Sr. … — Tel. 977 010 010, ext. 3321 — e-mail" (honorific and extension); organic gardening and compost = ecological transition' }), async () => {
  const p = P.reus;
  const html = `<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" id="owaParaStyle"></style></head><body fpstyle="1" ocsi="0"><div style="direction: ltr;font-family: Tahoma;color: #000000;font-size: 10pt;"><p>Buenos días,</p><p>Sabemos que el plazo terminó el jueves, pero os enviamos igualmente nuestra experiencia por si todavía podéis tenerla en cuenta. Se nos pasó la fecha con el cierre del presupuesto.</p><p><font size="4"><b>${esc(p.title)}</b></font></p><p>La iniciativa nace en alianza con la ${esc(p.promoters[1])} y la ${esc(p.promoters[2])}, y la coordina el ${esc(p.promoters[0])}.</p><p>${esc(p.expl)}</p><p>Persona de contacto: Sr. ${esc(p.contact.name)}, técnico de Medio Ambiente — Tel. ${esc(p.tel)} — <a href="mailto:${p.contact.email}">${p.contact.email}</a></p><p>Un saludo cordial,</p><p>Àrea de Medi Ambient<br>Ajuntament de Reus</p></div></body></html>`;
  return eml({
    received: [received('correu.reus.cat', '192.0.2.57', 'Sat, 2 May 2020 10:12:05 +0200', 'C3A8F0E1D62'),
      'Received: from CAS01.reus.local (10.0.2.11) by MBX02.reus.local (10.0.2.14) with Microsoft SMTP Server (TLS) id 14.3.498.0; Sat, 2 May 2020 10:12:01 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica Ayuntamiento de Reus (fuera de plazo)', date: 'Sat, 2 May 2020 08:11:58 +0000', messageId: '<2E7D0B9C4A1F6E38A5C1@MBX02.reus.local>', extra: ['Accept-Language: es-ES, ca-ES', 'Content-Language: es-ES', 'X-MS-Has-Attach: ', 'X-Originating-IP: [10.0.2.201]'] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 015 Cerdanyola: Spanish DOCX whose title is only bold, centred direct formatting (no style); sections as heading 1
add('015-cerdanyola-docx-titol-negreta-es.eml', exp(['cerdanyola'], { case: 'Spanish DOCX: the practice title is only a centred bold 14 pt paragraph with direct formatting (no style, no label), under an upper-case council line; sections are "heading 1" (Entidades promotoras / Descripción / Resultados / Contacto), results as a bullet list; contact "Persona de contacto: … (jefa del Servicio de Compras)" and "Teléfono: 93.580.88.88 ext. 1457"; the cooperative is the contractor (council alone): procurement + ecological, no intercooperation' }), async () => {
  const p = P.cerdanyola;
  const buf = await docx([
    wP([{ t: 'AJUNTAMENT DE CERDANYOLA DEL VALLÈS', b: true, sz: 18, color: '808080' }], { right: true }),
    wP(''),
    wP([{ t: p.title, b: true, sz: 28 }], { center: true }),
    wP('Entidades promotoras', { style: 'Heading1' }),
    wP(p.promoters[0]),
    wP('Descripción', { style: 'Heading1' }),
    wP(p.expl),
    wP('Resultados', { style: 'Heading1' }),
    wP('540 menús diarios para niños y niñas de 0 a 3 años.', { num: 1, style: 'ListParagraph' }),
    wP('Reducción de 4,2 toneladas anuales de envases de plástico.', { num: 1, style: 'ListParagraph' }),
    wP('Catorce productores de la comarca suministran a la cocina central.', { num: 1, style: 'ListParagraph' }),
    wP('Contacto', { style: 'Heading1' }),
    wP(`Persona de contacto: ${p.contact.name} (jefa del Servicio de Compras)`),
    wP(`Correo: ${p.contact.email}`),
    wP(`Teléfono: ${p.tel}`),
  ].join(''), { title: 'Ficha buena práctica', creator: 'snavarro', lang: 'es-ES' });
  const body = `Buenas tardes,

Adjuntamos la ficha de la experiencia de Cerdanyola del Vallès para el recopilatorio.

Un saludo,

Sílvia Navarro
Servei de Compres i Contractació
Ajuntament de Cerdanyola del Vallès`;
  return eml({
    received: [received('smtp.cerdanyola.cat', '192.0.2.61', 'Thu, 23 Apr 2020 14:05:33 +0200', 'E0B7D2A5C84')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Ficha XMESS Cerdanyola', date: 'Thu, 23 Apr 2020 14:05:30 +0200', messageId: '<001a01d61969$4c7e2b30$e57a8190$@cerdanyola.cat>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es', 'Thread-Index: AdYZaUtN0jQk8Vb2Rma3e1oPq9T5zw=='] },
    part: multi('mixed', [leaf({ body }), leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Ficha_alimentacion_escoles_bressol.docx' })], '----=_NextPart_000_001B_01D6197A.0FF1C730'),
  });
});

// 016 Castellar: Roundcube HTML with the title only in an <h3>; plain part generated by Roundcube (heading upper-cased)
add('016-castellar-roundcube-h3.eml', exp(['castellar'], { case: 'Roundcube multipart/alternative: the title is only an <h3> heading (upper-cased in the generated plain part); promoters "La coordina l\'… i hi col·laboren l\'… i la …, que aporta …"; contact in a closing sentence ("podeu trucar a l\'Oriol …, tècnic de …, al (+34) 937 14 40 40 o escriure-li a …"); youth via "estudiants de 16 i 17 anys", ecological via biomass replacing diesel' }), async () => {
  const p = P.castellar;
  const who = `La coordina l'${p.promoters[0]} i hi col·laboren l'${p.promoters[1]} i la ${p.promoters[2]}, que aporta els monitors.`;
  const closing = `Si en voleu saber més, podeu trucar a l'${p.contact.name}, tècnic de Medi Natural, al ${p.tel} o escriure-li a ${p.contact.email}.`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Bon dia,</p>
<p>Us fem arribar la nostra bona pràctica:</p>
<h3>${esc(p.title)}</h3>
<p>${esc(who)}</p>
<p>${esc(p.expl)}</p>
<p>${esc(closing).replace(p.contact.email, `<a href="mailto:${p.contact.email}">${p.contact.email}</a>`)}</p>
<p>Salutacions,</p>
<div class="pre" style="margin: 0; padding: 0; font-family: monospace">-- <br />Àrea de Medi Ambient i Sostenibilitat<br />Ajuntament de Castellar del Vallès</div>
</body></html>`;
  const text = `Bon dia,

Us fem arribar la nostra bona pràctica:

${p.title.toUpperCase()}

${who}

${p.expl}

${closing}

Salutacions,

-- 
Àrea de Medi Ambient i Sostenibilitat
Ajuntament de Castellar del Vallès`;
  return eml({
    received: [received('webmail.castellarvalles.cat', '192.0.2.69', 'Fri, 24 Apr 2020 09:50:17 +0200', '4B9E2C7A0F3')],
    headers: { returnPath: 'mediambient@castellarvalles.cat', from: addr('Medi Ambient Castellar', 'mediambient@castellarvalles.cat'), subject: 'Bona pràctica de Castellar del Vallès', date: 'Fri, 24 Apr 2020 09:50:14 +0200', messageId: '<9d3f51e0a7c2b84f16e0d9a3c5b72e41@castellarvalles.cat>', extra: ['User-Agent: Roundcube Webmail/1.4.3', 'X-Sender: mediambient@castellarvalles.cat'] },
    part: multi('alternative', [leaf({ body: text, params: 'format=flowed' }), leaf({ type: 'text/html', body: html })], '=_b7e21c90f4a36d58e0c1a2f9d7b3e6c4'),
  });
});

// 017 Vilafranca: Gmail reply-quote; the practice (Spanish, written by a cooperative) is in the quoted mail, the contact is on top (Catalan)
add('017-vilafranca-gmail-cita.eml', exp(['vilafranca'], { case: 'language mix: Gmail reply whose new text (Catalan) only introduces the proposal and gives "Persona de contacte: … (tècnic de …), e-mail, tel. 938 92 03 58"; the practice itself is in the quoted message below "El dc., 22 d’abr. 2020 a les 18:03, … va escriure:" (">" in plain, gmail_quote blockquote in HTML), written in Spanish by a cooperative: title only in bold (*…*), promoters as "un proyecto que impulsamos conjuntamente con el Ayuntamiento de …" (we = the cooperative); the coop author\'s phone is not the contact; subject "Re:" of an internal thread (not a reply to XMESS)' }), async () => {
  const p = P.vilafranca;
  const coopWho = `Es un proyecto que impulsamos conjuntamente con el ${p.promoters[1].replace('Ajuntament', 'Ayuntamiento')}.`;
  const quoted = `Hola Oriol,

Como hablamos, te paso el texto para la XMESS:

*${p.title}*

${coopWho}

${p.expl}

Un abrazo,

Núria Ferrer
Cooperativa Vinya Social
93 817 44 20`;
  const top = `Bon dia,

Us faig arribar la proposta de Vilafranca per al recull. El text l'ha redactat la cooperativa (el trobareu a sota, en castellà).

Persona de contacte: ${p.contact.name} (tècnic de Promoció Econòmica i Ocupació), ${p.contact.email}, tel. ${p.tel}.

Gràcies!
Oriol`;
  const attrib = 'El dc., 22 d’abr. 2020 a les 18:03, Cooperativa Vinya Social (<info@vinyasocial.coop>) va escriure:';
  const text = `${top}

${attrib}

${quoted.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}
`;
  const qHtml = quoted.split('\n\n').map((para) => {
    if (para.startsWith('*')) return `<div><b>${esc(para.slice(1, -1))}</b></div>`;
    return `<div>${para.split('\n').map(esc).join('<br>')}</div>`;
  }).join('<div><br></div>');
  const html = `<div dir="ltr"><div>Bon dia,</div><div><br></div><div>Us faig arribar la proposta de Vilafranca per al recull. El text l'ha redactat la cooperativa (el trobareu a sota, en castellà).</div><div><br></div><div>Persona de contacte: ${esc(p.contact.name)} (tècnic de Promoció Econòmica i Ocupació), <a href="mailto:${p.contact.email}">${p.contact.email}</a>, tel. ${esc(p.tel)}.</div><div><br></div><div>Gràcies!</div><div>Oriol</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El dc., 22 d’abr. 2020 a les 18:03, Cooperativa Vinya Social (&lt;<a href="mailto:info@vinyasocial.coop">info@vinyasocial.coop</a>&gt;) va escriure:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${qHtml}</div></blockquote></div>`;
  return eml({
    received: [received('mail-wm1-f52.google.com', '209.85.128.52', 'Thu, 23 Apr 2020 08:10:44 +0200', '8E1C4F7B0A5'),
      'Received: by mail-wm1-f52.google.com with SMTP id x25so5312947wmc.0\n        for <bonespractiques@xmess.example.org>; Wed, 22 Apr 2020 23:10:43 -0700 (PDT)'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Re: Text bona pràctica per a la XMESS', date: 'Thu, 23 Apr 2020 08:10:31 +0200', messageId: '<CAH7rT0p2Ks=vQ9mXc4bN1yWe8LdF3gZu6Jh@mail.gmail.com>', extra: ['In-Reply-To: <CAF9wB3s8Lm1=Tq4pVx7cN0yRe2KdG5hZa1U@mail.gmail.com>', 'References: <CAF9wB3s8Lm1=Tq4pVx7cN0yRe2KdG5hZa1U@mail.gmail.com>'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '0000000000005b91e705a3f0c2d8'),
  });
});

// 018 Cardedeu: Thunderbird with two attachments: the sheet (DOCX with Title + heading 2) and last year's service report (PDF, not a practice)
add('018-cardedeu-docx-i-memoria-pdf.eml', exp(['cardedeu'], { case: 'two attachments: a DOCX sheet (title only in the Title style, heading 2 sections Impulsors / Descripció / Persona de contacte, promoters "Una proposta de l\'…, amb el suport de la … i de la …", contact as lines, phone "93-844-49-52") and a 2-page PDF annual report of the economic-promotion service that describes several services and gives a generic phone: only one practice (the report is context, not a second practice); shared equality plan = feminism' }), async () => {
  const p = P.cardedeu;
  const buf = await docx([
    wP(p.title, { style: 'Title' }),
    wP('Impulsors', { style: 'Heading2' }),
    wP(`Una proposta de l'${p.promoters[0]}, amb el suport de la ${p.promoters[1]} i de la ${p.promoters[2]}.`),
    wP('Descripció', { style: 'Heading2' }),
    wP(p.expl),
    wP('Persona de contacte', { style: 'Heading2' }),
    wP(`${p.contact.name}\nTècnica d'Igualtat\n${p.contact.email}\n${p.tel}`),
  ].join(''), { title: "Pla d'igualtat compartit", creator: 'cbosch' });
  const report = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(18).text('Memòria 2019');
    d.font('Helvetica').fontSize(12).text('Servei de Promoció Econòmica · Ajuntament de Cardedeu').moveDown(1.5);
    const par = (h, t) => { d.font('Helvetica-Bold').fontSize(11.5).text(h).moveDown(0.2); d.font('Helvetica').fontSize(10.5).text(t, { lineGap: 1.5 }).moveDown(0.8); };
    par('1. Presentació', "Aquesta memòria recull l'activitat del Servei de Promoció Econòmica durant el 2019. El servei ha atès 412 persones i 96 empreses i entitats, i ha consolidat la línia de treball en economia social iniciada el 2017.");
    par('2. Servei d\'ocupació', "El servei d'orientació laboral ha acompanyat 268 persones en la recerca de feina, 121 de les quals han trobat una ocupació durant l'any. S'han organitzat 14 cursos de formació ocupacional amb 173 participants.");
    par('3. Suport a l\'emprenedoria', "S'han assessorat 58 projectes d'emprenedoria, dels quals 19 s'han constituït com a empresa o cooperativa. El programa de microcrèdits ha concedit 11 préstecs per un import total de 64.000 euros.");
    par('4. Economia social', "Durant el 2019 s'ha celebrat la tercera Fira de l'Economia Social de Cardedeu, amb 34 parades, i s'ha iniciat el treball amb les cooperatives del municipi que ha donat lloc al pla d'igualtat compartit. També s'ha mantingut el punt d'informació cooperativa amb l'ateneu de la comarca.");
    d.addPage();
    par('5. Comerç local', "La campanya de dinamització del comerç local ha comptat amb 87 establiments adherits. S'ha renovat la senyalització de l'eix comercial i s'ha fet una campanya de Nadal conjunta amb l'associació de comerciants.");
    par('6. Indicadors', "Persones ateses: 412. Empreses i entitats ateses: 96. Cursos: 14. Projectes d'emprenedoria assessorats: 58.");
    d.font('Helvetica').fontSize(9).fillColor('#555555').text("Servei de Promoció Econòmica · C. de Sant Joan, 22 · 08440 Cardedeu · 93 844 49 00 · promocio@cardedeu.cat");
  }, { title: 'Memoria 2019 Promocio Economica', author: 'Promocio Economica', producer: 'LibreOffice 6.4', creator: 'Writer' });
  const body = `Bon dia,

Us adjunto la fitxa de la bona pràctica de Cardedeu (Fitxa_Pla_igualtat_compartit.docx). També us adjunto la memòria del servei de l'any passat, per si us serveix de context.

Salutacions,

Clara Bosch
Igualtat i Promoció Econòmica
Ajuntament de Cardedeu
`;
  return eml({
    received: [received('mail.cardedeu.cat', '192.0.2.77', 'Mon, 27 Apr 2020 12:25:44 +0200', '2D8F5A1C6E0')],
    headers: { returnPath: p.contact.email, from: addr('Clara Bosch Arimany', p.contact.email), subject: 'Bona pràctica Cardedeu', date: 'Mon, 27 Apr 2020 12:25:41 +0200', messageId: '<b5c9e2a0-3d7f-41e6-8a2c-0f4d6b9e1c73@cardedeu.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: multi('mixed', [
      leaf({ body: flowed(body), params: 'format=flowed' }),
      leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa_Pla_igualtat_compartit.docx' }),
      leaf({ type: 'application/pdf', cte: 'base64', body: report, filename: 'Memoria_2019_Promocio_Economica.pdf' }),
    ], '------------3F0B8E2A7C5D19E46A0B2C83'),
  });
});

// 019 Amposta: Spanish Outlook HTML-only, title only a bold 14pt line, promoters "Promueven la iniciativa … y …, con la colaboración técnica de …", contact "Más información:"
add('019-amposta-outlook-negreta-es.eml', exp(['amposta'], { case: 'Spanish HTML-only Outlook/Word body: title only as a bold 14 pt coloured paragraph; promoters "Promueven la iniciativa el … y la …, con la colaboración técnica de la …" (three promoters); contact "Más información: Sra. …, técnica de …, 977 70 00 56 (ext. 1123) · e-mail"; rice grown without herbicides = ecological; "cinco productores" (no youth)' }), async () => {
  const p = P.amposta;
  const html = `${MSO_HEAD}<body lang=ES link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Buenos días:')}${msoBlank}
${mso('Os hacemos llegar la experiencia que presenta el Ayuntamiento de Amposta al recopilatorio de buenas prácticas de la XMESS.')}${msoBlank}
<p class=MsoNormal><b><span style='font-size:14.0pt;color:#1F3864'>${esc(p.title)}<o:p></o:p></span></b></p>${msoBlank}
${mso(`Promueven la iniciativa el ${esc(p.promoters[0])} y la ${esc(p.promoters[1])}, con la colaboración técnica de la ${esc(p.promoters[2])}.`)}${msoBlank}
${mso(esc(p.expl))}${msoBlank}
${mso(`Más información: Sra. ${esc(p.contact.name)}, técnica de Desarrollo Local, ${esc(p.tel)} · <a href="mailto:${p.contact.email}">${p.contact.email}</a>`)}${msoBlank}
${mso('Saludos cordiales,')}${msoBlank}
${mso('<span style=\'color:#1F3864\'>Àrea de Desenvolupament Local<br>Ajuntament d’Amposta<br>Plaça de l’Ajuntament, 4 · 43870 Amposta</span>')}
</div></body></html>`;
  return eml({
    received: [received('correu.amposta.cat', '192.0.2.84', 'Mon, 27 Apr 2020 16:33:09 +0200', '9A4C0E7B2D1'),
      'Received: from SRVMAIL02.amposta.local (10.3.0.8) by SRVMAIL02.amposta.local (10.3.0.8) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Mon, 27 Apr 2020 16:33:05 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica - Ayuntamiento de Amposta', date: 'Mon, 27 Apr 2020 16:33:03 +0200', messageId: '<5C0E8B3A1F7D2946@SRVMAIL02.amposta.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES', 'Thread-Index: AdYcn5uQ2e0Xz4kTQjG3a9yB8wRc1A=='] },
    part: leaf({ type: 'text/html', body: html }),
  });
});

// 020 Barcelona (Nou Barris district): Catalan note, Spanish ODT with title as heading, promoters/contact as bullet lists, numbered results
add('020-barcelona-odt-llistes-es.eml', exp(['barcelona'], { case: 'language mix: short Catalan note from a district mailbox, Spanish ODT: title only as a Heading 1, "Entidades impulsoras:" bullet list (council + cooperative), "¿En qué consiste?" paragraph, numbered "Resultados" list, "Contacto:" bullet list of "Nombre: / Cargo: / Teléfono: / Correo:" items; procurement with gender clauses = procurement + feminism + intercooperation' }), async () => {
  const p = P.barcelona;
  const buf = await odt([
    oP(esc('Distrito de Nou Barris · Ficha de experiencia para la XMESS'), 'P1'),
    oH(p.title, 1),
    oP(oB('Entidades impulsoras:')),
    oList(p.promoters.map(esc)),
    oP(oB('¿En qué consiste?')),
    oP(esc(p.expl)),
    oP(oB('Resultados')),
    oList(['Seis contratos adjudicados con las nuevas cláusulas.', 'Equipos de dinamización con un 50% de mujeres en la coordinación.', 'Una guía para aplicar las cláusulas en otros distritos.'].map(esc), 'L2'),
    oP(oB('Contacto:')),
    oList([`Nombre: ${p.contact.name}`, 'Cargo: Técnica de Economía Social del Distrito', `Teléfono: ${p.tel}`, `Correo: ${p.contact.email}`].map(esc)),
  ].join(''), { lang: 'es' });
  const body = `Bon dia,

Us adjuntem la fitxa de la bona pràctica del Districte de Nou Barris. Està en castellà perquè la va redactar l'equip de la cooperativa que ens va assessorar.

Salutacions,

Economia Social
Districte de Nou Barris - Ajuntament de Barcelona`;
  return eml({
    received: [received('mx01.bcn.cat', '192.0.2.91', 'Tue, 28 Apr 2020 11:02:26 +0200', '0F3B7E9D4C2'),
      'Received: from SMBX12.ajbcn.local (10.200.4.12) by SMBX12.ajbcn.local (10.200.4.12) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Tue, 28 Apr 2020 11:02:22 +0200'],
    headers: { returnPath: 'economiasocial9@bcn.cat', from: addr('Economia Social Nou Barris', 'economiasocial9@bcn.cat'), subject: 'Fitxa bona pràctica - Districte de Nou Barris', date: 'Tue, 28 Apr 2020 11:02:20 +0200', messageId: '<7A2D9F0C3E1B4658@SMBX12.ajbcn.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ca-ES'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: ODT_TYPE, cte: 'base64', body: buf, filename: 'Ficha_clausulas_genero_casales.odt' })], '----=_NextPart_000_0071_01D61D3E.2B6F0A40'),
  });
});

// 021 Sant Pere de Ribes: 2-page PDF, page 1 is the mayor's formal letter, page 2 the labelled sheet; non-member
add('021-ribes-pdf-ofici-alcaldia.eml', exp(['ribes'], { case: 'two-page PDF: page 1 is the mayor\'s formal cover letter (registry number, "Per mitjà d\'aquest escrit…", signed by the mayor: not the contact), the sheet is on page 2 with bold labels alone on their lines (Títol de la iniciativa / Entitats promotores / Descripció / Contacte); non-member; youth via "persones menors de 35 anys"' }), async () => {
  const p = P.ribes;
  const buf = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(12).text('AJUNTAMENT DE SANT PERE DE RIBES');
    d.font('Helvetica').fontSize(9).text('Pl. de la Vila, 1 · 08810 Sant Pere de Ribes').moveDown(2);
    d.font('Helvetica').fontSize(10).text('Registre de sortida núm. 2020/001532', { align: 'right' }).text("Data: 27 d'abril de 2020", { align: 'right' }).moveDown(2);
    d.text("Xarxa de Municipis per l'Economia Social i Solidària (XMESS)\nCoordinació del recull de bones pràctiques").moveDown(2);
    d.font('Helvetica-Bold').text("Assumpte: presentació d'una bona pràctica").moveDown(1);
    d.font('Helvetica').fontSize(10.5).text("Per mitjà d'aquest escrit, l'Ajuntament de Sant Pere de Ribes presenta al recull de bones pràctiques d'economia social i solidària la iniciativa que es descriu a la pàgina següent, que considerem un bon exemple de col·laboració entre l'administració local i el cooperativisme d'habitatge.", { lineGap: 2 }).moveDown(1);
    d.text('Restem a la vostra disposició per ampliar qualsevol informació.', { lineGap: 2 }).moveDown(3);
    d.text('Atentament,').moveDown(3);
    d.font('Helvetica-Bold').text('Lluís Ferrer Casas').font('Helvetica').text('Alcalde');
    d.addPage();
    d.font('Helvetica-Bold').fontSize(14).text('FITXA DE LA BONA PRÀCTICA').moveDown(1);
    pdfSection(d, 'Títol de la iniciativa', p.title);
    pdfSection(d, 'Entitats promotores', p.promoters.join('\n'));
    pdfSection(d, 'Descripció', p.expl);
    pdfSection(d, 'Contacte', `${p.contact.name}, tècnic d'Habitatge\n${p.contact.email}\n${p.tel}`);
  }, { title: 'Ofici XMESS bona practica', author: 'Registre General', producer: 'Microsoft Word 2013', creator: 'Microsoft Word 2013' });
  const body = `Bon dia,

Adjuntem l'escrit de l'Alcaldia amb la fitxa de la bona pràctica de Sant Pere de Ribes.

Cordialment,

Sergi Mata Guasch
Servei d'Habitatge
Ajuntament de Sant Pere de Ribes`;
  return eml({
    received: [received('smtp.santperederibes.cat', '192.0.2.98', 'Tue, 28 Apr 2020 13:40:52 +0200', 'B2E9A4F0C67')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Tramesa bona pràctica - Ajuntament de Sant Pere de Ribes', date: 'Tue, 28 Apr 2020 13:40:49 +0200', messageId: '<000601d61d4a$8c2e1f70$a48a5e50$@santperederibes.cat>', extra: ['X-Mailer: Microsoft Outlook 15.0', 'Content-Language: ca', 'Thread-Index: AdYdSogu9kqB3Yx1Sp+WnQe4Tc0Z7A=='] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Ofici_i_fitxa_XMESS.pdf' })], '----=_NextPart_000_0007_01D61D5B.4FB7EF70'),
  });
});

// 022 Torelló: Outlook for Mac HTML, Spanish; "Persona de contacto: quien firma este correo" + HTML table signature with a mobile; non-member
add('022-torello-outlook-mac-signatura-es.eml', exp(['torello'], { case: 'Spanish Outlook for Mac HTML (+ plain) with labels Denominación / Agentes (a sentence with three bodies: council, comarcal council, cooperative) / Resumen; "Persona de contacto: quien firma este correo" pointing to an HTML table signature (logo cell | name, role, council, "M. (+34) 649 20 31 85", e-mail); non-member; youth via "personas de 18 a 30 años"' }), async () => {
  const p = P.torello;
  const agents = `el ${p.promoters[0]}, el ${p.promoters[1]} y la cooperativa de iniciativa social ${p.promoters[2].replace('Cooperativa ', '')}`;
  const sig = [[p.contact.name, true], ['Técnica de Empleo y Juventud', false], ['Ajuntament de Torelló', false], [`M. ${p.tel}`, false]];
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:"Calibri",sans-serif;}
--></style></head><body lang="ES-TRAD" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal"><span style="font-size:11.0pt">Hola, buenos días:<o:p></o:p></span></p><p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">Os enviamos la experiencia del Ayuntamiento de Torelló.<o:p></o:p></span></p><p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><b>Denominación:</b> ${esc(p.title)}<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><b>Agentes:</b> ${esc(agents)}<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><b>Resumen:</b> ${esc(p.expl)}<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt"><b>Persona de contacto:</b> quien firma este correo.<o:p></o:p></span></p><p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span style="font-size:11.0pt">Gracias,<o:p></o:p></span></p><p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>
<td width="70" valign="top" style="width:52.5pt;padding:0cm 6pt 0cm 0cm"><p class="MsoNormal"><b><span style="font-size:20.0pt;color:#E36C0A">T</span></b><o:p></o:p></p></td>
<td valign="top" style="border:none;border-left:solid #E36C0A 1.0pt;padding:0cm 0cm 0cm 8pt">${sig.map(([t, b]) => `<p class="MsoNormal"><span style="font-size:9.0pt;color:#3A3A3A">${b ? `<b>${esc(t)}</b>` : esc(t)}<o:p></o:p></span></p>`).join('')}<p class="MsoNormal"><span style="font-size:9.0pt"><a href="mailto:${p.contact.email}">${p.contact.email}</a><o:p></o:p></span></p></td>
</tr></table><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div></body></html>`;
  const text = `Hola, buenos días:

Os enviamos la experiencia del Ayuntamiento de Torelló.

Denominación: ${p.title}
Agentes: ${agents}
Resumen: ${p.expl}
Persona de contacto: quien firma este correo.

Gracias,

T

${sig.map(([t]) => t).join('\n')}
${p.contact.email}<mailto:${p.contact.email}>
`;
  return eml({
    received: [received('smtp.ajtorello.cat', '192.0.2.103', 'Wed, 29 Apr 2020 10:18:40 +0200', 'D7A1E3C9B50'),
      'Received: from [192.168.1.140] (unknown [198.51.100.140])\n\tby smtp.ajtorello.cat (Postfix) with ESMTPSA id A1E3C9B50F2\n\tfor <bonespractiques@xmess.example.org>; Wed, 29 Apr 2020 10:18:38 +0200'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Experiencia Torelló para el recopilatorio XMESS', date: 'Wed, 29 Apr 2020 10:18:36 +0200', messageId: '<E3B1C7A0-5F29-4D84-9E16-0A2C8B7D4F53@ajtorello.cat>', extra: ['Thread-Topic: Experiencia =?UTF-8?B?VG9yZWxsw7M=?= para el recopilatorio XMESS', 'User-Agent: Microsoft-MacOutlook/16.36.20041300', 'Content-Language: es-ES'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], 'B_3670741116_1947283520'),
  });
});

// 023 Balaguer: Zimbra plain text, promoters under an unusual label "Com neix:" as a sentence, contact block with a dashed underline; non-member
add('023-balaguer-com-neix.eml', exp(['balaguer'], { case: 'Zimbra plain text, non-member; labels Títol / Com neix (a sentence: "És fruit d\'un conveni signat el 2018 entre l\'…, la … i l\'…") / Descripció; the contact is a block under "Contacte" underlined with dashes (name / role / e-mail / "973 44 51 94 / ext. 221"); traditional seed varieties grown without synthetic fertiliser = ecological' }), async () => {
  const p = P.balaguer;
  const body = `Bon dia,

Us fem arribar la nostra experiència per al recull.

Títol: ${p.title}
Com neix: És fruit d'un conveni signat el 2018 entre l'${p.promoters[0]}, la ${p.promoters[1]} i l'${p.promoters[2]}.
Descripció: ${p.expl}

Contacte
--------
${p.contact.name}
Tècnic d'Agricultura i Medi Ambient
${p.contact.email}
${p.tel}

Salutacions cordials,

Jaume Farré
Ajuntament de Balaguer`;
  return eml({
    received: [received('correu.balaguer.cat', '192.0.2.108', 'Wed, 29 Apr 2020 12:00:27 +0200', '6C3F0A8E1D4')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Experiència per al recull de bones pràctiques - Balaguer', date: 'Wed, 29 Apr 2020 12:00:24 +0200', messageId: '<1956020418.77105.1588154424391.JavaMail.zimbra@balaguer.cat>', extra: [ZIMBRA] },
    part: leaf({ body }),
  });
});

// 024 Pineda de Mar: Spanish; a PDF with two practices, one per page, each with a big bold title and a repeated page header; non-member
add('024-pineda-pdf-dues-pagines-es.eml', exp(['pineda1', 'pineda2'], { case: 'Spanish, non-member: one PDF with two practices, one per page, each page with the same small header ("Ajuntament de Pineda de Mar · Buenas prácticas XMESS 2020") and footer page number; each practice title is only a big bold line; promoters in prose (1st: "la ponen en marcha el … y la …, gracias a la colaboración del …"; 2nd: "Es una iniciativa del …", council alone); contacts "Contacto: Name, role · phone · e-mail" ("629.48.13.07", "93 767 00 60"); covid via "aislamiento domiciliario" in the 1st, procurement in the 2nd' }), async () => {
  const [a, b] = [P.pineda1, P.pineda2];
  const buf = await pdf((d) => {
    const page = (p, role, n) => {
      d.font('Helvetica').fontSize(8.5).fillColor('#777777').text('Ajuntament de Pineda de Mar · Buenas prácticas XMESS 2020', 60, 40, { lineBreak: false });
      d.moveTo(60, 54).lineTo(535, 54).lineWidth(0.5).strokeColor('#AAAAAA').stroke();
      d.x = 60; d.y = 80;
      d.font('Helvetica-Bold').fontSize(20).fillColor('#0B4F6C').text(p.title);
      d.moveDown(1);
      d.font('Helvetica').fontSize(11).fillColor('#000000').text(p.who, { lineGap: 2 }).moveDown(0.8);
      d.text(p.expl, { lineGap: 2 }).moveDown(0.8);
      d.font('Helvetica-Bold').text('Contacto: ', { continued: true }).font('Helvetica').text(`${p.contact.name}, ${role} · ${p.tel} · ${p.contact.email}`);
      const bottom = d.page.margins.bottom; d.page.margins.bottom = 0;
      d.font('Helvetica').fontSize(8.5).fillColor('#777777').text(`${n} / 2`, 60, 800, { width: 475, align: 'center' });
      d.page.margins.bottom = bottom;
    };
    page(a, 'técnico de Servicios Sociales', 1);
    d.addPage();
    page(b, 'jefa de Contratación', 2);
  }, { title: 'Buenas practicas Pineda de Mar', author: 'Promocio Economica' });
  const body = `Buenos días,

Os adjuntamos un PDF con las dos experiencias que presenta el Ayuntamiento de Pineda de Mar, una en cada página. Cada una tiene su persona de contacto.

Saludos cordiales,

Promoció Econòmica
Ajuntament de Pineda de Mar`;
  return eml({
    received: [received('mail.pinedademar.org', '192.0.2.113', 'Wed, 29 Apr 2020 17:55:31 +0200', 'F4B0D6A2E93'),
      'Received: from EXCHANGE01.pineda.local (10.1.10.5) by EXCHANGE01.pineda.local (10.1.10.5) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Wed, 29 Apr 2020 17:55:27 +0200'],
    headers: { returnPath: 'promocio@pinedademar.org', from: addr('Promoció Econòmica Pineda de Mar', 'promocio@pinedademar.org'), subject: 'Buenas prácticas Pineda de Mar', date: 'Wed, 29 Apr 2020 17:55:25 +0200', messageId: '<4D9E1A7C0B3F5268@EXCHANGE01.pineda.local>', extra: ['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES'] },
    part: multi('mixed', [leaf({ body }), leaf({ type: 'application/pdf', cte: 'base64', body: buf, filename: 'Buenas practicas Pineda de Mar.pdf' })], '----=_NextPart_000_0093_01D61E2C.5E4A1B60'),
  });
});

// 025 Consorci del Lluçanès: Thunderbird HTML, title bold + underlined, promoters "Ho impulsa el …, juntament amb els ajuntaments de X, Y i Z i la …"
add('025-llucanes-consorci-ajuntaments.eml', exp(['llucanes'], { case: 'Thunderbird HTML: title only bold + underlined; promoters in prose with a grouped plural ("Ho impulsa el Consorci del Lluçanès, juntament amb els ajuntaments de Prats de Lluçanès, Olost i Sant Feliu Sasserra i la Cooperativa …" = three separate councils); sender is a consortium (its own entry, member) and a configured member council (Prats) is only named in the text; "Persona de contacte: … (tècnica de … del Consorci) — e-mail — 938 880 011"' }), async () => {
  const p = P.llucanes;
  const who = `Ho impulsa el ${p.promoters[0]}, juntament amb els ajuntaments de Prats de Lluçanès, Olost i Sant Feliu Sasserra i la ${p.promoters[4]}.`;
  const contact = `Persona de contacte: ${p.contact.name} (tècnica de Medi Ambient del Consorci) — ${p.contact.email} — ${p.tel}`;
  const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body text="#000000" bgcolor="#FFFFFF"><p>Bon dia,</p><p>Us presentem aquesta experiència del Lluçanès:</p><p><b><u>${esc(p.title)}</u></b></p><p>${esc(who)}</p><p>${esc(p.expl)}</p><p>${esc(contact).replace(p.contact.email, `<a class="moz-txt-link-abbreviated" href="mailto:${p.contact.email}">${p.contact.email}</a>`)}</p><p>Salutacions,</p><pre class="moz-signature" cols="72">-- 
Consorci del Lluçanès
Àrea de Medi Ambient</pre></body></html>`;
  const text = `Bon dia,

Us presentem aquesta experiència del Lluçanès:

*_${p.title}_*

${who}

${p.expl}

${contact}

Salutacions,

-- 
Consorci del Lluçanès
Àrea de Medi Ambient
`;
  return eml({
    received: [received('correu.llucanes.cat', '192.0.2.119', 'Thu, 30 Apr 2020 09:30:15 +0200', '1A7E4C0F9D2')],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica - Consorci del Lluçanès', date: 'Thu, 30 Apr 2020 09:30:12 +0200', messageId: '<0c5e8b31-7a2d-46f9-b0e4-9d1c3f6a2e87@llucanes.cat>', extra: [TB('68.7.0'), 'Content-Language: ca'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '------------D2E94A0B7C1F35E6A8B0C4D1'),
  });
});

// 026 Sant Just Desvern: Outlook + DOCX whose title is a heading 1; promoters "Impulsat conjuntament per … i …, amb el suport de …"; non-member
add('026-santjust-docx-heading-regidora.eml', exp(['santjust'], { case: 'DOCX: the title is only a "heading 1", then plain paragraphs: promoters "Impulsat conjuntament per l\'… i l\'…, amb el suport de la …", the description, and "Persona de contacte: … (Regidora d\'Economia Social i Feminismes)" / e-mail / "Mòbil: 690 123 487"; non-member; covid via "quan es van tancar les escoles i els casals al març", feminism via single mothers' }), async () => {
  const p = P.santjust;
  const buf = await docx([
    wP(p.title, { style: 'Heading1' }),
    wP(`Impulsat conjuntament per l'${p.promoters[0]} i l'${p.promoters[1]}, amb el suport de la ${p.promoters[2]}.`),
    wP(p.expl),
    wP('Les famílies arriben a la xarxa derivades pels serveis socials, per les escoles o pel boca-orella, i cada una té una veïna de referència.'),
    wP(`Persona de contacte: ${p.contact.name} (Regidora d'Economia Social i Feminismes)`, { after: 0 }),
    wP(p.contact.email, { after: 0 }),
    wP(`Mòbil: ${p.tel}`),
  ].join(''), { title: 'Xarxa mares', creator: 'aroig' });
  const text = `Bon dia,

Us envio en un document Word la fitxa de la xarxa de suport a les mares que crien soles, per al recull de bones pràctiques.

Una salutació,

Anna Roig Ferrer
Regidora d'Economia Social i Feminismes
Ajuntament de Sant Just Desvern`;
  const html = `${MSO_HEAD}<body lang=CA link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Bon dia,')}${msoBlank}
${mso('Us envio en un document Word la fitxa de la xarxa de suport a les mares que crien soles, per al recull de bones pràctiques.')}${msoBlank}
${mso('Una salutació,')}${msoBlank}
${mso('<b>Anna Roig Ferrer</b><br>Regidora d’Economia Social i Feminismes<br>Ajuntament de Sant Just Desvern')}
</div></body></html>`;
  return eml({
    received: [received('mail-santjust.outbound.protection.outlook.com', '40.107.3.97', 'Thu, 30 Apr 2020 11:45:03 +0200', '5E0C2B9A7F4'),
      'Received: from HE1PR0102MB3049.eurprd01.prod.exchangelabs.com ([fe80::2d5b:a07c])\n\tby HE1PR0102MB3049.eurprd01.prod.exchangelabs.com with mapi id 15.20.2958.020; Thu, 30 Apr 2020 09:44:59 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Bona pràctica Sant Just Desvern', date: 'Thu, 30 Apr 2020 09:44:57 +0000', messageId: '<HE1PR0102MB3049A7C2E5D10B83F4E96A1C0D7B2@HE1PR0102MB3049.eurprd01.prod.exchangelabs.com>', extra: [...outlookExtra('Bona pràctica Sant Just Desvern', 'AdYe0xK4mR8sV2cTQb5Wn1a7Yf3Pzg==').filter((x) => x !== 'X-MS-Has-Attach: '), 'X-MS-Has-Attach: yes'] },
    part: multi('mixed', [
      multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_HE1PR0102MB3049A7C2E5D10B83F4E96A1C0D7B2HE1PR0102MB3049_'),
      leaf({ type: DOCX_TYPE, cte: 'base64', body: buf, filename: 'Fitxa xarxa mares Sant Just.docx' }),
    ], '_004_HE1PR0102MB3049A7C2E5D10B83F4E96A1C0D7B2HE1PR0102MB3049_'),
  });
});

// 027 Esparreguera: Spanish OWA, title on its own line (bold in HTML), promoters "Detrás del proyecto están …", contact only as a vCard-like signature block; non-member
add('027-esparreguera-owa-signatura-es.eml', exp(['esparreguera'], { case: 'Spanish Outlook Web App (plain + HTML), non-member: the title is a line of its own (bold in HTML), promoters "Detrás del proyecto están el …, la cooperativa de mensajería … y la …"; no contact label: the contact is the vCard-like signature block (name / role / council / "M. (+34) 649 11 30 72" / e-mail); covid via "cerrar al público por la crisis sanitaria", ecological via electric cargo bikes "sin ninguna emisión"' }), async () => {
  const p = P.esparreguera;
  const who = `Detrás del proyecto están el ${p.promoters[0]}, la cooperativa de mensajería ${p.promoters[1].replace('Cooperativa ', '')} y la ${p.promoters[2]}.`;
  const sigLines = [p.contact.name, 'Técnica de Comercio', "Ajuntament d'Esparreguera", p.tel, p.contact.email];
  const text = `Buenas tardes:

Os hacemos llegar una experiencia del Ayuntamiento de Esparreguera para el recopilatorio de buenas prácticas.

${p.title}

${who}

${p.expl}

Un saludo,

${sigLines.join('\n')}
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div id="divtagdefaultwrapper" style="font-size:12pt;color:#000000;font-family:Calibri,Helvetica,sans-serif;" dir="ltr"><p style="margin-top:0;margin-bottom:0">Buenas tardes:</p><p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">Os hacemos llegar una experiencia del Ayuntamiento de Esparreguera para el recopilatorio de buenas prácticas.</p><p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0"><b>${esc(p.title)}</b></p><p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">${esc(who)}</p><p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">${esc(p.expl)}</p><p style="margin-top:0;margin-bottom:0"><br></p><p style="margin-top:0;margin-bottom:0">Un saludo,</p><p style="margin-top:0;margin-bottom:0"><br></p><div id="Signature"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:10pt;color:#404040">${sigLines.map((l, i) => (i === 0 ? `<b>${esc(l)}</b>` : i === 4 ? `<a href="mailto:${l}">${l}</a>` : esc(l))).join('<br>')}</div></div></div></body></html>`;
  return eml({
    received: [received('mail-esparreguera.outbound.protection.outlook.com', '40.107.22.46', 'Thu, 30 Apr 2020 16:20:38 +0200', 'A8D3F1C0E75'),
      'Received: from AM5PR0601MB2604.eurprd06.prod.outlook.com ([fe80::6f11:8c3a])\n\tby AM5PR0601MB2604.eurprd06.prod.outlook.com with mapi id 15.20.2958.027; Thu, 30 Apr 2020 14:20:34 +0000'],
    headers: { returnPath: p.contact.email, from: addr(p.contact.name, p.contact.email), subject: 'Buena práctica Esparreguera', date: 'Thu, 30 Apr 2020 14:20:33 +0000', messageId: '<AM5PR0601MB2604E1B7C3A90F5D28E4B6A1C03D7@AM5PR0601MB2604.eurprd06.prod.outlook.com>', extra: outlookExtra('Buena práctica Esparreguera', 'AQHWHvT0x7Kp2mQcR0e9Zb3L1aY8wA==', 'es-ES') },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_AM5PR0601MB2604E1B7C3A90F5D28E4B6A1C03D7AM5PR0601MB2604eurp_'),
  });
});

// 028 Viladamat: small council writing from a hotmail.com address (Outlook.com); municipality from the text; contact is the mayor
add('028-viladamat-hotmail.eml', exp(['viladamat'], { case: 'small member council with no own mail domain: sender on hotmail.com (Outlook.com HTML + plain, "Enviat des de l\'Outlook"), municipality from the text; title only in bold; the description starts the text after the title, promoters in a later sentence ("El projecte el porten plegats l\'Ajuntament i la …"); contact "Persona de contacte: … (alcalde) · 972-78-80-12 · <hotmail address>"; intercooperation only' }), async () => {
  const p = P.viladamat;
  const who = `El projecte el porten plegats l'Ajuntament i la ${p.promoters[1]}.`;
  const contact = `Persona de contacte: ${p.contact.name} (alcalde) · ${p.tel} · ${p.contact.email}`;
  const text = `Bon dia,

Des de l'Ajuntament de Viladamat us presentem aquesta iniciativa:

${p.title}

${p.expl}

${who}

${contact}

Gràcies i bona feina,

Ajuntament de Viladamat

Enviat des de l'Outlook
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Bon dia,<br><br>Des de l'Ajuntament de Viladamat us presentem aquesta iniciativa:<br><br><b>${esc(p.title)}</b><br><br>${esc(p.expl)}<br><br>${esc(who)}<br><br>${esc(contact)}<br><br>Gràcies i bona feina,<br><br>Ajuntament de Viladamat</div><div id="appendonsend"></div><div><br></div><div id="Signature"><div>Enviat des de l'<a href="http://aka.ms/weboutlook">Outlook</a></div></div></body></html>`;
  return eml({
    received: [received('EUR05-VI1-obe.outbound.protection.outlook.com', '40.92.90.21', 'Thu, 30 Apr 2020 21:58:24 +0200', '0B6E3A9C2D8'),
      'Received: from VI1PR0802MB2258.eurprd08.prod.outlook.com ([fe80::8cb1:2e49])\n\tby VI1PR0802MB2258.eurprd08.prod.outlook.com with mapi id 15.20.2958.019; Thu, 30 Apr 2020 19:58:20 +0000'],
    headers: { returnPath: p.contact.email, from: addr('Ajuntament Viladamat', p.contact.email), subject: 'bona practica Viladamat', date: 'Thu, 30 Apr 2020 19:58:20 +0000', messageId: '<VI1PR0802MB22584C7E0A1D3B9F52C8E6A0B4D19@VI1PR0802MB2258.eurprd08.prod.outlook.com>', extra: ['Thread-Topic: bona practica Viladamat', 'Thread-Index: AQHWHyX3r9Tk1Bc0FkKa2y5m8e0VZw==', 'Accept-Language: ca-ES, en-US', 'Content-Language: ca-ES', 'X-MS-Has-Attach: ', 'x-incomingtopheadermarker: OriginalChecksum:5A0C2E7B9D1F3A46;UpperCasedChecksum:B3E8F0A2C6D14975;SizeAsReceived:7312;Count:41'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '_000_VI1PR0802MB22584C7E0A1D3B9F52C8E6A0B4D19VI1PR0802MB2258eurp_'),
  });
});

// 029 Arbúcies: Apple Mail (Mac, Catalan UI) forward by the mayor's office, outer note in Spanish, forwarded text in Catalan
add('029-arbucies-applemail-reenviat.eml', exp(['arbucies'], { case: 'language mix: Apple Mail (Mac) forward with the Catalan marker "Inici del missatge reenviat:" and De:/Assumpte:/Data:/Per a: (blockquote type=cite in HTML), outer note in Spanish from the mayor\'s office whose signature switchboard phone is not the contact; inner Catalan text with the title only in bold, promoters "Impulsat conjuntament per l\'… i l\'…", contact line with a mobile; four themes: covid ("tancament dels centres educatius per l\'epidèmia"), youth (secondary and vocational students), ecological (refurbished laptops that would have been discarded), intercooperation' }), async () => {
  const p = P.arbucies;
  const who = `Impulsat conjuntament per l'${p.promoters[0]} i l'${p.promoters[1]}.`;
  const contact = `Contacte: ${p.contact.name}, tècnica de Joventut i Educació, ${p.contact.email}, mòbil ${p.tel}`;
  const fwdHdr = [['De', `${p.contact.name} <${p.contact.email}>`], ['Assumpte', 'Text bona pràctica XMESS'], ['Data', '27 d’abril de 2020 a les 13:12:40 CEST'], ['Per a', `Joan Serra Vila <jserra@arbucies.cat>`]];
  const text = `Hola,

Os reenvío el texto que nos ha pasado la técnica para el recopilatorio. Cualquier cosa, me decís.

Joan

Joan Serra Vila
Alcaldia - Ajuntament d'Arbúcies
972 86 00 08

> Inici del missatge reenviat:
> 
> ${fwdHdr.map(([k, v]) => `${k}: ${v}`).join('\n> ')}
> 
> Joan, aquí tens el text:
> 
> ${p.title}
> 
> ${who}
> 
> ${p.expl}
> 
> ${contact}
> 
> Mireia
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">Hola,<div class=""><br class=""></div><div class="">Os reenvío el texto que nos ha pasado la técnica para el recopilatorio. Cualquier cosa, me decís.</div><div class=""><br class=""></div><div class="">Joan</div><div class=""><br class=""></div><div class="">Joan Serra Vila<br class="">Alcaldia - Ajuntament d'Arbúcies<br class="">972 86 00 08<br class=""><div><br class=""><blockquote type="cite" class=""><div class="">Inici del missatge reenviat:</div><br class="Apple-interchange-newline">${fwdHdr.map(([k, v]) => `<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;" class=""><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);" class=""><b class="">${k}: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;" class="">${esc(v)}<br class=""></span></div>`).join('')}<br class=""><div class=""><div class="">Joan, aquí tens el text:</div><div class=""><br class=""></div><div class=""><b class="">${esc(p.title)}</b></div><div class=""><br class=""></div><div class="">${esc(who)}</div><div class=""><br class=""></div><div class="">${esc(p.expl)}</div><div class=""><br class=""></div><div class="">${esc(contact)}</div><div class=""><br class=""></div><div class="">Mireia</div></div></blockquote></div><br class=""></div></body></html>`;
  return eml({
    received: [received('correu.arbucies.cat', '192.0.2.127', 'Tue, 28 Apr 2020 08:40:19 +0200', '3F8A1D6C0B9'),
      'Received: from [192.168.10.22] (unknown [198.51.100.201])\n\tby correu.arbucies.cat (Postfix) with ESMTPSA id 8A1D6C0B9E4\n\tfor <bonespractiques@xmess.example.org>; Tue, 28 Apr 2020 08:40:17 +0200'],
    headers: { returnPath: 'jserra@arbucies.cat', from: addr('Joan Serra Vila', 'jserra@arbucies.cat'), subject: 'Fwd: Text bona pràctica XMESS', date: 'Tue, 28 Apr 2020 08:40:15 +0200', messageId: '<A0C5E8F2-4B19-4D7E-9F3A-6E1B2C0D7A84@arbucies.cat>', extra: ['X-Mailer: Apple Mail (2.3608.80.23.2.2)'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], 'Apple-Mail=_7D3A1E90-2C4B-4F58-B6E0-8A1D5C3F9B27'),
  });
});

// 030 Mollerussa: Spanish Outlook reply to our reminder (a submission), title in bold, promoters "Lo impulsa el … con el apoyo del … y de la …"; the quoted reminder has empty fields; non-member
add('030-mollerussa-resposta-recordatori-es.eml', exp(['mollerussa'], { case: 'Spanish Outlook answer to our reminder (In-Reply-To = the reminder, "RE: Recordatori…"): a submission, not a reply to a practice; title only in bold in HTML and a bare line of its own in the plain part; promoters "Lo impulsa el … con el apoyo del sindicato … y de la …"; "Persona de contacto: … (Concejala de …)" + mobile "660 55 41 27"; the quoted Catalan reminder below (De:/Enviado el:/Para:/Asunto:) with its empty field list and theme list is not content; non-member; gender + origin + administrative status = intersectionality' }), async () => {
  const p = P.mollerussa;
  const who = `Lo impulsa el ${p.promoters[0]} con el apoyo del sindicato ${p.promoters[1]} y de la ${p.promoters[2]}.`;
  const contact = `Persona de contacto: ${p.contact.name} (Concejala de Agricultura y Empleo) – ${p.contact.email} – ${p.tel}`;
  const reminder = `Bon dia,

Us escrivim des de la Xarxa de Municipis per l'Economia Social i Solidària (XMESS) perquè encara no hem rebut cap bona pràctica del vostre municipi.

La data límit és el 30 d'abril de 2020. Per a cada pràctica, envieu-nos:

Títol:
Organitzacions promotores:
Breu explicació:
Contacte (nom, correu i telèfon):

Ens interessen especialment les experiències de resposta a la Covid-19, d'intercooperació, de compra pública responsable, amb joves, de transició ecològica i amb perspectiva feminista.

Salutacions cordials,

Equip de bones pràctiques
Xarxa de Municipis per l'Economia Social i Solidària (XMESS)`;
  const text = `Buenos días:

Os respondemos con nuestra experiencia:

${p.title}

${who}

${p.expl}

${contact}

Saludos,

Rosa Maria Farré
Ajuntament de Mollerussa

De: Bones pràctiques XMESS <${XMESS}>
Enviado el: viernes, 24 de abril de 2020 9:00
Para: promocio@mollerussa.cat
Asunto: Recordatori: recull de bones pràctiques en ESS

${reminder}
`;
  const html = `${MSO_HEAD}<body lang=ES link="#0563C1" vlink="#954F72"><div class=WordSection1>
${mso('Buenos días:')}${msoBlank}
${mso('Os respondemos con nuestra experiencia:')}${msoBlank}
${mso(`<b>${esc(p.title)}</b>`)}${msoBlank}
${mso(esc(who))}${msoBlank}
${mso(esc(p.expl))}${msoBlank}
${mso(esc(contact).replace(p.contact.email, `<a href="mailto:${p.contact.email}">${p.contact.email}</a>`))}${msoBlank}
${mso('Saludos,')}${msoBlank}
${mso('Rosa Maria Farré<br>Ajuntament de Mollerussa')}${msoBlank}
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>De:</b> Bones pràctiques XMESS &lt;${XMESS}&gt; <br><b>Enviado el:</b> viernes, 24 de abril de 2020 9:00<br><b>Para:</b> promocio@mollerussa.cat<br><b>Asunto:</b> Recordatori: recull de bones pràctiques en ESS<o:p></o:p></p></div>${msoBlank}
${reminder.split('\n').map((l) => (l ? mso(esc(l)) : msoBlank)).join('\n')}
</div></body></html>`;
  return eml({
    received: [received('correu.mollerussa.cat', '192.0.2.131', 'Mon, 27 Apr 2020 13:05:50 +0200', '7D0B4E2A9C6'),
      'Received: from SRV-EXCH.mollerussa.local (10.0.0.25) by SRV-EXCH.mollerussa.local (10.0.0.25) with Microsoft SMTP Server\n (version=TLS1_2) id 15.1.1979.3; Mon, 27 Apr 2020 13:05:46 +0200'],
    headers: { returnPath: 'promocio@mollerussa.cat', from: addr('Promoció Econòmica Mollerussa', 'promocio@mollerussa.cat'), subject: 'RE: Recordatori: recull de bones pràctiques en ESS', date: 'Mon, 27 Apr 2020 13:05:44 +0200', messageId: '<1B6E0A4C9D2F7385@SRV-EXCH.mollerussa.local>', extra: [`In-Reply-To: ${REMINDER_ID}`, `References: ${REMINDER_ID}`, 'X-Mailer: Microsoft Outlook 16.0', 'Content-Language: es-ES', 'Thread-Index: AQHWGgK3c1x0yT8Zk0m9rQ2b5aN4wKiZ0dYA'] },
    part: multi('alternative', [leaf({ body: text }), leaf({ type: 'text/html', body: html })], '----=_NextPart_000_00A2_01D61C8F.3D5E7B10'),
  });
});

// ------------------------------------------------------------------ config (same layout as heldout4/config)
const municipalities = [
  ['Sabadell', ['ajsabadell.cat', 'sabadell.cat'], true], ['Cornellà de Llobregat', ['aj-cornella.cat', 'cornella.cat'], true],
  ['El Prat de Llobregat', ['elprat.cat'], true], ['Manlleu', ['manlleu.cat'], true], ['Sant Cugat del Vallès', ['santcugat.cat'], true],
  ['Vilanova i la Geltrú', ['vilanova.cat'], true], ['Sant Adrià de Besòs', ['sant-adria.net', 'sant-adria.cat'], true],
  ['Palafrugell', ['palafrugell.cat'], true], ['Sant Boi de Llobregat', ['santboi.cat'], true], ['Santa Coloma de Gramenet', ['gramenet.cat'], true],
  ['Reus', ['reus.cat'], true], ['Cerdanyola del Vallès', ['cerdanyola.cat'], true], ['Castellar del Vallès', ['castellarvalles.cat'], true],
  ['Vilafranca del Penedès', ['vilafranca.cat'], true], ['Cardedeu', ['cardedeu.cat'], true], ['Amposta', ['amposta.cat'], true],
  ['Barcelona', ['bcn.cat', 'barcelona.cat'], true], ['Consorci del Lluçanès', ['llucanes.cat'], true], ['Prats de Lluçanès', ['pratsdellucanes.cat'], true],
  ['Viladamat', ['viladamat.cat'], true], ['Arbúcies', ['arbucies.cat'], true], ['Algerri', ['algerri.cat'], true],
  ['Sant Pere de Ribes', ['santperederibes.cat'], false], ['Torelló', ['ajtorello.cat', 'torello.cat'], false], ['Balaguer', ['balaguer.cat'], false],
  ['Pineda de Mar', ['pinedademar.org', 'pinedademar.cat'], false], ['Sant Just Desvern', ['santjust.cat'], false],
  ['Esparreguera', ['esparreguera.cat'], false], ['Mollerussa', ['mollerussa.cat'], false], ["Consell Comarcal d'Osona", ['ccosona.cat'], false],
].map(([name, domains, member]) => ({ name, domains, member }));
const campaign = { deadline: '2020-04-30T23:59:59+02:00', timezone: 'Europe/Madrid', from: XMESS, coordinator: 'coordinacio@xmess.example.org', language: 'ca' };
const advisors = [
  { name: 'Roser Albà Teixidó', email: 'roser.alba@example.org', themes: ['ecological-transition', 'covid-response'] },
  { name: 'Marc Casanovas Pla', email: 'marc.casanovas@example.org', themes: ['public-procurement', 'intercooperation'] },
  { name: 'Judit Esteve Roura', email: 'judit.esteve@example.org', themes: ['feminism-intersectionality', 'youth'] },
];

await writeCorpus(OUT, { name: 'heldout5', messages, municipalities, campaign, advisors });
