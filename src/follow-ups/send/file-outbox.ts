// Without SMTP_URL, follow-ups are written as .eml files (CONTRACT: outbox/ beside the database):
// named by outbox id and written tmp + rename, so a rerun or a crash never leaves two or half a file.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const emlPath = (dir: string, id: string): string => join(dir, `${id}.eml`);

/** Folders made by this process: one mkdir per folder, not per mail. */
const made = new Set<string>();

/** Writes the file unless it is already there (a crash after writing but before the row was marked sent). */
export function writeEml(dir: string, id: string, bytes: Buffer): 'written' | 'exists' {
  const path = emlPath(dir, id);
  if (existsSync(path)) return 'exists';
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return 'written';
}
