// Which parts of a message are documents to read. Mail carries parts that are not documents and
// never hold a practice: an S/MIME signature (public administrations sign with their certificate),
// a vCard, a calendar invitation, an empty file, Outlook's TNEF wrapper. They are set aside, not
// reported as unreadable attachments, so they neither send the message to review nor ask the
// council to send them again. A TNEF wrapper that carries documents is unpacked (tnef.ts).
import type { Attachment } from '../../../domain/types.js';

export type PartRole =
  | { role: 'document' }
  | { role: 'image' }
  | { role: 'tnef' }
  | { role: 'not-a-document'; why: string };

const NOT_DOCUMENT_TYPES: Record<string, string> = {
  'application/pkcs7-signature': 'S/MIME signature',
  'application/x-pkcs7-signature': 'S/MIME signature',
  'application/pgp-signature': 'OpenPGP signature',
  'text/vcard': 'vCard',
  'text/x-vcard': 'vCard',
  'text/directory': 'vCard',
  'text/calendar': 'calendar invitation',
  'application/ics': 'calendar invitation',
  'text/x-vcalendar': 'calendar invitation',
};

const NOT_DOCUMENT_EXTENSIONS: Record<string, string> = {
  p7s: 'S/MIME signature', asc: 'OpenPGP signature', sig: 'signature', vcf: 'vCard', vcard: 'vCard', ics: 'calendar invitation', vcs: 'calendar invitation',
};

const TNEF_TYPES = new Set(['application/ms-tnef', 'application/vnd.ms-tnef']);
/** MS-OXTNEF 2.1.3.1: every TNEF stream starts with this signature (little-endian 0x223E9F78). */
const TNEF_SIGNATURE = 0x223e9f78;
/** Scans and photos of a form worth reading by OCR; other images (logos, icons) are left alone. */
const OCR_IMAGE_TYPES = new Set(['image/jpeg', 'image/jpg', 'image/pjpeg', 'image/png']);

export function partRole(att: Pick<Attachment, 'filename' | 'contentType' | 'content'>): PartRole {
  const type = (att.contentType || '').split(';')[0]?.trim().toLowerCase() ?? '';
  const name = (att.filename ?? '').trim().toLowerCase();
  const extension = /\.([a-z0-9]{1,5})$/.exec(name)?.[1] ?? '';
  if (att.content.length === 0) return { role: 'not-a-document', why: 'empty file' };
  if (isTnef(att.content, type)) return { role: 'tnef' };
  const why = NOT_DOCUMENT_TYPES[type] ?? NOT_DOCUMENT_EXTENSIONS[extension];
  if (why) return { role: 'not-a-document', why };
  if (OCR_IMAGE_TYPES.has(type) || ((type === '' || type === 'application/octet-stream') && /^(jpe?g|png)$/.test(extension))) return { role: 'image' };
  if (/^(image|audio|video)\//.test(type)) return { role: 'not-a-document', why: `${type.split('/')[0]} file` };
  return { role: 'document' };
}

function isTnef(bytes: Buffer, type: string): boolean {
  // "winmail.dat" is the name Outlook gives it, but only its signature or its type proves it.
  return (bytes.length >= 4 && bytes.readUInt32LE(0) === TNEF_SIGNATURE) || TNEF_TYPES.has(type);
}
