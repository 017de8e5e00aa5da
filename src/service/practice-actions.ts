// What a person does to a practice (the commission's decision, a late practice let in, a new advisor),
// as functions of the follow-up context: the CLI commands and the web desk call these same ones, so a
// decision taken on a page is the decision `xmess review` takes. Delivery is left to the caller.
import { UsageError } from '../domain/errors.js';
import type { Advisor } from '../domain/types.js';
import { assignPractice, autoAssign, type FollowUpContext } from '../follow-ups/planner.js';
import type { PracticeInfo } from '../domain/follow-ups.js';
import { LATE_ACCEPTED, setStatus, type ReviewStatus } from '../follow-ups/store/tasks.js';

export interface ActionOutcome {
  /** Status before the action. */
  previous: string;
  /** Status after it. */
  status: string;
  /** The advisor the action gave the practice, if any. */
  assigned: Advisor | null;
  /** Follow-up mails planned (to be delivered by the caller). */
  planned: number;
  /** False when the action found the practice already as asked (nothing written). */
  changed: boolean;
}

/** The commission's decision, in the practice's history with who took it; accepted gets an advisor if it has none. */
export function reviewPractice(ctx: FollowUpContext, practice: PracticeInfo, status: ReviewStatus, note: string | null, by: string): ActionOutcome {
  return ctx.db.transaction(() => {
    setStatus(ctx.db, practice.id, status, { note, by, type: 'review' });
    const assigned = status === 'accepted' && !practice.advisor ? autoAssign(ctx, practice.id, by) : null;
    return { previous: practice.status, status, assigned, planned: assigned ? 1 : 0, changed: true };
  })();
}

/** Lets a late practice in (status late-accepted): it gets an advisor and the advisor's task. */
export function acceptLatePractice(ctx: FollowUpContext, practice: PracticeInfo, note: string | null, by: string): ActionOutcome {
  if (!practice.late) throw new UsageError(`${practice.id} arrived on time; it needs no accept-late (see xmess review)`);
  if (practice.status !== 'late') return { previous: practice.status, status: practice.status, assigned: null, planned: 0, changed: false };
  return ctx.db.transaction(() => {
    setStatus(ctx.db, practice.id, LATE_ACCEPTED, { note, by, type: 'accept-late' });
    const assigned = autoAssign(ctx, practice.id, by);
    return { previous: practice.status, status: LATE_ACCEPTED, assigned, planned: assigned ? 1 : 0, changed: true };
  })();
}

/** An advisor of advisors.json by e-mail or exact name (case-insensitive), or a usage error listing them. */
export function findAdvisor(advisors: Advisor[], who: string): Advisor {
  const key = who.trim().toLowerCase();
  const found = advisors.find((a) => a.email.toLowerCase() === key) ?? advisors.find((a) => a.name.toLowerCase() === key);
  if (found) return found;
  const known = advisors.map((a) => `${a.name} <${a.email}>`).join('; ') || 'none: add them to advisors.json';
  throw new UsageError(`"${who}" is not an advisor of advisors.json (give the e-mail or the exact name); advisors: ${known}`);
}

/** A person's choice of advisor, overriding the automatic one; the new advisor gets the task mail. */
export function assignPracticeTo(ctx: FollowUpContext, practice: PracticeInfo, advisor: Advisor, by: string): ActionOutcome {
  const same = practice.advisor?.toLowerCase() === advisor.email.toLowerCase();
  if (same) return { previous: practice.status, status: practice.status, assigned: advisor, planned: 0, changed: false };
  const planned = assignPractice(ctx, practice.id, advisor, `set by ${by}`, by);
  return { previous: practice.status, status: practice.status, assigned: advisor, planned, changed: true };
}
