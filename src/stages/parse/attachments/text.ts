// Bytes of a text or HTML attachment to a string. Attachments reach us without their charset
// parameter, and councils' older systems still write ISO-8859-1/Windows-1252, so we decide from
// the bytes: a BOM, an HTML meta charset, valid UTF-8, else Windows-1252.
import { MAX_TEXT_CHARS } from './limits.js';

/** HTML5 "prescan": browsers look for <meta charset> in the first 1024 bytes. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeText(bytes: Uint8Array, html = false): string {
  const bom = fromBom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  if (html) {
    const declared = META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))?.[1];
    const decoded = declared ? tryDecode(bytes, declared, false) : null;
    if (decoded !== null) return decoded;
  }
  // WHATWG maps "latin1"/"iso-8859-1" to windows-1252, a superset that also has € and curly quotes.
  return tryDecode(bytes, 'utf-8', true) ?? new TextDecoder('windows-1252').decode(bytes);
}

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(charset, { fatal }).decode(bytes);
  } catch {
    return null; // unknown charset label, or invalid bytes for it
  }
}

/** Keep at most MAX_TEXT_CHARS, cut at a line end when there is one nearby. */
export function clampText(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
  return text.slice(0, cut > MAX_TEXT_CHARS * 0.9 ? cut : MAX_TEXT_CHARS);
}
