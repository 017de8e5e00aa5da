#!/usr/bin/env node
// Writes the blind held-out corpus tests/fixtures/heldout/ (NNN-name.eml, config/, expected.json).
//
//   node tests/corpora/heldout/make.mjs [--out DIR]
//
// The messages imitate what Catalan councils really sent to the XMESS call for good practices
// (April 2020): other councils, other label wordings, layouts, mail clients and attachment formats
// than the shared dev corpus. Ground truth follows ../shared/corpus/README.md. The output is
// deterministic (fixed MIME boundaries, fixed document dates, seeded pseudo-random ids).
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';
import MailComposer from 'nodemailer/lib/mail-composer';
import PDFDocument from 'pdfkit';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, WidthType } from 'docx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const outArg = process.argv.indexOf('--out');
const OUT = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, 'tests', 'fixtures', 'heldout'));

// ------------------------------------------------------------------ deterministic helpers
let seed = 20200430;
function rnd() { // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const hex = (n) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(rnd() * 16)]).join('');
const alnum = (n) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rnd() * 62)]).join('');
const digits = (n) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
const uuid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`.toLowerCase();
const FIXED_DATE = new Date('2020-04-20T08:00:00Z');

const ids = {
  outlook: () => { const a = `${['AM6PR', 'DB7PR', 'VI1PR', 'HE1PR'][Math.floor(rnd() * 4)]}0${Math.floor(rnd() * 9) + 1}MB${digits(4)}`; return `<${a}${hex(32)}@${a}.eurprd0${Math.floor(rnd() * 8) + 1}.prod.outlook.com>`; },
  zimbra: (dom) => `<${digits(9)}.${digits(6)}.${digits(13)}.JavaMail.zimbra@${dom}>`,
  thunderbird: (dom) => `<${uuid()}@${dom}>`,
  gmail: () => `<CA${alnum(10)}+${alnum(24)}=${alnum(8)}@mail.gmail.com>`,
  exchange: (host) => `<${hex(24)}@${host}>`,
};

const XMESS = '"Bones pràctiques XMESS" <bonespractiques@xmess.example.org>';
const REMINDER_ID = '<recordatori-bonespractiques-2020-04-24@xmess.example.org>';

// Received headers: the topmost one is the arrival at mx.xmess.example.org.
function receivedLines(host, arrival, inner) {
  const ip = `192.0.2.${Math.floor(rnd() * 200) + 20}`;
  const qid = hex(11);
  const lines = [
    `Received: from ${host} (${host} [${ip}])\r\n\tby mx.xmess.example.org (Postfix) with ESMTPS id ${qid}\r\n\tfor <bonespractiques@xmess.example.org>; ${arrival}`,
  ];
  if (inner) lines.push(`Received: from [198.51.100.${Math.floor(rnd() * 200) + 20}] (unknown [198.51.100.${Math.floor(rnd() * 200) + 20}])\r\n\tby ${host} with ESMTPSA id ${hex(11)}\r\n\tfor <bonespractiques@xmess.example.org>; ${inner}`);
  return lines;
}
const addrOf = (s) => (/<([^>]+)>/.exec(s) || [null, s])[1];

// ------------------------------------------------------------------ configuration
const municipalities = [
  { name: 'Granollers', domains: ['granollers.cat'], member: true },
  { name: 'Igualada', domains: ['igualada.cat'], member: false },
  { name: 'Olot', domains: ['olot.cat'], member: true },
  { name: 'Figueres', domains: ['figueres.cat'], member: false },
  { name: 'Tortosa', domains: ['tortosa.cat'], member: true },
  { name: 'Sant Feliu de Llobregat', domains: ['santfeliu.cat'], member: true },
  { name: 'Rubí', domains: ['ajrubi.cat', 'rubi.cat'], member: true },
  { name: 'Molins de Rei', domains: ['molinsderei.cat'], member: true },
  { name: 'Esplugues de Llobregat', domains: ['esplugues.cat'], member: false },
  { name: 'Viladecans', domains: ['viladecans.cat'], member: true },
  { name: 'Castelldefels', domains: ['castelldefels.org'], member: true },
  { name: 'Salt', domains: ['salt.cat'], member: true },
  { name: 'Vilafranca del Penedès', domains: ['vilafranca.cat'], member: true },
  { name: 'Tàrrega', domains: ['tarrega.cat'], member: false },
  { name: 'Sant Adrià de Besòs', domains: ['sant-adria.net'], member: true },
  { name: 'Ripollet', domains: ['ripollet.cat'], member: true },
  { name: 'Mollet del Vallès', domains: ['molletvalles.cat'], member: true },
  { name: 'Premià de Mar', domains: ['premiademar.cat'], member: false },
  { name: 'Consell Comarcal del Pallars Jussà', domains: ['pallarsjussa.cat'], member: true },
  { name: 'Tremp', domains: ['ajuntamenttremp.cat'], member: true },
  { name: 'Banyoles', domains: ['ajbanyoles.org', 'banyoles.cat'], member: false },
  { name: 'Amposta', domains: ['amposta.cat'], member: false },
  { name: 'Valls', domains: ['valls.cat'], member: false },
  { name: 'Sant Joan Despí', domains: ['sjdespi.cat'], member: true },
  { name: 'Cambrils', domains: ['cambrils.cat'], member: true },
  { name: 'El Vendrell', domains: ['elvendrell.net'], member: false },
  { name: 'Badia del Vallès', domains: ['badiadelvalles.cat'], member: true },
  { name: 'Gavà', domains: ['gava.cat'], member: true },
  { name: 'Sant Quirze del Vallès', domains: ['santquirzevalles.cat'], member: false },
  { name: "L'Hospitalet de Llobregat", domains: ['l-h.cat'], member: true },
  { name: 'Sant Vicenç dels Horts', domains: ['svh.cat'], member: true },
  { name: 'Terrassa', domains: ['terrassa.cat'], member: true },
  { name: 'Girona', domains: ['girona.cat', 'ajgirona.cat'], member: true },
];
const member = (name) => {
  const m = municipalities.find((x) => x.name === name);
  if (!m) throw new Error(`unknown municipality ${name}`);
  return m.member;
};
const advisors = [
  { name: 'Clàudia Ferrando Bes', email: 'claudia.ferrando@example.org', themes: ['public-procurement', 'covid-response'] },
  { name: 'Roger Tarrés Vilalta', email: 'roger.tarres@example.org', themes: ['ecological-transition'] },
  { name: 'Imma Pascual Grau', email: 'imma.pascual@example.org', themes: ['feminism-intersectionality', 'youth'] },
  { name: 'Bernat Oliu Sala', email: 'bernat.oliu@example.org', themes: ['intercooperation'] },
];
const campaign = {
  deadline: '2020-04-30T23:59:59+02:00',
  timezone: 'Europe/Madrid',
  from: 'bonespractiques@xmess.example.org',
  coordinator: 'coordinacio@xmess.example.org',
  language: 'ca',
};

const THEME_ORDER = ['covid-response', 'intercooperation', 'public-procurement', 'youth', 'ecological-transition', 'feminism-intersectionality'];
function P(title, promoters, summary, [name, email, phone], municipality, themes) {
  for (const t of themes) if (!THEME_ORDER.includes(t)) throw new Error(`bad theme ${t}`);
  return {
    title, promoters, summary,
    contact: { name: name ?? null, email: email ?? null, phone: phone ?? null },
    municipality, member: member(municipality),
    themes: THEME_ORDER.filter((t) => themes.includes(t)),
  };
}

// ------------------------------------------------------------------ documents
function pdfBuffer(draw, info = {}) {
  return new Promise((res, rej) => {
    const doc = new PDFDocument({
      size: 'A4', margin: 56,
      info: { Title: info.title ?? 'Fitxa', Author: info.author ?? '', Creator: info.creator ?? 'Microsoft® Word 2016', Producer: info.producer ?? 'Microsoft® Word 2016', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
    draw(doc);
    doc.end();
  });
}
// blocks: ['h', text] heading | ['l', label] label on its own line | ['p', text] paragraph | ['lv', label, value] inline
function pdfForm(blocks, info) {
  return pdfBuffer((doc) => {
    for (const [k, a, b] of blocks) {
      if (k === 'h') { doc.font('Helvetica-Bold').fontSize(14).text(a); doc.moveDown(0.8); }
      else if (k === 'l') { doc.font('Helvetica-Bold').fontSize(10.5).text(a); doc.moveDown(0.2); }
      else if (k === 'p') { doc.font('Helvetica').fontSize(10.5).text(a, { align: 'justify' }); doc.moveDown(0.6); }
      else if (k === 'lv') { doc.font('Helvetica-Bold').fontSize(10.5).text(`${a} `, { continued: true }); doc.font('Helvetica').text(b); doc.moveDown(0.3); }
    }
  }, info);
}
function pngGray(w, h, pixel) {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) { raw[y * (w + 1)] = 0; for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = pixel(x, y); }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function scannedPdf() {
  // an image-only page: grey "scanned" sheet with dark bars where the typed lines were
  const w = 620; const h = 877;
  const bars = [];
  let s = 7;
  const r = () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
  for (let y = 70; y < 800; y += 22) if (r() > 0.18) bars.push([y, 60 + Math.floor(r() * 20), 300 + Math.floor(r() * 240)]);
  const img = pngGray(w, h, (x, y) => {
    for (const [by, x0, x1] of bars) if (y >= by && y < by + 9 && x >= x0 && x < x1 && ((x * 7 + y * 3) % 11) > 2) return 40;
    return 236 + ((x * 13 + y * 7) % 9);
  });
  return pdfBuffer((doc) => { doc.image(img, 0, 0, { width: 595.28, height: 841.89 }); }, { creator: 'Canon iR-ADV C5535 PDF', producer: 'Canon iR-ADV C5535' });
}
async function normaliseZip(buf) {
  const zin = await JSZip.loadAsync(buf);
  const zout = new JSZip();
  for (const name of Object.keys(zin.files)) {
    const f = zin.files[name];
    if (f.dir) continue;
    let data = await f.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(Buffer.from(data).toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12020-04-20T08:00:00Z'));
    }
    zout.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
const cellP = (t, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold })] });
async function docxFormTable(heading, rows, creator) {
  const doc = new Document({
    creator, title: heading, description: '',
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: heading, bold: true, size: 28 })] }),
        new Paragraph(''),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map(([label, value]) => new TableRow({
            children: [
              new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [cellP(label, true)] }),
              new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: (Array.isArray(value) ? value : [value]).map((v) => cellP(v)) }),
            ],
          })),
        }),
        new Paragraph(''),
      ],
    }],
  });
  return normaliseZip(await Packer.toBuffer(doc));
}
async function docxHeadings(title, sections, creator) {
  const children = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })];
  for (const [h, paras] of sections) {
    children.push(new Paragraph({ text: h, heading: HeadingLevel.HEADING_2 }));
    for (const p of paras) children.push(new Paragraph(p));
  }
  const doc = new Document({ creator, title, sections: [{ children }] });
  return normaliseZip(await Packer.toBuffer(doc));
}
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
async function odtTable(title, rows) {
  const cell = (paras, style) => `<table:table-cell table:style-name="Taula1.A1" office:value-type="string">${paras.map((p) => `<text:p text:style-name="${style}">${xmlEsc(p)}</text:p>`).join('')}</table:table-cell>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:automatic-styles>
<style:style style:name="Taula1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Taula1.A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="Taula1.B" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
<style:style style:name="Taula1.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="P2">${xmlEsc(title)}</text:p>
<text:p text:style-name="Standard"/>
<table:table table:name="Taula1" table:style-name="Taula1">
<table:table-column table:style-name="Taula1.A"/><table:table-column table:style-name="Taula1.B"/>
${rows.map(([l, v]) => `<table:table-row>${cell([l], 'P1')}${cell(Array.isArray(v) ? v : [v], 'Standard')}</table:table-row>`).join('\n')}
</table:table>
<text:p text:style-name="Standard"/>
</office:text></office:body></office:document-content>
`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta><meta:generator>LibreOffice/6.4.2.2$Windows_X86_64 LibreOffice_project/4e471d8c02c9c90f512f7f9ead8875b57fcb1ec3</meta:generator><meta:creation-date>2020-04-20T10:00:00</meta:creation-date></office:meta></office:document-meta>
`;
  const z = new JSZip();
  z.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE', date: FIXED_DATE });
  z.file('META-INF/manifest.xml', manifest, { date: FIXED_DATE, createFolders: false });
  z.file('meta.xml', meta, { date: FIXED_DATE });
  z.file('content.xml', content, { date: FIXED_DATE });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}
function encryptedDocx() {
  // An Office "agile encryption" container: an OLE compound file (not a zip) whose streams are
  // EncryptionInfo and EncryptedPackage. Only the outline matters: no tool can read its text.
  const sector = 512;
  const buf = Buffer.alloc(sector * 12);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24); buf.writeUInt16LE(0x0003, 26); buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30); buf.writeUInt16LE(6, 32); buf.writeUInt32LE(1, 44); buf.writeUInt32LE(1, 48);
  buf.writeUInt32LE(0x1000, 56); buf.writeUInt32LE(0xfffffffe, 60); buf.writeUInt32LE(0xfffffffe, 68);
  for (let i = 76; i < 512; i += 4) buf.writeUInt32LE(0xffffffff, i);
  buf.writeUInt32LE(0, 76);
  const names = ['Root Entry', '\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'];
  names.forEach((n, i) => {
    const off = sector * 2 + i * 128;
    Buffer.from(n, 'utf16le').copy(buf, off);
    buf.writeUInt16LE((n.length + 1) * 2, off + 64);
    buf[off + 66] = i === 0 ? 5 : 2;
  });
  const xml = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>', 'utf8');
  xml.copy(buf, sector * 4);
  for (let i = sector * 6; i < buf.length; i++) buf[i] = Math.floor(rnd() * 256);
  return buf;
}

