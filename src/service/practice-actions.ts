// What a person does to a practice (the commission's decision, a late practice let in, a new advisor),
// as functions of the follow-up context: the CLI commands and the web desk call these same ones, so a
// decision taken on a page is the decision `xmess review` takes. Decisions are told to the council
// (outbox kind `decision`, threaded on its submission, once per decision); a reassignment to both
// advisors (kind `reassignment`). Delivery is left to the caller.
import { UsageError } from '../domain/errors.js';
import type { Advisor } from '../domain/types.js';
import { decisionDraft } from '../follow-ups/plan/plan-decisions.js';
import { assignPractice, autoAssign, storeDrafts, type FollowUpContext } from '../follow-ups/planner.js';
import type { PracticeInfo } from '../domain/follow-ups.js';
import { readMessage, readPractice } from '../follow-ups/store/facts.js';
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
  /** False when the action found the practice already as asked (nothing written, nobody mailed). */
  changed: boolean;
  /** The council's address when the decision is mailed to it; null when it cannot be (no usable address) or nothing was decided. */
  toldTo?: string | null;
}

/** Records a decision, tells the council and, when it lets the practice in, gives it an advisor; one transaction. */
function decide(ctx: FollowUpContext, practice: PracticeInfo, status: ReviewStatus | typeof LATE_ACCEPTED, note: string | null, by: string): ActionOutcome {
  return ctx.db.transaction((): ActionOutcome => {
    const { eventId } = setStatus(ctx.db, practice.id, status, { note, by, type: status === LATE_ACCEPTED ? 'accept-late' : 'review' });
    const submission = readMessage(ctx.db, practice.messageRow);
    const draft = submission ? decisionDraft(readPractice(ctx.db, practice.id)!, submission, status, note, eventId, ctx.settings, ctx.now?.() ?? new Date()) : null;
    const told = draft ? storeDrafts(ctx, [draft]) : 0;
    const letIn = status === 'accepted' || status === LATE_ACCEPTED;
    const assigned = letIn && !practice.advisor ? autoAssign(ctx, practice.id, by) : null;
    return { previous: practice.status, status, assigned, planned: told + (assigned ? 1 : 0), changed: true, toldTo: draft?.to ?? null };
  })();
}

/** The commission's decision, in the practice's history with who took it; the council is told; accepted gets an advisor if it has none. */
export function reviewPractice(ctx: FollowUpContext, practice: PracticeInfo, status: ReviewStatus, note: string | null, by: string): ActionOutcome {
  // The same decision again is not a new one: nothing recorded, nobody mailed twice.
  if (practice.status === status) return { previous: status, status, assigned: null, planned: 0, changed: false, toldTo: null };
  return decide(ctx, practice, status, note, by);
}

/** Lets a late practice in (status late-accepted): the council is told; it gets an advisor and the advisor's task. */
export function acceptLatePractice(ctx: FollowUpContext, practice: PracticeInfo, note: string | null, by: string): ActionOutcome {
  if (!practice.late) throw new UsageError(`${practice.id} arrived on time; it needs no accept-late (see xmess review)`);
  if (practice.status !== 'late') return { previous: practice.status, status: practice.status, assigned: null, planned: 0, changed: false, toldTo: null };
  return decide(ctx, practice, LATE_ACCEPTED, note, by);
}

/** An advisor of advisors.json by e-mail or exact name (case-insensitive), or a usage error listing them. */
export function findAdvisor(advisors: Advisor[], who: string): Advisor {
  const key = who.trim().toLowerCase();
  const found = advisors.find((a) => a.email.toLowerCase() === key) ?? advisors.find((a) => a.name.toLowerCase() === key);
  if (found) return found;
  const known = advisors.map((a) => `${a.name} <${a.email}>`).join('; ') || 'none: add them to advisors.json';
  throw new UsageError(`"${who}" is not an advisor of advisors.json (give the e-mail or the exact name); advisors: ${known}`);
}

/** A person's choice of advisor, overriding the automatic one; taken from another advisor, both are told (kind `reassignment`). */
export function assignPracticeTo(ctx: FollowUpContext, practice: PracticeInfo, advisor: Advisor, by: string): ActionOutcome {
  const same = practice.advisor?.toLowerCase() === advisor.email.toLowerCase();
  if (same) return { previous: practice.status, status: practice.status, assigned: advisor, planned: 0, changed: false };
  const planned = assignPractice(ctx, practice.id, advisor, `set by ${by}`, by);
  return { previous: practice.status, status: practice.status, assigned: advisor, planned, changed: true };
}
