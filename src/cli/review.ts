// `xmess review PRACTICE --status accepted|rejected|needs-info [--note "…"]`: the commission's decision,
// kept in the practice's history; an accepted practice without an advisor gets one. Without
// --status it prints the history.
import { Option } from 'commander';
import { reviewPractice } from '../service/practice-actions.js';
import { practiceHistory, REVIEW_STATUSES, type ReviewStatus } from '../follow-ups/store/tasks.js';
import { openContext, type CliContext } from './context.js';
import { deliver, deliveryLine, followUpContext, requirePractice, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export interface ReviewOptions extends FollowUpOptions {
  status?: ReviewStatus;
  note?: string;
}

function printHistory(ctx: CliContext, id: string): void {
  for (const e of practiceHistory(ctx.db, id)) console.log(`${e.at}  ${e.type}  ${JSON.stringify(e.detail)}`);
}

export async function reviewCommand(practiceId: string, opts: ReviewOptions): Promise<number> {
  const ctx = openContext(opts);
  try {
    const practice = requirePractice(ctx, practiceId);
    if (!opts.status) {
      console.log(`${practice.id}: ${practice.status}${practice.advisor ? `, advisor ${practice.advisor}` : ''}`);
      printHistory(ctx, practice.id);
      return 0;
    }
    const status = opts.status;
    const { assigned } = reviewPractice(followUpContext(ctx), practice, status, opts.note ?? null, 'xmess review');
    const r = assigned ? await deliver(ctx) : null;
    console.log(`${practice.id}: ${practice.status} → ${status}` + (assigned ? `; assigned to ${assigned.name} <${assigned.email}>; ${deliveryLine(r!, 1)}` : ''));
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerReview: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('review').description("record the commission's decision on a practice (or, without --status, show its history)")))
    .argument('<practice>', 'practice id (xmess export --what practices)')
    .addOption(new Option('--status <status>', 'accepted, rejected or needs-info').choices([...REVIEW_STATUSES]))
    .option('--note <text>', 'why, for the history and the digest')
    .action(wrap((practice: string, opts: ReviewOptions) => reviewCommand(practice, opts)));
};
