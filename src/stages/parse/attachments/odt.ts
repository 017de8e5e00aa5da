// ODT attachments: content.xml out of the zip (bounded by zip.ts: declared sizes checked first,
// inflation capped at the declared size), walked by odf-html.ts, linearised by htmlToText.
// We inflate with zlib rather than jszip because jszip cannot cap an entry's real output.
import { htmlToText } from '../html-to-text.js';
import { odfToHtml } from './odf-html.js';
import type { ReadOutcome } from './outcome.js';
import { isZip, listZipEntries, readZipEntry, type ZipEntry } from './zip.js';

/** ODF 1.2 part 3, 3.4.1: an encrypted package lists <manifest:encryption-data> per encrypted file. */
const ENCRYPTION_DATA = 'encryption-data';

export async function readOdt(bytes: Uint8Array): Promise<ReadOutcome> {
  if (!isZip(bytes)) return { ok: false, reason: 'corrupt or truncated ODT (not a zip archive)' };
  const listing = listZipEntries(bytes, 'ODT');
  if (!listing.ok) return listing;
  if (listing.entries.some((e) => e.encrypted) || isEncryptedPackage(bytes, listing.entries)) {
    return { ok: false, reason: 'password-protected ODT' };
  }
  const content = listing.entries.find((e) => e.name === 'content.xml');
  if (!content) return { ok: false, reason: 'not an OpenDocument text (no content.xml)' };
  const xml = readZipEntry(bytes, content);
  if (!xml.ok) return xml;
  const html = odfToHtml(xml.data.toString('utf8'));
  if (!html.ok) return html;
  const text = htmlToText(html.html);
  return text ? { ok: true, text } : { ok: false, reason: 'no text in the document' };
}

function isEncryptedPackage(bytes: Uint8Array, entries: ZipEntry[]): boolean {
  const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml');
  if (!manifest) return false;
  const read = readZipEntry(bytes, manifest);
  return read.ok && read.data.toString('utf8').includes(ENCRYPTION_DATA);
}
