#!/usr/bin/env node
// `npm run eval`: ingest ../shared/corpus/dev with its config into a temporary database, export,
// and score with ../shared/corpus/score.mjs. Options: --corpus DIR (default ../shared/corpus/dev; e.g. the
// held-out tests/fixtures/heldout), --scorer FILE, --details, --min SCORE (exit 1 below it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const corpus = resolve(opt('--corpus') ?? join(root, '..', 'shared', 'corpus', 'dev'));
const defaultScorer = join(root, '..', 'shared', 'corpus', 'score.mjs');
const scorer = resolve(opt('--scorer') ?? (existsSync(join(corpus, '..', 'score.mjs')) ? join(corpus, '..', 'score.mjs') : defaultScorer));
const min = opt('--min') ? Number(opt('--min')) : null;

if (opt('--corpus') && !existsSync(join(corpus, 'expected.json'))) {
  console.error(`eval: ${join(corpus, 'expected.json')} not found; --corpus must name a folder with .eml files and expected.json`);
  process.exit(2);
}
if (!existsSync(join(corpus, 'expected.json')) || !existsSync(scorer)) {
  console.log(`eval: skipped — no corpus at ${corpus} (it lives in ../shared, beside the project; a user's clone has none)`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'xmess-eval-'));
const xmess = (...a) => spawnSync(process.execPath, [join(root, 'bin', 'xmess.js'), ...a], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
try {
  const db = join(tmp, 'dev.db');
  const ingest = xmess('ingest', corpus, '--config', join(corpus, 'config'), '--db', db);
  if (ingest.status !== 0 && ingest.status !== 1) {
    console.error(`eval: ingest crashed (exit ${ingest.status}):\n${ingest.stderr}`);
    process.exit(1);
  }
  console.log(ingest.stdout.trim().split('\n').pop());
  for (const what of ['practices', 'messages']) {
    const out = xmess('export', '--db', db, '--config', join(corpus, 'config'), '--what', what);
    if (out.status !== 0) { console.error(`eval: export --what ${what} failed:\n${out.stderr}`); process.exit(1); }
    writeFileSync(join(tmp, `${what}.json`), out.stdout);
  }
  const scoreArgs = [scorer, '--corpus', corpus, '--practices', join(tmp, 'practices.json'), '--messages', join(tmp, 'messages.json')];
  if (args.includes('--details')) scoreArgs.push('--details');
  const score = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  process.stderr.write(score.stderr);
  const value = Number(/score: ([\d.]+)/.exec(score.stdout)?.[1] ?? NaN);
  if (min !== null && !(value >= min)) {
    console.error(`eval: score ${value} is below the required ${min}`);
    process.exit(1);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
