// Content-addressed archive of raw messages under data/raw/: every message is kept, byte for byte,
// before anything else happens to it, so it can be reprocessed after the extractor improves.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

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
