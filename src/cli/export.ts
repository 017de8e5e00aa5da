// `xmess export`: practices, messages (or the outbox) as JSON or CSV, exactly as CONTRACT.md says.
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../domain/errors.js';
import { exportMessages, exportPractices } from '../store/export.js';
import { exportOutbox } from '../follow-ups/store/outbox.js';
import { Option } from 'commander';
import { openContext, type CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';

export interface ExportOptions extends CommonOptions {
  format: string;
  what: string;
  out?: string;
}

const join = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Flattens nested objects (contact.name…) into columns; lists joined with "; " as spreadsheet users expect. */
function toCsv(items: Record<string, unknown>[]): string {
  const flat = items.map((item) => {
    const row: Record<string, string> = {};
    for (const [k, v] of Object.entries(item)) {
      // contact.name…, sheet.objectives… (issue 12): one column per field, as the contract says.
      if (v && typeof v === 'object' && !Array.isArray(v) && (k === 'contact' || k === 'sheet')) for (const [ck, cv] of Object.entries(v)) row[`${k}.${ck}`] = join(cv);
      else row[k] = join(v);
    }
    return row;
  });
  const columns = flat.length ? Object.keys(flat[0]!) : [];
  // UTF-8 BOM: without it Excel reads accents as Latin-1. CRLF: what both Excel and LibreOffice expect.
  return '\uFEFF' + stringify(flat, { header: true, columns, record_delimiter: '\r\n' });
}

export async function exportCommand(opts: ExportOptions): Promise<number> {
  if (!['json', 'csv'].includes(opts.format)) throw new UsageError(`--format must be json or csv, not "${opts.format}"`);
  if (!['practices', 'messages', 'outbox'].includes(opts.what)) throw new UsageError(`--what must be practices, messages or outbox, not "${opts.what}"`);
  const ctx = openContext(opts);
  try {
    const items: Record<string, unknown>[] =
      opts.what === 'practices' ? (exportPractices(ctx.db) as unknown as Record<string, unknown>[]) :
      opts.what === 'messages' ? (exportMessages(ctx.db) as unknown as Record<string, unknown>[]) :
      (exportOutbox(ctx.db) as unknown as Record<string, unknown>[]); // follow-ups (issue #4)
    const text = opts.format === 'json' ? JSON.stringify(items, null, 2) + '\n' : toCsv(items);
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerExport: Register = (program, wrap) => {
  withCommonOptions(program.command('export').description('print practices, messages or the outbox as JSON or CSV'))
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--what <what>', 'practices, messages or outbox').choices(['practices', 'messages', 'outbox']).default('practices'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(wrap((opts: ExportOptions) => exportCommand(opts)));
};
