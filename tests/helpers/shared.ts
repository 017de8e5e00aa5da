// ../shared (the development corpus and the wild files) exists beside the project in development and
// CI, not in a user's clone: tests that need it say so visibly and skip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';

export const SHARED_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus');

export function sharedCorpus(sub: string): string | null {
  const dir = join(SHARED_CORPUS, sub);
  if (existsSync(dir)) return dir;
  console.warn(`SKIPPED: ${dir} is absent (../shared is not part of a user's clone); tests that need it do not run`);
  return null;
}
