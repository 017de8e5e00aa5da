// Where the installed project lives, found from this file (works from src/ under jest and from dist/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"xmess-intake"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the xmess-intake package above ${start}`);
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const BUILTIN_CONFIG_DIR = join(PROJECT_ROOT, 'config');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