// ------------------------------------------------------------------ message builders
const messages = [];
function add(def) { messages.push(def); }

async function compose(def) {
  const head = [];
  head.push(`Return-Path: <${def.returnPath ?? addrOf(def.from)}>`);
  head.push('Delivered-To: bonespractiques@xmess.example.org');
  head.push(...receivedLines(def.host, def.arrival, def.inner === false ? null : (def.inner ?? def.date)));
  if (def.raw) return Buffer.from(`${head.join('\r\n')}\r\n${def.raw}`, def.rawCharset ?? 'utf8');
  const mail = {
    from: def.from, to: def.to ?? XMESS, subject: def.subject, date: def.date, messageId: def.messageId,
    baseBoundary: def.boundary ?? hex(16).toLowerCase(),
    headers: def.headers ?? {},
    attachments: def.attachments ?? [],
  };
  if (def.cc) mail.cc = def.cc;
  if (def.text !== undefined) mail.text = def.text;
  if (def.html !== undefined) mail.html = def.html;
  if (def.textEncoding) mail.textEncoding = def.textEncoding;
  if (def.inReplyTo) { mail.inReplyTo = def.inReplyTo; mail.references = def.references ?? [def.inReplyTo]; }
  const body = await new MailComposer(mail).compile().build();
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n`), body]);
}

// HTML wrappers as the mail clients write them
const outlookHtml = (inner, lang = 'CA') => `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EstiloCorreo17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head><body lang="${lang}" link="#0563C1" vlink="#954F72"><div class="WordSection1">
${inner}
</div></body></html>`;
const op = (html) => `<p class="MsoNormal">${html}<o:p></o:p></p>`;
const oblank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
const gmailHtml = (inner) => `<div dir="ltr">${inner}</div>\r\n`;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// quoted-printable and RFC 2047 for the hand-built (windows-1252) messages
function qpEncode(buf) {
  const out = [];
  let line = '';
  const flush = (soft) => { out.push(line + (soft ? '=' : '')); line = ''; };
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b === 0x0a) { line = line.replace(/[ \t]$/, (m) => `=${m.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`); flush(false); continue; }
    if (b === 0x0d) continue;
    const enc = (b === 0x3d || b > 126 || (b < 32 && b !== 9)) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (line.length + enc.length > 75) flush(true);
    line += enc;
  }
  if (line) out.push(line);
  return out.join('\r\n');
}
const cp1252 = (s) => Buffer.from(s.replace(/’/g, '\u0092'), 'latin1');
const qWord = (s) => `=?windows-1252?Q?${[...cp1252(s)].map((b) => (b === 0x20 ? '_' : (b > 126 || b === 0x3d || b === 0x3f || b === 0x5f || b < 32) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('')}?=`;

// ------------------------------------------------------------------ the messages
// 001 ----------------------------------------------------------------------------------
add({
  file: '001-granollers-nom-iniciativa.eml', host: 'correu.granollers.cat',
  from: 'Berta Canals Oliveras <bcanals@granollers.cat>',
  subject: 'Bona pràctica ESS - Ajuntament de Granollers',
  date: 'Tue, 14 Apr 2020 10:22:05 +0200', arrival: 'Tue, 14 Apr 2020 10:22:09 +0200',
  messageId: ids.zimbra('granollers.cat'),
  headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF75 (Win)/8.8.15_GA_3869)', 'Thread-Index': `${alnum(14)}==` },
  text: `Bon dia,

Us fem arribar la bona pràctica que proposem des del Servei de Promoció Econòmica de l'Ajuntament de Granollers per al recull de la XMESS.

Nom de la iniciativa: Roba Amiga Granollers: botiga de roba reutilitzada amb inserció laboral
Entitats impulsores: Ajuntament de Granollers, Cooperativa Tornallom SCCL, Associació Veïnal de Can Bassa
Descripció breu: La botiga recull, classifica i ven a preus populars roba i calçat de segona mà, i ofereix llocs de treball d'inserció a persones en atur de llarga durada. La roba que no es pot vendre es destina a reciclatge tèxtil, i el 2019 se'n van recuperar 42 tones que haurien acabat com a residus.
Persona responsable: Berta Canals Oliveras (tècnica d'Economia Social)
E-mail: bcanals@granollers.cat
Mòbil: (+34) 619 42 73 08

Moltes gràcies,

Berta Canals
Servei de Promoció Econòmica
Ajuntament de Granollers
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Roba Amiga Granollers: botiga de roba reutilitzada amb inserció laboral',
      ['Ajuntament de Granollers', 'Cooperativa Tornallom SCCL', 'Associació Veïnal de Can Bassa'],
      "La botiga recull, classifica i ven a preus populars roba i calçat de segona mà, i ofereix llocs de treball d'inserció a persones en atur de llarga durada.",
      ['Berta Canals Oliveras', 'bcanals@granollers.cat', '+34 619 42 73 08'], 'Granollers', ['intercooperation', 'ecological-transition'])],
    case: 'labels Nom de la iniciativa / Entitats impulsores / Descripció breu / Persona responsable (with role in brackets) / E-mail / Mòbil "(+34) 6xx"',
  },
});

// 002 ----------------------------------------------------------------------------------
add({
  file: '002-igualada-etiquetes-majuscules.eml', host: 'correu.igualada.cat',
  from: 'Pol Ferrés Miquel <pferres@igualada.cat>',
  subject: "Proposta bona pràctica - Ajuntament d'Igualada",
  date: 'Wed, 15 Apr 2020 12:48:31 +0200', arrival: 'Wed, 15 Apr 2020 12:48:36 +0200',
  messageId: ids.thunderbird('igualada.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
  text: `Hola,

Tot i no ser membres de la xarxa, ens ha semblat interessant compartir-vos aquesta iniciativa.

NOM DEL PROJECTE
La Bici Comunitària: taller obert d'autoreparació de bicicletes

QUI L'IMPULSA
- Ajuntament d'Igualada
- Associació La Roda Anoienca
- Associació de Dones del Rec

EN QUÈ CONSISTEIX
Un taller obert dos dies per setmana al barri del Rec on el veïnat aprèn a reparar la seva bicicleta amb eines compartides i l'acompanyament de persones voluntàries. El projecte promou la mobilitat sostenible en els desplaçaments quotidians i recupera bicicletes abandonades a la via pública, que es cedeixen a famílies amb pocs recursos.

PERSONA DE CONTACTE
Pol Ferrés Miquel
Tècnic de Mobilitat
pferres@igualada.cat
93.805.21.47

Salutacions,
Pol
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("La Bici Comunitària: taller obert d'autoreparació de bicicletes",
      ["Ajuntament d'Igualada", 'Associació La Roda Anoienca', 'Associació de Dones del Rec'],
      'Un taller obert dos dies per setmana al barri del Rec on el veïnat aprèn a reparar la seva bicicleta amb eines compartides i l\'acompanyament de persones voluntàries.',
      ['Pol Ferrés Miquel', 'pferres@igualada.cat', '+34 938 05 21 47'], 'Igualada', ['intercooperation', 'ecological-transition'])],
    case: 'UPPERCASE labels alone on a line with the value below, bullet list of promoters, phone "93.805.21.47"; "Dones" only in an organisation name (no feminism theme); non-member',
  },
});

// 003 ----------------------------------------------------------------------------------
add({
  file: '003-olot-etiquetes-numerades.eml', host: 'mail.ajuntament.olot.cat',
  from: 'Carlota Serrat Boix <cserrat@ajuntament.olot.cat>',
  subject: 'Fitxa bona pràctica XMESS',
  date: 'Wed, 15 Apr 2020 17:05:44 +0200', arrival: 'Wed, 15 Apr 2020 17:05:50 +0200',
  messageId: ids.exchange('SRVEXCH01.ajuntament.olot.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': `${alnum(22)}==`, 'Content-Language': 'ca' },
  text: `Benvolguts,

Us envio la fitxa que ens vau demanar.

1. Títol
Aprenem cooperant: treballs de recerca sobre l'economia social

2. Entitats promotores
Ajuntament d'Olot i Cooperativa Garrotxa Educa

3. Descripció de la pràctica
Els alumnes de batxillerat dels tres instituts de la ciutat fan el treball de recerca sobre una empresa o entitat de l'economia social de la comarca, amb una persona mentora de la cooperativa que els acompanya durant tot el curs. A final de curs els treballs es presenten en una jornada oberta a la ciutadania.

4. Persona de referència
Carlota Serrat Boix, tècnica de Promoció Econòmica
Tel.: +34 972 27 91 40
Correu: cserrat@ajuntament.olot.cat

Cordialment,

Carlota Serrat
Àrea de Promoció Econòmica
Ajuntament d'Olot
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("Aprenem cooperant: treballs de recerca sobre l'economia social",
      ["Ajuntament d'Olot", 'Cooperativa Garrotxa Educa'],
      "Els alumnes de batxillerat dels tres instituts de la ciutat fan el treball de recerca sobre una empresa o entitat de l'economia social de la comarca, amb una persona mentora de la cooperativa que els acompanya durant tot el curs.",
      ['Carlota Serrat Boix', 'cserrat@ajuntament.olot.cat', '+34 972 27 91 40'], 'Olot', ['intercooperation', 'youth'])],
    case: 'numbered labels ("1. Títol") with the value on the next line, promoters joined by " i ", sender on a subdomain (ajuntament.olot.cat), youth via "alumnes de batxillerat", phone "+34 972 ..."',
  },
});

