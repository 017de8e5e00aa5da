// Writes a catalogue into DIR as a web's git repository wants it: only files whose bytes changed are
// rewritten (tmp + rename), and files of an earlier run that are no longer part of the catalogue (the
// page of a practice no longer published) are removed. What was written is listed in a manifest, and
// only files that manifest lists are ever removed: anything else in DIR is left alone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { ConfigError } from '../../domain/errors.js';

export const MANIFEST = '.xmess-publish.json';

export interface WriteSummary {
  written: string[];
  unchanged: number;
  removed: string[];
}

interface Manifest {
  generator: 'xmess publish';
  files: Record<string, string>;
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A path from a manifest stays inside DIR; a hand-edited one with ".." or an absolute path is ignored. */
function isOwnPath(p: string): boolean {
  const n = normalize(p);
  return !n.startsWith('..') && !n.startsWith(sep) && !n.includes(`..${sep}`) && !/^[a-zA-Z]:/.test(n);
}

function readManifest(dir: string): Manifest | null {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return null;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (m.generator !== 'xmess publish' || typeof m.files !== 'object') throw new Error('not a manifest of xmess publish');
    return m;
  } catch (err) {
    throw new ConfigError(`cannot read the manifest of an earlier publish (${(err as Error).message}); remove it only if DIR holds nothing of xmess`, file);
  }
}

function writeIfChanged(file: string, bytes: Buffer): boolean {
  if (existsSync(file) && readFileSync(file).equals(bytes)) return false;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return true;
}

/** Folders we emptied (practices/, themes/…) go too, but never DIR itself or a folder with anything else in it. */
function removeEmptyParents(dir: string, path: string): void {
  for (let d = dirname(path); d !== '.' && d !== ''; d = dirname(d)) {
    const full = join(dir, d);
    if (!existsSync(full) || readdirSync(full).length) return;
    rmdirSync(full);
  }
}

export function writeCatalogue(dir: string, files: Map<string, Buffer>): WriteSummary {
  const previous = readManifest(dir);
  const owned = previous?.files ?? {};
  // Never overwrite a file xmess did not write (the web's own index.html): publish to another folder.
  for (const path of [...files.keys()].sort()) {
    const full = join(dir, path);
    if (!(path in owned) && existsSync(full) && !readFileSync(full).equals(files.get(path)!)) {
      throw new ConfigError('exists and was not written by xmess publish; publish into an empty folder or one of an earlier publish', full);
    }
  }
  const summary: WriteSummary = { written: [], unchanged: 0, removed: [] };
  for (const path of [...files.keys()].sort()) {
    if (writeIfChanged(join(dir, path), files.get(path)!)) summary.written.push(path);
    else summary.unchanged++;
  }
  for (const path of Object.keys(owned).sort()) {
    if (files.has(path) || !isOwnPath(path)) continue;
    const full = join(dir, path);
    if (existsSync(full)) unlinkSync(full);
    summary.removed.push(path);
    removeEmptyParents(dir, path);
  }
  const manifest: Manifest = { generator: 'xmess publish', files: Object.fromEntries([...files.keys()].sort().map((p) => [p, sha256(files.get(p)!)])) };
  writeIfChanged(join(dir, MANIFEST), Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
  return summary;
}
