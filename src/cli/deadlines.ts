// `xmess deadlines [--now ISO]`: one pass of the deadline watcher for installs without `serve` (run
// it from cron): reminders before the deadline, reminders of stale tasks, the closing digest after it.
import { UsageError } from '../domain/errors.js';
import { runDeadlineChecks } from '../follow-ups/planner.js';
import { openContext } from './context.js';
import { deliver, deliveryExit, deliveryLine, followUpContext, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export async function deadlinesCommand(opts: FollowUpOptions & { now?: string }): Promise<number> {
  const now = opts.now ? new Date(opts.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now "${opts.now}" is not a date such as 2020-04-25T09:00:00+02:00`);
  const ctx = openContext(opts, { writes: true });
  try {
    const { planned } = runDeadlineChecks(followUpContext(ctx), now);
    const r = await deliver(ctx);
    console.log(deliveryLine(r, planned));
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerDeadlines: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('deadlines').description('send what the calendar calls for: reminders before the deadline, the closing digest after it')))
    .option('--now <iso>', 'act as if it were this moment (ISO-8601), e.g. to test the reminders')
    .action(wrap((opts: FollowUpOptions & { now?: string }) => deadlinesCommand(opts)));
};
