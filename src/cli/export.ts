// `xmess export`: practices, messages (or the outbox) as JSON or CSV, exactly as CONTRACT.md says.
import { TEMPLATES_DIR } from '../config/paths.js';
import { UsageError } from '../domain/errors.js';
import { loadRenderer } from '../config/templates.js';
import { exportMessages, exportPractices } from '../store/export.js';
import { exportOutbox } from '../follow-ups/store/outbox.js';
import { Option } from 'commander';
import { openContext, type CommonOptions } from './context.js';
import { toCsv, type CsvOptions } from './csv.js';
import { writeOut } from './output.js';
import { withCommonOptions, type Register } from './program.js';

export interface ExportOptions extends CommonOptions {
  format: string;
  what: string;
  out?: string;
  lang?: 'ca' | 'es';
  delimiter: string;
}

export async function exportCommand(opts: ExportOptions): Promise<number> {
  if (!['json', 'csv'].includes(opts.format)) throw new UsageError(`--format must be json or csv, not "${opts.format}"`);
  if (!['practices', 'messages', 'outbox'].includes(opts.what)) throw new UsageError(`--what must be practices, messages or outbox, not "${opts.what}"`);
  if (opts.delimiter.length !== 1 || /["\r\n]/.test(opts.delimiter)) throw new UsageError(`--delimiter must be one character such as ',' or ';', not "${opts.delimiter}"`);
  if (opts.lang && opts.format !== 'csv') throw new UsageError('--lang applies to --format csv (the JSON export keeps its codes)');
  const ctx = openContext(opts);
  try {
    const items: Record<string, unknown>[] =
      opts.what === 'practices' ? (exportPractices(ctx.db) as unknown as Record<string, unknown>[]) :
      opts.what === 'messages' ? (exportMessages(ctx.db) as unknown as Record<string, unknown>[]) :
      (exportOutbox(ctx.db) as unknown as Record<string, unknown>[]); // follow-ups (issue #4)
    const text = opts.format === 'json' ? JSON.stringify(items, null, 2) + '\n' : toCsv(items, csvOptions(ctx.config, opts));
    writeOut(opts.out, text);
    return 0;
  } finally {
    await ctx.close();
  }
}

function csvOptions(config: { campaign: { timezone: string }; lexicon: CsvOptions['lexicon'] }, opts: ExportOptions): CsvOptions {
  const base = { delimiter: opts.delimiter, timezone: config.campaign.timezone, lexicon: config.lexicon };
  return opts.lang ? { ...base, lang: { code: opts.lang, labels: loadRenderer(TEMPLATES_DIR).labels(opts.lang) } } : base;
}

export const registerExport: Register = (program, wrap) => {
  withCommonOptions(program.command('export').description('print practices, messages or the outbox as JSON or CSV'))
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--what <what>', 'practices, messages or outbox').choices(['practices', 'messages', 'outbox']).default('practices'))
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(new Option('--lang <lang>', 'CSV headers, theme labels, statuses and yes/no in Catalan or Spanish (default: the codes of the JSON export)').choices(['ca', 'es']))
    .option('--delimiter <char>', "CSV field separator (';' for spreadsheets set to Catalan or Spanish)", ',')
    .action(wrap((opts: ExportOptions) => exportCommand(opts)));
};
