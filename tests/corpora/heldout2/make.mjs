#!/usr/bin/env node
// Writes tests/fixtures/heldout2/: a second blind held-out corpus of e-mails that Catalan councils
// sent to the XMESS call for good practices (April 2020), with their ground truth (expected.json, in
// the format of ../shared/corpus/dev). Written without reading the extractor, its lexicon or the
// earlier held-out corpus. Deterministic: the same bytes on every run.
//
//   node tests/corpora/heldout2/make.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer';
import PDFDocument from 'pdfkit';
import * as docx from 'docx';
import JSZip from 'jszip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const OUT = join(root, 'tests', 'fixtures', 'heldout2');
const XMESS = 'bonespractiques@xmess.example.org';
const XMESS_TO = 'Bones pràctiques XMESS <bonespractiques@xmess.example.org>';
const FIXED = new Date('2020-04-20T08:00:00Z');

// ------------------------------------------------------------------ themes
const C = 'covid-response';
const I = 'intercooperation';
const P = 'public-procurement';
const Y = 'youth';
const E = 'ecological-transition';
const F = 'feminism-intersectionality';

// ------------------------------------------------------------------ config
const MUNICIPALITIES = [
  { name: 'Granollers', domains: ['granollers.cat'], member: true },
  { name: 'Rubí', domains: ['ajrubi.cat', 'rubi.cat'], member: true },
  { name: 'Viladecans', domains: ['viladecans.cat'], member: true },
  { name: 'Olot', domains: ['olot.cat'], member: true },
  { name: 'Vilafranca del Penedès', domains: ['vilafranca.cat'], member: true },
  { name: 'Tortosa', domains: ['tortosa.cat'], member: false },
  { name: 'Figueres', domains: ['figueres.cat'], member: false },
  { name: 'Igualada', domains: ['aj-igualada.net'], member: true },
  { name: 'Sant Feliu de Llobregat', domains: ['santfeliu.cat'], member: true },
  { name: 'Castelldefels', domains: ['castelldefels.org'], member: true },
  { name: 'El Masnou', domains: ['elmasnou.cat'], member: true },
  { name: 'Molins de Rei', domains: ['molinsderei.cat'], member: false },
  { name: 'Tàrrega', domains: ['tarrega.cat'], member: true },
  { name: 'Banyoles', domains: ['banyoles.cat'], member: false },
  { name: 'Sant Adrià de Besòs', domains: ['sant-adria.net'], member: true },
  { name: 'Esplugues de Llobregat', domains: ['esplugues.cat'], member: true },
  { name: 'Gavà', domains: ['gava.cat'], member: true },
  { name: 'Ripollet', domains: ['ripollet.cat'], member: true },
  { name: 'Mollet del Vallès', domains: ['molletvalles.cat'], member: true },
  { name: 'Sant Joan Despí', domains: ['sjdespi.net'], member: false },
  { name: 'Premià de Mar', domains: ['premiademar.cat'], member: true },
  { name: 'Tarragona', domains: ['tarragona.cat'], member: true },
  { name: 'Valls', domains: ['valls.cat'], member: false },
  { name: 'Amposta', domains: ['amposta.cat'], member: true },
  { name: 'Salt', domains: ['viladesalt.cat'], member: true },
  { name: 'Vilassar de Mar', domains: ['vilassardemar.cat'], member: true },
  { name: 'Blanes', domains: ['blanes.cat'], member: false },
  { name: "L'Hospitalet de Llobregat", domains: ['l-h.cat'], member: true },
  { name: 'Berga', domains: ['ajberga.cat'], member: true },
  { name: 'Santa Perpètua de Mogoda', domains: ['staperpetua.cat'], member: true },
  { name: 'Montcada i Reixac', domains: ['montcada.cat'], member: true },
  { name: 'Castellar del Vallès', domains: ['castellarvalles.cat'], member: true },
  { name: 'La Garriga', domains: ['ajlagarriga.cat'], member: true },
  { name: 'Sitges', domains: ['sitges.cat'], member: false },
  { name: 'Calella', domains: ['calella.cat'], member: true },
  { name: 'Martorell', domains: ['martorell.cat'], member: true },
  { name: 'Sant Quirze del Vallès', domains: ['santquirzevalles.cat'], member: false },
  { name: 'Sant Celoni', domains: ['santceloni.cat'], member: true },
  { name: 'Canovelles', domains: ['canovelles.cat'], member: true },
  { name: 'Les Franqueses del Vallès', domains: ['lesfranqueses.cat'], member: false },
  { name: "Sant Sadurní d'Anoia", domains: ['santsadurni.cat'], member: true },
  { name: 'Gelida', domains: ['gelida.cat'], member: false },
  { name: 'Consell Comarcal del Vallès Oriental', domains: ['vallesoriental.cat'], member: true },
  { name: "Consell Comarcal de l'Alt Penedès", domains: ['ccapenedes.cat'], member: true },
  { name: 'Consell Comarcal del Baix Empordà', domains: ['baixemporda.cat'], member: false },
];
const ADVISORS = [
  { name: 'Laura Castañé Bosch', email: 'laura.castane@example.org', themes: [P, I] },
  { name: 'Marc Alsina Pons', email: 'marc.alsina@example.org', themes: [C, Y] },
  { name: 'Ester Ribas Calvet', email: 'ester.ribas@example.org', themes: [F] },
  { name: 'Guillem Torrent Prats', email: 'guillem.torrent@example.org', themes: [E] },
];
const CAMPAIGN = {
  deadline: '2020-04-30T23:59:59+02:00',
  timezone: 'Europe/Madrid',
  from: XMESS,
  coordinator: 'coordinacio@xmess.example.org',
  language: 'ca',
};
const memberOf = (name) => {
  const m = MUNICIPALITIES.find((x) => x.name === name);
  if (!m) throw new Error(`unknown municipality ${name}`);
  return m.member;
};

// ------------------------------------------------------------------ helpers
const hash = (s) => createHash('sha256').update(String(s)).digest('hex');
const hex = (seed, n, upper = false) => { const h = hash(seed).repeat(4).slice(0, n); return upper ? h.toUpperCase() : h; };
const num = (seed, lo, hi) => lo + (parseInt(hash(seed).slice(0, 8), 16) % (hi - lo + 1));
const b64 = (seed, n) => Buffer.from(hash(seed), 'hex').toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, n);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
// local wall-clock 'YYYY-MM-DD HH:MM:SS' in zone offset (default +0200, CEST) -> RFC 5322 date
function rfcDate(local, offset = '+0200', addSeconds = 0) {
  const [d, t] = local.split(' ');
  const [Y, M, D] = d.split('-').map(Number);
  const [h, m, s] = t.split(':').map(Number);
  const x = new Date(Date.UTC(Y, M - 1, D, h, m, s + addSeconds));
  return `${DAYS[x.getUTCDay()]}, ${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()} ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())} ${offset}`;
}
const domainOf = (addr) => /@([^>\s]+)>?\s*$/.exec(addr)[1].toLowerCase();
const addrOf = (addr) => (/<([^>]+)>/.exec(addr) || [null, addr.trim()])[1];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const crlf = (s) => s.replace(/\r?\n/g, '\r\n');

// RFC 2047 B-encoding of a header phrase when it is not ASCII
const encWord = (s) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);

// quoted-printable for a Buffer (soft breaks at 76)
function qp(buf) {
  const lines = [];
  let text = '';
  for (const b of buf) text += (b === 0x0a ? '\n' : (b === 0x0d ? '' : ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)));
  for (let line of text.split('\n')) {
    line = line.replace(/[ \t]$/, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    let out = '';
    while (line.length > 75) {
      let cut = 75;
      const eq = line.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out += `${line.slice(0, cut)}=\n`;
      line = line.slice(cut);
    }
    lines.push(out + line);
  }
  return lines.join('\n');
}
// windows-1252 encoder for the characters used in the corpus
const CP1252 = { '\u2013': 0x96, '\u2014': 0x97, '\u2019': 0x92, '\u2018': 0x91, '\u201c': 0x93, '\u201d': 0x94, '\u20ac': 0x80, '\u2026': 0x85 };
function cp1252(s) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (CP1252[ch]) out.push(CP1252[ch]);
    else if (c < 256) out.push(c);
    else throw new Error(`no cp1252 for ${ch}`);
  }
  return Buffer.from(out);
}

// ------------------------------------------------------------------ mail clients
const CLIENTS = {
  outlook365(spec) {
    const pr = `${['AM0PR', 'DB8PR', 'VI1PR', 'HE1PR', 'AM6PR'][num(spec.file, 0, 4)]}0${num(`${spec.file}p`, 1, 9)}MB${num(`${spec.file}q`, 1000, 9999)}`;
    const region = `eurprd0${num(`${spec.file}r`, 1, 8)}`;
    return {
      messageId: `<${pr}${hex(spec.file, 32, true)}@${pr}.${region}.prod.outlook.com>`,
      relay: `mail-${domainOf(spec.from).replace(/[^a-z0-9]/g, '')}.outbound.protection.outlook.com`,
      relayIp: `40.107.${num(`${spec.file}a`, 1, 250)}.${num(`${spec.file}b`, 1, 250)}`,
      inner: (date) => `from ${pr}.${region}.prod.outlook.com ([fe80::${hex(`${spec.file}i`, 4)}:${hex(`${spec.file}j`, 4)}])\r\n\tby ${pr}.${region}.prod.outlook.com ([fe80::${hex(`${spec.file}i`, 4)}:${hex(`${spec.file}j`, 4)}%7]) with mapi id 15.20.2937.${num(`${spec.file}m`, 10, 40)}; ${date}`,
      headers: [
        ['Thread-Topic', spec.subject.replace(/^(RE|RV|Re|Fwd|FW|Fw):\s*/, '')],
        ['Thread-Index', `${b64(`${spec.file}ti`, 22)}==`],
        ['Accept-Language', spec.lang === 'es' ? 'es-ES, ca-ES, en-US' : 'ca-ES, es-ES, en-US'],
        ['Content-Language', spec.lang === 'es' ? 'es-ES' : 'ca-ES'],
        ['X-MS-Has-Attach', spec.attachments?.length ? 'yes' : ''],
        ['X-MS-TNEF-Correlator', ''],
      ],
    };
  },
  exchange(spec) {
    const d = domainOf(spec.from);
    return {
      messageId: `<000001d6${hex(spec.file, 4)}$${hex(`${spec.file}a`, 8)}$${hex(`${spec.file}b`, 8)}$@${d}>`,
      relay: `correu.${d}`,
      relayIp: `192.0.2.${num(`${spec.file}ip`, 10, 250)}`,
      inner: (date) => `from EXCH01.${d} (exch01.${d} [10.${num(`${spec.file}x`, 1, 200)}.1.${num(`${spec.file}y`, 2, 200)}])\r\n\tby correu.${d} (Postfix) with ESMTPS id ${hex(`${spec.file}q`, 11, true)}; ${date}`,
      headers: [
        ['X-Mailer', 'Microsoft Outlook 16.0'],
        ['Thread-Index', `AdY${b64(`${spec.file}ti`, 25)}==`],
        ['Content-Language', spec.lang === 'es' ? 'es' : 'ca'],
      ],
    };
  },
  zimbra(spec) {
    const d = domainOf(spec.from);
    return {
      messageId: `<${num(spec.file, 100000000, 999999999)}.${num(`${spec.file}b`, 100000, 999999)}.${1587000000000 + num(`${spec.file}c`, 0, 999999999)}.JavaMail.zimbra@${d}>`,
      relay: `zimbra.${d}`,
      relayIp: `192.0.2.${num(`${spec.file}ip`, 10, 250)}`,
      inner: (date) => `from [198.51.100.${num(`${spec.file}u`, 2, 250)}] (unknown [198.51.100.${num(`${spec.file}u`, 2, 250)}])\r\n\tby zimbra.${d} (Postfix) with ESMTPSA id ${hex(`${spec.file}q`, 11, true)}; ${date}`,
      headers: [
        ['X-Mailer', 'Zimbra 8.8.15_GA_3869 (ZimbraWebClient - FF75 (Win)/8.8.15_GA_3869)'],
        ['Thread-Index', `${b64(`${spec.file}ti`, 14)}==`],
      ],
    };
  },
  thunderbird(spec) {
    const d = domainOf(spec.from);
    const h = hex(spec.file, 32);
    return {
      messageId: `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${d}>`,
      relay: `smtp.${d}`,
      relayIp: `192.0.2.${num(`${spec.file}ip`, 10, 250)}`,
      inner: (date) => `from [10.${num(`${spec.file}x`, 1, 200)}.${num(`${spec.file}y`, 1, 200)}.${num(`${spec.file}z`, 2, 200)}] (pc-${hex(`${spec.file}pc`, 6)}.${d} [10.${num(`${spec.file}x`, 1, 200)}.${num(`${spec.file}y`, 1, 200)}.${num(`${spec.file}z`, 2, 200)}])\r\n\tby smtp.${d} (Postfix) with ESMTPSA id ${hex(`${spec.file}q`, 11, true)}; ${date}`,
      headers: [
        ['User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) Gecko/20100101 Thunderbird/68.7.0'],
        ['Content-Language', spec.lang === 'es' ? 'es-ES' : 'ca'],
      ],
    };
  },
  gmail(spec) {
    return {
      messageId: `<CA+${b64(spec.file, 20)}${b64(`${spec.file}2`, 20)}@mail.gmail.com>`,
      relay: `mail-wr1-f${num(`${spec.file}g`, 40, 70)}.google.com`,
      relayIp: `209.85.221.${num(`${spec.file}g`, 40, 70)}`,
      inner: (date) => `by mail-wr1-f${num(`${spec.file}g`, 40, 70)}.google.com with SMTP id ${hex(`${spec.file}s`, 10)}so${hex(`${spec.file}t`, 4)}\r\n\tfor <${XMESS}>; ${date}`,
      headers: [],
    };
  },
  phpmailer(spec) {
    const d = domainOf(spec.from);
    return {
      messageId: `<${hex(spec.file, 32)}@www.${d}>`,
      relay: `web.${d}`,
      relayIp: `192.0.2.${num(`${spec.file}ip`, 10, 250)}`,
      inner: (date) => `from www.${d} (localhost [127.0.0.1])\r\n\tby web.${d} (Postfix) with ESMTP id ${hex(`${spec.file}q`, 11, true)}; ${date}`,
      headers: [['X-Mailer', 'PHPMailer 6.0.7 (https://github.com/PHPMailer/PHPMailer)']],
    };
  },
};

// ------------------------------------------------------------------ composing
const HEADER_ORDER = ['from', 'to', 'cc', 'subject', 'thread-topic', 'thread-index', 'date', 'message-id', 'in-reply-to', 'references'];
function reorderHeaders(raw) {
  const i = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, i);
  const body = raw.slice(i);
  const entries = [];
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && entries.length) entries[entries.length - 1].text += `\r\n${line}`;
    else entries.push({ key: line.slice(0, line.indexOf(':')).toLowerCase(), text: line });
  }
  const rank = (k) => { const r = HEADER_ORDER.indexOf(k); if (r >= 0) return r; if (k === 'mime-version') return 200; if (k.startsWith('content-')) return 300; return 100; };
  const sorted = entries.map((e, n) => ({ ...e, n })).sort((a, b) => rank(a.key) - rank(b.key) || a.n - b.n);
  return sorted.map((e) => e.text).join('\r\n') + body;
}