// 004 ----------------------------------------------------------------------------------
add({
  file: '004-figueres-castella.eml', host: 'correu.figueres.cat',
  from: 'Jesús Navarro Gil <jnavarro@figueres.cat>',
  subject: 'Buenas prácticas XMESS - Ayuntamiento de Figueres',
  date: 'Thu, 16 Apr 2020 09:31:12 +0200', arrival: 'Thu, 16 Apr 2020 09:31:15 +0200',
  messageId: ids.zimbra('figueres.cat'),
  headers: { 'X-Mailer': 'Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC80 (Win)/8.8.12_GA_3794)' },
  textEncoding: 'base64',
  text: `Buenos días:

Os hacemos llegar la propuesta del Ayuntamiento de Figueres para la recogida de buenas prácticas.

Nombre de la iniciativa: Cuidem Figueres: red vecinal de apoyo durante el estado de alarma
Entidades participantes: Ayuntamiento de Figueres, Asociación Vecinal del Barrio de Sant Joan, Cooperativa Empordà Acull
Descripción: Desde la declaración del estado de alarma, el Ayuntamiento coordina una red de voluntariado vecinal que hace la compra y lleva medicamentos a personas mayores y a personas con discapacidad que viven solas. Una cooperativa de atención a las personas hace el seguimiento telefónico diario y detecta los casos que necesitan la intervención de los servicios sociales.
Persona de contacto: Jesús Navarro Gil
Cargo: Técnico de Participación Ciudadana
Correo: jnavarro@figueres.cat
Móvil: 655 38 12 94

Un saludo,
Jesús Navarro
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Cuidem Figueres: red vecinal de apoyo durante el estado de alarma',
      ['Ayuntamiento de Figueres', 'Asociación Vecinal del Barrio de Sant Joan', 'Cooperativa Empordà Acull'],
      'Desde la declaración del estado de alarma, el Ayuntamiento coordina una red de voluntariado vecinal que hace la compra y lleva medicamentos a personas mayores y a personas con discapacidad que viven solas.',
      ['Jesús Navarro Gil', 'jnavarro@figueres.cat', '+34 655 38 12 94'], 'Figueres', ['covid-response', 'intercooperation'])],
    case: 'Spanish labels (Nombre de la iniciativa / Entidades participantes / Descripción / Persona de contacto / Correo / Móvil), base64 body, covid via "estado de alarma", non-member',
  },
});

// 005 ----------------------------------------------------------------------------------
{
  const t = {
    title: "Banc de terres agroecològiques de les Terres de l'Ebre",
    prom: "Ajuntament de Tortosa, Cooperativa Agrària Horta de Ferreries i Associació Terra Viva de l'Ebre",
    desc1: "L'Ajuntament posa en contacte persones propietàries de finques agrícoles en desús amb persones que volen iniciar un projecte de producció agroecològica.",
    desc2: "La cooperativa ofereix formació i comercialització conjunta, i l'associació fa la mediació i el seguiment dels contractes de cessió, que ja han permès recuperar 23 hectàrees.",
  };
  add({
    file: '005-tortosa-outlook-html.eml', host: 'mail-tortosacat.outbound.protection.outlook.com',
    from: 'Mercè Forcadell Queral <mforcadell@tortosa.cat>',
    subject: 'Proposta bona pràctica - Ajuntament de Tortosa',
    date: 'Thu, 16 Apr 2020 13:14:27 +0200', arrival: 'Thu, 16 Apr 2020 13:14:33 +0200',
    messageId: ids.outlook(),
    headers: { 'Thread-Topic': 'Proposta bona pràctica - Ajuntament de Tortosa', 'Thread-Index': `AdYT${alnum(20)}==`, 'Accept-Language': 'ca-ES, es-ES, en-US', 'Content-Language': 'ca-ES', 'X-MS-Has-Attach': '', 'X-MS-TNEF-Correlator': '' },
    text: `Bon dia,

Us fem arribar la bona pràctica de l'Ajuntament de Tortosa:

Denominació: ${t.title}
Agents implicats: ${t.prom}
En què consisteix: ${t.desc1} ${t.desc2}
Dades de contacte:
Mercè Forcadell Queral (Regidoria d'Agricultura i Medi Rural)
mforcadell@tortosa.cat<mailto:mforcadell@tortosa.cat>
Tel. 977 58 58 24

Salutacions cordials,

Mercè Forcadell
Ajuntament de Tortosa
[cid:image001.png@01D613E2.5C1B8E40]
`,
    html: outlookHtml([
      op('Bon dia,'), oblank,
      op("Us fem arribar la bona pràctica de l’Ajuntament de Tortosa:"), oblank,
      op(`<b>Denominació:</b> ${esc(t.title)}`),
      op(`<b>Agents implicats:</b> ${esc(t.prom)}`),
      op(`<b>En què consisteix:</b> ${esc(t.desc1)} ${esc(t.desc2)}`),
      op('<b>Dades de contacte:</b>'),
      op("Mercè Forcadell Queral (Regidoria d'Agricultura i Medi Rural)"),
      op('<a href="mailto:mforcadell@tortosa.cat">mforcadell@tortosa.cat</a>'),
      op('Tel. 977 58 58 24'), oblank,
      op('Salutacions cordials,'), oblank,
      op('<span style="color:#1F3864">Mercè Forcadell</span>'),
      op('<span style="color:#1F3864">Ajuntament de Tortosa</span>'),
    ].join('\n')),
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P(t.title,
        ['Ajuntament de Tortosa', 'Cooperativa Agrària Horta de Ferreries', "Associació Terra Viva de l'Ebre"],
        t.desc1, ['Mercè Forcadell Queral', 'mforcadell@tortosa.cat', '+34 977 58 58 24'], 'Tortosa', ['intercooperation', 'ecological-transition'])],
      case: 'Outlook multipart/alternative, bold labels in <p class=MsoNormal> (Denominació / Agents implicats / En què consisteix / Dades de contacte), contact on lines below, "x<mailto:x>" in the plain part',
    },
  });
}

// 006 ----------------------------------------------------------------------------------
{
  const rows = [
    ['Títol de la pràctica', "Reserva de contractes per a empreses d'inserció en el manteniment de parcs"],
    ["Qui l'impulsa", 'Ajuntament de Sant Feliu de Llobregat'],
    ['Resum', "L'Ajuntament ha reservat el lot de manteniment de parcs i jardins de la licitació de serveis a empreses d'inserció i centres especials de treball. El plec inclou clàusules socials que obliguen a contractar persones del municipi en situació d'atur de llarga durada, i el contracte s'ha adjudicat per quatre anys."],
    ['Persona responsable', 'Arnau Pujadas Ventura'],
    ['Adreça electrònica', '<a href="mailto:apujadas@santfeliu.cat">apujadas@santfeliu.cat</a>'],
    ['Telèfon', '93 632 71 45'],
  ];
  add({
    file: '006-santfeliu-taula-html.eml', host: 'correu.santfeliu.cat',
    from: 'Arnau Pujadas Ventura <apujadas@santfeliu.cat>',
    subject: 'Bona pràctica: reserva de contractes',
    date: 'Fri, 17 Apr 2020 08:52:03 +0200', arrival: 'Fri, 17 Apr 2020 08:52:07 +0200',
    messageId: ids.thunderbird('santfeliu.cat'),
    headers: { 'User-Agent': 'Roundcube Webmail/1.4.3' },
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Bon dia,</p>
<p>Adjunto en el cos del missatge la fitxa de la nostra proposta:</p>
<table style="border-collapse: collapse; width: 90%;" border="1" cellpadding="4">
<tbody>
${rows.map(([l, v]) => `<tr>\n<td style="width: 30%; background-color: #e6e6e6;"><strong>${esc(l)}</strong></td>\n<td style="width: 70%;">${v.startsWith('<a') ? v : esc(v)}</td>\n</tr>`).join('\n')}
</tbody>
</table>
<p>Gràcies per la iniciativa.</p>
<p>Salutacions,</p>
<div class="pre" style="margin: 0; padding: 0; font-family: monospace">-- <br /> Arnau Pujadas Ventura<br /> Servei de Contractació<br /> Ajuntament de Sant Feliu de Llobregat</div>
</body></html>
`,
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P("Reserva de contractes per a empreses d'inserció en el manteniment de parcs",
        ['Ajuntament de Sant Feliu de Llobregat'],
        "L'Ajuntament ha reservat el lot de manteniment de parcs i jardins de la licitació de serveis a empreses d'inserció i centres especials de treball.",
        ['Arnau Pujadas Ventura', 'apujadas@santfeliu.cat', '+34 93 632 71 45'], 'Sant Feliu de Llobregat', ['public-procurement'])],
      case: "HTML-only two-column table (Títol de la pràctica / Qui l'impulsa / Resum / Persona responsable / Adreça electrònica); procurement via licitació + clàusules socials; council alone (no intercooperation)",
    },
  });
}

// 007 ----------------------------------------------------------------------------------
{
  const r1 = {
    title: 'Biblioteca de les Coses de Rubí', prom: ['Ajuntament de Rubí', 'Associació Rubí Comparteix'],
    d1: "Servei de préstec d'eines, petits electrodomèstics i material de lleure perquè el veïnat no hagi de comprar objectes que fa servir poques vegades.",
    d2: "Forma part de l'estratègia municipal de prevenció de residus i ja té més de 600 persones sòcies.",
    c: ['Sandra Mena Ortega', 'smena@ajrubi.cat', '93 588 70 34'],
  };
  const r2 = {
    title: 'Espai de criança compartida per a famílies monomarentals', prom: ['Ajuntament de Rubí', 'Cooperativa de Cures Niu'],
    d1: "Espai de criança gestionat per una cooperativa d'educadores on mares soles amb infants de 0 a 3 anys poden deixar-los unes hores mentre busquen feina o es formen.",
    d2: "El projecte s'ha dissenyat amb perspectiva de gènere per reduir la bretxa d'ocupació de les dones amb càrregues familiars.",
    c: ['Esther Galí Romeu', 'egali@ajrubi.cat', '93 581 39 22'],
  };
  const row = (r) => `<tr>
<td valign="top" style="border:1px solid #999;padding:6px">${esc(r.title)}</td>
<td valign="top" style="border:1px solid #999;padding:6px">${r.prom.map(esc).join('<br>')}</td>
<td valign="top" style="border:1px solid #999;padding:6px">${esc(r.d1)} ${esc(r.d2)}</td>
<td valign="top" style="border:1px solid #999;padding:6px">${esc(r.c[0])}<br><a href="mailto:${r.c[1]}">${r.c[1]}</a><br>Tel. ${r.c[2]}</td>
</tr>`;
  add({
    file: '007-rubi-taula-capcalera-dues.eml', host: 'correu.ajrubi.cat',
    from: 'Sandra Mena Ortega <smena@ajrubi.cat>',
    subject: 'Bones pràctiques de Rubí per a la XMESS',
    date: 'Fri, 17 Apr 2020 11:40:19 +0200', arrival: 'Fri, 17 Apr 2020 11:40:22 +0200',
    messageId: ids.zimbra('ajrubi.cat'),
    headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)' },
    html: `<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Bon dia,</div><div><br data-mce-bogus="1"></div>
<div>Us enviem dues experiències de l'Ajuntament de Rubí per al recull:</div><div><br data-mce-bogus="1"></div>
<table style="border-collapse:collapse" cellspacing="0">
<thead><tr style="background:#d9e2f3">
<th style="border:1px solid #999;padding:6px">Títol</th><th style="border:1px solid #999;padding:6px">Promotors</th><th style="border:1px solid #999;padding:6px">Descripció</th><th style="border:1px solid #999;padding:6px">Contacte</th>
</tr></thead>
<tbody>
${row(r1)}
${row(r2)}
</tbody></table>
<div><br data-mce-bogus="1"></div><div>Salutacions,</div><div>Sandra Mena</div><div>Servei d'Economia Social - Ajuntament de Rubí</div>
</div></body></html>
`,
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [
        P(r1.title, r1.prom, r1.d1, [r1.c[0], r1.c[1], `+34 ${r1.c[2]}`], 'Rubí', ['intercooperation', 'ecological-transition']),
        P(r2.title, r2.prom, r2.d1, [r2.c[0], r2.c[1], `+34 ${r2.c[2]}`], 'Rubí', ['intercooperation', 'feminism-intersectionality']),
      ],
      case: 'HTML-only table with a header row (Títol | Promotors | Descripció | Contacte) listing two practices, one per row',
    },
  });
}

// 008 ----------------------------------------------------------------------------------
add({
  file: '008-molins-practica-1-2.eml', host: 'correu.molinsderei.cat',
  from: 'Ferran Casademunt Rovira <fcasademunt@molinsderei.cat>',
  subject: 'Dues bones pràctiques de Molins de Rei',
  date: 'Mon, 20 Apr 2020 10:03:56 +0200', arrival: 'Mon, 20 Apr 2020 10:04:01 +0200',
  messageId: ids.thunderbird('molinsderei.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.6.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Des de l'Ajuntament de Molins de Rei us proposem dues pràctiques:

Pràctica 1
Nom del projecte: Molins a Granel: comerç local sense envasos
Entitats impulsores: Ajuntament de Molins de Rei, Associació de Comerciants Molins Botigues, Cooperativa de Consum La Sitja
Descripció: Campanya per reduir els residus d'envasos en el comerç de proximitat, amb ajuts per adaptar les botigues a la venda a granel i una xarxa de punts de retorn d'envasos reutilitzables. Hi participen 38 comerços i la cooperativa de consum n'ha fet la difusió entre les famílies sòcies.
Contacte: Ferran Casademunt Rovira, fcasademunt@molinsderei.cat, 93 668 21 37

Pràctica 2
Nom del projecte: Pla d'igualtat compartit per a petites cooperatives
Entitats impulsores: Ajuntament de Molins de Rei, Xarxa Cooperativa del Baix Llobregat
Descripció: L'Ajuntament ofereix a les cooperatives i associacions de menys de 50 persones treballadores l'acompanyament per elaborar de manera conjunta un pla d'igualtat de gènere, amb una diagnosi compartida i protocols contra l'assetjament. En la primera edició hi han participat 11 entitats.
Contacte: Elisenda Roca Ballester, eroca@molinsderei.cat, 93 668 21 52

Salut!

Ferran Casademunt
Regidoria de Comerç i Economia Social
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [
      P('Molins a Granel: comerç local sense envasos',
        ['Ajuntament de Molins de Rei', 'Associació de Comerciants Molins Botigues', 'Cooperativa de Consum La Sitja'],
        "Campanya per reduir els residus d'envasos en el comerç de proximitat, amb ajuts per adaptar les botigues a la venda a granel i una xarxa de punts de retorn d'envasos reutilitzables.",
        ['Ferran Casademunt Rovira', 'fcasademunt@molinsderei.cat', '+34 93 668 21 37'], 'Molins de Rei', ['intercooperation', 'ecological-transition']),
      P("Pla d'igualtat compartit per a petites cooperatives",
        ['Ajuntament de Molins de Rei', 'Xarxa Cooperativa del Baix Llobregat'],
        "L'Ajuntament ofereix a les cooperatives i associacions de menys de 50 persones treballadores l'acompanyament per elaborar de manera conjunta un pla d'igualtat de gènere, amb una diagnosi compartida i protocols contra l'assetjament.",
        ['Elisenda Roca Ballester', 'eroca@molinsderei.cat', '+34 93 668 21 52'], 'Molins de Rei', ['intercooperation', 'feminism-intersectionality']),
    ],
    case: 'two practices in one body ("Pràctica 1" / "Pràctica 2"), labels Nom del projecte / Entitats impulsores, inline comma-separated contact',
  },
});

// 009 ----------------------------------------------------------------------------------
add({
  file: '009-esplugues-pdf.eml', host: 'correu.esplugues.cat',
  from: 'Rubén Castillo Prieto <rcastillo@esplugues.cat>',
  subject: 'Fitxa bona pràctica Esplugues',
  date: 'Mon, 20 Apr 2020 13:27:40 +0200', arrival: 'Mon, 20 Apr 2020 13:27:48 +0200',
  messageId: ids.exchange('CORREU02.esplugues.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'ca', 'X-MS-Has-Attach': 'yes' },
  text: `Bon dia,

Us adjuntem la fitxa de la bona pràctica en PDF.

Cordialment,

Rubén Castillo Prieto
Àrea de Drets Socials
Ajuntament d'Esplugues de Llobregat
`,
  attachments: [{ filename: 'Fitxa_BP_Esplugues_Cuida.pdf', contentType: 'application/pdf', make: () => pdfForm([
    ['h', 'FITXA DE BONA PRÀCTICA - XMESS 2020'],
    ['l', 'DENOMINACIÓ'], ['p', 'Esplugues Cuida: xarxa de suport veïnal durant el confinament'],
    ['l', 'ENTITATS IMPULSORES'], ['p', "Ajuntament d'Esplugues de Llobregat; Associació de Veïns de Can Vidalet; Cooperativa Entrellaç"],
    ['l', 'DESCRIPCIÓ'], ['p', "Durant el confinament, l'Ajuntament i les entitats del barri de Can Vidalet han organitzat una xarxa de persones voluntàries que fan la compra, recullen medicaments a la farmàcia i fan trucades d'acompanyament a la gent gran. La cooperativa coordina els torns i forma les persones voluntàries en mesures de prevenció sanitària."],
    ['l', 'PERSONA DE CONTACTE'], ['p', 'Irene Soto Blasco - Tècnica de Participació\nisoto@esplugues.cat | 93 371 33 50'],
  ], { title: 'Fitxa bona pràctica', author: 'isoto' }) }],
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Esplugues Cuida: xarxa de suport veïnal durant el confinament',
      ["Ajuntament d'Esplugues de Llobregat", 'Associació de Veïns de Can Vidalet', 'Cooperativa Entrellaç'],
      "Durant el confinament, l'Ajuntament i les entitats del barri de Can Vidalet han organitzat una xarxa de persones voluntàries que fan la compra, recullen medicaments a la farmàcia i fan trucades d'acompanyament a la gent gran.",
      ['Irene Soto Blasco', 'isoto@esplugues.cat', '+34 93 371 33 50'], 'Esplugues de Llobregat', ['covid-response', 'intercooperation'])],
    case: 'text PDF with UPPERCASE labels alone on a line (DENOMINACIÓ / ENTITATS IMPULSORES / DESCRIPCIÓ), promoters separated by ";", contact person differs from the sender; covid via "confinament"; non-member',
  },
});

