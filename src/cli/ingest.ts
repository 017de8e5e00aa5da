// `xmess ingest PATH…`: one-shot import processed inline; prints what was understood and a line of counts.
import { SingleBar, Presets } from 'cli-progress';
import { ingestPaths, summaryLine, type IngestSummary } from '../pipeline/ingest.js';
import { exportSomePractices } from '../store/export.js';
import type { Db } from '../store/db.js';
import { openContext, type CommonOptions } from './context.js';
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

export async function ingestCommand(paths: string[], opts: CommonOptions): Promise<number> {
  const ctx = openContext(opts);
  const bar = progress();
  let summary: IngestSummary;
  try {
    summary = await ingestPaths(ctx.pipeline, paths, ctx.log, bar.hooks);
  } finally {
    bar.stop();
  }
  try {
    for (const u of summary.unreadable) console.error(`xmess ingest: ${u.origin}: ${u.error}`);
    const table = practicesTable(summary.newPracticeIds, ctx.db);
    if (table) console.log(table);
    console.log(summaryLine(summary));
    return summary.unreadable.length || summary.failed ? 1 : 0;
  } finally {
    await ctx.close();
  }
}

export const registerIngest: Register = (program, wrap) => {
  withCommonOptions(program.command('ingest').description('import .eml files, folders, mbox files or Maildirs, processed inline (no servers)'))
    .argument('<paths...>', 'files or folders to import')
    .option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)')
    .action(wrap((paths: string[], opts: CommonOptions) => ingestCommand(paths, opts)));
};
