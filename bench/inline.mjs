// Inline ingest measured in-process (as bare.mjs measures the libraries): the same code path as
// `xmess ingest`, store → analyse → commit → follow-ups, without process start-up and exit.
// Prints one JSON line: messages, seconds, peak RSS and the summary line. A 4th argument
// 'no-follow-ups' leaves the follow-ups out.
import { openContext } from '../dist/src/cli/context.js';
import { ingestPaths, summaryLine } from '../dist/src/pipeline/ingest.js';

const [dir, db, config, variant] = process.argv.slice(2);
const ctx = openContext({ db, config });
// 'no-follow-ups': the intake path alone, to tell its cost from planning, rendering and sending follow-ups.
if (variant === 'no-follow-ups') delete ctx.pipeline.followUps;
const t0 = performance.now();
const s = await ingestPaths(ctx.pipeline, [dir], ctx.log);
const seconds = (performance.now() - t0) / 1000;
// Closes the database and the document-reader threads.
await ctx.close();
console.log(JSON.stringify({ messages: s.read, seconds, peakMb: process.resourceUsage().maxRSS / 1024, summary: summaryLine(s) }));
