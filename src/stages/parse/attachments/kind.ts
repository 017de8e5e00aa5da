// What kind of document an attachment is. Mail clients label attachments badly (Outlook sends
// .docx as application/octet-stream, some webmails .pdf as application/x-download), so the
// bytes decide when they are unambiguous, then the declared type, then the file name.
import type { Attachment, DocumentKind } from '../../../domain/types.js';
import { isZip, listZipEntries } from './zip.js';

const BY_TYPE: Record<string, DocumentKind> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template': 'docx',
  'application/vnd.ms-word.document.macroenabled.12': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.text-template': 'odt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/csv': 'text',
  'text/markdown': 'text',
  'message/rfc822': 'message',
  'message/global': 'message',
};

const BY_EXTENSION: Record<string, DocumentKind> = {
  pdf: 'pdf', docx: 'docx', docm: 'docx', dotx: 'docx', odt: 'odt', ott: 'odt',
  html: 'html', htm: 'html', xhtml: 'html', txt: 'text', csv: 'text', md: 'text', eml: 'message',
};

/** Types that say nothing about the content: the name and the bytes decide. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download',
  'application/force-download', 'application/download', 'application/unknown', 'application/zip',
  'application/x-zip-compressed', 'application/msword']);

/** ODF 1.2 part 3, 3.3: the first entry is an uncompressed "mimetype" holding the media type. */
const ODT_MIMETYPE = /^mimetypeapplication\/vnd\.oasis\.opendocument\.text/;

export function documentKind(att: Pick<Attachment, 'filename' | 'contentType' | 'content'>): DocumentKind {
  const sniffed = sniff(att.content);
  if (sniffed) return sniffed;
  const type = (att.contentType || '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!GENERIC_TYPES.has(type)) return BY_TYPE[type] ?? 'other';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(att.filename ?? '')?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'other';
}

/** Kinds the bytes prove: a PDF header, or a zip holding an ODT mimetype or word/document.xml. */
function sniff(bytes: Buffer): DocumentKind | null {
  // PDF 32000-1 7.5.2 puts %PDF- first (readers accept junk before it; then the label decides).
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (!isZip(bytes)) return null;
  if (ODT_MIMETYPE.test(bytes.subarray(30, 30 + 60).toString('latin1'))) return 'odt';
  const listing = listZipEntries(bytes, 'zip');
  if (listing.ok && listing.entries.some((e) => e.name === 'word/document.xml')) return 'docx';
  return null;
}
