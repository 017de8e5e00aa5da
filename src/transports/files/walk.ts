// Turns the PATHs given to `xmess ingest` into a stream of raw messages: .eml files, folders
// (recursive), mbox files and Maildir folders. Unreadable paths become error items; the rest goes on.
import { closeSync, openSync, readSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MAX_MESSAGE_BYTES } from '../../domain/limits.js';
import { isMboxStart, readMbox } from './mbox.js';
import type { ReadItem } from './types.js';

const HEAD_BYTES = 256 * 1024;

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(err);
}

function readHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function readEml(file: string, size: number): ReadItem {
  if (size > MAX_MESSAGE_BYTES) return { type: 'oversized', raw: { bytes: readHead(file, HEAD_BYTES), origin: file }, size };
  return { type: 'message', raw: { bytes: readFileSync(file), origin: file } };
}

const isMaildir = (dir: string, entries: string[]): boolean => entries.includes('cur') && entries.includes('new') && statSync(join(dir, 'cur')).isDirectory();

function* maildirFiles(dir: string): Generator<string> {
  for (const sub of ['new', 'cur']) {
    for (const name of readdirSync(join(dir, sub)).sort()) if (!name.startsWith('.')) yield join(dir, sub, name);
  }
}

async function* readFile(file: string, size: number): AsyncGenerator<ReadItem> {
  if (size === 0) {
    yield { type: 'error', origin: file, error: 'empty file' };
    return;
  }
  if (isMboxStart(readHead(file, 5))) yield* readMbox(file);
  else yield readEml(file, size);
}

async function* readFolder(dir: string): AsyncGenerator<ReadItem> {
  const entries = readdirSync(dir).sort();
  if (isMaildir(dir, entries)) {
    for (const file of maildirFiles(dir)) yield* readPath(file, true);
  }
  for (const name of entries) {
    if (name.startsWith('.') || (isMaildir(dir, entries) && ['cur', 'new', 'tmp'].includes(name))) continue;
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    // Inside folders only mail files are taken, so a folder of mixed documents can be pointed at safely.
    if (st.isDirectory()) yield* readFolder(path);
    else if (st.isFile() && /\.(eml|mbox|mbx)$/i.test(basename(path))) yield* readPath(path, true);
  }
}

/** Reads one PATH argument. Never throws: problems come out as error items naming the path. */
export async function* readPath(path: string, inFolder = false): AsyncGenerator<ReadItem> {
  try {
    const st = statSync(path);
    if (st.isDirectory()) yield* readFolder(path);
    else if (st.isFile()) yield* readFile(path, st.size);
    else yield { type: 'error', origin: path, error: 'not a file or folder' };
  } catch (err) {
    yield { type: 'error', origin: path, error: `${inFolder ? '' : 'cannot read: '}${errorText(err)}` };
  }
}
