// `xmess send`: one delivery pass over the outbox, for installs without `serve` (cron) or after an
// SMTP outage: sends what is due now and says what was sent, written, left pending (why) or given up.
import { openContext } from './context.js';
import { deliver, deliveryExit, deliveryLine, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export async function sendCommand(opts: FollowUpOptions): Promise<number> {
  const ctx = openContext(opts, { writes: true });
  try {
    const r = await deliver(ctx);
    console.log(deliveryLine(r, 0).replace(/^follow-ups planned 0, /, 'follow-ups '));
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerSend: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('send').description('send the follow-ups that are due now (SMTP_URL, else .eml files in the outbox folder)')))
    .action(wrap((opts: FollowUpOptions) => sendCommand(opts)));
};
