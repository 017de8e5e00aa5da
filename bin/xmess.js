#!/usr/bin/env node
// Entry point of the `xmess` command: runs the compiled CLI (npm install builds it via `prepare`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src', 'cli', 'main.js');
if (!existsSync(main)) {
  console.error('xmess: the compiled CLI is missing (dist/); run `npm install` or `npm run build` in the project folder');
  process.exit(1);
}
const { run } = await import(main);
process.exitCode = await run(process.argv);
// For benchmarks and the robustness tests: the peak memory of the whole process (worker threads included).
if (process.env.XMESS_REPORT_PEAK_RSS) console.error(`peak rss: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
