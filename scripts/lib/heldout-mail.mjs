// Shared by the held-out corpus generators (make-heldout4.mjs, make-heldout5.mjs): MIME building
// (encoded words, quoted-printable, base64, multiparts, Received chains, windows-1252, format=flowed),
// deterministic zips, tiny PNGs and phone formatting. Data, not logic of the product.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** The network's mailbox, the recipient of every generated mail. */
export const XMESS = 'bonespractiques@xmess.example.org';

export function encWord(s, charset = 'UTF-8') {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const buf = charset === 'UTF-8' ? Buffer.from(s, 'utf8') : Buffer.from(s, 'latin1');
  return `=?${charset}?B?${buf.toString('base64')}?=`;
}

export const addr = (name, email) => (name ? `${/^[\x20-\x7e]*$/.test(name) ? (/[,.]/.test(name) ? `"${name}"` : name) : encWord(name)} <${email}>` : email);

export function b64(buf) { return buf.toString('base64').replace(/.{76}/g, '$&\n').replace(/\n$/, ''); }

export function qp(text, charset = 'utf-8') {
  const out = [];
  for (const line of text.split('\n')) {
    const bytes = charset === 'utf-8' ? Buffer.from(line, 'utf8') : Buffer.from(line, 'latin1');
    const toks = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) { out.push(cur + '='); cur = ''; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\n');
}

export function leaf({ type = 'text/plain', charset = 'utf-8', cte = 'quoted-printable', body, filename, inline = false, params = '' }) {
  const h = [];
  if (filename) {
    const fn = /^[\x20-\x7e]*$/.test(filename) ? (/[ ()]/.test(filename) ? `"${filename}"` : filename) : `"${encWord(filename)}"`;
    h.push(`Content-Type: ${type};${params ? ` ${params};` : ''}\n\tname=${fn}`);
    h.push(`Content-Disposition: ${inline ? 'inline' : 'attachment'};\n\tfilename=${fn}`);
  } else h.push(`Content-Type: ${type}; charset=${charset}${params ? `; ${params}` : ''}`);
  h.push(`Content-Transfer-Encoding: ${cte}`);
  let enc;
  if (cte === 'base64') enc = b64(Buffer.isBuffer(body) ? body : Buffer.from(body, charset === 'utf-8' ? 'utf8' : 'latin1'));
  else if (cte === 'quoted-printable') enc = qp(body, charset);
  else enc = body;
  return { head: h.join('\n'), body: enc };
}

export function multi(subtype, parts, boundary, extra = '') {
  const body = parts.map((p) => `--${boundary}\n${p.head}\n\n${p.body}\n`).join('') + `--${boundary}--\n`;
  return { head: `Content-Type: multipart/${subtype};${extra}\n\tboundary="${boundary}"`, body };
}

export function received(fromHost, ip, arrival, id) {
  return `Received: from ${fromHost} (${fromHost} [${ip}])\n\tby mx.xmess.example.org (Postfix) with ESMTPS id ${id}\n\tfor <${XMESS}>; ${arrival}`;
}

export function headerBlock({ received: rcv, headers, part }) {
  const h = [`Return-Path: <${headers.returnPath}>`, `Delivered-To: ${XMESS}`, ...rcv];
  h.push(`From: ${headers.from}`);
  h.push(`To: ${headers.to ?? TO}`);
  if (headers.cc) h.push(`Cc: ${headers.cc}`);
  h.push(`Subject: ${encWord(headers.subject, headers.subjectCharset ?? 'UTF-8')}`);
  h.push(`Date: ${headers.date}`);
  h.push(`Message-ID: ${headers.messageId}`);
  for (const x of headers.extra ?? []) h.push(x);
  h.push('MIME-Version: 1.0');
  h.push(part.head);
  return h.join('\n');
}

export function eml({ received: rcv, headers, part, preamble = '' }) {
  return (headerBlock({ received: rcv, headers, part }) + '\n\n' + preamble + part.body).replace(/\r?\n/g, '\r\n');
}

const CP1252 = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

export function cp1252(text) {
  const out = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (CP1252[ch] !== undefined) out.push(CP1252[ch]);
    else if (c < 256) out.push(c);
    else throw new Error(`not in cp1252: ${ch}`);
  }
  return Buffer.from(out);
}