// 010 ----------------------------------------------------------------------------------
add({
  file: '010-viladecans-docx-taula.eml', host: 'mail-viladecanscat.outbound.protection.outlook.com',
  from: 'Òscar Lladó Rius <ollado@viladecans.cat>',
  subject: 'RE: Crida bones pràctiques ESS',
  date: 'Tue, 21 Apr 2020 09:12:18 +0200', arrival: 'Tue, 21 Apr 2020 09:12:25 +0200',
  messageId: ids.outlook(), inReplyTo: '<crida-bonespractiques-2020-04-06@xmess.example.org>',
  headers: { 'Thread-Topic': 'Crida bones pràctiques ESS', 'Thread-Index': `AdYX${alnum(20)}==`, 'Accept-Language': 'ca-ES, es-ES, en-US', 'Content-Language': 'ca-ES', 'X-MS-Has-Attach': 'yes' },
  text: `Hola!

Adjunto la fitxa omplerta.

Salut,
Òscar
`,
  attachments: [{ filename: 'Fitxa XMESS Viladecans.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: () => docxFormTable('Fitxa de bones pràctiques municipals en economia social i solidària', [
    ['Nom del projecte', 'Viladecans Sol Compartit: autoconsum col·lectiu als equipaments municipals'],
    ['Entitats impulsores', ['Ajuntament de Viladecans', 'Cooperativa Energètica Delta Verd']],
    ['Descripció', "L'Ajuntament ha instal·lat plaques solars a les cobertes de quatre escoles i del mercat municipal, i una cooperativa energètica en gestiona l'autoconsum col·lectiu amb 140 llars veïnes. L'energia renovable sobrant es comparteix a preu de cost amb famílies en situació de pobresa energètica."],
    ['Persona de contacte', 'Òscar Lladó Rius'],
    ['Càrrec', 'Tècnic de Transició Energètica'],
    ['Correu electrònic', 'ollado@viladecans.cat'],
    ['Telèfon', '93 635 18 07'],
  ], 'Òscar Lladó') }],
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Viladecans Sol Compartit: autoconsum col·lectiu als equipaments municipals',
      ['Ajuntament de Viladecans', 'Cooperativa Energètica Delta Verd'],
      "L'Ajuntament ha instal·lat plaques solars a les cobertes de quatre escoles i del mercat municipal, i una cooperativa energètica en gestiona l'autoconsum col·lectiu amb 140 llars veïnes.",
      ['Òscar Lladó Rius', 'ollado@viladecans.cat', '+34 93 635 18 07'], 'Viladecans', ['intercooperation', 'ecological-transition'])],
    case: 'DOCX with a two-column form table (promoters as two paragraphs in one cell); body only "Adjunto la fitxa omplerta"; sent as a reply to the call e-mail (RE:, In-Reply-To = the call, not a known submission)',
  },
});

// 011 ----------------------------------------------------------------------------------
add({
  file: '011-castelldefels-docx-titols.eml', host: 'correu.castelldefels.org',
  from: 'Cristina Ruiz Medina <cruiz@castelldefels.org>',
  subject: 'Ficha buena práctica - Castelldefels',
  date: 'Tue, 21 Apr 2020 16:45:09 +0200', arrival: 'Tue, 21 Apr 2020 16:45:14 +0200',
  messageId: ids.exchange('EXCH2016.castelldefels.org'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'es', 'X-MS-Has-Attach': 'yes' },
  text: `Buenas tardes,

Adjunto la ficha de buena práctica del Ayuntamiento de Castelldefels.

Saludos cordiales,

Cristina Ruiz Medina
Servicio de Empresa y Empleo
Ayuntamiento de Castelldefels
`,
  attachments: [{ filename: 'Ficha_buena_practica_Castelldefels.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: () => docxHeadings('Ficha de buena práctica', [
    ['Nombre del proyecto', ['Impulsa Coop Joven: laboratorio de emprendimiento cooperativo']],
    ['Entidades participantes', ['Ayuntamiento de Castelldefels', 'Cooperativa Impulsem Baix']],
    ['Descripción', ['Programa de seis meses dirigido a jóvenes de 18 a 30 años que quieren crear su propio empleo de forma colectiva, con formación en cooperativismo, mentoría y un espacio de trabajo compartido. En la primera edición se han constituido tres cooperativas juveniles: una de diseño gráfico, una de audiovisuales y una de actividades de ocio.']],
    ['Persona de contacto', ['Cristina Ruiz Medina', 'cruiz@castelldefels.org', 'Tel. 93 665 11 50']],
  ], 'Cristina Ruiz') }],
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Impulsa Coop Joven: laboratorio de emprendimiento cooperativo',
      ['Ayuntamiento de Castelldefels', 'Cooperativa Impulsem Baix'],
      'Programa de seis meses dirigido a jóvenes de 18 a 30 años que quieren crear su propio empleo de forma colectiva, con formación en cooperativismo, mentoría y un espacio de trabajo compartido.',
      ['Cristina Ruiz Medina', 'cruiz@castelldefels.org', '+34 93 665 11 50'], 'Castelldefels', ['intercooperation', 'youth'])],
    case: 'Spanish DOCX with Heading 2 labels (Nombre del proyecto / Entidades participantes / Descripción / Persona de contacto) and values as paragraphs',
  },
});

// 012 ----------------------------------------------------------------------------------
add({
  file: '012-salt-odt-taula.eml', host: 'correu.salt.cat',
  from: 'Aina Sureda Coromina <asureda@salt.cat>',
  subject: 'Bona pràctica Ajuntament de Salt',
  date: 'Wed, 22 Apr 2020 10:30:51 +0200', arrival: 'Wed, 22 Apr 2020 10:30:57 +0200',
  messageId: ids.thunderbird('salt.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Us fem arribar la fitxa en format ODT.

Salutacions,
Aina Sureda
`,
  attachments: [{ filename: 'fitxa-punt-lila-laboral.odt', contentType: 'application/vnd.oasis.opendocument.text', make: () => odtTable('Recull de bones pràctiques XMESS - Ajuntament de Salt', [
    ['Títol', "Punt lila laboral: assessorament a dones treballadores de l'economia informal"],
    ['Promotors', 'Ajuntament de Salt, Associació Teranyina Salt, Cooperativa Ruda Assessoria'],
    ['Explicació', "Servei d'assessorament laboral i jurídic amb perspectiva feminista per a dones que treballen a la llar, a la neteja o a la cura de persones sense contracte. A més de l'atenció individual, el servei acompanya la creació de cooperatives de treballadores de la llar."],
    ['Persona de contacte', 'Aina Sureda Coromina'],
    ['Correu', 'asureda@salt.cat'],
    ['Telèfon', '972 40 58 12'],
  ]) }],
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("Punt lila laboral: assessorament a dones treballadores de l'economia informal",
      ['Ajuntament de Salt', 'Associació Teranyina Salt', 'Cooperativa Ruda Assessoria'],
      "Servei d'assessorament laboral i jurídic amb perspectiva feminista per a dones que treballen a la llar, a la neteja o a la cura de persones sense contracte.",
      ['Aina Sureda Coromina', 'asureda@salt.cat', '+34 972 40 58 12'], 'Salt', ['intercooperation', 'feminism-intersectionality'])],
    case: 'ODT attachment with a two-column table',
  },
});

// 013 ----------------------------------------------------------------------------------
{
  const t = {
    title: 'Vilafranca Cultura a Casa: programació cultural en línia amb artistes locals',
    d1: "Durant el confinament, l'Ajuntament i les entitats culturals de la vila han organitzat una programació diària d'espectacles i tallers en línia per mantenir l'activitat dels artistes locals.",
    d2: "Les cooperatives d'arts escèniques cobren per cada actuació i el públic pot fer aportacions voluntàries.",
  };
  add({
    file: '013-vilafranca-cos-i-pdf.eml', host: 'correu.vilafranca.cat',
    from: 'Jaume Miret Sabaté <jmiret@vilafranca.cat>',
    subject: 'Bona pràctica Vilafranca del Penedès',
    date: 'Wed, 22 Apr 2020 12:02:33 +0200', arrival: 'Wed, 22 Apr 2020 12:02:39 +0200',
    messageId: ids.zimbra('vilafranca.cat'),
    headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)' },
    text: `Bon dia,

Us copio aquí la fitxa i també us l'adjunto en PDF.

Títol: ${t.title}
Organitzacions: Ajuntament de Vilafranca del Penedès, Cooperativa Penedès Escena, Associació Cultural Vilafranca Viva
Resum: ${t.d1} ${t.d2}
Contacte: Jaume Miret Sabaté (jmiret@vilafranca.cat - 93 892 03 58)

Salutacions,
Jaume
`,
    attachments: [{ filename: 'BP_Vilafranca_CulturaACasa.pdf', contentType: 'application/pdf', make: () => pdfForm([
      ['h', 'Bona pràctica municipal en economia social i solidària'],
      ['lv', 'Títol de la bona pràctica:', t.title],
      ['lv', 'Organitzacions promotores:', 'Ajuntament de Vilafranca del Penedès, Cooperativa Penedès Escena, Associació Cultural Vilafranca Viva'],
      ['l', 'Breu explicació:'], ['p', `${t.d1} ${t.d2}`],
      ['lv', 'Persona de contacte:', 'Jaume Miret Sabaté'],
      ['lv', 'Correu electrònic:', 'jmiret@vilafranca.cat'],
      ['lv', 'Telèfon:', '93 892 03 58'],
    ], { title: 'Bona practica', author: 'jmiret' }) }],
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P(t.title,
        ['Ajuntament de Vilafranca del Penedès', 'Cooperativa Penedès Escena', 'Associació Cultural Vilafranca Viva'],
        t.d1, ['Jaume Miret Sabaté', 'jmiret@vilafranca.cat', '+34 93 892 03 58'], 'Vilafranca del Penedès', ['covid-response', 'intercooperation'])],
      case: 'the same practice in the body (labels Organitzacions / Resum, contact in brackets) and in a PDF attachment: counts once',
    },
  });
}

// 014 ----------------------------------------------------------------------------------
add({
  file: '014-tarrega-prosa.eml', host: 'correu.tarrega.cat',
  from: 'Judit Segarra Pla <jsegarra@tarrega.cat>',
  subject: 'Bona pràctica Tàrrega',
  date: 'Wed, 22 Apr 2020 17:18:02 +0200', arrival: 'Wed, 22 Apr 2020 17:18:07 +0200',
  messageId: ids.exchange('SRVCORREU.tarrega.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 15.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Des de l'Ajuntament de Tàrrega volem compartir amb la xarxa l'Obrador Compartit de l'Urgell, un projecte que impulsem conjuntament amb la cooperativa Fruits de Ponent i l'Associació de Productors Agroecològics de l'Urgell. L'obrador és un espai municipal equipat on petits productors agroecològics de la comarca poden transformar i envasar els seus productes complint la normativa sanitària, sense haver de fer grans inversions. La cooperativa gestiona l'espai i organitza la venda conjunta a les botigues i mercats de la zona, i ja hi treballen 17 productors.

Si necessiteu més informació, podeu parlar amb mi mateixa al 973 31 07 25 o escriure'm a jsegarra@tarrega.cat.

Salutacions cordials,

Judit Segarra Pla
Agència de Desenvolupament Local
Ajuntament de Tàrrega
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("Obrador Compartit de l'Urgell",
      ['Ajuntament de Tàrrega', 'Cooperativa Fruits de Ponent', "Associació de Productors Agroecològics de l'Urgell"],
      "L'obrador és un espai municipal equipat on petits productors agroecològics de la comarca poden transformar i envasar els seus productes complint la normativa sanitària, sense haver de fer grans inversions.",
      ['Judit Segarra Pla', 'jsegarra@tarrega.cat', '+34 973 31 07 25'], 'Tàrrega', ['intercooperation', 'ecological-transition'])],
    case: 'unlabelled Catalan prose (title without quotes, "que impulsem conjuntament amb ..."), contact in a closing sentence ("amb mi mateixa") + signature; non-member',
  },
});

// 015 ----------------------------------------------------------------------------------
add({
  file: '015-santadria-prosa-castella.eml', host: 'correu.sant-adria.net',
  from: 'Manuel Ortiz Campos <mortiz@sant-adria.net>',
  subject: 'Propuesta de buena práctica',
  date: 'Thu, 23 Apr 2020 09:44:26 +0200', arrival: 'Thu, 23 Apr 2020 09:44:30 +0200',
  messageId: ids.thunderbird('sant-adria.net'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'es-ES' },
  text: `Hola,

Os escribo desde el Ayuntamiento de Sant Adrià de Besòs para presentaros "Jóvenes Repartidores Solidarios", una iniciativa que hemos puesto en marcha con la cooperativa Besòs Serveis Comunitaris y la Asociación Juvenil La Mina Activa.

Durante la pandemia, un grupo de 25 jóvenes del barrio de La Mina reparte cada semana lotes de alimentos y productos de higiene a familias vulnerables, con un contrato de formación y una pequeña remuneración. Así los chicos y chicas adquieren experiencia laboral mientras dan respuesta a una necesidad urgente del barrio.

Para cualquier duda podéis contactar con Lucía Herrera Vega, educadora del proyecto, en el 690 41 22 87 o en lherrera@sant-adria.net.

Un abrazo,

Manuel Ortiz Campos
Área de Juventud
Ayuntamiento de Sant Adrià de Besòs
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Jóvenes Repartidores Solidarios',
      ['Ayuntamiento de Sant Adrià de Besòs', 'Cooperativa Besòs Serveis Comunitaris', 'Asociación Juvenil La Mina Activa'],
      'Durante la pandemia, un grupo de 25 jóvenes del barrio de La Mina reparte cada semana lotes de alimentos y productos de higiene a familias vulnerables, con un contrato de formación y una pequeña remuneración.',
      ['Lucía Herrera Vega', 'lherrera@sant-adria.net', '+34 690 41 22 87'], 'Sant Adrià de Besòs', ['covid-response', 'intercooperation', 'youth'])],
    case: 'unlabelled Spanish prose; the reference person named in a closing sentence is not the sender; covid via "pandemia"',
  },
});

