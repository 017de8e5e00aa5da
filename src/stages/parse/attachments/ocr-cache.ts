// The OCR cache: one JSON file per attachment, named by its SHA-256, in a folder beside the raw
// archive. A folder rather than a table, because OCR runs in analyse, the stateless half of
// processing that touches no database and may run on any worker host sharing the data folder; the
// files are written once under a temporary name and renamed (atomic), so concurrent workers never
// clash, and a lost cache only costs reading the scan again. The key includes OCR_CACHE_VERSION so
// a change of languages or rendering reads old scans afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when what OCR produces changes (languages, rendering size, Tesseract options). */
const OCR_CACHE_VERSION = 1;

export interface CachedOcr { text: string; pages?: number }

function cachePath(dir: string, bytes: Uint8Array, languages: string[]): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return join(dir, hash.slice(0, 2), `${hash}.v${OCR_CACHE_VERSION}.${languages.join('+')}.json`);
}

export function readOcrCache(dir: string, bytes: Uint8Array, languages: string[]): CachedOcr | null {
  try {
    const value = JSON.parse(readFileSync(cachePath(dir, bytes, languages), 'utf8')) as Partial<CachedOcr>;
    if (typeof value.text !== 'string') return null;
    return typeof value.pages === 'number' ? { text: value.text, pages: value.pages } : { text: value.text };
  } catch {
    return null; // not cached yet, or a damaged file: read the scan again
  }
}

export function writeOcrCache(dir: string, bytes: Uint8Array, languages: string[], value: CachedOcr): void {
  const path = cachePath(dir, bytes, languages);
  mkdirSync(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, JSON.stringify(value));
  renameSync(temp, path);
}