export function flowed(text, width = 72) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line.length <= width || line === '-- ') { out.push(line); continue; }
    const words = line.split(' ');
    let cur = '';
    for (const w of words) {
      if (cur && (cur + w).length > width) { out.push(cur); cur = ''; }
      cur += w + ' ';
    }
    out.push(cur.replace(/ $/, ''));
  }
  return out.join('\n');
}

const ZIPDATE = new Date('2020-04-20T10:00:00Z');

export async function zipOf(files) {
  const z = new JSZip();
  for (const [name, content, opts] of files) z.file(name, content, { date: ZIPDATE, createFolders: false, ...(opts || {}) });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });

function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }

function pngChunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function png(width, height, channels, pixel) {
  const raw = Buffer.alloc((width * channels + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++) { const px = pixel(x, y); for (let c = 0; c < channels; c++) raw[o++] = channels === 1 ? px : px[c]; }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = channels === 1 ? 0 : 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

export function e164(raw) {
  if (!raw) return null;
  const d = raw.replace(/\D/g, '').slice(-9);
  return /^9[13]/.test(d) ? `+34 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` : `+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`;
}

export const firstSentence = (s) => s.match(/^(.+?[.!?])(\s|$)/s)[1];

export const TO = `${encWord('Bones pràctiques XMESS')} <${XMESS}>`;

// ------------------------------------------------------------------ documents
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT_TYPE = 'application/vnd.oasis.opendocument.text';

// ------------------------------------------------------------------ writing a corpus
const MID_RE = /^Message-ID: (.+)$/mi;
const THEME_ORDER = ['covid-response', 'intercooperation', 'public-procurement', 'youth', 'ecological-transition', 'feminism-intersectionality'];

/**
 * Writes a held-out corpus as every generator lays it out: the .eml files, expected.json (in the
 * scorer's schema; a practice's summary is the first sentence of its explanation) and config/.
 * `messages`: { file, build(): Buffer|string, expected: { kind, status, late, practices, repliesTo?, case } }.
 */
export async function writeCorpus(out, { name, messages, municipalities, campaign, advisors }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'config'), { recursive: true });
  const expected = {};
  for (const m of messages) {
    const built = await m.build();
    const buf = Buffer.isBuffer(built) ? built : Buffer.from(built, 'utf8');
    writeFileSync(join(out, m.file), buf);
    const messageId = MID_RE.exec(buf.toString('latin1'))[1].trim();
    const e = m.expected;
    const practices = e.practices.map((x) => {
      const s = firstSentence(x.expl);
      return {
        title: x.title, promoters: x.promoters, summary: s.charAt(0).toUpperCase() + s.slice(1),
        contact: { name: x.contact.name ?? null, email: x.contact.email ?? null, phone: e164(x.phone ?? x.tel) },
        municipality: x.municipality, member: x.member, themes: THEME_ORDER.filter((t) => x.themes.includes(t)),
      };
    });
    expected[m.file] = { messageId, kind: e.kind, status: e.status, late: e.late, practices, ...(e.repliesTo ? { repliesTo: e.repliesTo } : {}), case: e.case };
  }
  const json = (v) => JSON.stringify(v, null, 2) + '\n';
  writeFileSync(join(out, 'expected.json'), json(expected));
  writeFileSync(join(out, 'config', 'municipalities.json'), json(municipalities));
  writeFileSync(join(out, 'config', 'campaign.json'), json(campaign));
  writeFileSync(join(out, 'config', 'advisors.json'), json(advisors));
  const nPractices = Object.values(expected).reduce((a, x) => a + x.practices.length, 0);
  console.log(`${name}: wrote ${messages.length} messages (${nPractices} practices) to ${out}`);
}
