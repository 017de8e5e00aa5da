// Reading a zip's central directory ourselves, so DOCX and ODT zip bombs are refused by name from
// what they declare BEFORE anything is inflated, and entries we do inflate are bounded by zlib's
// maxOutputLength (jszip, which mammoth uses, inflates whatever an entry really holds).
// Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16 (EOCD).
import { inflateRawSync } from 'node:zlib';
import { MAX_XML_PART_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_UNCOMPRESSED_BYTES } from './limits.js';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate (the only methods jszip and mammoth read). */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** The EOCD ends the file but may be followed by a comment of up to 65,535 bytes (APPNOTE 4.3.16). */
const MAX_COMMENT = 0xffff;
/** 0xFFFF / 0xFFFFFFFF in the EOCD mean "see the ZIP64 record": only archives over our limits need one. */
const ZIP64_MARKERS = new Set([0xffff, 0xffffffff]);

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_SIGNATURE;
}

/** Entries of the central directory, refused when the archive declares more than our limits. */
export function listZipEntries(bytes: Uint8Array, kind: string): ZipListing {
  const dv = view(bytes);
  const eocd = findEocd(dv);
  if (eocd < 0) return { ok: false, reason: `corrupt or truncated ${kind} (no zip directory)` };
  const count = dv.getUint16(eocd + 10, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (ZIP64_MARKERS.has(count) || ZIP64_MARKERS.has(offset)) {
    return { ok: false, reason: `zip bomb refused: ${kind} is a ZIP64 archive (over 65,535 entries or 4 GB)` };
  }
  if (count > MAX_ZIP_ENTRIES) {
    return { ok: false, reason: `refused: ${kind} has ${count.toLocaleString('en')} zip entries (limit ${MAX_ZIP_ENTRIES.toLocaleString('en')})` };
  }
  const entries = readCentralDirectory(dv, offset, count);
  if (!entries) return { ok: false, reason: `corrupt or truncated ${kind} (damaged zip directory)` };
  const problem = declaredSizeProblem(entries, kind);
  return problem ? { ok: false, reason: problem } : { ok: true, entries };
}

/** Search backwards for the end-of-central-directory record. */
function findEocd(dv: DataView): number {
  const stop = Math.max(0, dv.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let i = dv.byteLength - EOCD_SIZE; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readCentralDirectory(dv: DataView, offset: number, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > dv.byteLength || dv.getUint32(pos, true) !== CENTRAL_SIGNATURE) return null;
    const flags = dv.getUint16(pos + 8, true);
    const nameLength = dv.getUint16(pos + 28, true);
    const skip = nameLength + dv.getUint16(pos + 30, true) + dv.getUint16(pos + 32, true);
    if (pos + 46 + nameLength > dv.byteLength) return null;
    const nameBytes = new Uint8Array(dv.buffer, dv.byteOffset + pos + 46, nameLength);
    entries.push({
      // Bit 11: UTF-8 names; otherwise CP437, which only matters for non-ASCII names we never look up.
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: dv.getUint16(pos + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize: dv.getUint32(pos + 20, true),
      uncompressedSize: dv.getUint32(pos + 24, true),
      localHeaderOffset: dv.getUint32(pos + 42, true),
    });
    pos += 46 + skip;
  }
  return entries;
}

function declaredSizeProblem(entries: ZipEntry[], kind: string): string | null {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff) return `zip bomb refused: ${entry.name} declares over 4 GB (ZIP64)`;
    if (isXmlPart(entry) && entry.uncompressedSize > MAX_XML_PART_BYTES) {
      return `zip bomb refused: ${entry.name} declares ${mb(entry.uncompressedSize)} uncompressed (limit ${mb(MAX_XML_PART_BYTES)} per XML part)`;
    }
    total += entry.uncompressedSize;
  }
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES) {
    return `zip bomb refused: ${kind} declares ${mb(total)} uncompressed (limit ${mb(MAX_ZIP_UNCOMPRESSED_BYTES)})`;
  }
  return null;
}

function isXmlPart(entry: ZipEntry): boolean {
  return /\.(xml|rels)$/i.test(entry.name);
}

/**
 * Inflate one entry, never producing more than it declared: a lying entry (small declared size,
 * huge real content) fails here with zlib's maxOutputLength instead of filling the heap.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): { ok: true; data: Buffer } | { ok: false; reason: string } {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > dv.byteLength || dv.getUint32(at, true) !== LOCAL_SIGNATURE) return { ok: false, reason: `${entry.name}: damaged zip entry` };
  // The local header has its own name/extra lengths, which may differ from the central directory's.
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > dv.byteLength) return { ok: false, reason: `${entry.name}: truncated zip entry` };
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return { ok: true, data: raw };
  if (entry.method !== 8) return { ok: false, reason: `${entry.name}: unsupported zip compression method ${entry.method}` };
  try {
    return { ok: true, data: inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }) };
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, reason: `zip bomb refused: ${entry.name} inflates beyond the ${mb(entry.uncompressedSize)} it declares` };
    return { ok: false, reason: `${entry.name}: damaged compressed data` };
  }
}

/** Inflate the XML parts a reader will parse, so a lying entry is refused before the reader's own unzip. */
export function checkRealSizes(bytes: Uint8Array, entries: ZipEntry[]): string | null {
  for (const entry of entries.filter(isXmlPart)) {
    const read = readZipEntry(bytes, entry);
    if (!read.ok) return read.reason;
  }
  return null;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function mb(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}