// 016 (hand-built windows-1252 Outlook forward) ----------------------------------------
{
  const mid = ids.outlook();
  const text = `Bon dia,

Us reenvio la proposta que ha preparat la tècnica del servei. Per a qualsevol aclariment adreceu-vos directament a ella.

Cordialment,

Josep Maria Oller Camps
Regidor de Promoció Econòmica
Ajuntament de Ripollet

De: Carme Estrada Llorens <cestrada@ripollet.cat>
Enviat el: dimarts, 21 d’abril de 2020 12:14
Per a: Josep Maria Oller Camps <jmoller@ripollet.cat>
Assumpte: Fitxa bona pràctica Ripollet

Josep Maria,

Et passo la fitxa per enviar a la XMESS:

Denominació: Directori i mapa de l'economia social de Ripollet
Promotors: Ajuntament de Ripollet
Descripció: L'Ajuntament ha elaborat un directori en línia de les empreses i entitats de l'economia social del municipi, amb un mapa interactiu i una fitxa de cada organització. El directori es pot consultar des del web municipal i s'actualitza cada any amb les dades del cens d'activitats econòmiques.
Persona de contacte: Carme Estrada Llorens
Adreça electrònica: cestrada@ripollet.cat<mailto:cestrada@ripollet.cat>
Telèfon: 93 594 12 38

Gràcies,
Carme
`;
  const raw = [
    'From: Josep Maria Oller Camps <jmoller@ripollet.cat>',
    `To: ${qWord('Bones pràctiques XMESS')} <bonespractiques@xmess.example.org>`,
    `Subject: ${qWord('RV: Fitxa bona pràctica Ripollet')}`,
    `Thread-Topic: ${qWord('Fitxa bona pràctica Ripollet')}`,
    `Thread-Index: AdYYa${alnum(18)}AAA==`,
    'Date: Thu, 23 Apr 2020 08:05:47 +0000',
    `Message-ID:\r\n ${mid}`,
    'Accept-Language: ca-ES, es-ES, en-US',
    'Content-Language: ca-ES',
    'X-MS-Has-Attach: ',
    'X-MS-TNEF-Correlator: ',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="windows-1252"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qpEncode(cp1252(text)),
    '',
  ].join('\r\n');
  add({
    file: '016-ripollet-reenviat-outlook.eml', host: 'mail-ripolletcat.outbound.protection.outlook.com', from: 'jmoller@ripollet.cat',
    date: 'Thu, 23 Apr 2020 08:05:47 +0000', arrival: 'Thu, 23 Apr 2020 10:05:53 +0200', inner: 'Thu, 23 Apr 2020 08:05:48 +0000',
    messageId: mid, raw, rawCharset: 'latin1',
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P("Directori i mapa de l'economia social de Ripollet",
        ['Ajuntament de Ripollet'],
        "L'Ajuntament ha elaborat un directori en línia de les empreses i entitats de l'economia social del municipi, amb un mapa interactiu i una fitxa de cada organització.",
        ['Carme Estrada Llorens', 'cestrada@ripollet.cat', '+34 93 594 12 38'], 'Ripollet', [])],
      case: 'Outlook forward by a councillor (De: / Enviat el: / Per a: / Assumpte:), windows-1252 quoted-printable, "x<mailto:x>"; the contact is the technician; NO theme (council alone, no covid)',
    },
  });
}

// 017 ----------------------------------------------------------------------------------
{
  const orig = `Títol: Guia municipal de clàusules socials per a tots els contractes
Impulsors: Ajuntament de Mollet del Vallès, Xarxa d'Economia Social i Solidària del Baix Vallès
Breu descripció: L'Ajuntament ha aprovat una guia de contractació pública responsable que obliga tots els departaments a incloure clàusules socials en les licitacions de més de 15.000 euros. La guia s'ha elaborat amb la xarxa d'economia social del territori, que també forma les empreses licitadores.
Dades de contacte: Andreu Valls Castany, tècnic de Contractació, avalls@molletvalles.cat, 93 571 95 40`;
  add({
    file: '017-mollet-reenviat-gmail.eml', host: 'mail-ed1-f45.google.com',
    from: 'Roser Pijoan Mir <rpijoan@molletvalles.cat>',
    subject: 'Fwd: Bona pràctica contractació',
    date: 'Thu, 23 Apr 2020 12:36:10 +0200', arrival: 'Thu, 23 Apr 2020 12:36:14 +0200', inner: 'Thu, 23 Apr 2020 03:36:12 -0700 (PDT)',
    messageId: ids.gmail(),
    text: `Hola,

Us faig arribar la bona pràctica que ens va enviar el Departament de Contractació.

Roser

---------- Missatge reenviat ---------
De: Andreu Valls Castany <avalls@molletvalles.cat>
Data: dj., 16 d’abr. 2020 a les 13:05
Assumpte: Bona pràctica contractació
Per a: Roser Pijoan Mir <rpijoan@molletvalles.cat>


${orig}

--
Andreu Valls Castany
Departament de Contractació
Ajuntament de Mollet del Vallès
`,
    html: gmailHtml(`<div>Hola,</div><div><br></div><div>Us faig arribar la bona pràctica que ens va enviar el Departament de Contractació.</div><div><br></div><div>Roser</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Missatge reenviat ---------<br>De: <strong class="gmail_sendername" dir="auto">Andreu Valls Castany</strong> <span dir="auto">&lt;<a href="mailto:avalls@molletvalles.cat">avalls@molletvalles.cat</a>&gt;</span><br>Data: dj., 16 d’abr. 2020 a les 13:05<br>Assumpte: Bona pràctica contractació<br>Per a: Roser Pijoan Mir &lt;<a href="mailto:rpijoan@molletvalles.cat">rpijoan@molletvalles.cat</a>&gt;<br></div><br><br><div dir="ltr">${orig.split('\n').map((l) => `<div>${esc(l).replace(/avalls@molletvalles\.cat/, '<a href="mailto:avalls@molletvalles.cat">avalls@molletvalles.cat</a>')}</div>`).join('')}<div><br></div>-- <br><div dir="ltr" class="gmail_signature">Andreu Valls Castany<br>Departament de Contractació<br>Ajuntament de Mollet del Vallès</div></div></div>`),
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P('Guia municipal de clàusules socials per a tots els contractes',
        ['Ajuntament de Mollet del Vallès', "Xarxa d'Economia Social i Solidària del Baix Vallès"],
        "L'Ajuntament ha aprovat una guia de contractació pública responsable que obliga tots els departaments a incloure clàusules socials en les licitacions de més de 15.000 euros.",
        ['Andreu Valls Castany', 'avalls@molletvalles.cat', '+34 93 571 95 40'], 'Mollet del Vallès', ['intercooperation', 'public-procurement'])],
      case: 'Gmail forward ("---------- Missatge reenviat ---------", De:/Data:/Assumpte:/Per a:), labels Impulsors / Breu descripció / Dades de contacte (inline, comma-separated)',
    },
  });
}

// 018 ----------------------------------------------------------------------------------
add({
  file: '018-premia-mensaje-original.eml', host: 'correu.premiademar.cat',
  from: 'Alberto Díaz Romero <adiaz@premiademar.cat>',
  subject: 'RV: Ficha buena práctica',
  date: 'Fri, 24 Apr 2020 10:11:29 +0200', arrival: 'Fri, 24 Apr 2020 10:11:35 +0200',
  messageId: ids.exchange('EXCH01.premiademar.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 14.0', 'Content-Language': 'es' },
  text: `Buenos días,

Os reenvío la propuesta de nuestra compañera de Servicios Sociales, que es quien lleva el proyecto.

Saludos,
Alberto Díaz
Promoción Económica - Ayuntamiento de Premià de Mar

-----Mensaje original-----
De: Rocío Campos Serrano [mailto:rcampos@premiademar.cat]
Enviado el: lunes, 20 de abril de 2020 9:47
Para: Alberto Díaz Romero
Asunto: Ficha buena práctica

Hola Alberto, aquí tienes la ficha:

Título: Fil Solidari: de taller de costura a cooperativa de mujeres
Entidades: Ayuntamiento de Premià de Mar, Cooperativa Fil Solidari
Descripción: Durante el confinamiento, un grupo de mujeres migradas que había participado en el taller municipal de costura se ha constituido en cooperativa para confeccionar batas y fundas para la residencia de mayores y el centro de salud. El Ayuntamiento les ha cedido un local y ha acompañado la constitución de la cooperativa con perspectiva de género.
Persona de contacto: Rocío Campos Serrano
Teléfono: 93 752 06 18

Gracias,
Rocío
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Fil Solidari: de taller de costura a cooperativa de mujeres',
      ['Ayuntamiento de Premià de Mar', 'Cooperativa Fil Solidari'],
      'Durante el confinamiento, un grupo de mujeres migradas que había participado en el taller municipal de costura se ha constituido en cooperativa para confeccionar batas y fundas para la residencia de mayores y el centro de salud.',
      ['Rocío Campos Serrano', 'rcampos@premiademar.cat', '+34 93 752 06 18'], 'Premià de Mar', ['covid-response', 'intercooperation', 'feminism-intersectionality'])],
    case: 'Spanish Outlook forward ("-----Mensaje original-----", De: Name [mailto:x]); the contact is the original author, whose e-mail is only in the forward header; non-member',
  },
});

// 019 ----------------------------------------------------------------------------------
add({
  file: '019-pallars-consell-comarcal.eml', host: 'correu.pallarsjussa.cat',
  from: 'Eulàlia Farré Solé <efarre@pallarsjussa.cat>',
  subject: 'Bona pràctica XMESS - Consell Comarcal del Pallars Jussà',
  date: 'Fri, 24 Apr 2020 13:55:40 +0200', arrival: 'Fri, 24 Apr 2020 13:55:46 +0200',
  messageId: ids.zimbra('pallarsjussa.cat'),
  headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF75 (Win)/8.8.15_GA_3869)' },
  text: `Bon dia,

Des del Consell Comarcal del Pallars Jussà us fem arribar aquesta bona pràctica, que compartim amb diversos ajuntaments de la comarca.

Títol\tBus a demanda del Pallars: transport compartit per als pobles petits
Promotors\tConsell Comarcal del Pallars Jussà, Ajuntament de Tremp, Ajuntament de la Pobla de Segur, Ajuntament d'Isona i Conca Dellà
Descripció\tServei de transport a demanda que connecta 40 nuclis de menys de 100 habitants amb els serveis bàsics de Tremp i la Pobla de Segur, amb vehicles elèctrics i reserva per telèfon el dia abans. És una alternativa de mobilitat sostenible per a persones grans i sense carnet de conduir, i redueix l'ús del vehicle privat.
Contacte\tEulàlia Farré Solé
Correu\tefarre@pallarsjussa.cat
Telèfon\t973 65 01 87

Salutacions des del Pallars,
Eulàlia
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Bus a demanda del Pallars: transport compartit per als pobles petits',
      ['Consell Comarcal del Pallars Jussà', 'Ajuntament de Tremp', 'Ajuntament de la Pobla de Segur', "Ajuntament d'Isona i Conca Dellà"],
      'Servei de transport a demanda que connecta 40 nuclis de menys de 100 habitants amb els serveis bàsics de Tremp i la Pobla de Segur, amb vehicles elèctrics i reserva per telèfon el dia abans.',
      ['Eulàlia Farré Solé', 'efarre@pallarsjussa.cat', '+34 973 65 01 87'], 'Consell Comarcal del Pallars Jussà', ['intercooperation', 'ecological-transition'])],
    case: 'Consell Comarcal as sender; labels without colon (tab-separated, pasted from a form); several councils promote (intercooperation); "mobilitat sostenible"',
  },
});

