// Where a command writes its result (`--out FILE`, else standard output). A missing or read-only
// folder is the user's to fix: said in one line naming the file, never as a stack trace.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../domain/errors.js';

export function writeOut(file: string | undefined, text: string): void {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) throw new ConfigError(`cannot write: the folder ${folder} does not exist; create it or choose another --out`, file);
  try {
    writeFileSync(file, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new ConfigError(`cannot write (${code}); check the folder's permissions or choose another --out`, file);
  }
}
