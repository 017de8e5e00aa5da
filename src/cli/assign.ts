// `xmess assign PRACTICE ADVISOR`: a person overrides the automatic assignment; the new advisor gets
// the task mail (with the pre-filled sheet), the one who had it is told it is no longer theirs (both
// kind `reassignment`); the change goes to the practice's history.
import { assignPracticeTo, findAdvisor } from '../service/practice-actions.js';
import { openContext } from './context.js';
import { deliver, deliveryExit, deliveryLine, followUpContext, requirePractice, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export async function assignCommand(practiceId: string, who: string, opts: FollowUpOptions): Promise<number> {
  const ctx = openContext(opts, { writes: true });
  try {
    const practice = requirePractice(ctx, practiceId);
    const advisor = findAdvisor(ctx.config.advisors, who);
    const outcome = assignPracticeTo(followUpContext(ctx), practice, advisor, 'xmess assign');
    if (!outcome.changed) {
      console.log(`${practice.id} is already assigned to ${advisor.name} <${advisor.email}>`);
      return 0;
    }
    const planned = outcome.planned;
    const r = await deliver(ctx);
    const told = practice.advisor ? `; both advisors are told` : '';
    console.log(`${practice.id}: assigned to ${advisor.name} <${advisor.email}>${practice.advisor ? ` (was ${practice.advisor})` : ''}${told}; ${deliveryLine(r, planned)}`);
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerAssign: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('assign').description('give a practice to an advisor (overrides the automatic choice) and send them the task')))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .argument('<advisor>', "advisor's e-mail or name, as in advisors.json")
    .action(wrap((practice: string, advisor: string, opts: FollowUpOptions) => assignCommand(practice, advisor, opts)));
};