// 020 ----------------------------------------------------------------------------------
add({
  file: '020-banyoles-contacte-signatura.eml', host: 'correu.ajbanyoles.org',
  from: 'Dídac Puigvert Costa <dpuigvert@ajbanyoles.org>',
  subject: 'Bona pràctica - recollida porta a porta',
  date: 'Fri, 24 Apr 2020 18:21:14 +0200', arrival: 'Fri, 24 Apr 2020 18:21:19 +0200',
  messageId: ids.exchange('CORREU.ajbanyoles.org'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Us fem arribar la nostra proposta.

Títol: Porta a Porta Inclusiu: recollida selectiva amb una empresa d'inserció
Entitats que hi participen: Ajuntament de Banyoles, Empresa d'Inserció Recull Estany
Explicació: La recollida porta a porta de residus del nucli antic la fa una empresa d'inserció que contracta persones en situació de vulnerabilitat i les forma com a informadores ambientals. En un any la recollida selectiva ha passat del 38% al 76% i s'han creat 9 llocs de treball d'inserció.

Qualsevol dubte, em podeu trucar.

Salutacions,

Dídac Puigvert Costa
Tècnic de Medi Ambient
Ajuntament de Banyoles
Tel. 972 58 12 34 ext. 210
dpuigvert@ajbanyoles.org<mailto:dpuigvert@ajbanyoles.org>
www.banyoles.cat<http://www.banyoles.cat>

AVÍS LEGAL: Aquest missatge i els seus annexos poden contenir informació confidencial. Si no en sou la persona destinatària, us preguem que ho comuniqueu al remitent i l'elimineu.
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("Porta a Porta Inclusiu: recollida selectiva amb una empresa d'inserció",
      ['Ajuntament de Banyoles', "Empresa d'Inserció Recull Estany"],
      "La recollida porta a porta de residus del nucli antic la fa una empresa d'inserció que contracta persones en situació de vulnerabilitat i les forma com a informadores ambientals.",
      ['Dídac Puigvert Costa', 'dpuigvert@ajbanyoles.org', '+34 972 58 12 34'], 'Banyoles', ['intercooperation', 'ecological-transition'])],
    case: 'contact only in the signature: "Tel. 972 58 12 34 ext. 210" (extension must not leak into the number), "x<mailto:x>", legal footer; non-member',
  },
});

// 021 ----------------------------------------------------------------------------------
add({
  file: '021-amposta-titol-assumpte.eml', host: 'correu.amposta.cat',
  from: 'Sònia Bertomeu Fabra <sbertomeu@amposta.cat>',
  subject: "Bona pràctica XMESS: Escola d'emprenedoria cooperativa per a dones (Ajuntament d'Amposta)",
  date: 'Sat, 25 Apr 2020 11:07:51 +0200', arrival: 'Sat, 25 Apr 2020 11:07:55 +0200',
  messageId: ids.thunderbird('amposta.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Us enviem la informació de la bona pràctica.

Promotors: Ajuntament d'Amposta, Cooperativa Delta Coopera, Associació d'Emprenedores de l'Ebre
Resum: Itinerari de formació de sis mesos per a dones en atur que volen crear una cooperativa, amb tallers de gestió, mentoria i un servei de canguratge durant les sessions. La formació s'ha dissenyat amb perspectiva de gènere i de ruralitat.
Persona de referència: Sònia Bertomeu Fabra - sbertomeu@amposta.cat - 977 70 00 56

Salutacions,
Sònia
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P("Escola d'emprenedoria cooperativa per a dones",
      ["Ajuntament d'Amposta", 'Cooperativa Delta Coopera', "Associació d'Emprenedores de l'Ebre"],
      'Itinerari de formació de sis mesos per a dones en atur que volen crear una cooperativa, amb tallers de gestió, mentoria i un servei de canguratge durant les sessions.',
      ['Sònia Bertomeu Fabra', 'sbertomeu@amposta.cat', '+34 977 70 00 56'], 'Amposta', ['intercooperation', 'feminism-intersectionality'])],
    case: 'title only in the subject, between "Bona pràctica XMESS:" and "(Ajuntament d\'Amposta)"; contact on one line separated by " - "; non-member',
  },
});

// 022 ----------------------------------------------------------------------------------
add({
  file: '022-valls-gmail.eml', host: 'mail-wm1-f66.google.com',
  from: 'Ester Magrané <ester.magrane@gmail.com>',
  subject: 'Bona pràctica',
  date: 'Sat, 25 Apr 2020 19:42:37 +0200', arrival: 'Sat, 25 Apr 2020 19:42:41 +0200', inner: 'Sat, 25 Apr 2020 10:42:39 -0700 (PDT)',
  messageId: ids.gmail(),
  text: `Hola,

Us ho envio des del meu correu personal perquè el de l'Ajuntament de Valls avui no em deixa enviar res.

Nom de la pràctica: Llibres que Circulen: banc de llibres de text als instituts
Qui l'impulsa: Ajuntament de Valls i Federació d'Associacions de Famílies d'Alumnes de l'Alt Camp
Descripció breu: Cada juny les famílies retornen els llibres de text de l'ESO en bon estat, que es revisen i es presten el curs següent a l'alumnat dels instituts de la ciutat. El projecte redueix la despesa de les famílies i evita el malbaratament de paper, i el 2019 va permetre reutilitzar 5.200 llibres.
Contacte: Ester Magrané Torrents, tècnica d'Educació, emagrane@valls.cat, tel. 977 63 60 03

Gràcies!
Ester
`,
  html: gmailHtml(`<div>Hola,</div><div><br></div><div>Us ho envio des del meu correu personal perquè el de l'Ajuntament de Valls avui no em deixa enviar res.</div><div><br></div><div><b>Nom de la pràctica:</b> Llibres que Circulen: banc de llibres de text als instituts</div><div><b>Qui l'impulsa:</b> Ajuntament de Valls i Federació d'Associacions de Famílies d'Alumnes de l'Alt Camp</div><div><b>Descripció breu:</b> Cada juny les famílies retornen els llibres de text de l'ESO en bon estat, que es revisen i es presten el curs següent a l'alumnat dels instituts de la ciutat. El projecte redueix la despesa de les famílies i evita el malbaratament de paper, i el 2019 va permetre reutilitzar 5.200 llibres.</div><div><b>Contacte:</b> Ester Magrané Torrents, tècnica d'Educació, <a href="mailto:emagrane@valls.cat">emagrane@valls.cat</a>, tel. 977 63 60 03</div><div><br></div><div>Gràcies!</div><div>Ester</div>`),
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Llibres que Circulen: banc de llibres de text als instituts',
      ['Ajuntament de Valls', "Federació d'Associacions de Famílies d'Alumnes de l'Alt Camp"],
      "Cada juny les famílies retornen els llibres de text de l'ESO en bon estat, que es revisen i es presten el curs següent a l'alumnat dels instituts de la ciutat.",
      ['Ester Magrané Torrents', 'emagrane@valls.cat', '+34 977 63 60 03'], 'Valls', ['intercooperation', 'youth', 'ecological-transition'])],
    case: 'sender on gmail.com, the text names "Ajuntament de Valls"; contact e-mail (valls.cat) differs from the sender; Gmail <div><b> labels; youth via ESO; non-member',
  },
});

// 023 + 024 ----------------------------------------------------------------------------
{
  const mid23 = ids.zimbra('sjdespi.cat');
  const body23 = `Bon dia,

Títol: Masoveria urbana cooperativa a Sant Joan Despí
Promotors: Ajuntament de Sant Joan Despí, Cooperativa d'Habitatge Sostre Comú
Explicació: L'Ajuntament cedeix pisos municipals buits que necessiten obres a una cooperativa d'habitatge, i les persones sòcies els rehabiliten a canvi de viure-hi amb un lloguer reduït durant deu anys. Ja s'han recuperat sis habitatges al barri de les Planes.
Persona de contacte: Marina Albiol Sendra, tècnica d'Habitatge, tel. 93 480 60 41

Salutacions,

Servei de Promoció Econòmica
Ajuntament de Sant Joan Despí
`;
  add({
    file: '023-sjdespi-sense-correu.eml', host: 'correu.sjdespi.cat',
    from: '"Promoció Econòmica - Ajuntament de Sant Joan Despí" <promocioeconomica@sjdespi.cat>',
    subject: 'Bona pràctica habitatge cooperatiu',
    date: 'Mon, 27 Apr 2020 09:15:22 +0200', arrival: 'Mon, 27 Apr 2020 09:15:26 +0200',
    messageId: mid23,
    headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)' },
    text: body23,
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P('Masoveria urbana cooperativa a Sant Joan Despí',
        ['Ajuntament de Sant Joan Despí', "Cooperativa d'Habitatge Sostre Comú"],
        "L'Ajuntament cedeix pisos municipals buits que necessiten obres a una cooperativa d'habitatge, i les persones sòcies els rehabiliten a canvi de viure-hi amb un lloguer reduït durant deu anys.",
        ['Marina Albiol Sendra', 'malbiol@sjdespi.cat', '+34 93 480 60 41'], 'Sant Joan Despí', ['intercooperation'])],
      case: "sent from a departmental mailbox; the contact's e-mail is missing (completed by 024, so the expected practice includes it)",
    },
  });
  add({
    file: '024-sjdespi-resposta-correu.eml', host: 'correu.sjdespi.cat',
    from: '"Promoció Econòmica - Ajuntament de Sant Joan Despí" <promocioeconomica@sjdespi.cat>',
    subject: 'Re: Bona pràctica habitatge cooperatiu',
    date: 'Mon, 27 Apr 2020 11:48:05 +0200', arrival: 'Mon, 27 Apr 2020 11:48:09 +0200',
    messageId: ids.zimbra('sjdespi.cat'), inReplyTo: mid23,
    headers: { 'X-Mailer': 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC81 (Win)/8.8.15_GA_3869)' },
    text: `Bon dia de nou,

Ens hem adonat que no hi constava el correu de la Marina: és malbiol@sjdespi.cat

Gràcies!

----- Missatge original -----
De: "Promoció Econòmica - Ajuntament de Sant Joan Despí" <promocioeconomica@sjdespi.cat>
Per a: "Bones pràctiques XMESS" <bonespractiques@xmess.example.org>
Enviat: Dilluns, 27 d'abril 2020 9:15:22
Assumpte: Bona pràctica habitatge cooperatiu

${body23.split('\n').map((l) => `> ${l}`).join('\n')}
`,
    expected: {
      kind: 'reply', status: 'processed', late: false, practices: [], repliesTo: '023-sjdespi-sense-correu.eml',
      case: 'reply (In-Reply-To/References = 023) quoting the original and adding the missing e-mail',
    },
  });
}