function trace(spec, client, messageDate) {
  const ret = addrOf(spec.returnPath ?? spec.from);
  const arrival = spec.arrivalRaw ?? rfcDate(spec.arrival);
  const inner = spec.innerDate ?? messageDate;
  return [
    `Return-Path: <${ret}>`,
    `Delivered-To: ${XMESS}`,
    `Received: from ${client.relay} (${client.relay} [${client.relayIp}])\r\n\tby mx.xmess.example.org (Postfix) with ESMTPS id ${hex(`${spec.file}mx`, 11, true)}\r\n\tfor <${XMESS}>; ${arrival}`,
    `Received: ${client.inner(inner)}`,
  ].join('\r\n') + '\r\n';
}

async function compose(spec) {
  const client = CLIENTS[spec.client](spec);
  const messageId = spec.messageId ?? client.messageId;
  const date = spec.dateRaw ?? rfcDate(spec.date);
  const headers = [...client.headers, ...(spec.headers ?? [])].filter(([, v]) => v !== '').map(([key, value]) => ({ key, value }));
  const mail = {
    from: spec.from,
    to: spec.to ?? XMESS_TO,
    cc: spec.cc,
    subject: spec.subject,
    date,
    messageId,
    inReplyTo: spec.inReplyTo,
    references: spec.references,
    headers,
    text: spec.text,
    html: spec.html,
    attachments: spec.attachments,
    baseBoundary: hex(`${spec.file}bnd`, 16),
  };
  const buf = await new Promise((res, rej) => new MailComposer(mail).compile().build((e, b) => (e ? rej(e) : res(b))));
  const raw = trace(spec, client, date) + reorderHeaders(buf.toString('latin1'));
  return { raw: Buffer.from(raw, 'latin1'), messageId };
}

