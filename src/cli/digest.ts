// `xmess digest`: the coordinator's digest (counts, what needs attention, every practice by priority)
// as terminal text, Markdown, HTML to paste into a newsletter, or JSON; in the campaign's language.
import { Option } from 'commander';
import { UsageError } from '../domain/errors.js';
import { digestNow } from '../follow-ups/planner.js';
import { renderDigest, type DigestFormat } from '../follow-ups/render/digest-render.js';
import { openContext, type CommonOptions } from './context.js';
import { followUpContext } from './follow-up-context.js';
import { writeOut } from './output.js';
import { withCommonOptions, type Register } from './program.js';

export interface DigestOptions extends CommonOptions {
  format: DigestFormat;
  since?: string;
  out?: string;
}

function parseSince(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--since "${value}" is not a date such as 2020-04-15 or 2020-04-15T09:00:00+02:00`);
  return date;
}

export async function digestCommand(opts: DigestOptions): Promise<number> {
  const since = parseSince(opts.since);
  const ctx = openContext(opts);
  try {
    const fctx = followUpContext(ctx);
    const text = renderDigest(digestNow(fctx, new Date(), since), opts.format, fctx.renderer);
    writeOut(opts.out, text);
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerDigest: Register = (program, wrap) => {
  withCommonOptions(program.command('digest').description("the coordinator's digest: counts, what needs attention, practices by priority"))
    .addOption(new Option('--format <format>', 'text (terminal tables), markdown, html or json').choices(['text', 'markdown', 'html', 'json']).default('text'))
    .option('--since <date>', 'only practices and messages that arrived since this date (ISO-8601)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(wrap((opts: DigestOptions) => digestCommand(opts)));
};
