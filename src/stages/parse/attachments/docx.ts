// DOCX attachments with mammoth. We go through mammoth's HTML (not extractRawText) so that Word
// tables reach htmlToText and a two-column form becomes "Label: value" lines. The zip is checked
// by zip.ts before mammoth (via jszip) inflates anything. Tracked changes read as accepted: mammoth
// keeps inserted runs (w:ins, w:moveTo) and drops deleted ones (w:del, w:moveFrom) and deleted
// paragraph marks (mammoth lib/docx/body-reader.js), which is what Word shows once all are accepted.
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
  return outsideTables(html, boldParagraphsAsHeadings)
    .replace(/<p><\/p>/g, '<div><br></div>').replace(/<(\/?)p>/g, '<$1div>');
}

/**
 * A paragraph bold from end to end is how Word authors write a heading or a label on its own line
 * ("Títol", "Persona de contacte"): read as a heading (a block of its own, as a Word heading style
 * is), which the extractor already reads as a label or a practice's name. mammoth writes each bold
 * run as <strong>; a paragraph of nothing else is wholly bold. Inside tables bold already marks
 * header cells (html-to-text), so tables are left as they are.
 */
function boldParagraphsAsHeadings(html: string): string {
  return html.replace(/<p>((?:<strong>[^<]*<\/strong>\s*)+)<\/p>/g, (whole, runs: string) => (/\p{L}/u.test(runs) ? `<h6>${runs}</h6>` : whole));
}

/** Apply `edit` to the HTML outside <table>…</table> (nested tables included). */
function outsideTables(html: string, edit: (part: string) => string): string {
  let out = '';
  let depth = 0;
  let from = 0;
  for (const m of html.matchAll(/<(\/?)table\b[^>]*>/g)) {
    const at = m.index;
    if (!m[1]) {
      if (depth === 0) { out += edit(html.slice(from, at)); from = at; }
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) { out += html.slice(from, at + m[0].length); from = at + m[0].length; }
    }
  }
  return out + (depth === 0 ? edit(html.slice(from)) : html.slice(from));
}

function ole2Reason(buffer: Buffer): string {
  return buffer.includes(ENCRYPTION_INFO)
    ? 'password-protected DOCX'
    : 'legacy Word 97-2003 file (.doc), not a DOCX: ask for DOCX or PDF';
}