// 025 ----------------------------------------------------------------------------------
add({
  file: '025-viladecans-fuera-oficina.eml', host: 'mail-viladecanscat.outbound.protection.outlook.com',
  from: 'Pilar Gómez Sanz <pgomez@viladecans.cat>',
  subject: 'Respuesta automática: Recordatori: recull de bones pràctiques en ESS',
  date: 'Fri, 24 Apr 2020 09:00:38 +0200', arrival: 'Fri, 24 Apr 2020 09:00:44 +0200',
  messageId: ids.outlook(), inReplyTo: REMINDER_ID,
  headers: { 'Thread-Topic': 'Recordatori: recull de bones pràctiques en ESS', 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-MS-Exchange-Inbox-Rules-Loop': 'pgomez@viladecans.cat', 'Content-Language': 'es-ES' },
  text: `Buenos días:

Estaré fuera de la oficina hasta el lunes 4 de mayo, con acceso limitado al correo electrónico. Para cualquier cuestión relacionada con la Oficina de Economía Social, podéis escribir a economiasocial@viladecans.cat o llamar al 93 635 18 00.

Gracias.

Pilar Gómez Sanz
`,
  expected: { kind: 'auto-reply', status: 'ignored', late: false, practices: [], case: 'Spanish Outlook out-of-office ("Respuesta automática:", Auto-Submitted: auto-generated) containing an e-mail and a phone' },
});

// 026 (hand-built Exchange NDR) --------------------------------------------------------
{
  const mid = `<${uuid()}@SRVEXCH02.esplugues.cat>`;
  const b = `_${hex(8).toLowerCase()}-${hex(4).toLowerCase()}_`;
  const raw = [
    'From: postmaster@esplugues.cat',
    'To: bonespractiques@xmess.example.org',
    'Date: Fri, 24 Apr 2020 07:00:03 +0000',
    'Subject: =?utf-8?Q?No_s=27ha_pogut_lliurar:_Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=',
    `Message-ID: ${mid}`,
    `In-Reply-To: ${REMINDER_ID}`,
    `References: ${REMINDER_ID}`,
    'Content-Language: ca-ES',
    'X-MS-Exchange-Message-Is-Ndr: ',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    qpEncode(Buffer.from(`No s'ha pogut lliurar el missatge a aquests destinataris o grups:

promocio.economica@esplugues.cat
L'adreça electrònica que heu introduït no existeix. Comproveu-la i torneu a enviar el missatge.

Informació de diagnòstic per als administradores:

Servidor que genera: SRVEXCH02.esplugues.cat

promocio.economica@esplugues.cat
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`, 'utf8')),
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;SRVEXCH02.esplugues.cat',
    'Received-From-MTA: dns;mx.xmess.example.org',
    'Arrival-Date: Fri, 24 Apr 2020 07:00:01 +0000',
    '',
    'Final-Recipient: rfc822;promocio.economica@esplugues.cat',
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <bonespractiques@xmess.example.org>',
    'To: promocio.economica@esplugues.cat',
    'Subject: =?UTF-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=',
    'Date: Fri, 24 Apr 2020 08:59:50 +0200',
    `Message-ID: ${REMINDER_ID}`,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
  add({
    file: '026-esplugues-postmaster-rebot.eml', host: 'correu.esplugues.cat', returnPath: '', from: 'postmaster@esplugues.cat',
    date: 'Fri, 24 Apr 2020 07:00:03 +0000', arrival: 'Fri, 24 Apr 2020 09:00:06 +0200', inner: false,
    messageId: mid, raw,
    expected: { kind: 'bounce', status: 'ignored', late: false, practices: [], case: 'Exchange non-delivery report in Catalan from postmaster@ (multipart/report, no Auto-Submitted header)' },
  });
}

// 027 ----------------------------------------------------------------------------------
add({
  file: '027-butlleti-ateneu.eml', host: 'mail181.atl21.rsgsv.net', returnPath: 'bounce-mc.us4_11223344.5566-bonespractiques=xmess.example.org@mail181.atl21.rsgsv.net',
  from: "Ateneu Cooperatiu de les Terres de l'Ebre <noticies@ateneuebre.example.net>",
  subject: 'Notícies de l’Ateneu: bones pràctiques cooperatives davant la crisi',
  date: 'Tue, 28 Apr 2020 08:02:11 +0000', arrival: 'Tue, 28 Apr 2020 10:02:15 +0200', inner: 'Tue, 28 Apr 2020 08:02:11 +0000',
  messageId: `<${hex(20).toLowerCase()}.${hex(10).toLowerCase()}@mail181.atl21.rsgsv.net>`,
  headers: {
    'List-Unsubscribe': '<https://ateneuebre.us4.list-manage.com/unsubscribe?u=8c2f1a&id=77b0e>, <mailto:unsubscribe-mc.us4_8c2f1a@mailchimpapp.net?subject=unsubscribe>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-ID': '8c2f1a77b0e mailchimp list <8c2f1a77b0e.ateneuebre.example.net>',
    'X-Mailer': 'MailChimp Mailer - **CIDa1b2c3d4e5f6**',
    'X-Campaign': 'mailchimp8c2f1a.77b0e1',
  },
  text: `NOTÍCIES DE L'ATENEU - ABRIL 2020

Bona pràctica del mes
Títol: Xarxa de botigues cooperatives del Delta
Durant el confinament, set cooperatives agràries del Delta han obert una botiga en línia conjunta amb repartiment a domicili.
Contacte: info@ateneuebre.example.net

Recordeu que fins al 30 d'abril podeu enviar les bones pràctiques municipals a la crida de la XMESS.

Us heu subscrit a aquesta llista a través del nostre web.
Donar-se de baixa: https://ateneuebre.us4.list-manage.com/unsubscribe?u=8c2f1a&id=77b0e
`,
  html: `<!doctype html><html><head><meta charset="UTF-8"><title>Notícies de l'Ateneu</title></head><body style="margin:0;padding:0;background:#f2f2f2"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:20px"><h1 style="color:#2b6e4f">Notícies de l'Ateneu - abril 2020</h1><h2>Bona pràctica del mes</h2><p><strong>Títol:</strong> Xarxa de botigues cooperatives del Delta</p><p>Durant el confinament, set cooperatives agràries del Delta han obert una botiga en línia conjunta amb repartiment a domicili.</p><p><strong>Contacte:</strong> info@ateneuebre.example.net</p><p>Recordeu que fins al 30 d'abril podeu enviar les bones pràctiques municipals a la crida de la XMESS.</p></td></tr><tr><td style="padding:20px;font-size:11px;color:#777">Us heu subscrit a aquesta llista a través del nostre web.<br><a href="https://ateneuebre.us4.list-manage.com/unsubscribe?u=8c2f1a&amp;id=77b0e">Donar-se de baixa</a></td></tr></table></center></body></html>
`,
  expected: { kind: 'other', status: 'ignored', late: false, practices: [], case: 'Mailchimp newsletter (List-Unsubscribe, no Precedence header) that itself contains a labelled "bona pràctica": other / ignored' },
});

// 028 ----------------------------------------------------------------------------------
add({
  file: '028-cambrils-fora-termini.eml', host: 'correu.cambrils.cat',
  from: 'Isaac Barberà Llaó <ibarbera@cambrils.cat>',
  subject: 'Bona pràctica (fora de termini, disculpeu)',
  date: 'Mon, 04 May 2020 09:12:33 +0200', arrival: 'Mon, 04 May 2020 09:12:40 +0200',
  messageId: ids.thunderbird('cambrils.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
  text: `Bon dia,

Sabem que el termini era el 30 d'abril, però amb el confinament no hem arribat a temps. Us l'enviem igualment per si la podeu tenir en compte.

Iniciativa: Mar Neta Cambrils: recollida de residus marins amb la flota pesquera
Entitats: Ajuntament de Cambrils, Cooperativa de Pescadors Sant Pere, Associació Mediambiental Platja Viva
Descripció: Les embarcacions de pesca porten a port els plàstics i altres residus que queden atrapats a les xarxes, i l'associació els classifica perquè es puguin reciclar. Des del 2018 s'han retirat del mar més de 9 tones de residus.
Contacte: Isaac Barberà Llaó / ibarbera@cambrils.cat / 977 79 45 21

Moltes gràcies i disculpeu el retard,
Isaac
`,
  expected: {
    kind: 'submission', status: 'processed', late: true,
    practices: [P('Mar Neta Cambrils: recollida de residus marins amb la flota pesquera',
      ['Ajuntament de Cambrils', 'Cooperativa de Pescadors Sant Pere', 'Associació Mediambiental Platja Viva'],
      "Les embarcacions de pesca porten a port els plàstics i altres residus que queden atrapats a les xarxes, i l'associació els classifica perquè es puguin reciclar.",
      ['Isaac Barberà Llaó', 'ibarbera@cambrils.cat', '+34 977 79 45 21'], 'Cambrils', ['intercooperation', 'ecological-transition'])],
    case: 'late submission (arrival 4 May 2020); the word "confinament" appears only in the apology, not in the practice (no covid theme); contact separated by " / "',
  },
});

// 029 ----------------------------------------------------------------------------------
add({
  file: '029-elvendrell-mitjanit.eml', host: 'correu.elvendrell.net',
  from: 'Sergio Molina Pardo <smolina@elvendrell.net>',
  subject: 'Buena práctica ESS El Vendrell',
  date: 'Thu, 30 Apr 2020 23:57:31 +0200', arrival: 'Fri, 01 May 2020 00:04:12 +0200', inner: 'Thu, 30 Apr 2020 23:57:33 +0200',
  messageId: ids.exchange('SRVMAIL.elvendrell.net'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'es', 'X-Greylist': 'delayed 399 seconds by postgrey-1.36 at mx.xmess.example.org; Fri, 01 May 2020 00:04:12 CEST' },
  text: `Buenas noches,

Os enviamos in extremis nuestra práctica.

Título: Huertos comunitarios ecológicos de Sant Vicenç de Calders
Promotores: Ayuntamiento de El Vendrell, Asociación Huertos del Baix Penedès
Breve descripción: El Ayuntamiento ha cedido una finca municipal de dos hectáreas a una asociación que la gestiona como huertos comunitarios de agricultura ecológica para personas desempleadas y jubiladas. Los excedentes se donan al banco de alimentos y los restos orgánicos se compostan en la misma finca.
Contacto: Sergio Molina Pardo – smolina@elvendrell.net – 0034 977 66 56 20

Saludos,
Sergio Molina
`,
  expected: {
    kind: 'submission', status: 'processed', late: true,
    practices: [P('Huertos comunitarios ecológicos de Sant Vicenç de Calders',
      ['Ayuntamiento de El Vendrell', 'Asociación Huertos del Baix Penedès'],
      'El Ayuntamiento ha cedido una finca municipal de dos hectáreas a una asociación que la gestiona como huertos comunitarios de agricultura ecológica para personas desempleadas y jubiladas.',
      ['Sergio Molina Pardo', 'smolina@elvendrell.net', '+34 977 66 56 20'], 'El Vendrell', ['intercooperation', 'ecological-transition'])],
    case: 'Date header 30 Apr 23:57 but the topmost Received (arrival) is 1 May 00:04: late; Spanish labels Título / Promotores / Breve descripción / Contacto with en dashes, phone "0034 ..."; non-member',
  },
});

// 030 ----------------------------------------------------------------------------------
add({
  file: '030-badia-hora-utc.eml', host: 'correu.badiadelvalles.cat',
  from: 'Noelia Cano Ruiz <ncano@badiadelvalles.cat>',
  subject: 'Bona pràctica Badia del Vallès (última hora!)',
  date: 'Thu, 30 Apr 2020 23:40:58 +0200', arrival: 'Thu, 30 Apr 2020 21:41:07 +0000', inner: 'Thu, 30 Apr 2020 21:41:01 +0000',
  messageId: ids.thunderbird('badiadelvalles.cat'),
  headers: { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0', 'Content-Language': 'ca' },
  text: `Bona nit,

Arribem just a temps!

Projecte: Badia Cuina: formació en cuina per a joves amb una cooperativa de restauració
Entitats promotores: Ajuntament de Badia del Vallès, Cooperativa La Cassola de Badia
Breu descripció: Curs de vuit mesos en què joves de 16 a 24 anys sense el graduat d'ESO aprenen l'ofici de cuiner al restaurant d'una cooperativa del municipi, amb pràctiques remunerades. Set dels dotze joves de la primera promoció ja tenen feina.
Persona de contacte: Noelia Cano Ruiz · ncano@badiadelvalles.cat · 93 718 16 12

Una abraçada,
Noelia
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Badia Cuina: formació en cuina per a joves amb una cooperativa de restauració',
      ['Ajuntament de Badia del Vallès', 'Cooperativa La Cassola de Badia'],
      "Curs de vuit mesos en què joves de 16 a 24 anys sense el graduat d'ESO aprenen l'ofici de cuiner al restaurant d'una cooperativa del municipi, amb pràctiques remunerades.",
      ['Noelia Cano Ruiz', 'ncano@badiadelvalles.cat', '+34 93 718 16 12'], 'Badia del Vallès', ['intercooperation', 'youth'])],
    case: 'topmost Received in UTC (21:41 +0000 = 23:41 local): on time; label "Projecte:", contact separated by " · "',
  },
});

// 031 ----------------------------------------------------------------------------------
add({
  file: '031-tortosa-pdf-escanejat.eml', host: 'correu.tortosa.cat',
  from: '"Registre General - Ajuntament de Tortosa" <registre@tortosa.cat>',
  subject: 'Tramesa documentació - bona pràctica',
  date: 'Tue, 28 Apr 2020 12:30:04 +0200', arrival: 'Tue, 28 Apr 2020 12:30:11 +0200',
  messageId: ids.exchange('CORREU01.tortosa.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'X-MS-Has-Attach': 'yes' },
  text: `Us trametem la fitxa signada de la bona pràctica.

Registre General d'Entrada
Ajuntament de Tortosa
`,
  attachments: [{ filename: 'SCAN0042_20200428.pdf', contentType: 'application/pdf', make: scannedPdf }],
  expected: { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'image-only (scanned) PDF: needs review' },
});

// 032 ----------------------------------------------------------------------------------
add({
  file: '032-figueres-docx-malmes.eml', host: 'correu.figueres.cat',
  from: 'Lourdes Pérez Ibáñez <lperez@figueres.cat>',
  subject: 'Ficha buena práctica mercado de segunda mano',
  date: 'Tue, 28 Apr 2020 16:10:45 +0200', arrival: 'Tue, 28 Apr 2020 16:10:49 +0200',
  messageId: ids.zimbra('figueres.cat'),
  headers: { 'X-Mailer': 'Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC80 (Win)/8.8.12_GA_3794)' },
  text: `Buenas tardes:

Os adjunto la ficha de nuestra buena práctica.

Saludos,
Lourdes
`,
  attachments: [{ filename: 'Ficha_XMESS_Figueres.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: async () => {
    const good = await docxFormTable('Ficha de buena práctica', [
      ['Nombre de la iniciativa', 'Mercat de Segona Mà de Figueres'],
      ['Entidades participantes', 'Ayuntamiento de Figueres'],
      ['Descripción', 'Mercado mensual de objetos de segunda mano.'],
    ], 'Lourdes Pérez');
    return good.subarray(0, Math.floor(good.length * 0.45)); // truncated in transit: no central directory
  } }],
  expected: { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'truncated (corrupt) DOCX: needs review' },
});

// 033 ----------------------------------------------------------------------------------
add({
  file: '033-molins-docx-contrasenya.eml', host: 'correu.molinsderei.cat',
  from: 'Gisela Mundet Parera <gmundet@molinsderei.cat>',
  subject: 'Fitxa bona pràctica',
  date: 'Wed, 29 Apr 2020 10:58:19 +0200', arrival: 'Wed, 29 Apr 2020 10:58:24 +0200',
  messageId: ids.exchange('EXCH.molinsderei.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'X-MS-Has-Attach': 'yes' },
  text: `Bon dia,

Us adjunto la fitxa. Per política interna el document està protegit amb contrasenya; us la faré arribar per telèfon.

Gisela Mundet Parera
Ajuntament de Molins de Rei
`,
  attachments: [{ filename: 'fitxa_bona_practica_MdR.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make: encryptedDocx }],
  expected: { kind: 'submission', status: 'needs-review', late: false, practices: [], case: 'password-protected DOCX (OLE EncryptedPackage container): needs review' },
});

// 034 ----------------------------------------------------------------------------------
{
  const t = {
    title: 'Gavà Repara: taller de reparación de aparatos electrónicos',
    prom: 'Ayuntamiento de Gavà, Cooperativa Reparem Junts, Asociación de Vecinos de Gavà Mar',
    d1: 'El taller, abierto dos tardes por semana, repara gratuitamente pequeños electrodomésticos, ordenadores y móviles de los vecinos y enseña a alargar su vida útil, en el marco de la estrategia municipal de economía circular.',
    d2: 'Los aparatos que no se pueden reparar se desmontan y sus piezas se reutilizan.',
  };
  add({
    file: '034-gava-outlook-castella.eml', host: 'mail-gavacat.outbound.protection.outlook.com',
    from: 'Raquel Sánchez Iglesias <rsanchez@gava.cat>',
    subject: 'Propuesta buena práctica - Ayuntamiento de Gavà',
    date: 'Wed, 29 Apr 2020 13:33:07 +0200', arrival: 'Wed, 29 Apr 2020 13:33:12 +0200',
    messageId: ids.outlook(),
    headers: { 'Thread-Topic': 'Propuesta buena práctica - Ayuntamiento de Gavà', 'Thread-Index': `AdYe${alnum(20)}==`, 'Accept-Language': 'es-ES, ca-ES, en-US', 'Content-Language': 'es-ES', 'X-MS-Has-Attach': '', 'X-MS-TNEF-Correlator': '' },
    text: `Buenos días,

Os envío nuestra propuesta:

Título de la práctica: ${t.title}
Promotores: ${t.prom}
Breve descripción: ${t.d1} ${t.d2}
Contacto:
Raquel Sánchez Iglesias
Técnica de Medio Ambiente
rsanchez@gava.cat<mailto:rsanchez@gava.cat>
Tel. 93 263 91 14

Un saludo,
Raquel
`,
    html: outlookHtml([
      op('Buenos días,'), oblank, op('Os envío nuestra propuesta:'), oblank,
      op(`<b>Título de la práctica:</b> ${esc(t.title)}`),
      op(`<b>Promotores:</b> ${esc(t.prom)}`),
      op(`<b>Breve descripción:</b> ${esc(t.d1)} ${esc(t.d2)}`),
      op('<b>Contacto:</b>'),
      op('Raquel Sánchez Iglesias'), op('Técnica de Medio Ambiente'),
      op('<a href="mailto:rsanchez@gava.cat"><span style="color:#0563C1">rsanchez@gava.cat</span></a>'),
      op('Tel. 93 263 91 14'), oblank, op('Un saludo,'), op('Raquel'),
    ].join('\n'), 'ES'),
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P(t.title, ['Ayuntamiento de Gavà', 'Cooperativa Reparem Junts', 'Asociación de Vecinos de Gavà Mar'], t.d1,
        ['Raquel Sánchez Iglesias', 'rsanchez@gava.cat', '+34 93 263 91 14'], 'Gavà', ['intercooperation', 'ecological-transition'])],
      case: 'Spanish Outlook HTML+plain (Título de la práctica / Promotores / Breve descripción / Contacto with lines below); ecological via "economía circular"',
    },
  });
}

// 035 ----------------------------------------------------------------------------------
{
  const t = {
    title: 'Sant Quirze Connecta: préstec d\'ordinadors reutilitzats',
    prom: ['Ajuntament de Sant Quirze del Vallès', 'Cooperativa Tecnològica Reconnecta'],
    d1: "Durant el confinament, l'Ajuntament ha prestat 120 ordinadors reutilitzats, reparats per una cooperativa tecnològica, a famílies sense cap dispositiu a casa per fer tràmits o buscar feina.",
    d2: "Els equips provenen de la renovació informàtica de l'Ajuntament i d'empreses del polígon, que així els donen una segona vida en lloc de llençar-los.",
    c: 'Clara Bonet Alsina – cbonet@santquirzevalles.cat – 93 721 45 09',
  };
  add({
    file: '035-santquirze-gmail-div-majuscules.eml', host: 'mail-lj1-f193.google.com',
    from: 'Clara Bonet Alsina <cbonet@santquirzevalles.cat>',
    subject: 'Proposta XMESS',
    date: 'Wed, 29 Apr 2020 18:26:41 +0200', arrival: 'Wed, 29 Apr 2020 18:26:46 +0200', inner: 'Wed, 29 Apr 2020 09:26:43 -0700 (PDT)',
    messageId: ids.gmail(),
    text: `Bona tarda,

Us enviem aquesta experiència de Sant Quirze.

*NOM DEL PROJECTE*
${t.title}

*ENTITATS*
${t.prom.join('\n')}

*DESCRIPCIÓ*
${t.d1} ${t.d2}

*CONTACTE*
${t.c}

Gràcies,
Clara
`,
    html: gmailHtml(`<div>Bona tarda,</div><div><br></div><div>Us enviem aquesta experiència de Sant Quirze.</div><div><br></div><div><b>NOM DEL PROJECTE</b></div><div>${esc(t.title)}</div><div><br></div><div><b>ENTITATS</b></div>${t.prom.map((p) => `<div>${esc(p)}</div>`).join('')}<div><br></div><div><b>DESCRIPCIÓ</b></div><div>${esc(t.d1)} ${esc(t.d2)}</div><div><br></div><div><b>CONTACTE</b></div><div>Clara Bonet Alsina – <a href="mailto:cbonet@santquirzevalles.cat">cbonet@santquirzevalles.cat</a> – 93 721 45 09</div><div><br></div><div>Gràcies,</div><div>Clara</div>`),
    expected: {
      kind: 'submission', status: 'processed', late: false,
      practices: [P(t.title, t.prom, t.d1, ['Clara Bonet Alsina', 'cbonet@santquirzevalles.cat', '+34 93 721 45 09'], 'Sant Quirze del Vallès', ['covid-response', 'intercooperation', 'ecological-transition'])],
      case: 'Gmail: bold UPPERCASE labels alone in a <div> (plain part "*NOM DEL PROJECTE*"), promoters one per line, contact separated by en dashes; covid via "confinament"; non-member',
    },
  });
}

// 036 ----------------------------------------------------------------------------------
add({
  file: '036-hospitalet-1-2-castella.eml', host: 'correu.l-h.cat',
  from: 'David Romero Castro <dromero@l-h.cat>',
  subject: "Buenas prácticas L'Hospitalet",
  date: 'Thu, 30 Apr 2020 10:05:18 +0200', arrival: 'Thu, 30 Apr 2020 10:05:23 +0200',
  messageId: ids.exchange('EXCHCAS01.l-h.cat'),
  headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Content-Language': 'es' },
  text: `Buenos días,

Desde el Ayuntamiento de L'Hospitalet os enviamos dos prácticas:

1) Bono Comercio Solidario
Promueven: Ayuntamiento de L'Hospitalet, Asociación de Comerciantes de Collblanc-La Torrassa
Descripción: Las familias atendidas por los servicios sociales reciben un bono mensual para comprar alimentos en los comercios del barrio, que durante el estado de alarma sustituye a las ayudas en especie. Así se mantiene la actividad del pequeño comercio y se evita que las familias tengan que desplazarse lejos.
Contacto: David Romero Castro, dromero@l-h.cat, 93 403 29 61

2) Contratos reservados para centros especiales de trabajo
Promueve: Ayuntamiento de L'Hospitalet
Descripción: El Ayuntamiento reserva el 7% del importe anual de sus contratos de servicios a centros especiales de trabajo y empresas de inserción, mediante licitaciones reservadas para la limpieza de equipamientos y el mantenimiento de zonas verdes. En 2019 se adjudicaron por esta vía 14 contratos.
Contacto: Yolanda Marín Soto, ymarin@l-h.cat, 93 403 29 77

Saludos cordiales,
David Romero Castro
Servicio de Economía Social y Solidaria
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [
      P('Bono Comercio Solidario', ["Ayuntamiento de L'Hospitalet", 'Asociación de Comerciantes de Collblanc-La Torrassa'],
        'Las familias atendidas por los servicios sociales reciben un bono mensual para comprar alimentos en los comercios del barrio, que durante el estado de alarma sustituye a las ayudas en especie.',
        ['David Romero Castro', 'dromero@l-h.cat', '+34 93 403 29 61'], "L'Hospitalet de Llobregat", ['covid-response', 'intercooperation']),
      P('Contratos reservados para centros especiales de trabajo', ["Ayuntamiento de L'Hospitalet"],
        'El Ayuntamiento reserva el 7% del importe anual de sus contratos de servicios a centros especiales de trabajo y empresas de inserción, mediante licitaciones reservadas para la limpieza de equipamientos y el mantenimiento de zonas verdes.',
        ['Yolanda Marín Soto', 'ymarin@l-h.cat', '+34 93 403 29 77'], "L'Hospitalet de Llobregat", ['public-procurement']),
    ],
    case: 'two Spanish practices introduced by "1) title" / "2) title" (no title label), labels Promueven / Descripción / Contacto; council alone in the second (procurement only)',
  },
});

// 037 ----------------------------------------------------------------------------------
add({
  file: '037-svh-forwarded-message.eml', host: 'mail-wr1-f44.google.com',
  from: 'Francisco Javier Lara Gómez <fjlara@svh.cat>',
  subject: 'Fwd: Ficha XMESS',
  date: 'Thu, 30 Apr 2020 12:47:55 +0200', arrival: 'Thu, 30 Apr 2020 12:48:01 +0200', inner: 'Thu, 30 Apr 2020 03:47:57 -0700 (PDT)',
  messageId: ids.gmail(),
  text: `Hola,

Os reenvío la práctica que nos ha preparado Begoña, del Servicio de Ocupación. Ella es la referente del proyecto.

Francisco Javier Lara
Regidor de Desarrollo Económico
Ayuntamiento de Sant Vicenç dels Horts

---------- Forwarded message ---------
From: Begoña Arias Fuentes <barias@svh.cat>
Date: jue., 23 abr. 2020 a las 11:02
Subject: Ficha XMESS
To: Francisco Javier Lara Gómez <fjlara@svh.cat>


NOMBRE DE LA INICIATIVA: Brigada Verde: empleo en rehabilitación energética de viviendas
ENTIDADES PARTICIPANTES: Ayuntamiento de Sant Vicenç dels Horts, Cooperativa Aïllem
DESCRIPCIÓN: Una brigada de diez personas en paro de larga duración, contratada por una cooperativa de instalaciones, mejora el aislamiento térmico y las ventanas de viviendas de familias en situación de pobreza energética, dentro del plan municipal de transición energética. La formación se imparte en el mismo puesto de trabajo y los hogares reducen hasta un 30% su consumo de energía.
PERSONA DE CONTACTO: Begoña Arias Fuentes
MÓVIL: (+34) 622 18 40 93
CORREO: barias@svh.cat

Un saludo,
Begoña
`,
  expected: {
    kind: 'submission', status: 'processed', late: false,
    practices: [P('Brigada Verde: empleo en rehabilitación energética de viviendas',
      ['Ayuntamiento de Sant Vicenç dels Horts', 'Cooperativa Aïllem'],
      'Una brigada de diez personas en paro de larga duración, contratada por una cooperativa de instalaciones, mejora el aislamiento térmico y las ventanas de viviendas de familias en situación de pobreza energética, dentro del plan municipal de transición energética.',
      ['Begoña Arias Fuentes', 'barias@svh.cat', '+34 622 18 40 93'], 'Sant Vicenç dels Horts', ['intercooperation', 'ecological-transition'])],
    case: 'Gmail "---------- Forwarded message ---------" (English header in a Spanish mail) by a councillor; UPPERCASE Spanish labels (NOMBRE DE LA INICIATIVA / ENTIDADES PARTICIPANTES / MÓVIL / CORREO); the contact is the original author',
  },
});

// ------------------------------------------------------------------ write everything
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'config'), { recursive: true });
writeFileSync(join(OUT, 'config', 'municipalities.json'), `${JSON.stringify(municipalities, null, 2)}\n`);
writeFileSync(join(OUT, 'config', 'advisors.json'), `${JSON.stringify(advisors, null, 2)}\n`);
writeFileSync(join(OUT, 'config', 'campaign.json'), `${JSON.stringify(campaign, null, 2)}\n`);

const expected = {};
for (const def of messages) {
  for (const a of def.attachments ?? []) if (a.make) { a.content = await a.make(); delete a.make; }
  const buf = await compose(def);
  writeFileSync(join(OUT, def.file), buf);
  const e = def.expected;
  const entry = { messageId: def.messageId, kind: e.kind, status: e.status, late: e.late, practices: e.practices };
  if (e.repliesTo) entry.repliesTo = e.repliesTo;
  entry.case = e.case;
  expected[def.file] = entry;
}
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
writeFileSync(join(OUT, 'README.md'), `# Held-out corpus (blind)

Generated by \`node tests/corpora/heldout/make.mjs\`; do not edit by hand. Same format and ground-truth rules
as \`../shared/corpus/dev\` (see its README): ${messages.length} messages with other councils, other label
wordings, layouts, mail clients and attachment formats. Score it with
\`node scripts/eval.mjs --corpus tests/fixtures/heldout --details\`.
`);
const n = readdirSync(OUT).filter((f) => f.endsWith('.eml')).length;
console.log(`make-heldout: wrote ${n} messages, ${Object.values(expected).reduce((a, e) => a + e.practices.length, 0)} practices to ${OUT}`);
