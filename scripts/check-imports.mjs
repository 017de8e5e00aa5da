#!/usr/bin/env node
// `node scripts/check-imports.mjs`: holds the imports of src/ and workers/ against the layout
// (README "How it works"): no import loop anywhere, and the boundaries below. Reads the sources
// with a regular expression (relative specifiers only), so it needs no build and no package.
// Prints each breach and exits 1; prints nothing and exits 0 when the layout holds.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder → folders it must not import from (paths from the project root). */
const FORBIDDEN = {
  'src/domain': ['src/', 'workers/'],
  'src/util': ['src/', 'workers/'],
  'src/stages': ['src/store', 'src/cli', 'src/transports', 'src/service', 'src/pipeline', 'src/follow-ups', 'src/config'],
  'src/follow-ups/plan': ['src/store', 'src/cli', 'src/transports', 'src/service', 'src/pipeline', 'src/follow-ups/store', 'src/follow-ups/send', 'src/config'],
  'src/follow-ups/render': ['src/store', 'src/cli', 'src/transports', 'src/service', 'src/pipeline', 'src/follow-ups/store', 'src/follow-ups/send', 'src/config'],
  'src/store': ['src/stages', 'src/pipeline', 'src/transports', 'src/service', 'src/cli', 'src/follow-ups'],
  'src/transports': ['src/stages', 'src/pipeline', 'src/service', 'src/cli', 'src/follow-ups'],
  workers: ['src/service', 'src/cli'],
};
/** What each folder may still import although a rule above forbids the wider folder. */
const ALLOWED = {
  'src/domain': ['src/domain'],
  'src/util': ['src/util', 'src/domain'],
};

function* sources(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2];
    out.push(relative(root, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
  }
  return out;
}

const graph = new Map();
for (const dir of ['src', 'workers']) for (const file of sources(join(root, dir))) graph.set(relative(root, file), importsOf(file));

const problems = [];
const under = (path, folder) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
for (const [file, deps] of graph) {
  for (const [folder, banned] of Object.entries(FORBIDDEN)) {
    if (!under(file, folder)) continue;
    for (const dep of deps) {
      if ((ALLOWED[folder] ?? []).some((a) => under(dep, a))) continue;
      const hit = banned.find((b) => under(dep, b));
      if (hit && !under(dep, folder)) problems.push(`${file} imports ${dep} (${folder} must not import ${hit})`);
    }
  }
}

// Import loops: strongly connected components of more than one module (Tarjan).
let index = 0;
const stack = [];
const info = new Map();
function visit(v) {
  info.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!info.has(w)) {
      visit(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) problems.push(`import loop: ${component.sort().join(' ⇄ ')}`);
  }
}
for (const v of graph.keys()) if (!info.has(v)) visit(v);

for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