// ------------------------------------------------------------------ documents
async function normaliseZip(buf, { fixCore = true } = {}) {
  const z = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const [name, f] of Object.entries(z.files)) {
    if (f.dir) continue;
    let content = await f.async('uint8array');
    if (fixCore && name === 'docProps/core.xml') {
      content = Buffer.from(Buffer.from(content).toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2020-04-20T08:00:00Z'), 'utf8');
    }
    out.file(name, content, { date: FIXED, createFolders: false, compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const run = (text, opts = {}) => new docx.TextRun({ text, font: 'Calibri', size: 22, ...opts });
const para = (text, opts = {}) => new docx.Paragraph({ children: [run(text, opts)], spacing: { after: 120 } });
const labelPara = (label, value) => new docx.Paragraph({ children: [run(`${label} `, { bold: true }), run(value)], spacing: { after: 120 } });

async function makeDocx({ title, author, children }) {
  const doc = new docx.Document({ creator: author, lastModifiedBy: author, title, sections: [{ children }] });
  return normaliseZip(await docx.Packer.toBuffer(doc));
}

function tableDocx(rows) {
  const cell = (paras, w, shade) => new docx.TableCell({
    width: { size: w, type: docx.WidthType.DXA },
    shading: shade ? { fill: 'D9E2F3', type: docx.ShadingType.CLEAR, color: 'auto' } : undefined,
    children: paras,
  });
  return new docx.Table({
    width: { size: 9000, type: docx.WidthType.DXA },
    columnWidths: [2800, 6200],
    rows: rows.map(([label, values]) => new docx.TableRow({
      children: [
        cell([para(label, { bold: true })], 2800, true),
        cell((Array.isArray(values) ? values : [values]).map((v) => para(v)), 6200, false),
      ],
    })),
  });
}

function makePdf(draw, { title, author, password } = {}) {
  return new Promise((res) => {
    const opts = { size: 'A4', margin: 64, info: { Title: title, Author: author, Creator: 'Microsoft® Word 2016', Producer: 'Microsoft® Word 2016', CreationDate: FIXED } };
    if (password) Object.assign(opts, { pdfVersion: '1.4', userPassword: password, ownerPassword: `${password}-owner`, permissions: { printing: 'highResolution' } });
    const doc = new PDFDocument(opts);
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => res(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

async function makeOdt({ title, author, body }) {
  // body: [['h', level, text] | ['p', text]]
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';
  const x = (s) => esc(s).replace(/'/g, '&apos;');
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ns} office:version="1.2"><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.212cm"/></style:style></office:automatic-styles><office:body><office:text>${
    body.map((b) => (b[0] === 'h'
      ? `<text:h text:style-name="Heading_20_${b[1]}" text:outline-level="${b[1]}">${x(b[2])}</text:h>`
      : `<text:p text:style-name="P1">${x(b[1])}</text:p>`)).join('')
  }</office:text></office:body></office:document-content>\n`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ns} office:version="1.2"><office:styles><style:style style:name="Standard" style:family="paragraph" style:class="text"/><style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/><style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style><style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style></office:styles></office:document-styles>\n`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ns} office:version="1.2"><office:meta><meta:generator>LibreOffice/6.4.2.2$Windows_X86_64 LibreOffice_project/4e471d8c02c9c90f512f7f9ead8875b57fcb1ec3</meta:generator><dc:title>${x(title)}</dc:title><meta:initial-creator>${x(author)}</meta:initial-creator><dc:creator>${x(author)}</dc:creator><meta:creation-date>2020-04-20T10:12:00</meta:creation-date><dc:date>2020-04-20T10:40:00</dc:date><dc:language>ca-ES</dc:language></office:meta></office:document-meta>\n`;
  const manifest = '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>\n';
  const z = new JSZip();
  z.file('mimetype', 'application/vnd.oasis.opendocument.text', { date: FIXED, createFolders: false, compression: 'STORE' });
  z.file('content.xml', content, { date: FIXED, createFolders: false });
  z.file('styles.xml', styles, { date: FIXED, createFolders: false });
  z.file('meta.xml', meta, { date: FIXED, createFolders: false });
  z.file('META-INF/manifest.xml', manifest, { date: FIXED, createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ------------------------------------------------------------------ HTML helpers
const outlookHtml = (inner) => `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
table.MsoTableGrid {border:solid windowtext 1.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 3.0cm 70.85pt 3.0cm;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="CA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
const mp = (html) => `<p class="MsoNormal">${html}<o:p></o:p></p>`;
const mpText = (text) => (text === '' ? mp('&nbsp;') : mp(esc(text)));
const gmailHtml = (blocks) => `<div dir="ltr">${blocks}</div>\r\n`;
const gdivs = (text) => text.split('\n').map((l) => (l === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`)).join('');

// ------------------------------------------------------------------ expected helpers
function practice(muni, { title, promoters, summary, contact: [name, email, phone], themes }) {
  return { title, promoters, summary, contact: { name, email, phone }, municipality: muni, member: memberOf(muni), themes };
}

// ------------------------------------------------------------------ the corpus
const MESSAGES = [];
const add = (m) => MESSAGES.push(m);

// 001 -------------------------------------------------------------------------
add({
  file: '001-granollers-etiquetes-parentesi.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Judit Serrat Pla <jserrat@granollers.cat>',
  subject: 'Proposta de bona pràctica - Ajuntament de Granollers',
  date: '2020-04-15 10:22:28', arrival: '2020-04-15 10:22:31',
  text: `Bon dia,

Us fem arribar la fitxa de la bona pràctica que presentem des de Granollers al recull de la XMESS.

Títol (màxim 10 paraules): Arregla-ho: taller comunitari de reparació

Organitzacions promotores (Ajuntament i entitats): Ajuntament de Granollers, Associació Fem Barri Granollers, Cooperativa Tornaveu

Explicació breu (5-10 línies): Arregla-ho és un taller obert on persones voluntàries i professionals d'una cooperativa de reparació ajuden el veïnat a arreglar petits electrodomèstics, bicicletes i roba. L'objectiu és allargar la vida útil dels objectes, reduir residus i compartir coneixements de reparació entre veïns i veïnes. Des de la primera sessió, el setembre de 2019, s'han reparat més de 900 objectes i s'han format 25 persones voluntàries.

Persona de contacte (nom, càrrec, telèfon i correu): Judit Serrat Pla, tècnica de Promoció Econòmica, 93 842 66 10, jserrat@granollers.cat

Moltes gràcies per la iniciativa!

Judit Serrat
Servei de Promoció Econòmica
Ajuntament de Granollers
`,
  expected: {
    case: 'plain text; labels with extra words in parentheses ("Títol (màxim 10 paraules):", "Persona de contacte (nom, càrrec, telèfon i correu):"), whole contact on one comma-separated line',
    practices: [practice('Granollers', {
      title: 'Arregla-ho: taller comunitari de reparació',
      promoters: ['Ajuntament de Granollers', 'Associació Fem Barri Granollers', 'Cooperativa Tornaveu'],
      summary: "Arregla-ho és un taller obert on persones voluntàries i professionals d'una cooperativa de reparació ajuden el veïnat a arreglar petits electrodomèstics, bicicletes i roba.",
      contact: ['Judit Serrat Pla', 'jserrat@granollers.cat', '+34 93 842 66 10'],
      themes: [I, E],
    })],
  },
});

// 002 -------------------------------------------------------------------------
add({
  file: '002-rubi-preguntes.eml',
  client: 'zimbra', lang: 'ca',
  from: 'Eduard Roca Bové <eroca@ajrubi.cat>',
  subject: 'Bones pràctiques XMESS - Rubí',
  date: '2020-04-16 12:05:07', arrival: '2020-04-16 12:05:10',
  text: `Hola,

Seguint les preguntes de la vostra crida, us responem:

Quin és el nom de la iniciativa?
Rubí Resilient: acompanyament a l'economia social davant la crisi

Qui la promou?
L'Ajuntament de Rubí juntament amb la Cooperativa d'Assessorament Arrel.

Què fa i per què?
Des de la declaració de l'estat d'alarma, un equip mixt de l'Ajuntament i de la cooperativa ofereix assessorament gratuït a cooperatives, associacions i persones autònomes del municipi per tramitar ajuts, ajornar pagaments i adaptar la seva activitat. Ho fem perquè la crisi de la Covid-19 no faci desaparèixer projectes que generen ocupació de qualitat. Fins ara s'han atès 64 consultes.

Amb qui podem parlar?
Eduard Roca Bové, tècnic d'Ocupació i Empresa
Tel: 93 581 40 22 (ext. 4312)
eroca@ajrubi.cat

Salutacions,
Eduard
`,
  expected: {
    case: 'synthesis structured by questions ("Quin és el nom de la iniciativa?", "Qui la promou?", "Què fa i per què?", "Amb qui podem parlar?"), answers on the next line; promoters in a sentence; phone with extension',
    practices: [practice('Rubí', {
      title: "Rubí Resilient: acompanyament a l'economia social davant la crisi",
      promoters: ['Ajuntament de Rubí', "Cooperativa d'Assessorament Arrel"],
      summary: "Des de la declaració de l'estat d'alarma, un equip mixt de l'Ajuntament i de la cooperativa ofereix assessorament gratuït a cooperatives, associacions i persones autònomes del municipi per tramitar ajuts, ajornar pagaments i adaptar la seva activitat.",
      contact: ['Eduard Roca Bové', 'eroca@ajrubi.cat', '+34 93 581 40 22'],
      themes: [C, I],
    })],
  },
});

// 003 -------------------------------------------------------------------------
{
  const row = (label, cells) => `<tr>
<td width="180" valign="top" style="width:135.0pt;border:solid windowtext 1.0pt;background:#DEEAF6;padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal"><b>${esc(label)}<o:p></o:p></b></p>
</td>
<td width="420" valign="top" style="width:315.0pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt">
${cells.map((c) => `<p class="MsoNormal">${c}<o:p></o:p></p>`).join('\n')}
</td>
</tr>`;
  const html = outlookHtml(`${mpText('Bon dia,')}
${mpText('')}
${mpText('Us fem arribar a continuació la fitxa de la bona pràctica de Viladecans:')}
${mpText('')}
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tbody>
${row('Títol de la bona pràctica:', [esc("Plans d'igualtat per a cooperatives i entitats de l'ESS")])}
${row('Entitats promotores:', [esc('Ajuntament de Viladecans'), esc('Xarxa de Cooperatives del Delta')])}
${row('Descripció:', [esc("L'Ajuntament acompanya gratuïtament les cooperatives i entitats de l'economia social del municipi a elaborar el seu primer pla d'igualtat de gènere. La Xarxa de Cooperatives del Delta aporta la metodologia i forma les persones referents de cada organització."), esc('En la primera edició hi han participat 14 organitzacions, i 9 ja tenen el pla aprovat.')])}
${row('Persona de contacte:', [esc('Marina Ortega Bas'), esc("Tècnica d'Igualtat i Economia Social"), 'Tel. 936.35.18.40', '<a href="mailto:mortega@viladecans.cat">mortega@viladecans.cat</a>'])}
</tbody>
</table>
${mpText('')}
${mpText('Salutacions cordials,')}
${mpText('')}
${mp('<b><span style="color:#1F4E79">Marina Ortega Bas</span></b>')}
${mp('<span style="font-size:9.0pt;color:#1F4E79">Àrea de Promoció Econòmica | Ajuntament de Viladecans</span>')}`);
  add({
    file: '003-viladecans-outlook-taula.eml',
    client: 'outlook365', lang: 'ca',
    from: 'Marina Ortega Bas <mortega@viladecans.cat>',
    subject: 'Fitxa bona pràctica Viladecans',
    date: '2020-04-16 17:47:58', arrival: '2020-04-16 17:48:02',
    text: `Bon dia,

Us fem arribar a continuació la fitxa de la bona pràctica de Viladecans:

Títol de la bona pràctica:

Plans d'igualtat per a cooperatives i entitats de l'ESS

Entitats promotores:

Ajuntament de Viladecans

Xarxa de Cooperatives del Delta

Descripció:

L'Ajuntament acompanya gratuïtament les cooperatives i entitats de l'economia social del municipi a elaborar el seu primer pla d'igualtat de gènere. La Xarxa de Cooperatives del Delta aporta la metodologia i forma les persones referents de cada organització.

En la primera edició hi han participat 14 organitzacions, i 9 ja tenen el pla aprovat.

Persona de contacte:

Marina Ortega Bas

Tècnica d'Igualtat i Economia Social

Tel. 936.35.18.40

mortega@viladecans.cat<mailto:mortega@viladecans.cat>


Salutacions cordials,

Marina Ortega Bas
Àrea de Promoció Econòmica | Ajuntament de Viladecans
`,
    html,
    expected: {
      case: 'Outlook HTML form <table>: label cells with a colon, value cells made of several <p> paragraphs; the text/plain alternative puts every cell on its own line; phone as 936.35.18.40',
      practices: [practice('Viladecans', {
        title: "Plans d'igualtat per a cooperatives i entitats de l'ESS",
        promoters: ['Ajuntament de Viladecans', 'Xarxa de Cooperatives del Delta'],
        summary: "L'Ajuntament acompanya gratuïtament les cooperatives i entitats de l'economia social del municipi a elaborar el seu primer pla d'igualtat de gènere.",
        contact: ['Marina Ortega Bas', 'mortega@viladecans.cat', '+34 936 35 18 40'],
        themes: [I, F],
      })],
    },
  });
}

// 004 -------------------------------------------------------------------------
{
  const rows = [
    {
      title: "Compra pública d'aliments agroecològics per a les escoles bressol",
      promoters: ["Ajuntament d'Olot"],
      desc: "Els plecs del servei de menjador de les quatre escoles bressol municipals puntuen la compra d'aliments frescos de producció agroecològica de la Garrotxa. Des del curs 2019-2020, el 40% de la fruita i la verdura que s'hi serveix prové de pagesia de la comarca.",
      contact: ['Roser Planagumà Prat', 'Tècnica de Contractació', 'rplanaguma@olot.cat', '972 27 91 31'],
    },
    {
      title: 'Garrotxa Coopera Jove: emprenedoria col·lectiva per a joves',
      promoters: ["Ajuntament d'Olot", 'Associació Garrotxa Emprèn Social'],
      desc: "Programa de sis mesos adreçat a joves de 18 a 30 anys que volen crear un projecte col·lectiu o una cooperativa a la comarca. Inclou formació, mentoria d'entitats de l'economia social i un petit fons per a la posada en marxa.",
      contact: ['Arnau Turró Vila', 'Tècnic de Joventut', 'aturro@olot.cat', '972 27 91 47'],
    },
    {
      title: 'Xarxa veïnal de suport a la gent gran de Sant Miquel',
      promoters: ["Ajuntament d'Olot", 'Associació de Veïns de Sant Miquel'],
      desc: "Durant el confinament, una trentena de persones voluntàries de l'associació de veïns i l'Ajuntament fan trucades diàries i la compra a les persones grans que viuen soles al barri. La xarxa ja atén 70 persones i es vol mantenir quan acabi l'estat d'alarma.",
      contact: ['Carla Masó Riu', 'Educadora social', 'cmaso@olot.cat', '972 27 91 52'],
    },
  ];
  const td = (inner, head) => `<td valign="top" style="border:solid #A5A5A5 1.0pt;${head ? 'background:#A5A5A5;' : ''}padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${head ? `<b><span style="color:white">${inner}</span></b>` : inner}<o:p></o:p></p></td>`;
  const html = outlookHtml(`${mpText('Bon dia,')}
${mpText('')}
${mpText("Des de l'Ajuntament d'Olot us proposem aquestes tres pràctiques per al recull de la XMESS:")}
${mpText('')}
<table class="MsoTable15Grid4Accent3" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>${['Nom de la pràctica', 'Qui la impulsa', 'Breu descripció', 'Persona de contacte'].map((h) => td(esc(h), true)).join('')}</tr>
${rows.map((r) => `<tr>${td(esc(r.title))}${td(r.promoters.map(esc).join('<br>'))}${td(esc(r.desc))}${td(r.contact.map(esc).join('<br>'))}</tr>`).join('\n')}
</table>
${mpText('')}
${mpText('Quedem a la vostra disposició per ampliar la informació.')}
${mpText('')}
${mpText('Roser Planagumà Prat')}
${mp('<span style="font-size:9.0pt">Servei de Contractació i Compres · Ajuntament d\'Olot</span>')}`);
  add({
    file: '004-olot-taula-tres.eml',
    client: 'outlook365', lang: 'ca',
    from: 'Roser Planagumà Prat <rplanaguma@olot.cat>',
    subject: "Bones pràctiques d'Olot per al recull XMESS",
    date: '2020-04-17 09:31:40', arrival: '2020-04-17 09:31:44',
    html,
    expected: {
      case: 'HTML-only Outlook mail with a header-row table (one practice per row, four columns), three practices, three different contacts',
      practices: rows.map((r, i) => practice('Olot', {
        title: r.title,
        promoters: r.promoters,
        summary: r.desc.match(/^(.+?[.!?])(\s|$)/)[1],
        contact: [r.contact[0], r.contact[2], `+34 ${r.contact[3]}`],
        themes: [[P, E], [I, Y], [C, I]][i],
      })),
    },
  });
}

// 005 -------------------------------------------------------------------------
{
  const items = [
    ['Nom del projecte:', 'Masoveria urbana al nucli antic'],
    ['Promotors:', "Ajuntament de Vilafranca del Penedès i Cooperativa d'Habitatge Cal Pintor"],
    ['Descripció:', "L'Ajuntament fa de mediador entre propietaris d'habitatges buits i famílies que es comprometen a rehabilitar-los a canvi de viure-hi sense pagar lloguer durant un període pactat. La cooperativa fa l'assessorament tècnic de les obres i el seguiment de la convivència. Fins ara s'han recuperat 11 habitatges del nucli antic."],
    ['Persona de contacte:', 'Laura Miró Ferrer – lmiro@ajuntament.vilafranca.cat – 93 892 03 58'],
  ];
  const html = outlookHtml(`${mpText('Bon dia,')}
${mpText('')}
${mpText('Us enviem la bona pràctica de Vilafranca del Penedès:')}
${mpText('')}
<ul style="margin-top:0cm" type="disc">
${items.map(([l, v]) => `<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1"><b>${esc(l)}</b> ${esc(v)}<o:p></o:p></li>`).join('\n')}
</ul>
${mpText('')}
${mpText('Salutacions,')}
${mpText('Laura')}`);
  add({
    file: '005-vilafranca-llista-ul.eml',
    client: 'outlook365', lang: 'ca',
    from: 'Laura Miró Ferrer <lmiro@ajuntament.vilafranca.cat>',
    subject: 'Bona pràctica - Vilafranca del Penedès',
    date: '2020-04-17 13:12:05', arrival: '2020-04-17 13:12:09',
    text: `Bon dia,

Us enviem la bona pràctica de Vilafranca del Penedès:

${items.map(([l, v]) => `  *   ${l} ${v}`).join('\n')}

Salutacions,
Laura
`,
    html,
    expected: {
      case: 'HTML <ul><li> with one field per item (text alternative with "  *   " bullets); promoters joined by " i "; sender on a subdomain (ajuntament.vilafranca.cat) of the configured domain',
      practices: [practice('Vilafranca del Penedès', {
        title: 'Masoveria urbana al nucli antic',
        promoters: ['Ajuntament de Vilafranca del Penedès', "Cooperativa d'Habitatge Cal Pintor"],
        summary: "L'Ajuntament fa de mediador entre propietaris d'habitatges buits i famílies que es comprometen a rehabilitar-los a canvi de viure-hi sense pagar lloguer durant un període pactat.",
        contact: ['Laura Miró Ferrer', 'lmiro@ajuntament.vilafranca.cat', '+34 93 892 03 58'],
        themes: [I],
      })],
    },
  });
}

// 006 -------------------------------------------------------------------------
add({
  file: '006-tortosa-formulari-web.eml',
  client: 'phpmailer', lang: 'ca',
  from: 'Montserrat Curto Sabaté <mcurto@tortosa.cat>',
  subject: 'Nou formulari enviat: Recull de bones pràctiques ESS',
  date: '2020-04-18 20:41:12', arrival: '2020-04-18 20:41:17',
  text: `Nou formulari enviat

Formulari: Recull de bones pràctiques en economia social i solidària (XMESS 2020)
Data d'enviament: 18/04/2020 20:41

Municipi: Tortosa
Nom de la bona pràctica: Obrador compartit de transformació agroalimentària
Entitats promotores: Ajuntament de Tortosa; Cooperativa Agrària Ebre Solidari
Descripció de la pràctica: Obrador municipal equipat que lloguen per hores petits productors i cooperatives agràries per elaborar conserves, melmelades i sucs amb els excedents de fruita i verdura que abans es llençaven. Redueix el malbaratament alimentari i els residus, i permet a la pagesia vendre producte transformat en circuit curt. L'any 2019 el van fer servir 23 productors.
Nom i cognoms de la persona de contacte: Montserrat Curto Sabaté
Càrrec: Tècnica de Desenvolupament Local
Correu electrònic: mcurto@tortosa.cat
Telèfon: 977 58 58 21
Accepto les condicions de privacitat: Sí

--
Missatge enviat des del formulari web de www.tortosa.cat
`,
  expected: {
    case: 'web-form notification ("Nou formulari enviat", "Camp: valor" lines, PHPMailer) from a council address, human submission; non-member',
    practices: [practice('Tortosa', {
      title: 'Obrador compartit de transformació agroalimentària',
      promoters: ['Ajuntament de Tortosa', 'Cooperativa Agrària Ebre Solidari'],
      summary: 'Obrador municipal equipat que lloguen per hores petits productors i cooperatives agràries per elaborar conserves, melmelades i sucs amb els excedents de fruita i verdura que abans es llençaven.',
      contact: ['Montserrat Curto Sabaté', 'mcurto@tortosa.cat', '+34 977 58 58 21'],
      themes: [I, E],
    })],
  },
});

// 007 -------------------------------------------------------------------------
const PDF_FIGUERES = () => makePdf((doc) => {
  doc.font('Helvetica-Bold').fontSize(15).text('FITXA DE BONA PRÀCTICA', { align: 'center' });
  doc.font('Helvetica').fontSize(10).text('Recull de bones pràctiques municipals en ESS · XMESS 2020', { align: 'center' });
  doc.moveDown(1.5);
  const block = (label, lines) => {
    doc.font('Helvetica-Bold').fontSize(11).text(label);
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(11);
    for (const l of lines) doc.text(l, { align: 'justify' });
    doc.moveDown(1);
  };
  block('Títol de la pràctica', ["Reserva de contractes municipals per a empreses d'inserció"]);
  block('Entitats promotores', ['Ajuntament de Figueres']);
  block('Descripció de la pràctica', ["Des de gener de 2020, l'Ajuntament reserva el 7% de l'import dels contractes de jardineria, neteja viària i manteniment a empreses d'inserció i centres especials de treball. Els plecs inclouen clàusules socials de subrogació i de qualitat de l'ocupació. En el primer trimestre s'han adjudicat quatre lots reservats per un import de 310.000 euros."]);
  block('Persona de referència', ['Dolors Ramió Costa', 'Cap del Servei de Contractació', 'dramio@figueres.cat', '972 03 22 10']);
}, { title: 'Fitxa bona pràctica Figueres', author: 'dramio' });
add({
  file: '007-figueres-pdf-negretes.eml',
  client: 'exchange', lang: 'ca',
  from: 'Josep Quintana Fort <jquintana@figueres.cat>',
  subject: 'Fitxa bona pràctica Ajuntament de Figueres',
  date: '2020-04-20 11:03:25', arrival: '2020-04-20 11:03:29',
  text: `Bon dia,

Adjunto la fitxa de la bona pràctica que presenta l'Ajuntament de Figueres al recull de la XMESS. La persona de referència és la Dolors Ramió, del Servei de Contractació.

Atentament,

Josep Quintana Fort
Cap de Gabinet d'Alcaldia
Ajuntament de Figueres
Pl. de l'Ajuntament, 12 - 17600 Figueres
Tel. 972 03 22 00
`,
  attachments: async () => [{ filename: 'Fitxa_bona_practica_Figueres.pdf', content: await PDF_FIGUERES(), contentType: 'application/pdf' }],
  expected: {
    case: 'PDF attachment: bold labels alone on their line, value paragraph below; the forwarding sender\'s signature phone is not the contact; non-member; council alone (no intercooperation)',
    practices: [practice('Figueres', {
      title: "Reserva de contractes municipals per a empreses d'inserció",
      promoters: ['Ajuntament de Figueres'],
      summary: "Des de gener de 2020, l'Ajuntament reserva el 7% de l'import dels contractes de jardineria, neteja viària i manteniment a empreses d'inserció i centres especials de treball.",
      contact: ['Dolors Ramió Costa', 'dramio@figueres.cat', '+34 972 03 22 10'],
      themes: [P],
    })],
  },
});

// 008 -------------------------------------------------------------------------
const DOCX_IGUALADA = () => makeDocx({
  title: 'Ficha buena práctica', author: 'Irene Castells',
  children: [
    new docx.Paragraph({ children: [run('FICHA DE BUENA PRÁCTICA – XMESS 2020', { bold: true, size: 28 })], alignment: docx.AlignmentType.CENTER, spacing: { after: 240 } }),
    tableDocx([
      ['Título de la práctica', 'Lanzadera de cooperativas de mujeres del sector textil'],
      ['Entidades promotoras', ['Ayuntamiento de Igualada', 'Cooperativa Teixits Solidaris Anoia']],
      ['Descripción', 'El programa acompaña a mujeres que han perdido su empleo en el sector textil de la comarca a crear cooperativas de confección. Incluye formación en gestión cooperativa, un espacio de trabajo compartido durante el primer año y la asesoría de una cooperativa textil consolidada. En 2019 se constituyeron dos cooperativas con 11 socias.'],
      ['Persona de contacto', 'Irene Castells Bou'],
      ['Cargo', 'Técnica de Empleo'],
      ['Correo electrónico', 'icastells@aj-igualada.net'],
      ['Teléfono', '93 803 19 50'],
    ]),
  ],
});
add({
  file: '008-igualada-docx-taula-es.eml',
  client: 'outlook365', lang: 'es',
  from: 'Irene Castells Bou <icastells@aj-igualada.net>',
  subject: 'Buena práctica XMESS - Igualada',
  date: '2020-04-20 16:27:46', arrival: '2020-04-20 16:27:50',
  text: `Buenos días:

Os adjuntamos la ficha de la buena práctica del Ayuntamiento de Igualada para la recopilación de la XMESS.

Un saludo,

Irene Castells Bou
Técnica de Empleo
Ayuntamiento de Igualada
`,
  attachments: async () => [{ filename: 'Ficha_XMESS_Igualada.docx', content: await DOCX_IGUALADA(), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
  expected: {
    case: 'Spanish DOCX with a 2-column table (label | value), promoters as two paragraphs in one cell; domain unlike the name (aj-igualada.net)',
    practices: [practice('Igualada', {
      title: 'Lanzadera de cooperativas de mujeres del sector textil',
      promoters: ['Ayuntamiento de Igualada', 'Cooperativa Teixits Solidaris Anoia'],
      summary: 'El programa acompaña a mujeres que han perdido su empleo en el sector textil de la comarca a crear cooperativas de confección.',
      contact: ['Irene Castells Bou', 'icastells@aj-igualada.net', '+34 93 803 19 50'],
      themes: [I, F],
    })],
  },
});

// 009 -------------------------------------------------------------------------
const ODT_SANTFELIU = () => makeOdt({
  title: 'Fitxa bona pràctica Sant Feliu', author: 'Bernat Soldevila',
  body: [
    ['h', 1, 'Fitxa de bona pràctica · XMESS 2020'],
    ['h', 2, '1. Títol de la pràctica'],
    ['p', 'Bicicletes de càrrega compartides per al comerç local'],
    ['h', 2, '2. Organitzacions que la impulsen'],
    ['p', 'Ajuntament de Sant Feliu de Llobregat'],
    ['p', 'Cooperativa Rodes del Llobregat'],
    ['h', 2, '3. Explicació de la pràctica'],
    ['p', 'El servei posa a disposició dels comerços del centre una flota de sis bicicletes de càrrega elèctriques, gestionada per una cooperativa de treball, per fer el repartiment de comandes sense vehicles de motor. Forma part del pla de mobilitat sostenible del municipi.'],
    ['p', 'En sis mesos ha substituït uns 1.200 desplaçaments en furgoneta.'],
    ['h', 2, '4. Persona de referència'],
    ['p', 'Nom: Bernat Soldevila Gràcia'],
    ['p', 'Càrrec: Tècnic de Mobilitat'],
    ['p', 'Correu: bsoldevila@ajuntament.santfeliu.cat'],
    ['p', 'Telèfon: +34 936 85 80 44'],
  ],
});
add({
  file: '009-santfeliu-odt-numerat.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Bernat Soldevila Gràcia <bsoldevila@ajuntament.santfeliu.cat>',
  subject: 'Bona pràctica Sant Feliu de Llobregat',
  date: '2020-04-21 08:55:09', arrival: '2020-04-21 08:55:13',
  text: `Bon dia,

Us envio la fitxa de Sant Feliu en format ODT (LibreOffice).

Salut,
Bernat
`,
  attachments: async () => [{ filename: 'fitxa_bona_practica_santfeliu.odt', content: await ODT_SANTFELIU(), contentType: 'application/vnd.oasis.opendocument.text' }],
  expected: {
    case: 'ODT attachment with numbered headings ("1. Títol de la pràctica", "2. Organitzacions que la impulsen"…) and values in the paragraphs below; sender on a subdomain',
    practices: [practice('Sant Feliu de Llobregat', {
      title: 'Bicicletes de càrrega compartides per al comerç local',
      promoters: ['Ajuntament de Sant Feliu de Llobregat', 'Cooperativa Rodes del Llobregat'],
      summary: 'El servei posa a disposició dels comerços del centre una flota de sis bicicletes de càrrega elèctriques, gestionada per una cooperativa de treball, per fer el repartiment de comandes sense vehicles de motor.',
      contact: ['Bernat Soldevila Gràcia', 'bsoldevila@ajuntament.santfeliu.cat', '+34 936 85 80 44'],
      themes: [I, E],
    })],
  },
});

// 010 -------------------------------------------------------------------------
const CASTELLDEFELS = {
  title: 'Castelldefels Cuida: servicio cooperativo de atención domiciliaria',
  promoters: 'Ayuntamiento de Castelldefels, Cooperativa de Cuidados Aurora',
  desc: 'Durante el estado de alarma, el Ayuntamiento y una cooperativa de trabajadoras del hogar y los cuidados han puesto en marcha un servicio de refuerzo de la atención domiciliaria a personas mayores que viven solas. El servicio ha dado empleo estable a 18 trabajadoras, la mayoría mujeres migradas que antes trabajaban en la economía sumergida.',
};
const DOCX_CASTELLDEFELS = () => makeDocx({
  title: 'Buena práctica Castelldefels', author: 'Sergio Navarro',
  children: [
    new docx.Paragraph({ children: [run('Recopilación de buenas prácticas XMESS', { bold: true, size: 26 })], spacing: { after: 240 } }),
    labelPara('Título:', CASTELLDEFELS.title),
    labelPara('Entidades promotoras:', CASTELLDEFELS.promoters),
    labelPara('Descripción:', CASTELLDEFELS.desc),
    labelPara('Persona de contacto:', 'Sergio Navarro Gil'),
    labelPara('Cargo:', 'Técnico de Economía Social'),
    labelPara('Correo:', 'snavarro@castelldefels.org'),
    labelPara('Teléfono:', '93 665 11 50'),
  ],
});
add({
  file: '010-castelldefels-cos-i-docx.eml',
  client: 'exchange', lang: 'es',
  from: 'Sergio Navarro Gil <snavarro@castelldefels.org>',
  subject: 'Buena práctica Castelldefels Cuida',
  date: '2020-04-21 14:39:58', arrival: '2020-04-21 14:40:02',
  text: `Buenas tardes:

Os hacemos llegar nuestra buena práctica. La copio aquí abajo y también la adjunto en Word por si os resulta más cómodo.

Título: ${CASTELLDEFELS.title}
Entidades promotoras: ${CASTELLDEFELS.promoters}
Descripción: ${CASTELLDEFELS.desc}
Persona de contacto: Sergio Navarro Gil - Técnico de Economía Social - snavarro@castelldefels.org - 93 665 11 50

Saludos cordiales,
Sergio Navarro
Ayuntamiento de Castelldefels
`,
  attachments: async () => [{ filename: 'Buena_practica_Castelldefels_Cuida.docx', content: await DOCX_CASTELLDEFELS(), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
  expected: {
    case: 'Spanish; the same practice in the body and in a DOCX attachment (counts once); .org domain',
    practices: [practice('Castelldefels', {
      title: CASTELLDEFELS.title,
      promoters: ['Ayuntamiento de Castelldefels', 'Cooperativa de Cuidados Aurora'],
      summary: 'Durante el estado de alarma, el Ayuntamiento y una cooperativa de trabajadoras del hogar y los cuidados han puesto en marcha un servicio de refuerzo de la atención domiciliaria a personas mayores que viven solas.',
      contact: ['Sergio Navarro Gil', 'snavarro@castelldefels.org', '+34 93 665 11 50'],
      themes: [C, I, F],
    })],
  },
});

// 011 -------------------------------------------------------------------------
const DOCX_MASNOU_1 = () => makeDocx({
  title: 'Oficina energètica', author: 'Clara Bofill',
  children: [
    new docx.Paragraph({ children: [run('Bona pràctica – Ajuntament del Masnou', { bold: true, size: 26 })], spacing: { after: 240 } }),
    labelPara('Títol:', "Oficina d'assessorament energètic per a la ciutadania"),
    labelPara('Organitzacions promotores:', 'Ajuntament del Masnou'),
    labelPara('Breu explicació:', "L'oficina ofereix assessorament gratuït a les famílies per reduir la factura de la llum, canviar-se a una comercialitzadora d'energia renovable i instal·lar plaques solars d'autoconsum. També detecta situacions de pobresa energètica i les deriva als serveis socials. En el seu primer any ha atès 410 consultes."),
    labelPara('Contacte:', 'Clara Bofill Noguera, cbofill@elmasnou.cat, 93 557 17 31'),
  ],
});
const DOCX_MASNOU_2 = () => makeDocx({
  title: "Escola d'estiu", author: 'Pol Ferrando',
  children: [
    new docx.Paragraph({ children: [run('Bona pràctica – Ajuntament del Masnou', { bold: true, size: 26 })], spacing: { after: 240 } }),
    para('Títol', { bold: true }),
    para("Escola d'estiu de cooperativisme per a alumnes d'ESO"),
    para('Organitzacions promotores', { bold: true }),
    para('Ajuntament del Masnou; Cooperativa Educativa La Sínia'),
    para('Breu explicació', { bold: true }),
    para("Durant dues setmanes de juliol, alumnes de 3r i 4t d'ESO creen i gestionen una cooperativa d'estiu que ofereix serveis al barri, acompanyats per educadores de la cooperativa. L'objectiu és que els joves coneguin una altra manera d'emprendre basada en la democràcia i la cooperació."),
    para('Contacte', { bold: true }),
    para('Pol Ferrando Rius'),
    para('Tècnic de Joventut'),
    para('pferrando@elmasnou.cat'),
    para('93 557 17 45'),
  ],
});
add({
  file: '011-masnou-dos-docx.eml',
  client: 'outlook365', lang: 'ca',
  from: 'Clara Bofill Noguera <cbofill@elmasnou.cat>',
  subject: 'Dues bones pràctiques del Masnou',
  date: '2020-04-22 09:17:31', arrival: '2020-04-22 09:17:36',
  text: `Bon dia,

Us envio dues bones pràctiques del Masnou, cadascuna en un document.

Salutacions,

Clara Bofill Noguera
Regidoria de Promoció Econòmica
Ajuntament del Masnou
`,
  attachments: async () => [
    { filename: 'BP_Masnou_oficina_energia.docx', content: await DOCX_MASNOU_1(), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { filename: 'BP_Masnou_escola_estiu.docx', content: await DOCX_MASNOU_2(), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  ],
  expected: {
    case: 'two DOCX attachments, one practice each (inline bold labels in one, labels alone on their line in the other); council alone in the first',
    practices: [
      practice('El Masnou', {
        title: "Oficina d'assessorament energètic per a la ciutadania",
        promoters: ['Ajuntament del Masnou'],
        summary: "L'oficina ofereix assessorament gratuït a les famílies per reduir la factura de la llum, canviar-se a una comercialitzadora d'energia renovable i instal·lar plaques solars d'autoconsum.",
        contact: ['Clara Bofill Noguera', 'cbofill@elmasnou.cat', '+34 93 557 17 31'],
        themes: [E],
      }),
      practice('El Masnou', {
        title: "Escola d'estiu de cooperativisme per a alumnes d'ESO",
        promoters: ['Ajuntament del Masnou', 'Cooperativa Educativa La Sínia'],
        summary: "Durant dues setmanes de juliol, alumnes de 3r i 4t d'ESO creen i gestionen una cooperativa d'estiu que ofereix serveis al barri, acompanyats per educadores de la cooperativa.",
        contact: ['Pol Ferrando Rius', 'pferrando@elmasnou.cat', '+34 93 557 17 45'],
        themes: [I, Y],
      }),
    ],
  },
});

// 012 -------------------------------------------------------------------------
const PDF_MOLINS = () => makePdf((doc) => {
  doc.font('Helvetica-Bold').fontSize(14).text('Fitxa de bona pràctica');
  doc.moveDown();
  doc.font('Helvetica').fontSize(11).text("Títol: Mercat de l'economia social de Molins de Rei");
  doc.text('Organitzacions promotores: Ajuntament de Molins de Rei, Cooperativa Molins Coopera');
  doc.text("Breu explicació: Mercat trimestral de productes i serveis de l'economia social a la plaça del Mercat.");
  doc.text('Contacte: Teresa Bassols Riba, tbassols@molinsderei.cat, 93 680 33 40');
}, { title: 'Fitxa Molins de Rei', author: 'tbassols', password: 'MdR-2020' });
add({
  file: '012-molins-pdf-contrasenya.eml',
  client: 'exchange', lang: 'ca',
  from: 'Teresa Bassols Riba <tbassols@molinsderei.cat>',
  subject: 'Bona pràctica Molins de Rei (fitxa adjunta)',
  date: '2020-04-22 12:02:44', arrival: '2020-04-22 12:02:48',
  text: `Bon dia,

Us adjuntem la fitxa de la nostra bona pràctica. Per protecció de dades el document està protegit amb contrasenya; si no us l'hem fet arribar, truqueu-nos i us la donarem.

Salutacions,

Teresa Bassols Riba
Promoció Econòmica
Ajuntament de Molins de Rei
`,
  attachments: async () => [{ filename: 'Fitxa_BP_MolinsdeRei.pdf', content: await PDF_MOLINS(), contentType: 'application/pdf' }],
  expected: {
    case: 'password-protected (encrypted) PDF: cannot be read, needs review; non-member',
    status: 'needs-review',
    practices: [],
  },
});

// 013 -------------------------------------------------------------------------
add({
  file: '013-tarrega-prosa-cometes.eml',
  client: 'zimbra', lang: 'ca',
  from: 'Mercè Solé Capdevila <msole@tarrega.cat>',
  subject: 'Proposta per al recull de bones pràctiques',
  date: '2020-04-22 18:29:55', arrival: '2020-04-22 18:30:00',
  text: `Benvolguts i benvolgudes,

Per encàrrec de l'alcaldessa, us faig arribar la proposta de l'Ajuntament de Tàrrega per al recull de bones pràctiques de la XMESS.

El projecte «Terra Viva: banc de terres per a la nova pagesia» el promouen l'Ajuntament de Tàrrega i la Cooperativa Agrària Urgell Viu. Es tracta d'un banc de terres que posa en contacte propietaris de finques abandonades amb persones que volen incorporar-se a la pagesia amb criteris agroecològics. L'Ajuntament fa la intermediació i garanteix els acords de cessió, i la cooperativa ofereix formació i comercialització conjunta de la collita.

Fins ara s'han cedit 46 hectàrees a 9 projectes nous.

Si necessiteu més informació, la persona de referència és en Ferran Pijuan Roca, tècnic de Desenvolupament Local (fpijuan@tarrega.cat, 973 31 10 50).

Cordialment,

Mercè Solé Capdevila
Secretaria d'Alcaldia
Ajuntament de Tàrrega
`,
  expected: {
    case: 'Catalan prose in paragraphs, title in «» quotes, promoters in a sentence, contact person different from the sender',
    practices: [practice('Tàrrega', {
      title: 'Terra Viva: banc de terres per a la nova pagesia',
      promoters: ['Ajuntament de Tàrrega', 'Cooperativa Agrària Urgell Viu'],
      summary: "Es tracta d'un banc de terres que posa en contacte propietaris de finques abandonades amb persones que volen incorporar-se a la pagesia amb criteris agroecològics.",
      contact: ['Ferran Pijuan Roca', 'fpijuan@tarrega.cat', '+34 973 31 10 50'],
      themes: [I, E],
    })],
  },
});

// 014 -------------------------------------------------------------------------
add({
  file: '014-banyoles-prosa-es.eml',
  client: 'outlook365', lang: 'es',
  from: 'Jordi Bohigas Mir <jbohigas@banyoles.cat>',
  subject: 'Propuesta buena práctica Banyoles',
  date: '2020-04-23 10:11:21', arrival: '2020-04-23 10:11:25',
  text: `Buenos días:

Desde el Ayuntamiento de Banyoles queremos presentar a la recopilación de buenas prácticas de la XMESS el proyecto *La Farga: espacio de coworking cooperativo*, que impulsamos junto con la Cooperativa Cowork Estany.

Se trata de un espacio municipal donde se alojan a precio reducido cooperativas y proyectos de economía social de la comarca, que comparten servicios y reciben asesoramiento de la cooperativa que gestiona el espacio. Actualmente trabajan en él 14 proyectos y unas 40 personas.

La persona que lleva el proyecto es Anna Fontanella Puig, técnica de Promoción Económica; podéis escribirle a afontanella@banyoles.cat o llamarla al 972 57 50 50.

Un saludo,

Jordi Bohigas Mir
Regidor de Promoció Econòmica
Ajuntament de Banyoles
`,
  expected: {
    case: 'Spanish prose, title between *asterisks*, contact person (not the sender) in a sentence; non-member',
    practices: [practice('Banyoles', {
      title: 'La Farga: espacio de coworking cooperativo',
      promoters: ['Ayuntamiento de Banyoles', 'Cooperativa Cowork Estany'],
      summary: 'Se trata de un espacio municipal donde se alojan a precio reducido cooperativas y proyectos de economía social de la comarca, que comparten servicios y reciben asesoramiento de la cooperativa que gestiona el espacio.',
      contact: ['Anna Fontanella Puig', 'afontanella@banyoles.cat', '+34 972 57 50 50'],
      themes: [I],
    })],
  },
});

// 015 -------------------------------------------------------------------------
{
  const text = `Bon dia,

Us faig arribar la proposta que ha preparat el nostre equip tècnic. Per a qualsevol dubte, millor que parleu directament amb en Dani.

Rosa Martos Jiménez
Regidora d'Economia Social i Comerç
Ajuntament de Sant Adrià de Besòs
Tel. 93 462 62 00 · Mòbil 639 44 21 07

De: Dani Quesada Ruiz <dquesada@sant-adria.net>
Enviat: dimarts, 28 d’abril de 2020 12:14
Per a: Rosa Martos Jiménez <rmartos@sant-adria.net>
Assumpte: Bona pràctica per a la XMESS

Rosa,

T'envio la fitxa per a la crida de la XMESS:

Nom de la pràctica: Bugaderia social de la Mina
Entitats impulsores: Ajuntament de Sant Adrià de Besòs, Cooperativa d'Inserció Sabó del Besòs
Descripció: Servei de bugaderia a preu social per a persones grans i famílies del barri de la Mina, gestionat per una cooperativa d'inserció que dona feina a veïns i veïnes del mateix barri. L'Ajuntament cedeix el local i deriva les persones usuàries des dels serveis socials. Cada setmana s'hi renten uns 300 quilos de roba.
Persona de contacte: Dani Quesada Ruiz
Càrrec: tècnic d'Economia Social
Correu: dquesada@sant-adria.net
Telèfon: 93 462 62 18

Dani
`;
  add({
    file: '015-santadria-reenviat-outlook-ca.eml',
    client: 'outlook365', lang: 'ca',
    from: 'Rosa Martos Jiménez <rmartos@sant-adria.net>',
    subject: 'RV: Bona pràctica per a la XMESS',
    date: '2020-04-28 13:44:47', arrival: '2020-04-28 13:44:51',
    text,
    html: outlookHtml(text.split('\n').map((l) => (/^(De|Enviat|Per a|Assumpte):/.test(l) ? mp(`<b>${esc(l.slice(0, l.indexOf(':') + 1))}</b>${esc(l.slice(l.indexOf(':') + 1))}`) : mpText(l))).join('\n')),
    expected: {
      case: 'councillor forwards the technician\'s mail with Outlook Catalan headers (De:/Enviat:/Per a:/Assumpte:); the forwarder\'s signature has Tel. and Mòbil that are not the contact; domain sant-adria.net',
      practices: [practice('Sant Adrià de Besòs', {
        title: 'Bugaderia social de la Mina',
        promoters: ['Ajuntament de Sant Adrià de Besòs', "Cooperativa d'Inserció Sabó del Besòs"],
        summary: "Servei de bugaderia a preu social per a persones grans i famílies del barri de la Mina, gestionat per una cooperativa d'inserció que dona feina a veïns i veïnes del mateix barri.",
        contact: ['Dani Quesada Ruiz', 'dquesada@sant-adria.net', '+34 93 462 62 18'],
        themes: [I],
      })],
    },
  });
}

// 016 (hand-written: windows-1252, quoted-printable) ----------------------------
{
  const file = '016-esplugues-reenviat-es-cp1252.eml';
  const body = `Buenos días,

Os reenvío la ficha que ha preparado Lucía, del servicio de Contratación. Ella es quien lleva el proyecto.

Saludos,

Raúl Benítez Ortega
Regidor de Economía Social
Ajuntament d'Esplugues de Llobregat
Tel. 93 371 33 50 | Móvil 655 81 20 44

De: Lucía Herrero Campos <lherrero@esplugues.cat>
Enviado el: lunes, 27 de abril de 2020 16:05
Para: Raúl Benítez Ortega <rbenitez@esplugues.cat>
CC: Promoció Econòmica <promocio@esplugues.cat>
Asunto: Ficha buena práctica XMESS

Hola Raúl,

Te paso la ficha para la XMESS:

Nombre de la práctica: Cláusulas sociales y de género en la contratación municipal
Entidades promotoras: Ajuntament d'Esplugues de Llobregat
Breve explicación: Desde 2019 todos los pliegos de contratación del Ayuntamiento incluyen cláusulas sociales obligatorias y criterios de igualdad de género, como la igualdad salarial entre hombres y mujeres en la plantilla adjudicataria. Un técnico municipal comprueba su cumplimiento durante la ejecución de cada contrato. Hasta ahora se han aplicado en 37 contratos.
Contacto: Lucía Herrero Campos (técnica de Contratación) – lherrero@esplugues.cat – Tel. 93 371 33 62

Gracias,
Lucía

AVISO LEGAL: Este mensaje y sus archivos adjuntos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento de la LOPD y del RGPD, le informamos de que sus datos forman parte de un tratamiento del Ajuntament d’Esplugues de Llobregat.
`;
  const messageId = `<000001d61cb8$${hex(`${file}a`, 8)}$${hex(`${file}b`, 8)}$@esplugues.cat>`;
  const date = rfcDate('2020-04-28 09:08:14');
  const raw = `Return-Path: <rbenitez@esplugues.cat>
Delivered-To: ${XMESS}
Received: from correu.esplugues.cat (correu.esplugues.cat [192.0.2.${num(`${file}ip`, 10, 250)}])
\tby mx.xmess.example.org (Postfix) with ESMTPS id ${hex(`${file}mx`, 11, true)}
\tfor <${XMESS}>; ${rfcDate('2020-04-28 09:08:19')}
Received: from EXCH02.esplugues.cat (10.20.1.12) by EXCH02.esplugues.cat
 (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1913.5; ${date}
From: =?iso-8859-1?Q?Ra=FAl_Ben=EDtez_Ortega?= <rbenitez@esplugues.cat>
To: =?iso-8859-1?Q?Bones_pr=E0ctiques_XMESS?= <${XMESS}>
Subject: =?iso-8859-1?Q?RV:_Ficha_buena_pr=E1ctica_XMESS?=
Thread-Topic: =?iso-8859-1?Q?Ficha_buena_pr=E1ctica_XMESS?=
Thread-Index: AdYcuE${b64(`${file}ti`, 20)}==
Date: ${date}
Message-ID: ${messageId}
Accept-Language: es-ES, ca-ES
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-originating-ip: [10.20.4.77]
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

${qp(cp1252(body))}`;
  add({
    file, rawBuilder: async () => ({ raw: Buffer.from(crlf(raw), 'latin1'), messageId }),
    expected: {
      case: 'Spanish councillor forward with Outlook Spanish headers (De:/Enviado el:/Para:/CC:/Asunto:), windows-1252 quoted-printable, LOPD disclaimer, forwarder\'s Tel. and Móvil in his signature; promoter written in Catalan',
      practices: [practice('Esplugues de Llobregat', {
        title: 'Cláusulas sociales y de género en la contratación municipal',
        promoters: ["Ajuntament d'Esplugues de Llobregat"],
        summary: 'Desde 2019 todos los pliegos de contratación del Ayuntamiento incluyen cláusulas sociales obligatorias y criterios de igualdad de género, como la igualdad salarial entre hombres y mujeres en la plantilla adjudicataria.',
        contact: ['Lucía Herrero Campos', 'lherrero@esplugues.cat', '+34 93 371 33 62'],
        themes: [P, F],
      })],
    },
  });
}

// 017 -------------------------------------------------------------------------
{
  const top = `Bon dia,

Us reenvio la bona pràctica que ens ha preparat l'Albert, de Promoció Econòmica.

Salutacions,
Noemí`;
  const fwd = `Noemí, aquí tens la proposta per a la XMESS:

Nom de la iniciativa: Mercat de pagès en línia del Delta
Impulsada per: Ajuntament de Gavà i Cooperativa Agrària Delta Viu
En què consisteix: Durant el confinament, l'Ajuntament i la cooperativa agrària han creat una botiga en línia on les famílies compren directament fruita i verdura agroecològica de la pagesia del Delta, amb recollida en tres punts del municipi. Així la pagesia ha pogut continuar venent després del tancament dels mercats setmanals. En cinc setmanes s'han servit 2.300 comandes.
Contacte: Albert Ribé Cortés
Tècnic de Promoció Econòmica
aribe@gava.cat · 93 263 91 20

Albert`;
  add({
    file: '017-gava-fwd-gmail.eml',
    client: 'gmail', lang: 'ca',
    from: 'Noemí Caballero Ruiz <ncaballero@gava.cat>',
    subject: 'Fwd: Proposta bona pràctica',
    date: '2020-04-28 11:36:35', arrival: '2020-04-28 11:36:40',
    text: `${top}

---------- Forwarded message ---------
From: Albert Ribé Cortés <aribe@gava.cat>
Date: Tue, Apr 28, 2020 at 9:41 AM
Subject: Proposta bona pràctica
To: Noemí Caballero Ruiz <ncaballero@gava.cat>


${fwd}
`,
    html: gmailHtml(`${gdivs(top)}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Albert Ribé Cortés</strong> <span dir="auto">&lt;<a href="mailto:aribe@gava.cat">aribe@gava.cat</a>&gt;</span><br>Date: Tue, Apr 28, 2020 at 9:41 AM<br>Subject: Proposta bona pràctica<br>To: Noemí Caballero Ruiz &lt;<a href="mailto:ncaballero@gava.cat">ncaballero@gava.cat</a>&gt;<br></div><br><br><div dir="ltr">${gdivs(fwd)}</div></div>`),
    expected: {
      case: 'Google Workspace forward with the English Gmail header ("---------- Forwarded message ---------", From/Date/Subject/To); labels "Nom de la iniciativa", "Impulsada per", "En què consisteix"; contact spread over lines',
      practices: [practice('Gavà', {
        title: 'Mercat de pagès en línia del Delta',
        promoters: ['Ajuntament de Gavà', 'Cooperativa Agrària Delta Viu'],
        summary: "Durant el confinament, l'Ajuntament i la cooperativa agrària han creat una botiga en línia on les famílies compren directament fruita i verdura agroecològica de la pagesia del Delta, amb recollida en tres punts del municipi.",
        contact: ['Albert Ribé Cortés', 'aribe@gava.cat', '+34 93 263 91 20'],
        themes: [C, I, E],
      })],
    },
  });
}

// 018 -------------------------------------------------------------------------
add({
  file: '018-ripollet-citat-reenvio.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Gerard Pons Armengol <gpons@ripollet.cat>',
  subject: 'Re: Fitxa bona pràctica per a la XMESS',
  date: '2020-04-24 17:01:58', arrival: '2020-04-24 17:02:03',
  inReplyTo: '<5e8a1c3f-77d2-4b0e-9a51-2c0f4d1e9b70@ripollet.cat>',
  references: '<5e8a1c3f-77d2-4b0e-9a51-2c0f4d1e9b70@ripollet.cat>',
  text: `Us ho reenvio

El 24/04/2020 a les 16:41, Aina Climent Soto ha escrit:
> Hola Gerard,
>
> Et passo la fitxa per enviar a la XMESS, tal com vam parlar:
>
> Títol: Finestreta única de l'economia social
> Promotor: Ajuntament de Ripollet
> Descripció: Punt únic d'atenció on les persones que volen crear una
> cooperativa, una associació o una empresa d'economia social reben
> informació, orientació sobre la forma jurídica i ajuda en els tràmits
> municipals. Abans havien d'adreçar-se a tres serveis diferents i ara ho
> resolen en una sola cita.
> Contacte: Aina Climent Soto, tècnica de Promoció Econòmica,
> acliment@ripollet.cat, 93 692 04 71
>
> Gràcies!
> Aina
`,
  expected: {
    case: 'reply-quoted chain: the new text on top is only "Us ho reenvio", the practice is in ">"-quoted, hard-wrapped lines; In-Reply-To points to an internal mail that is not in the corpus; council alone, no theme',
    practices: [practice('Ripollet', {
      title: "Finestreta única de l'economia social",
      promoters: ['Ajuntament de Ripollet'],
      summary: "Punt únic d'atenció on les persones que volen crear una cooperativa, una associació o una empresa d'economia social reben informació, orientació sobre la forma jurídica i ajuda en els tràmits municipals.",
      contact: ['Aina Climent Soto', 'acliment@ripollet.cat', '+34 93 692 04 71'],
      themes: [],
    })],
  },
});

// 019 -------------------------------------------------------------------------
add({
  file: '019-mollet-signatura-lopd.eml',
  client: 'exchange', lang: 'ca',
  from: 'Elisabet Garriga Nadal <egarriga@molletvalles.cat>',
  subject: 'Bona pràctica: Banc de mobles de segona mà',
  date: '2020-04-25 10:19:52', arrival: '2020-04-25 10:19:57',
  text: `Bon dia,

Us envio la nostra proposta per al recull:

Títol: Banc de mobles de segona mà
Entitats: Ajuntament de Mollet del Vallès, Associació Mollet Solidari
Resum: Recollim mobles en bon estat que el veïnat ja no necessita, els restaurem en un taller d'inserció laboral i els cedim a famílies derivades pels serveis socials. Així evitem que acabin a la deixalleria, allarguem la seva vida útil i donem feina a persones en procés d'inserció. L'any passat es van reutilitzar 1.150 mobles.

Per a qualsevol aclariment, em podeu trucar o escriure.

Elisabet Garriga Nadal
Tècnica de Medi Ambient
Ajuntament de Mollet del Vallès
Pl. Major, 1 · 08100 Mollet del Vallès
Mòbil: +34 629 481 307
egarriga@molletvalles.cat | www.molletvalles.cat

AVÍS DE CONFIDENCIALITAT: Aquest missatge és confidencial i s'adreça exclusivament a la persona destinatària. Si l'heu rebut per error, us preguem que ho comuniqueu a la persona remitent i l'elimineu. Protecció de dades (RGPD i LOPDGDD): l'Ajuntament de Mollet del Vallès tracta les vostres dades per gestionar aquesta comunicació; podeu exercir els vostres drets a www.molletvalles.cat/protecciodades.
`,
  expected: {
    case: 'labels "Entitats:" and "Resum:", no contact label: the contact is only in the signature (address, "Mòbil: +34 629 481 307") followed by a confidentiality/LOPD disclaimer',
    practices: [practice('Mollet del Vallès', {
      title: 'Banc de mobles de segona mà',
      promoters: ['Ajuntament de Mollet del Vallès', 'Associació Mollet Solidari'],
      summary: "Recollim mobles en bon estat que el veïnat ja no necessita, els restaurem en un taller d'inserció laboral i els cedim a famílies derivades pels serveis socials.",
      contact: ['Elisabet Garriga Nadal', 'egarriga@molletvalles.cat', '+34 629 481 307'],
      themes: [I, E],
    })],
  },
});

// 020 -------------------------------------------------------------------------
add({
  file: '020-santjoandespi-fora-termini-es.eml',
  client: 'outlook365', lang: 'es',
  from: 'Alberto Sáez Lozano <asaez@sjdespi.net>',
  subject: 'Buena práctica Sant Joan Despí',
  date: '2020-05-02 09:47:08', arrival: '2020-05-02 09:47:12',
  text: `Buenos días,

Disculpad el retraso, se nos ha pasado el plazo con tanto trabajo acumulado. Por si todavía lo podéis tener en cuenta:

Título: Vivienda cooperativa en cesión de uso para personas mayores
Entidades promotoras: Ayuntamiento de Sant Joan Despí, Cooperativa de Vivienda Sènior Llobregat
Descripción: El Ayuntamiento ha cedido un solar municipal durante 60 años a una cooperativa de personas mayores que construirá 30 viviendas con espacios comunes y servicios de atención compartidos. El modelo permite envejecer en comunidad y retrasa el ingreso en residencias.
Contacto: Alberto Sáez Lozano, técnico de Vivienda, asaez@sjdespi.net, 93 480 60 27

Saludos,
Alberto
`,
  expected: {
    case: 'late submission (arrival 2 May 2020), Spanish, non-member, sjdespi.net',
    late: true,
    practices: [practice('Sant Joan Despí', {
      title: 'Vivienda cooperativa en cesión de uso para personas mayores',
      promoters: ['Ayuntamiento de Sant Joan Despí', 'Cooperativa de Vivienda Sènior Llobregat'],
      summary: 'El Ayuntamiento ha cedido un solar municipal durante 60 años a una cooperativa de personas mayores que construirá 30 viviendas con espacios comunes y servicios de atención compartidos.',
      contact: ['Alberto Sáez Lozano', 'asaez@sjdespi.net', '+34 93 480 60 27'],
      themes: [I],
    })],
  },
});

// 021 -------------------------------------------------------------------------
add({
  file: '021-premia-data-abans-arribada-despres.eml',
  client: 'exchange', lang: 'ca',
  from: 'Lídia Carbó Serra <lcarbo@premiademar.cat>',
  subject: 'Bona pràctica Premià de Mar',
  date: '2020-04-30 23:52:40', arrival: '2020-05-01 00:14:09', innerDate: rfcDate('2020-05-01 00:14:02'),
  text: `Bona nit,

Encara a temps (espero!), us envio la proposta de Premià de Mar:

Títol: Peix de Premià a les cooperatives de consum
Organitzacions promotores: Ajuntament de Premià de Mar, Confraria de Pescadors de Premià, Cooperativa de Consum El Cistell del Maresme
Breu explicació: L'Ajuntament ha facilitat un acord perquè la confraria vengui directament part de les captures diàries a les cooperatives de consum de la comarca, amb un preu just pactat per a les dues parts. Les famílies sòcies reben peix fresc de la llotja i la flota local guanya un canal de venda estable.
Contacte: Lídia Carbó Serra, tècnica de Comerç i Consum, lcarbo@premiademar.cat, 93 741 74 12

Bona nit i gràcies,
Lídia
`,
  expected: {
    case: 'Date header before the deadline (30 Apr 23:52) but the topmost Received (arrival) is 1 May 00:14: late',
    late: true,
    practices: [practice('Premià de Mar', {
      title: 'Peix de Premià a les cooperatives de consum',
      promoters: ['Ajuntament de Premià de Mar', 'Confraria de Pescadors de Premià', 'Cooperativa de Consum El Cistell del Maresme'],
      summary: "L'Ajuntament ha facilitat un acord perquè la confraria vengui directament part de les captures diàries a les cooperatives de consum de la comarca, amb un preu just pactat per a les dues parts.",
      contact: ['Lídia Carbó Serra', 'lcarbo@premiademar.cat', '+34 93 741 74 12'],
      themes: [I],
    })],
  },
});

// 022 -------------------------------------------------------------------------
add({
  file: '022-tarragona-received-utc-a-temps.eml',
  client: 'zimbra', lang: 'es',
  from: 'Cristina Torres Baena <ctorres@tarragona.cat>',
  subject: 'Buena práctica - Ayuntamiento de Tarragona',
  date: '2020-04-30 23:37:05', arrivalRaw: 'Thu, 30 Apr 2020 21:37:12 +0000',
  text: `Buenas noches,

Os enviamos nuestra propuesta justo a tiempo:

Título: Mentoría cooperativa para jóvenes del Serrallo
Entidades promotoras: Ayuntamiento de Tarragona, Ateneu Cooperatiu del Camp de Tarragona
Descripción: Programa de mentoría en el que socias y socios de cooperativas veteranas acompañan durante un año a jóvenes de 18 a 29 años del barrio del Serrallo que quieren emprender de forma colectiva. Incluye formación en gestión, un local de prueba y el apoyo del ateneo para constituir la cooperativa. En la primera edición han participado 16 jóvenes.
Persona de contacto:
   Nombre: Cristina Torres Baena
   Cargo: Técnica de Juventud y Empleo
   E-mail: ctorres@tarragona.cat
   Teléfono: 977 29 61 08

Un saludo,
Cristina Torres
`,
  expected: {
    case: 'Spanish; arrival written in UTC (Thu, 30 Apr 2020 21:37:12 +0000 = 23:37 in Madrid): on time',
    practices: [practice('Tarragona', {
      title: 'Mentoría cooperativa para jóvenes del Serrallo',
      promoters: ['Ayuntamiento de Tarragona', 'Ateneu Cooperatiu del Camp de Tarragona'],
      summary: 'Programa de mentoría en el que socias y socios de cooperativas veteranas acompañan durante un año a jóvenes de 18 a 29 años del barrio del Serrallo que quieren emprender de forma colectiva.',
      contact: ['Cristina Torres Baena', 'ctorres@tarragona.cat', '+34 977 29 61 08'],
      themes: [I, Y],
    })],
  },
});

// 023 -------------------------------------------------------------------------
add({
  file: '023-valls-fora-termini.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Quim Gené Ollé <qgene@valls.cat>',
  subject: 'Bona pràctica de Valls',
  date: '2020-05-05 12:20:28', arrival: '2020-05-05 12:20:33',
  text: `Bon dia,

Us enviem la nostra bona pràctica. Som conscients que ja ha passat el termini, però ens agradaria que la poguéssiu valorar igualment.

Títol: Àpats a domicili per a la gent gran durant el confinament
Organitzacions promotores: Ajuntament de Valls, Cooperativa de Serveis L'Alzina
Breu explicació: Des del primer dia de l'estat d'alarma, la cooperativa cuina i reparteix cada dia dinars i sopars a les persones grans que viuen soles i no poden sortir de casa, coordinada amb els serveis socials municipals. Hi treballen 9 persones, 5 de les quals s'han incorporat arran de la crisi de la Covid-19.
Contacte: Quim Gené Ollé, cap de Serveis Socials, qgene@valls.cat, 977 63 64 60

Gràcies,
Quim Gené
`,
  expected: {
    case: 'late submission (arrival 5 May 2020), non-member',
    late: true,
    practices: [practice('Valls', {
      title: 'Àpats a domicili per a la gent gran durant el confinament',
      promoters: ['Ajuntament de Valls', "Cooperativa de Serveis L'Alzina"],
      summary: "Des del primer dia de l'estat d'alarma, la cooperativa cuina i reparteix cada dia dinars i sopars a les persones grans que viuen soles i no poden sortir de casa, coordinada amb els serveis socials municipals.",
      contact: ['Quim Gené Ollé', 'qgene@valls.cat', '+34 977 63 64 60'],
      themes: [C, I],
    })],
  },
});

// 024 -------------------------------------------------------------------------
add({
  file: '024-amposta-pregunta.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Neus Castell Fabra <ncastell@amposta.cat>',
  subject: 'Dubte sobre el termini de bones pràctiques',
  date: '2020-04-20 08:39:56', arrival: '2020-04-20 08:40:00',
  text: `Bon dia,

Estem preparant la fitxa de la bona pràctica de l'Ajuntament d'Amposta, però encara ens falten algunes dades de les entitats que hi participen.

Fins quan es pot enviar? Si el termini és el 30 d'abril, es pot enviar una primera versió i completar-la després?

Moltes gràcies,

Neus Castell Fabra
Agència de Desenvolupament Local
Ajuntament d'Amposta
Tel. 977 70 00 56
`,
  expected: {
    case: 'a council asks a question ("Fins quan es pot enviar?"): no practice, needs review',
    status: 'needs-review',
    practices: [],
  },
});

// 025 -------------------------------------------------------------------------
add({
  file: '025-salt-resposta-automatica-es.eml',
  client: 'outlook365', lang: 'es',
  from: 'Judit Roura Pla <jroura@viladesalt.cat>',
  subject: 'Respuesta automática: Recordatori: recull de bones pràctiques en ESS',
  date: '2020-04-24 09:00:46', arrival: '2020-04-24 09:00:50',
  inReplyTo: '<recordatori-bonespractiques-2020-04-24@xmess.example.org>',
  references: '<recordatori-bonespractiques-2020-04-24@xmess.example.org>',
  headers: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent']],
  text: `Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 4 de mayo, con acceso limitado al correo. Para cualquier asunto urgente pueden dirigirse a promocio@viladesalt.cat o llamar al 972 24 91 91.

Judit Roura
`,
  expected: { case: 'Spanish Exchange out-of-office ("Respuesta automática:", Auto-Submitted: auto-generated)', kind: 'auto-reply', status: 'ignored', practices: [] },
});

// 026 (hand-written Exchange NDR) ------------------------------------------------
{
  const file = '026-vilassar-rebot-exchange.eml';
  const bnd = `_000_${hex(`${file}b`, 32)}_`;
  const messageId = `<${hex(file, 8)}-${hex(`${file}2`, 4)}-${hex(`${file}3`, 4)}-${hex(`${file}4`, 4)}-${hex(`${file}5`, 12)}@CORREU02.vilassardemar.cat>`;
  const date = 'Fri, 24 Apr 2020 07:00:28 +0000';
  const reminder = `Benvolguts i benvolgudes,

Us recordem que el termini per enviar les bones pràctiques municipals en economia social i solidària acaba el 30 d'abril. Per a cada pràctica ens cal el títol, les organitzacions promotores, una breu explicació i el contacte de la persona de referència.

Coordinació XMESS
`;
  const raw = `Return-Path: <>
Delivered-To: ${XMESS}
Received: from correu.vilassardemar.cat (correu.vilassardemar.cat [192.0.2.${num(`${file}ip`, 10, 250)}])
\tby mx.xmess.example.org (Postfix) with ESMTPS id ${hex(`${file}mx`, 11, true)}
\tfor <${XMESS}>; Fri, 24 Apr 2020 09:00:31 +0200
From: postmaster@vilassardemar.cat
To: ${XMESS}
Date: ${date}
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="${bnd}"
MIME-Version: 1.0
Message-ID: ${messageId}
Subject: =?utf-8?B?${Buffer.from('No se puede entregar: Recordatori: recull de bones pràctiques en ESS').toString('base64')}?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES

--${bnd}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

${qp(Buffer.from(`No se pudo entregar a estos destinatarios o grupos:

economiasocial@vilassardemar.cat
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.

Información de diagnóstico para administradores:

Generando servidor: CORREU02.vilassardemar.cat

economiasocial@vilassardemar.cat
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Encabezados del mensaje original:

Received: from mx.xmess.example.org (198.51.100.10) by CORREU02.vilassardemar.cat
 (192.0.2.61) with Microsoft SMTP Server id 15.1.1913.5; Fri, 24 Apr 2020 07:00:27 +0000
From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <${XMESS}>
To: economiasocial@vilassardemar.cat
Subject: =?UTF-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=
Date: Fri, 24 Apr 2020 08:59:50 +0200
Message-ID: <recordatori-bonespractiques-2020-04-24@xmess.example.org>
`, 'utf8'))}

--${bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns;CORREU02.vilassardemar.cat
Received-From-MTA: dns;mx.xmess.example.org
Arrival-Date: ${date}

Final-Recipient: rfc822;economiasocial@vilassardemar.cat
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--${bnd}
Content-Type: message/rfc822

From: =?UTF-8?Q?Bones_pr=C3=A0ctiques_XMESS?= <${XMESS}>
To: economiasocial@vilassardemar.cat
Subject: =?UTF-8?Q?Recordatori:_recull_de_bones_pr=C3=A0ctiques_en_ESS?=
Date: Fri, 24 Apr 2020 08:59:50 +0200
Message-ID: <recordatori-bonespractiques-2020-04-24@xmess.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

${qp(Buffer.from(reminder, 'utf8'))}
--${bnd}--
`;
  add({
    file, rawBuilder: async () => ({ raw: Buffer.from(crlf(raw), 'latin1'), messageId }),
    expected: { case: 'Exchange NDR in Spanish from postmaster of a council domain (multipart/report, mailbox full) returning our reminder', kind: 'bounce', status: 'ignored', practices: [] },
  });
}

// 027 -------------------------------------------------------------------------
{
  const text = `BUTLLETÍ DE PROMOCIÓ ECONÒMICA · Abril 2020
Consell Comarcal del Baix Empordà

1. Ajuts d'urgència per a cooperatives i autònoms afectats per la Covid-19
El Consell obre una línia d'ajuts per a petites empreses, cooperatives i persones autònomes de la comarca que han hagut de tancar durant l'estat d'alarma. Sol·licituds fins al 15 de maig.

2. Programa Jove Emprèn Empordà
Nova edició del programa d'acompanyament a joves emprenedors de 16 a 29 anys. Inscripcions obertes.

3. Crida de la XMESS
La Xarxa de Municipis per l'Economia Social i Solidària recull bones pràctiques municipals fins al 30 d'abril.

Si no voleu rebre més aquest butlletí, podeu donar-vos de baixa: https://www.baixemporda.cat/butlleti/baixa?u=7f3a9c
Consell Comarcal del Baix Empordà · C. Tarongers, 12 · 17100 la Bisbal d'Empordà
`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Butlletí de Promoció Econòmica</title></head><body style="background:#f2f2f2"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:20px;background:#005b7f;color:#fff"><h1 style="margin:0;font-size:22px">Butlletí de Promoció Econòmica</h1><p style="margin:0">Abril 2020 · Consell Comarcal del Baix Empordà</p></td></tr>
<tr><td style="padding:20px"><h2 style="font-size:17px">Ajuts d'urgència per a cooperatives i autònoms afectats per la Covid-19</h2><p>El Consell obre una línia d'ajuts per a petites empreses, cooperatives i persones autònomes de la comarca que han hagut de tancar durant l'estat d'alarma. Sol·licituds fins al 15 de maig.</p>
<h2 style="font-size:17px">Programa Jove Emprèn Empordà</h2><p>Nova edició del programa d'acompanyament a joves emprenedors de 16 a 29 anys. Inscripcions obertes.</p>
<h2 style="font-size:17px">Crida de la XMESS</h2><p>La Xarxa de Municipis per l'Economia Social i Solidària recull bones pràctiques municipals fins al 30 d'abril.</p></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#666">Si no voleu rebre més aquest butlletí, <a href="https://www.baixemporda.cat/butlleti/baixa?u=7f3a9c">doneu-vos de baixa</a>.<br>Consell Comarcal del Baix Empordà · C. Tarongers, 12 · 17100 la Bisbal d'Empordà</td></tr></table></body></html>
`;
  add({
    file: '027-baixemporda-butlleti.eml',
    client: 'phpmailer', lang: 'ca',
    from: 'Consell Comarcal del Baix Empordà <butlleti@baixemporda.cat>',
    subject: 'Butlletí de Promoció Econòmica - abril 2020',
    date: '2020-04-27 07:00:00', arrival: '2020-04-27 07:00:04',
    messageId: `<${hex('027news', 24)}.${hex('027news2', 10)}@mail.baixemporda.cat>`,
    headers: [
      ['List-Unsubscribe', '<https://www.baixemporda.cat/butlleti/baixa?u=7f3a9c>, <mailto:baixa-butlleti@baixemporda.cat?subject=baixa>'],
      ['List-Id', 'Butlleti de Promocio Economica <promocio.baixemporda.cat>'],
      ['Precedence', 'bulk'],
      ['X-Campaign', 'butlleti-2020-04'],
    ],
    text, html,
    expected: { case: 'council newsletter (List-Unsubscribe, List-Id, Precedence: bulk) from a configured comarcal council, mentioning Covid-19, youth and the XMESS call', kind: 'other', status: 'ignored', practices: [] },
  });
}

// 028 / 029 -------------------------------------------------------------------
const BLANES_BODY = `Bon dia,

Us fem arribar la proposta de l'Ajuntament de Blanes:

Títol: Aparador de l'economia social al mercat municipal
Organitzacions promotores: Ajuntament de Blanes, Cooperativa Selva Coopera
Breu explicació: Dues parades del mercat municipal que estaven buides s'han convertit en un aparador rotatiu on cada mes cooperatives i entitats de l'economia social de la comarca venen els seus productes i donen a conèixer la seva activitat. L'Ajuntament cedeix les parades sense cost i la cooperativa coordina el calendari i la imatge comuna. Des del novembre hi han passat 17 projectes.
Contacte: Marta Pujals Vidal, tècnica de Comerç, mpujals@blanes.cat

Salutacions,
Marta Pujals
`;
add({
  file: '028-blanes-sense-telefon.eml',
  client: 'outlook365', lang: 'ca',
  from: 'Marta Pujals Vidal <mpujals@blanes.cat>',
  subject: "Bona pràctica Blanes - Aparador de l'economia social",
  date: '2020-04-27 11:25:10', arrival: '2020-04-27 11:25:14',
  text: BLANES_BODY,
  expected: {
    case: 'submission without a phone (completed by 029); non-member',
    practices: [practice('Blanes', {
      title: "Aparador de l'economia social al mercat municipal",
      promoters: ['Ajuntament de Blanes', 'Cooperativa Selva Coopera'],
      summary: "Dues parades del mercat municipal que estaven buides s'han convertit en un aparador rotatiu on cada mes cooperatives i entitats de l'economia social de la comarca venen els seus productes i donen a conèixer la seva activitat.",
      contact: ['Marta Pujals Vidal', 'mpujals@blanes.cat', '+34 972 35 83 12'],
      themes: [I],
    })],
  },
});
add({
  file: '029-blanes-resposta-telefon.eml',
  client: 'outlook365', lang: 'ca',
  from: 'Marta Pujals Vidal <mpujals@blanes.cat>',
  subject: "RE: Bona pràctica Blanes - Aparador de l'economia social",
  date: '2020-04-28 08:50:57', arrival: '2020-04-28 08:51:02',
  inReplyTo: '@028', references: '@028',
  text: `Hola de nou,

Em vaig descuidar el telèfon de contacte: 972 35 83 12 (matins).

Marta

De: Marta Pujals Vidal
Enviat: dilluns, 27 d’abril de 2020 11:25
Per a: Bones pràctiques XMESS <${XMESS}>
Assumpte: Bona pràctica Blanes - Aparador de l'economia social

${BLANES_BODY}`,
  expected: { case: 'reply (In-Reply-To/References = 028, Outlook "RE:") that only adds the missing phone, quoting the original below', kind: 'reply', status: 'processed', repliesTo: '028-blanes-sense-telefon.eml', practices: [] },
});

// 030 -------------------------------------------------------------------------
add({
  file: '030-hospitalet-titol-assumpte.eml',
  client: 'exchange', lang: 'ca',
  from: 'Ignasi Carreras Moll <icarreras@l-h.cat>',
  subject: 'Bona pràctica XMESS - Cicle de cultura cooperativa als centres culturals',
  date: '2020-04-27 15:10:37', arrival: '2020-04-27 15:10:41',
  text: `Bon dia,

Us enviem la informació de la nostra pràctica:

Entitats promotores: Ajuntament de L'Hospitalet, Xarxa d'Economia Social de L'Hospitalet
Descripció: Els centres culturals municipals programen cada temporada un cicle d'espectacles i tallers produïts per cooperatives i associacions culturals de la ciutat, amb un preu just per a les companyies i entrades a preus populars. La xarxa local fa la selecció de propostes i l'Ajuntament hi posa els espais i la difusió. En la temporada 2019-2020 s'han programat 22 activitats.
Contacte: Ignasi Carreras Moll · icarreras@l-h.cat · 93 403 29 50

Cordialment,

Ignasi Carreras Moll
Servei de Cultura i Economia Social
Ajuntament de L'Hospitalet
`,
  expected: {
    case: 'title only in the subject ("Bona pràctica XMESS - <title>"); domain l-h.cat',
    practices: [practice("L'Hospitalet de Llobregat", {
      title: 'Cicle de cultura cooperativa als centres culturals',
      promoters: ["Ajuntament de L'Hospitalet", "Xarxa d'Economia Social de L'Hospitalet"],
      summary: "Els centres culturals municipals programen cada temporada un cicle d'espectacles i tallers produïts per cooperatives i associacions culturals de la ciutat, amb un preu just per a les companyies i entrades a preus populars.",
      contact: ['Ignasi Carreras Moll', 'icarreras@l-h.cat', '+34 93 403 29 50'],
      themes: [I],
    })],
  },
});

// 031 -------------------------------------------------------------------------
add({
  file: '031-berga-re-crida.eml',
  client: 'outlook365', lang: 'ca',
  from: 'Jaume Farguell Pons <jfarguell@ajberga.cat>',
  subject: 'RE: Crida bones pràctiques: La Patum sense residus',
  date: '2020-04-28 10:03:22', arrival: '2020-04-28 10:03:27',
  inReplyTo: '<crida-bonespractiques-2020-04-06@xmess.example.org>',
  references: '<crida-bonespractiques-2020-04-06@xmess.example.org>',
  text: `Hola,

Us responc amb la nostra proposta.

Impulsada per l'Ajuntament de Berga i la Cooperativa Berguedà Recupera, la iniciativa substitueix els gots d'un sol ús per gots reutilitzables amb dipòsit durant les cinc nits de la Patum i organitza la recollida selectiva als carrers del centre. La cooperativa, que dona feina a persones en risc d'exclusió, s'encarrega del rentat i la logística. L'edició del 2019 va reduir un 60% els residus respecte de l'any anterior.

Persona de contacte: Jaume Farguell Pons, tècnic de Medi Ambient, jfarguell@ajberga.cat, 93 821 43 33

Salutacions,
Jaume

De: Bones pràctiques XMESS <${XMESS}>
Enviat: dilluns, 6 d’abril de 2020 10:00
Per a: Jaume Farguell Pons <jfarguell@ajberga.cat>
Assumpte: Crida bones pràctiques

Benvolguts i benvolgudes,

La Xarxa de Municipis per l'Economia Social i Solidària obre el recull de bones pràctiques municipals en ESS, amb una atenció especial a les respostes a la crisi de la Covid-19. Us demanem una síntesi de cada pràctica amb:

- Títol
- Organitzacions promotores
- Breu explicació (5-10 línies)
- Contacte de la persona de referència (nom, càrrec, correu i telèfon)

El termini és el 30 d'abril de 2020.

Gràcies!
Coordinació XMESS
`,
  expected: {
    case: 'answer to our call (In-Reply-To the call, not a practice: a submission); title only in the subject "RE: Crida bones pràctiques: <title>"; unlabelled prose; the quoted call (with its empty field list and Covid-19) is not content',
    practices: [practice('Berga', {
      title: 'La Patum sense residus',
      promoters: ['Ajuntament de Berga', 'Cooperativa Berguedà Recupera'],
      summary: "Impulsada per l'Ajuntament de Berga i la Cooperativa Berguedà Recupera, la iniciativa substitueix els gots d'un sol ús per gots reutilitzables amb dipòsit durant les cinc nits de la Patum i organitza la recollida selectiva als carrers del centre.",
      contact: ['Jaume Farguell Pons', 'jfarguell@ajberga.cat', '+34 93 821 43 33'],
      themes: [I, E],
    })],
  },
});

// 032 -------------------------------------------------------------------------
{
  const fields = [
    ['Nom de la bona pràctica', ["Servei intermunicipal d'acompanyament a projectes cooperatius"]],
    ['Ens i entitats que la impulsen', ['Consell Comarcal del Vallès Oriental, Ajuntament de Sant Celoni, Ajuntament de Canovelles i Ajuntament de les Franqueses del Vallès']],
    ['Breu explicació', ["Els quatre ens comparteixen una tècnica especialitzada en economia social que atén cada municipi un dia a la setmana les persones i col·lectius que volen crear una cooperativa o una associació amb activitat econòmica. El cost del servei es reparteix segons la població de cada municipi. En el primer any s'han acompanyat 31 projectes i se n'han constituït 8."]],
    ['Persona de referència', ["Gemma Pou Canals, tècnica d'Economia Social", 'gpou@vallesoriental.cat', '93 860 07 15']],
  ];
  const html = outlookHtml(`${mpText('Bon dia,')}
${mpText('')}
${mpText('Us fem arribar la bona pràctica del Consell Comarcal del Vallès Oriental:')}
${mpText('')}
${fields.map(([l, vs]) => `${mp(`<b><span style="color:#2F5496">${esc(l)}</span></b>`)}\n${mp(vs.map((v) => (v.includes('@') ? `<a href="mailto:${v}">${v}</a>` : esc(v))).join('<br>\n'))}\n${mpText('')}`).join('\n')}
${mpText('Cordialment,')}
${mpText('')}
${mp('<b>Gemma Pou Canals</b><br>Àrea de Promoció Econòmica<br>Consell Comarcal del Vallès Oriental<br>C. Miquel Ricomà, 46 · 08401 Granollers')}`);
  add({
    file: '032-ccvo-intermunicipal.eml',
    client: 'outlook365', lang: 'ca',
    from: 'Gemma Pou Canals <gpou@vallesoriental.cat>',
    subject: 'Bona pràctica del Consell Comarcal del Vallès Oriental',
    date: '2020-04-28 12:48:05', arrival: '2020-04-28 12:48:09',
    html,
    expected: {
      case: 'HTML-only, bold labels alone in their paragraph with the value in the next one (no colon); a comarcal council and three councils together (intercooperation); other configured councils named in the text are not the sender',
      practices: [practice('Consell Comarcal del Vallès Oriental', {
        title: "Servei intermunicipal d'acompanyament a projectes cooperatius",
        promoters: ['Consell Comarcal del Vallès Oriental', 'Ajuntament de Sant Celoni', 'Ajuntament de Canovelles', 'Ajuntament de les Franqueses del Vallès'],
        summary: 'Els quatre ens comparteixen una tècnica especialitzada en economia social que atén cada municipi un dia a la setmana les persones i col·lectius que volen crear una cooperativa o una associació amb activitat econòmica.',
        contact: ['Gemma Pou Canals', 'gpou@vallesoriental.cat', '+34 93 860 07 15'],
        themes: [I],
      })],
    },
  });
}

// 033 -------------------------------------------------------------------------
add({
  file: '033-ccap-dues-a-b.eml',
  client: 'exchange', lang: 'ca',
  from: 'Montserrat Raventós Mata <mraventos@ccapenedes.cat>',
  subject: "Bones pràctiques Consell Comarcal de l'Alt Penedès",
  date: '2020-04-29 09:30:50', arrival: '2020-04-29 09:30:55',
  text: `Bon dia,

Des del Consell Comarcal de l'Alt Penedès us presentem dues pràctiques:

A) Deixalleries comarcals amb botiga de segona mà
Promotors: Consell Comarcal de l'Alt Penedès, Ajuntament de Sant Sadurní d'Anoia, Ajuntament de Gelida i Cooperativa d'Inserció Tornallom
Què fem: Les deixalleries de Sant Sadurní i de Gelida separen els objectes que encara es poden fer servir i una cooperativa d'inserció els repara i els ven a la botiga de segona mà comarcal. L'any 2019 es van reutilitzar 85 tones d'objectes i s'hi van crear 7 llocs de treball.
Contacte: Montserrat Raventós Mata, mraventos@ccapenedes.cat, 93 890 01 26

B) Transport a demanda per als nuclis rurals
Promotors: Consell Comarcal de l'Alt Penedès i Cooperativa de Taxi del Penedès
Què fem: Servei de transport a demanda en taxi compartit que connecta els nuclis rurals i les masies disperses amb les estacions de tren i els centres de salut, gestionat per una cooperativa de taxistes de la comarca. Forma part del pla comarcal de mobilitat sostenible i redueix l'ús del vehicle privat.
Contacte: Enric Sadurní Bové, esadurni@ccapenedes.cat, 93 890 01 38

Salutacions cordials,

Montserrat Raventós Mata
Àrea de Desenvolupament Econòmic
Consell Comarcal de l'Alt Penedès
`,
  expected: {
    case: 'two practices introduced by "A)" and "B)" with the title on that line; labels "Promotors:", "Què fem:"; comarcal council sender',
    practices: [
      practice("Consell Comarcal de l'Alt Penedès", {
        title: 'Deixalleries comarcals amb botiga de segona mà',
        promoters: ["Consell Comarcal de l'Alt Penedès", "Ajuntament de Sant Sadurní d'Anoia", 'Ajuntament de Gelida', "Cooperativa d'Inserció Tornallom"],
        summary: "Les deixalleries de Sant Sadurní i de Gelida separen els objectes que encara es poden fer servir i una cooperativa d'inserció els repara i els ven a la botiga de segona mà comarcal.",
        contact: ['Montserrat Raventós Mata', 'mraventos@ccapenedes.cat', '+34 93 890 01 26'],
        themes: [I, E],
      }),
      practice("Consell Comarcal de l'Alt Penedès", {
        title: 'Transport a demanda per als nuclis rurals',
        promoters: ["Consell Comarcal de l'Alt Penedès", 'Cooperativa de Taxi del Penedès'],
        summary: 'Servei de transport a demanda en taxi compartit que connecta els nuclis rurals i les masies disperses amb les estacions de tren i els centres de salut, gestionat per una cooperativa de taxistes de la comarca.',
        contact: ['Enric Sadurní Bové', 'esadurni@ccapenedes.cat', '+34 93 890 01 38'],
        themes: [I, E],
      }),
    ],
  },
});

// 034 -------------------------------------------------------------------------
add({
  file: '034-santaperpetua-primera-segona.eml',
  client: 'zimbra', lang: 'ca',
  from: 'Núria Oller Bassa <noller@staperpetua.cat>',
  subject: 'Bones pràctiques Santa Perpètua de Mogoda',
  date: '2020-04-29 11:54:16', arrival: '2020-04-29 11:54:20',
  text: `Bon dia,

Us enviem les dues pràctiques que volem compartir:

PRIMERA PRÀCTICA

Títol: Segell municipal d'igualtat per a empreses i entitats
Promotors: Ajuntament de Santa Perpètua de Mogoda
Descripció: L'Ajuntament atorga un segell a les empreses, cooperatives i entitats del municipi que aproven un pla d'igualtat i apliquen mesures de conciliació i de prevenció de l'assetjament. Les organitzacions amb el segell tenen més visibilitat a la web municipal i accés preferent als programes de formació. Ja l'han obtingut 19 organitzacions.
Contacte: Núria Oller Bassa, agent d'igualtat, noller@staperpetua.cat, 93 574 71 22

SEGONA PRÀCTICA

Títol: Brots de Mogoda: cooperativa de joves per al manteniment d'espais verds
Promotors: Ajuntament de Santa Perpètua de Mogoda, Cooperativa Brots de Mogoda
Descripció: Cooperativa de treball formada per joves de 18 a 25 anys del municipi que s'encarrega del manteniment d'alguns parcs i jardins municipals, amb l'acompanyament tècnic de l'Ajuntament durant els dos primers anys. Ha creat 8 llocs de treball estables.
Contacte: Xavier Llonch Bertran, tècnic de Joventut, xllonch@staperpetua.cat, 93 574 71 36

Salutacions,
Núria Oller
`,
  expected: {
    case: 'two practices under "PRIMERA PRÀCTICA" / "SEGONA PRÀCTICA" headings; an equality plan (pla d\'igualtat) means feminism; council alone in the first',
    practices: [
      practice('Santa Perpètua de Mogoda', {
        title: "Segell municipal d'igualtat per a empreses i entitats",
        promoters: ['Ajuntament de Santa Perpètua de Mogoda'],
        summary: "L'Ajuntament atorga un segell a les empreses, cooperatives i entitats del municipi que aproven un pla d'igualtat i apliquen mesures de conciliació i de prevenció de l'assetjament.",
        contact: ['Núria Oller Bassa', 'noller@staperpetua.cat', '+34 93 574 71 22'],
        themes: [F],
      }),
      practice('Santa Perpètua de Mogoda', {
        title: "Brots de Mogoda: cooperativa de joves per al manteniment d'espais verds",
        promoters: ['Ajuntament de Santa Perpètua de Mogoda', 'Cooperativa Brots de Mogoda'],
        summary: "Cooperativa de treball formada per joves de 18 a 25 anys del municipi que s'encarrega del manteniment d'alguns parcs i jardins municipals, amb l'acompanyament tècnic de l'Ajuntament durant els dos primers anys.",
        contact: ['Xavier Llonch Bertran', 'xllonch@staperpetua.cat', '+34 93 574 71 36'],
        themes: [I, Y],
      }),
    ],
  },
});

// 035 -------------------------------------------------------------------------
add({
  file: '035-montcada-confinament-salutacio.eml',
  client: 'exchange', lang: 'ca',
  from: 'Sandra Vilches Moreno <sandra.vilches@montcada.cat>',
  subject: 'Bona pràctica de Montcada i Reixac',
  date: '2020-04-29 16:20:33', arrival: '2020-04-29 16:20:38',
  text: `Bon dia a tothom,

Espero que estigueu bé en aquest confinament i que les vostres famílies també.

Us faig arribar la bona pràctica de Montcada i Reixac:

Títol: Cens i mapa en línia de l'economia social de Montcada i Reixac
Promotor: Ajuntament de Montcada i Reixac
Breu descripció: El Servei de Promoció Econòmica ha elaborat un cens de les cooperatives, associacions i empreses d'economia social del municipi i un mapa web on es pot consultar la seva activitat i els seus productes. El mapa s'actualitza cada trimestre i ja hi apareixen 57 organitzacions.
Persona de contacte: Sandra Vilches Moreno - sandra.vilches@montcada.cat - 93 572 61 70

Cuideu-vos molt i quedeu-vos a casa!

Sandra

--
Abans d'imprimir aquest correu, penseu si és necessari. Protegim el medi ambient.
`,
  expected: {
    case: 'lockdown only in the greeting and the farewell (not covid-response), environment only in the footer; council alone, no theme at all',
    practices: [practice('Montcada i Reixac', {
      title: "Cens i mapa en línia de l'economia social de Montcada i Reixac",
      promoters: ['Ajuntament de Montcada i Reixac'],
      summary: "El Servei de Promoció Econòmica ha elaborat un cens de les cooperatives, associacions i empreses d'economia social del municipi i un mapa web on es pot consultar la seva activitat i els seus productes.",
      contact: ['Sandra Vilches Moreno', 'sandra.vilches@montcada.cat', '+34 93 572 61 70'],
      themes: [],
    })],
  },
});

// 036 -------------------------------------------------------------------------
add({
  file: '036-castellar-joves-nom-entitat.eml',
  client: 'outlook365', lang: 'ca',
  from: 'Ricard Sallent Mora <rsallent@castellarvalles.cat>',
  subject: 'Bona pràctica Castellar del Vallès',
  date: '2020-04-29 18:05:07', arrival: '2020-04-29 18:05:11',
  text: `Bon dia,

Us passem la nostra bona pràctica:

Títol: Biblioteca d'eines compartides
Organitzacions promotores: Ajuntament de Castellar del Vallès, Associació Casal de Joves El Galliner
Breu explicació: La biblioteca presta gratuïtament eines de bricolatge, jardineria i cuina a qualsevol veí o veïna amb el carnet de la biblioteca municipal. Fomenta l'economia circular: menys compres d'objectes que es fan servir poc i més reparacions a casa. L'Associació Casal de Joves El Galliner en gestiona el préstec i el manteniment, i ja hi ha 380 persones usuàries.
Contacte: Ricard Sallent Mora, tècnic de Medi Ambient, rsallent@castellarvalles.cat, 93 714 40 40

Gràcies,
Ricard
`,
  expected: {
    case: '"Joves" only in the name of a promoting association: not youth',
    practices: [practice('Castellar del Vallès', {
      title: "Biblioteca d'eines compartides",
      promoters: ['Ajuntament de Castellar del Vallès', 'Associació Casal de Joves El Galliner'],
      summary: 'La biblioteca presta gratuïtament eines de bricolatge, jardineria i cuina a qualsevol veí o veïna amb el carnet de la biblioteca municipal.',
      contact: ['Ricard Sallent Mora', 'rsallent@castellarvalles.cat', '+34 93 714 40 40'],
      themes: [I, E],
    })],
  },
});

// 037 -------------------------------------------------------------------------
add({
  file: '037-lagarriga-preguntes-es.eml',
  client: 'outlook365', lang: 'es',
  from: 'Marcos Vidal Rey <mvidal@ajlagarriga.cat>',
  subject: 'Buena práctica La Garriga',
  date: '2020-04-30 09:12:41', arrival: '2020-04-30 09:12:45',
  text: `Buenos días,

Respondemos a las preguntas de la ficha:

¿Cuál es el nombre de la iniciativa?
La Garriga Acoge: inserción laboral de personas refugiadas en cooperativas

¿Quién la promueve?
El Ayuntamiento de La Garriga y la Asociación Garriga Acull, con la colaboración de cinco cooperativas del municipio.

¿Qué hace y por qué?
El proyecto ofrece a personas refugiadas y solicitantes de asilo prácticas remuneradas de seis meses en cooperativas del municipio, con clases de catalán y acompañamiento en los trámites. Queremos que la economía social sea la puerta de entrada al trabajo para personas que llegan sin red de apoyo. En la primera edición participaron 8 personas y 5 siguen trabajando en la cooperativa que las acogió.

¿Con quién podemos hablar?
Con Marcos Vidal Rey, técnico de Empleo (mvidal@ajlagarriga.cat / 93 860 50 52).

Saludos,
Marcos
`,
  expected: {
    case: 'Spanish synthesis structured by questions ("¿Cuál es el nombre de la iniciativa?", "¿Quién la promueve?", "¿Qué hace y por qué?", "¿Con quién podemos hablar?"); contact in a sentence with a slash',
    practices: [practice('La Garriga', {
      title: 'La Garriga Acoge: inserción laboral de personas refugiadas en cooperativas',
      promoters: ['Ayuntamiento de La Garriga', 'Asociación Garriga Acull'],
      summary: 'El proyecto ofrece a personas refugiadas y solicitantes de asilo prácticas remuneradas de seis meses en cooperativas del municipio, con clases de catalán y acompañamiento en los trámites.',
      contact: ['Marcos Vidal Rey', 'mvidal@ajlagarriga.cat', '+34 93 860 50 52'],
      themes: [I],
    })],
  },
});

// 038 -------------------------------------------------------------------------
add({
  file: '038-sitges-etiquetes-es-barres.eml',
  client: 'exchange', lang: 'es',
  from: 'Raquel Domínguez Sanz <rdominguez@sitges.cat>',
  subject: 'Buena práctica XMESS - Sitges',
  date: '2020-04-30 11:28:58', arrival: '2020-04-30 11:29:02',
  text: `Hola, buenos días:

Os mandamos en el cuerpo del correo la ficha de Sitges.

Título (máximo 10 palabras): Rutas de turismo responsable con cooperativas locales
Entidades promotoras (Ayuntamiento y entidades): Ayuntamiento de Sitges, Cooperativa Garraf Guies, Asociación de Comercio Justo del Garraf
Explicación breve (5-10 líneas): El Ayuntamiento promociona un catálogo de rutas guiadas por el patrimonio y el paisaje del municipio que diseñan y conducen guías de una cooperativa local, con paradas en tiendas de comercio justo y productores de la comarca. Así se ofrece una alternativa al turismo masivo que deja el gasto en el territorio. En 2019 participaron 2.700 visitantes.
Persona de contacto (nombre, cargo, teléfono y correo): Raquel Domínguez Sanz / Técnica de Turismo / (+34) 938 94 03 21 / RDOMINGUEZ@SITGES.CAT

Saludos,
Raquel
`,
  expected: {
    case: 'Spanish labels with parentheses ("Título (máximo 10 palabras):"…), contact on one line separated by slashes, phone "(+34) 938 94 03 21", e-mail in capitals; non-member',
    practices: [practice('Sitges', {
      title: 'Rutas de turismo responsable con cooperativas locales',
      promoters: ['Ayuntamiento de Sitges', 'Cooperativa Garraf Guies', 'Asociación de Comercio Justo del Garraf'],
      summary: 'El Ayuntamiento promociona un catálogo de rutas guiadas por el patrimonio y el paisaje del municipio que diseñan y conducen guías de una cooperativa local, con paradas en tiendas de comercio justo y productores de la comarca.',
      contact: ['Raquel Domínguez Sanz', 'rdominguez@sitges.cat', '+34 938 94 03 21'],
      themes: [I],
    })],
  },
});

// 039 -------------------------------------------------------------------------
add({
  file: '039-calella-mailto-es.eml',
  client: 'exchange', lang: 'es',
  from: 'María Jiménez Soler <mjimenez@calella.cat>',
  subject: 'Buena práctica: Guía de compra pública responsable',
  date: '2020-04-30 12:41:26', arrival: '2020-04-30 12:41:30',
  text: `Buenos días,

Os enviamos la buena práctica del Ayuntamiento de Calella.

Título: Guía de compra pública responsable
Entidades promotoras: Ayuntamiento de Calella
Descripción: La guía, aprobada por el pleno en febrero, obliga a incluir criterios sociales en todos los contratos menores del Ayuntamiento y a invitar al menos a una empresa de economía social en cada procedimiento de licitación. Un equipo de Intervención revisa cada trimestre su aplicación.
Contacto: María Jiménez Soler, técnica de Contratación
Correo electrónico: mjimenez@calella.cat<mailto:mjimenez@calella.cat>
Teléfono: 93 769 05 59

Atentamente,

María Jiménez Soler
Servicio de Contratación | Ajuntament de Calella
mjimenez@calella.cat<mailto:mjimenez@calella.cat> | www.calella.cat<http://www.calella.cat/>
`,
  expected: {
    case: 'Outlook plain text with "address<mailto:address>" and "www<http://…>" links; "compra pública" means public procurement; council alone',
    practices: [practice('Calella', {
      title: 'Guía de compra pública responsable',
      promoters: ['Ayuntamiento de Calella'],
      summary: 'La guía, aprobada por el pleno en febrero, obliga a incluir criterios sociales en todos los contratos menores del Ayuntamiento y a invitar al menos a una empresa de economía social en cada procedimiento de licitación.',
      contact: ['María Jiménez Soler', 'mjimenez@calella.cat', '+34 93 769 05 59'],
      themes: [P],
    })],
  },
});

// 040 -------------------------------------------------------------------------
add({
  file: '040-martorell-gmail-personal-es.eml',
  client: 'gmail', lang: 'es',
  from: 'Pilar Ortiz <pilarortizreyes@gmail.com>',
  subject: 'Buena práctica Ayuntamiento de Martorell',
  date: '2020-04-30 19:58:11', arrival: '2020-04-30 19:58:16',
  text: `Hola,

Os escribo desde mi correo personal porque desde casa no consigo acceder al del Ayuntamiento de Martorell. Os paso nuestra buena práctica:

Título: Bonos de compra para reactivar el comercio local
Entidades promotoras: Ayuntamiento de Martorell, Asociación de Comerciantes de Martorell
Descripción: Tras el cierre de comercios por el estado de alarma, el Ayuntamiento subvenciona el 50% de bonos de compra de 20 euros que solo se pueden gastar en los comercios adheridos del municipio. La asociación gestiona la adhesión de las tiendas y la validación de los bonos. Se han vendido 4.000 bonos en la primera semana.
Contacto: Pilar Ortiz Reyes, técnica de Comercio, portiz@martorell.cat, 93 775 00 51

Gracias,
Pilar
`,
  expected: {
    case: 'Spanish; sender on a personal Gmail address, the council ("Ayuntamiento de Martorell") only named in the text',
    practices: [practice('Martorell', {
      title: 'Bonos de compra para reactivar el comercio local',
      promoters: ['Ayuntamiento de Martorell', 'Asociación de Comerciantes de Martorell'],
      summary: 'Tras el cierre de comercios por el estado de alarma, el Ayuntamiento subvenciona el 50% de bonos de compra de 20 euros que solo se pueden gastar en los comercios adheridos del municipio.',
      contact: ['Pilar Ortiz Reyes', 'portiz@martorell.cat', '+34 93 775 00 51'],
      themes: [C, I],
    })],
  },
});

// 041 -------------------------------------------------------------------------
add({
  file: '041-santquirze-utc-fora-termini.eml',
  client: 'thunderbird', lang: 'ca',
  from: 'Eva Masdeu Prat <emasdeu@santquirzevalles.cat>',
  subject: 'Bona pràctica Sant Quirze del Vallès',
  dateRaw: 'Thu, 30 Apr 2020 22:06:31 +0000', arrivalRaw: 'Thu, 30 Apr 2020 22:06:40 +0000', innerDate: 'Thu, 30 Apr 2020 22:06:33 +0000',
  text: `Bona nit,

Us envio la bona pràctica de Sant Quirze per al recull.

Títol: Rober infantil de préstec
Organitzacions promotores: Ajuntament de Sant Quirze del Vallès, Associació Xarxa de Famílies de Sant Quirze
Breu explicació: Les famílies deixen en préstec la roba que els infants ja no els va bé i se n'emporten la de la talla següent, de manera que cada peça es reutilitza diverses vegades. L'associació en gestiona el punt d'intercanvi al casal cívic i l'Ajuntament cedeix l'espai. En un any han circulat més de 5.000 peces.
Contacte: Eva Masdeu Prat, tècnica de Medi Ambient, emasdeu@santquirzevalles.cat, 93 721 10 51

Eva
`,
  expected: {
    case: 'Date and arrival written in UTC (Thu, 30 Apr 2020 22:06:40 +0000 = 1 May 00:06 in Madrid): late; non-member',
    late: true,
    practices: [practice('Sant Quirze del Vallès', {
      title: 'Rober infantil de préstec',
      promoters: ['Ajuntament de Sant Quirze del Vallès', 'Associació Xarxa de Famílies de Sant Quirze'],
      summary: "Les famílies deixen en préstec la roba que els infants ja no els va bé i se n'emporten la de la talla següent, de manera que cada peça es reutilitza diverses vegades.",
      contact: ['Eva Masdeu Prat', 'emasdeu@santquirzevalles.cat', '+34 93 721 10 51'],
      themes: [I, E],
    })],
  },
});

// ------------------------------------------------------------------ write
const THEME_ORDER = [C, I, P, Y, E, F];
async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'config'), { recursive: true });
  const ids = new Map();
  const expected = {};
  for (const m of MESSAGES) {
    let built;
    if (m.rawBuilder) built = await m.rawBuilder();
    else {
      const spec = { ...m };
      if (typeof spec.attachments === 'function') spec.attachments = await spec.attachments();
      for (const k of ['inReplyTo', 'references']) {
        if (typeof spec[k] === 'string' && spec[k].startsWith('@')) {
          const ref = [...ids.entries()].find(([f]) => f.startsWith(spec[k].slice(1)));
          if (!ref) throw new Error(`${m.file}: unknown reference ${spec[k]}`);
          spec[k] = ref[1];
        }
      }
      built = await compose(spec);
    }
    ids.set(m.file, built.messageId);
    writeFileSync(join(OUT, m.file), built.raw);
    const e = m.expected;
    const arrival = m.arrivalRaw ? new Date(m.arrivalRaw) : (m.arrival ? new Date(rfcDate(m.arrival)) : null);
    const late = e.late ?? false;
    if (arrival && (arrival > new Date(CAMPAIGN.deadline)) !== late) throw new Error(`${m.file}: late flag disagrees with arrival`);
    for (const p of e.practices) {
      p.themes = THEME_ORDER.filter((t) => p.themes.includes(t));
      const first = p.summary.match(/^(.+?[.!?])(\s|$)/s);
      if (!first || first[1] !== p.summary) throw new Error(`${m.file}: summary is not one sentence: ${p.summary}`);
    }
    expected[m.file] = {
      messageId: built.messageId,
      kind: e.kind ?? 'submission',
      status: e.status ?? 'processed',
      late,
      practices: e.practices,
      ...(e.repliesTo ? { repliesTo: e.repliesTo } : {}),
      case: e.case,
    };
  }
  writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  writeFileSync(join(OUT, 'config', 'municipalities.json'), `${JSON.stringify(MUNICIPALITIES, null, 2)}\n`);
  writeFileSync(join(OUT, 'config', 'advisors.json'), `${JSON.stringify(ADVISORS, null, 2)}\n`);
  writeFileSync(join(OUT, 'config', 'campaign.json'), `${JSON.stringify(CAMPAIGN, null, 2)}\n`);
  const nPractices = Object.values(expected).reduce((a, e) => a + e.practices.length, 0);
  console.log(`heldout2: ${MESSAGES.length} messages, ${nPractices} practices -> ${OUT}`);
}
await main();
