// Content-addressed archive of raw messages under data/raw/: every message is kept, byte for byte,
// before anything else happens to it, so it can be reprocessed after the extractor improves.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../util/hash.js';

export { sha256 };

export function rawPath(rawDir: string, hash: string): string {
  return join(rawDir, hash.slice(0, 2), `${hash}.eml`);
}

/** Writes once (tmp + rename, so a crash never leaves half a file under the final name). */
export function archiveRaw(rawDir: string, bytes: Buffer, hash = sha256(bytes)): string {
  const path = rawPath(rawDir, hash);
  if (existsSync(path)) return hash;
  mkdirSync(join(rawDir, hash.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return hash;
}

export function readRaw(rawDir: string, hash: string): Buffer {
  return readFileSync(rawPath(rawDir, hash));
}
