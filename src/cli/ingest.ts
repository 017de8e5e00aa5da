// `xmess ingest PATH…`: one-shot import processed inline; prints what was understood and a line of counts.
import { SingleBar, Presets } from 'cli-progress';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../config/env.js';
import { loadConfig } from '../config/load.js';
import { createSummarisingLogger } from '../log-summary.js';
import { ingestPaths, summaryLine, type IngestSummary } from '../pipeline/ingest.js';
import { openDb, type Db } from '../store/db.js';
import { exportSomePractices } from '../store/export.js';
import { exportOutbox } from '../follow-ups/store/outbox.js';
import { isUndelivered } from '../follow-ups/send/deliver.js';
import { openContext, type CliContext, type CommonOptions } from './context.js';
import { EXIT_UNDELIVERED } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';
import { renderTable } from '../util/table.js';

/** Theme ids shortened so the table fits a terminal; the export has the full ids. */
const SHORT_THEME: Record<string, string> = {
  'covid-response': 'covid', intercooperation: 'interco', 'public-procurement': 'procurement', youth: 'youth',
  'ecological-transition': 'ecology', 'feminism-intersectionality': 'feminism',
};

/** More rows than this would scroll the summary away; the export has them all. */
const MAX_TABLE_ROWS = 40;

function practicesTable(ids: string[], db: Db): string {
  // Only what the table shows is read: the whole export of a large database would grow with it.
  const rows = exportSomePractices(db, ids, MAX_TABLE_ROWS);
  if (!rows.length) return '';
  const shown = rows.map((p) => [
    p.title, p.municipality, p.contact.name ?? p.contact.email, p.themes.map((t) => SHORT_THEME[t] ?? t).join(', ') || null, p.late ? 'late' : 'on time', p.missing.length ? p.missing.join(', ') : null,
  ]);
  const more = ids.length > rows.length ? `\n… and ${ids.length - rows.length} more (xmess export)` : '';
  return renderTable(['title', 'municipality', 'contact', 'themes', 'arrived', 'missing'], shown, [30, 16, 18, 18, 9, 15]) + more;
}

function progress(): { hooks: Parameters<typeof ingestPaths>[3]; stop: () => void } {
  if (!process.stderr.isTTY) return { hooks: {}, stop: () => undefined };
  const bar = new SingleBar({ format: 'processing |{bar}| {value}/{total} messages', stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
  return {
    hooks: { onProcessStart: (n) => bar.start(n, 0), onProcessed: (n) => bar.update(n) },
    stop: () => bar.stop(),
  };
}

export interface IngestOptions extends CommonOptions {
  outbox?: string;
  /** commander's negated flag: false with --no-follow-ups. */
  followUps?: boolean;
  dryRun?: boolean;
}

/** CONTRACT.md exit statuses: 1 an input or message failed; else 3 when follow-ups could not be delivered. */
function exitCode(s: IngestSummary): number {
  if (s.unreadable.length || s.failed) return 1;
  return s.followUps && isUndelivered(s.followUps) ? EXIT_UNDELIVERED : 0;
}

export async function ingestCommand(paths: string[], opts: IngestOptions): Promise<number> {
  if (opts.dryRun) return dryRun(paths, opts);
  const logger = createSummarisingLogger(readEnv().logLevel ?? 'warn');
  const ctx = openContext(opts, { create: true, writes: true, log: logger.log, noFollowUps: opts.followUps === false });
  try {
    const summary = await runIngest(ctx, paths);
    for (const line of logger.summary()) console.error(`xmess ingest: warning: ${line}`);
    console.log(summaryLine(summary) + (opts.followUps === false ? '; follow-ups: none planned (--no-follow-ups)' : ''));
    return exitCode(summary);
  } finally {
    await ctx.close();
  }
}

async function runIngest(ctx: CliContext, paths: string[]): Promise<IngestSummary> {
  const bar = progress();
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(ctx.pipeline, paths, ctx.log, bar.hooks);
  } finally {
    bar.stop();
  }
  for (const u of summary.unreadable) console.error(`xmess ingest: ${u.origin}: ${u.error}`);
  const table = practicesTable(summary.newPracticeIds, ctx.db);
  if (table) console.log(table);
  return summary;
}

/**
 * `--dry-run`: the same run on a copy of the database in a temporary folder (raw archive and outbox
 * there too, never SMTP), reported, then thrown away: what would be recorded and sent, nothing written.
 */
async function dryRun(paths: string[], opts: IngestOptions): Promise<number> {
  const config = loadConfig(opts, readEnv());
  const tmp = mkdtempSync(join(tmpdir(), 'xmess-dry-run-'));
  const dbPath = join(tmp, 'x.db');
  if (existsSync(config.dbPath)) copyDatabase(config.dbPath, dbPath);
  const logger = createSummarisingLogger(config.logLevel);
  const ctx = openContext(opts, { create: true, log: logger.log, noFollowUps: opts.followUps === false, override: { dbPath, rawDir: join(tmp, 'raw'), outboxDir: join(tmp, 'outbox'), smtpUrl: undefined } });
  try {
    process.stderr.write(`xmess: dry run on a copy of ${config.dbPath}: nothing is written there, nobody is mailed\n`);
    const before = new Set(exportOutbox(ctx.db).map((o) => o.id));
    const summary = await runIngest(ctx, paths);
    const planned = exportOutbox(ctx.db).filter((o) => !before.has(o.id) && o.status !== 'failed');
    const kinds = [...new Set(planned.map((o) => o.kind))].map((k) => `${k} ${planned.filter((o) => o.kind === k).length}`).join(', ');
    const { followUps: _, ...counts } = summary;
    console.log(`dry run: ${summaryLine(counts)}; follow-ups that would be sent ${planned.length}${kinds ? ` (${kinds})` : ''}`);
    for (const line of logger.summary()) console.error(`xmess ingest: warning: ${line}`);
    return summary.unreadable.length || summary.failed ? 1 : 0;
  } finally {
    await ctx.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A consistent copy even while another process writes (SQLite's VACUUM INTO reads one snapshot). */
function copyDatabase(from: string, to: string): void {
  const db = openDb(from, { create: false });
  try {
    db.prepare('VACUUM INTO ?').run(to);
  } finally {
    db.close();
  }
}

export const registerIngest: Register = (program, wrap) => {
  withCommonOptions(program.command('ingest').description('import .eml files, folders, mbox files or Maildirs, processed inline (no servers)'))
    .argument('<paths...>', 'files or folders to import')
    .option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)')
    .option('--no-follow-ups', 'records only: plan no acknowledgement, notice or task for these messages, now or later (for archives)')
    .option('--dry-run', 'show what would be recorded and sent; write nothing, mail nobody')
    .action(wrap((paths: string[], opts: IngestOptions) => ingestCommand(paths, opts)));
};
