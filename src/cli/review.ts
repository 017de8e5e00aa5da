// `xmess review PRACTICE --status accepted|rejected|needs-info [--note "…"]`: the commission's decision,
// kept in the practice's history and mailed to the council (kind `decision`); an accepted practice
// without an advisor gets one. Without --status it prints the history.
import { Option } from 'commander';
import { reviewPractice } from '../service/practice-actions.js';
import { practiceHistory, REVIEW_STATUSES, type ReviewStatus } from '../follow-ups/store/tasks.js';
import { openContext, type CliContext } from './context.js';
import { deliver, deliveryExit, deliveryLine, followUpContext, requirePractice, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export interface ReviewOptions extends FollowUpOptions {
  status?: ReviewStatus;
  note?: string;
}

function printHistory(ctx: CliContext, id: string): void {
  for (const e of practiceHistory(ctx.db, id)) console.log(`${e.at}  ${e.type}  ${JSON.stringify(e.detail)}`);
}

export async function reviewCommand(practiceId: string, opts: ReviewOptions): Promise<number> {
  const ctx = openContext(opts, { writes: true });
  try {
    const practice = requirePractice(ctx, practiceId);
    if (!opts.status) {
      console.log(`${practice.id}: ${practice.status}${practice.advisor ? `, advisor ${practice.advisor}` : ''}`);
      printHistory(ctx, practice.id);
      return 0;
    }
    const outcome = reviewPractice(followUpContext(ctx), practice, opts.status, opts.note ?? null, 'xmess review');
    if (!outcome.changed) {
      console.log(`${practice.id} is already ${practice.status}; nothing recorded, nobody mailed`);
      return 0;
    }
    const r = await deliver(ctx);
    console.log(`${practice.id}: ${outcome.previous} → ${outcome.status}` + (outcome.toldTo ? `; the council is told (${outcome.toldTo})` : '; the council cannot be mailed (no usable address)')
      + (outcome.assigned ? `; assigned to ${outcome.assigned.name} <${outcome.assigned.email}>` : '') + `; ${deliveryLine(r, outcome.planned)}`);
    return deliveryExit(r);
  } finally {
    await ctx.close();
  }
}

export const registerReview: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('review').description("record the commission's decision on a practice (or, without --status, show its history)")))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .addOption(new Option('--status <status>', 'accepted, rejected or needs-info').choices([...REVIEW_STATUSES]))
    .option('--note <text>', "why, for the history, the digest and the council's mail (with needs-info: what is asked for)")
    .action(wrap((practice: string, opts: ReviewOptions) => reviewCommand(practice, opts)));
};
