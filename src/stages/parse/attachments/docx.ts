// DOCX attachments with mammoth. We go through mammoth's HTML (not extractRawText) so that Word
// tables reach htmlToText and a two-column form becomes "Label: value" lines. The zip is checked
// by zip.ts before mammoth (via jszip) inflates anything.
import { htmlToText } from '../html-to-text.js';
import { mammoth } from './mammoth-loader.js';
import type { ReadOutcome } from './outcome.js';
import { checkRealSizes, isZip, listZipEntries } from './zip.js';

/** MS-CFB header: a password-protected DOCX is an OLE2 container (MS-OFFCRYPTO), as is a legacy .doc. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** MS-OFFCRYPTO 2.3.4: an encrypted package stores an "EncryptionInfo" stream (UTF-16LE name). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) return { ok: false, reason: ole2Reason(buffer) };
  if (!isZip(buffer)) return { ok: false, reason: 'corrupt or truncated DOCX (not a zip archive)' };
  const listing = listZipEntries(buffer, 'DOCX');
  if (!listing.ok) return listing;
  if (listing.entries.some((e) => e.encrypted)) return { ok: false, reason: 'password-protected DOCX (encrypted zip)' };
  if (!listing.entries.some((e) => e.name === 'word/document.xml')) return { ok: false, reason: 'not a Word document (no word/document.xml)' };
  const lying = checkRealSizes(buffer, listing.entries);
  if (lying) return { ok: false, reason: lying };
  return convert(buffer);
}

async function convert(buffer: Buffer): Promise<ReadOutcome> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer }, {
      // Images would be inlined as base64 data URIs: we want text, so they become empty <img>.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      // Never read a linked (external) file: the default since mammoth 1.11, stated so no upgrade can flip it.
      externalFileAccess: false,
      // An empty Word paragraph is the author's blank line: keep it (see wordParagraphsAsLines).
      ignoreEmptyParagraphs: false,
    });
    const text = htmlToText(wordParagraphsAsLines(value));
    return text ? { ok: true, text } : { ok: false, reason: 'no text in the document' };
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : String(err);
    return { ok: false, reason: `corrupt or truncated DOCX (${detail})` };
  }
}

/**
 * A Word paragraph is a line as the author typed it, not an HTML paragraph with a margin: as lines
 * (divs), consecutive "Label: value" paragraphs stay one block, and an empty paragraph is a blank
 * line. mammoth writes bare `<p>`/`</p>` tags (no attributes with the default style map).
 */
function wordParagraphsAsLines(html: string): string {
  return html.replace(/<p><\/p>/g, '<div><br></div>').replace(/<(\/?)p>/g, '<$1div>');
}

function ole2Reason(buffer: Buffer): string {
  return buffer.includes(ENCRYPTION_INFO)
    ? 'password-protected DOCX'
    : 'legacy Word 97-2003 file (.doc), not a DOCX: ask for DOCX or PDF';
}
