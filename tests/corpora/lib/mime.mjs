// MIME building for the held-out corpora: encoded words, quoted-printable, base64, multiparts,
// Received chains, windows-1252, format=flowed, forwarded messages (message/rfc822), S/MIME
// signatures, vCards and calendar invitations, deterministic zips and tiny PNGs. Data, not logic of
// the product: nothing here reads src/.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** The network's mailbox, the recipient of every generated mail (override per corpus with `rcpt`). */
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

const bytesOf = (body, charset) => (Buffer.isBuffer(body) ? body : Buffer.from(body, charset === 'utf-8' ? 'utf8' : 'latin1'));

/** One leaf part. `cte`: quoted-printable (default), base64, 8bit or 7bit. */
export function leaf({ type = 'text/plain', charset = 'utf-8', cte = 'quoted-printable', body, filename, inline = false, params = '', headers = [] }) {
  const h = [];
  if (filename) {
    const fn = /^[\x20-\x7e]*$/.test(filename) ? (/[ ()]/.test(filename) ? `"${filename}"` : filename) : `"${encWord(filename)}"`;
    h.push(`Content-Type: ${type};${params ? ` ${params};` : ''}\n\tname=${fn}`);
    h.push(`Content-Disposition: ${inline ? 'inline' : 'attachment'};\n\tfilename=${fn}`);
  } else h.push(`Content-Type: ${type}; charset=${charset}${params ? `; ${params}` : ''}`);
  h.push(`Content-Transfer-Encoding: ${cte}`);
  h.push(...headers);
  let enc;
  if (cte === 'base64') enc = b64(bytesOf(body, charset));
  else if (cte === 'quoted-printable') enc = qp(body, charset);
  else enc = body;
  return { head: h.join('\n'), body: enc };
}

export function multi(subtype, parts, boundary, extra = '') {
  const body = parts.map((p) => `--${boundary}\n${p.head}\n\n${p.body}\n`).join('') + `--${boundary}--\n`;
  return { head: `Content-Type: multipart/${subtype};${extra}\n\tboundary="${boundary}"`, body };
}

export function received(fromHost, ip, arrival, id, rcpt = XMESS) {
  return `Received: from ${fromHost} (${fromHost} [${ip}])\n\tby mx.xmess.example.org (Postfix) with ESMTPS id ${id}\n\tfor <${rcpt}>; ${arrival}`;
}

export const TO = `${encWord('Bones pràctiques XMESS')} <${XMESS}>`;

export function headerBlock({ received: rcv, headers, part }) {
  const h = [`Return-Path: <${headers.returnPath}>`, `Delivered-To: ${headers.deliveredTo ?? XMESS}`, ...rcv];
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

/** A whole message with LF line ends. */
export const emlText = ({ received: rcv, headers, part, preamble = '' }) => headerBlock({ received: rcv, headers, part }) + '\n\n' + preamble + part.body;

/** A message as the sender wrote it (no delivery headers), to nest as message/rfc822. */
export function innerMessage({ headers, part }) {
  const h = [`From: ${headers.from}`, `To: ${headers.to}`, ...(headers.cc ? [`Cc: ${headers.cc}`] : []), `Subject: ${encWord(headers.subject)}`, `Date: ${headers.date}`, `Message-ID: ${headers.messageId}`, ...(headers.extra ?? []), 'MIME-Version: 1.0', part.head];
  return h.join('\n') + '\n\n' + part.body;
}

/** A whole message as written to a .eml file (CRLF). */
export const eml = (m) => emlText(m).replace(/\r?\n/g, '\r\n');

/** A message attached whole (forwarded as attachment, or by a mailbox rule). */
export const rfc822 = (message, filename) => ({ head: `Content-Type: message/rfc822${filename ? `;\n\tname="${filename}"\nContent-Disposition: attachment;\n\tfilename="${filename}"` : '\nContent-Disposition: inline'}`, body: message.replace(/\r\n/g, '\n') });

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

export const quote = (text) => text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const mailto = (e) => `<a href="mailto:${e}">${e}</a>`;
/** Plain paragraphs (blank-line separated) as simple HTML. */
export const htmlOf = (text) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${text.split('\n\n').map((x) => `<p>${x.split('\n').map(esc).join('<br>\n')}</p>`).join('\n')}</body></html>`;

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

// ------------------------------------------------------------------ parts that are not documents
/**
 * Bytes shaped like a DER PKCS#7 signedData blob (SEQUENCE + the signedData OID, then a
 * deterministic filler): what an S/MIME `smime.p7s` looks like to anything that is not a verifier.
 */
export function p7sBytes(seed, length = 1400) {
  const head = Buffer.from([0x30, 0x82, (length >> 8) & 0xff, length & 0xff, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x82]);
  const chunks = [head];
  let h = Buffer.from(seed);
  let n = head.length;
  while (n < length) { h = createHash('sha256').update(h).digest(); chunks.push(h); n += h.length; }
  return Buffer.concat(chunks).subarray(0, length);
}

/** multipart/signed around `inner`, with the signature part as mail clients write it. */
export const smimeSigned = (inner, seed, boundary) => multi('signed', [inner,
  leaf({ type: 'application/pkcs7-signature', cte: 'base64', body: p7sBytes(seed), filename: 'smime.p7s', headers: ['Content-Description: S/MIME Cryptographic Signature'] })],
boundary, ' protocol="application/pkcs7-signature"; micalg=sha-256;');

export function vcard({ name, family, given, org, title, email, tel, cell, adr }) {
  return ['BEGIN:VCARD', 'VERSION:3.0', `N:${family};${given};;;`, `FN:${name}`, org ? `ORG:${org}` : null, title ? `TITLE:${title}` : null,
    tel ? `TEL;TYPE=WORK,VOICE:${tel}` : null, cell ? `TEL;TYPE=CELL:${cell}` : null, email ? `EMAIL;TYPE=INTERNET,WORK:${email}` : null,
    adr ? `ADR;TYPE=WORK:;;${adr}` : null, 'REV:2020-04-20T08:00:00Z', 'END:VCARD', ''].filter((x) => x !== null).join('\r\n');
}

export function ics({ uid, summary, start, end, organizer, attendee, location, description, tz = 'Europe/Madrid' }) {
  return ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
    `UID:${uid}`, 'DTSTAMP:20200420T080000Z', `DTSTART;TZID=${tz}:${start}`, `DTEND;TZID=${tz}:${end}`, `SUMMARY:${summary}`,
    `ORGANIZER;CN=${organizer.name}:mailto:${organizer.email}`, `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${attendee}`,
    location ? `LOCATION:${location}` : null, description ? `DESCRIPTION:${description}` : null, 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR', '']
    .filter((x) => x !== null).join('\r\n');
}
