// `xmess poll --once [--inline]`: one IMAP pass from the stored checkpoint. Queued by default (Redis);
// with --inline the new messages are processed at once in this process, no Redis needed (cron-friendly).
import { UsageError } from '../domain/errors.js';
import { summaryLine } from '../pipeline/ingest.js';
import type { PollOutcome } from '../service/poll-once.js';
import type { CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';
import { openServiceContext, requireImap, requireRedis } from './service-options.js';

export interface PollFlags extends CommonOptions {
  once?: boolean;
  inline?: boolean;
}

function report(o: PollOutcome): string {
  const r = o.pass;
  const line = `${o.mailbox}: listed ${r.listed}, new ${r.stored}, duplicates ${r.duplicates}, over the size limit ${r.oversized}` +
    (r.actedOn ? `, marked or moved ${r.actedOn}` : '');
  return o.processed ? `${line}\n${summaryLine(o.processed)}` : `${line}; queued for \`xmess serve\` / \`xmess worker\``;
}

export async function pollCommand(opts: PollFlags): Promise<number> {
  if (!opts.once) throw new UsageError('poll makes a single pass and exits: add --once (to watch the mailbox continuously, use `xmess serve`)');
  const ctx = openServiceContext(opts, (config) => {
    requireImap(config, 'poll', 'to import files instead, use `xmess ingest PATH`');
    if (!opts.inline) requireRedis(config, 'poll --once', 'or add --inline to process the new messages now, without Redis');
  }, { create: true, writes: true });
  try {
    // Loaded on use: imapflow and BullMQ would slow every other command's start.
    const { pollInline, pollQueued } = await import('../service/poll-once.js');
    const outcome = await (opts.inline ? pollInline : pollQueued)(ctx.config, ctx.pipeline, ctx.log);
    console.log(report(outcome));
    return outcome.processed?.failed ? 1 : 0;
  } finally {
    ctx.close();
  }
}

export const registerPoll: Register = (program, wrap) => {
  withCommonOptions(program.command('poll').description('one IMAP pass from the stored checkpoint, then exit'))
    .option('--once', 'one pass (required: continuous watching is `xmess serve`)')
    .option('--inline', 'process the new messages now, in this process, without Redis')
    .option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)')
    .action(wrap((opts: PollFlags) => pollCommand(opts)));
};
