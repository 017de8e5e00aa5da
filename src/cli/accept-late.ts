// `xmess accept-late PRACTICE`: the commission lets a late practice in; it then gets an advisor and
// the advisor's task like an on-time one (until then a late practice has none); the council is told.
import { acceptLatePractice } from '../service/practice-actions.js';
import { LATE_ACCEPTED } from '../follow-ups/store/tasks.js';
import { openContext } from './context.js';
import { deliver, deliveryExit, deliveryLine, followUpContext, requirePractice, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export async function acceptLateCommand(practiceId: string, opts: FollowUpOptions & { note?: string }): Promise<number> {
  const ctx = openContext(opts, { writes: true });
  try {
    const practice = requirePractice(ctx, practiceId);
    const outcome = acceptLatePractice(followUpContext(ctx), practice, opts.note ?? null, 'xmess accept-late');
    if (!outcome.changed) {
      console.log(`${practice.id} is already ${practice.status}${practice.advisor ? `, advisor ${practice.advisor}` : ''}`);
      return 0;
    }
    const r = await deliver(ctx);
    console.log(`${practice.id}: late → ${LATE_ACCEPTED}; ` + (outcome.toldTo ? `the council is told (${outcome.toldTo}); ` : '')
      + (outcome.assigned ? `assigned to ${outcome.assigned.name} <${outcome.assigned.email}>; ` : 'no advisor configured (advisors.json); ') + deliveryLine(r, outcome.planned));
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerAcceptLate: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('accept-late').description('accept a practice that arrived after the deadline: the council is told, it gets an advisor')))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .option('--note <text>', "why, for the history and the council's mail")
    .action(wrap((practice: string, opts: FollowUpOptions & { note?: string }) => acceptLateCommand(practice, opts)));
};
