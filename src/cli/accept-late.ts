// `xmess accept-late PRACTICE`: the commission lets a late practice in; it then gets an advisor and
// the advisor's task like an on-time one (until then a late practice has none).
import { acceptLatePractice } from '../service/practice-actions.js';
import { LATE_ACCEPTED } from '../follow-ups/store/tasks.js';
import { openContext } from './context.js';
import { deliver, deliveryLine, followUpContext, requirePractice, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export async function acceptLateCommand(practiceId: string, opts: FollowUpOptions & { note?: string }): Promise<number> {
  const ctx = openContext(opts);
  try {
    const practice = requirePractice(ctx, practiceId);
    const outcome = acceptLatePractice(followUpContext(ctx), practice, opts.note ?? null, 'xmess accept-late');
    if (!outcome.changed) {
      console.log(`${practice.id} is already ${practice.status}${practice.advisor ? `, advisor ${practice.advisor}` : ''}`);
      return 0;
    }
    const advisor = outcome.assigned;
    const r = await deliver(ctx);
    console.log(`${practice.id}: late → ${LATE_ACCEPTED}; ` + (advisor ? `assigned to ${advisor.name} <${advisor.email}>; ${deliveryLine(r, 1)}` : 'no advisor configured (advisors.json)'));
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerAcceptLate: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('accept-late').description('accept a practice that arrived after the deadline: it gets an advisor')))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .option('--note <text>', 'why, for the history')
    .action(wrap((practice: string, opts: FollowUpOptions & { note?: string }) => acceptLateCommand(practice, opts)));
};
