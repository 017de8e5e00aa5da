// Follow-ups between the store and the pure notify stage: read the facts, plan, render, keep each
// draft once under its dedupe key. Called by the store sink (store-sink.ts, in the commit's transaction), by the
// commands that assign or review, and by the deadline watcher (`runDeadlineChecks`).
import type { Advisor } from '../domain/types.js';
import type { Logger } from '../log.js';
import { chooseAdvisor } from './plan/assign.js';
import { buildDigest, type DigestModel } from './plan/digest.js';
import { advisorTaskDraft, digestKey, planDeadlineWork, planMessageFollowUps } from './plan/plan.js';
import { AUTO_REPLY_WINDOW_MS, MAX_AUTO_REPLIES } from './plan/rate-limit.js';
import { renderDraft } from './render/render-draft.js';
import type { Renderer } from './render/render.js';
import type { Assignment, MessageInfo, NotifySettings, OutboxDraft, PracticeInfo } from '../domain/follow-ups.js';
import { correctionReceiptDraft, reassignmentDrafts } from './plan/plan-decisions.js';
import { sheetReceiptDraft } from './plan/sheet-receipt.js';
import { sheetAppliedBy, systematisedTimes } from '../store/sheets.js';
import type { Db } from '../store/db.js';
import { ocrDraftInfos } from '../store/ocr-drafts.js';
import { allMessages, allPracticesWithArrival, correctionsOf, practicesOfMessage, readMessage, readPractice, silentMembers, unreadableAttachments } from './store/facts.js';
import { countAutoReplies, hasOutbox, insertOutbox, outboxProblems, recordAutoReply } from './store/outbox.js';
import { advisorLoads, openTasks, reviewNotes, setAdvisor } from './store/tasks.js';

export interface FollowUpContext {
  db: Db;
  settings: NotifySettings;
  renderer: Renderer;
  log?: Logger;
  /** The clock; tests fix it. */
  now?: () => Date;
}

const clock = (ctx: FollowUpContext): Date => ctx.now?.() ?? new Date();

/** Renders and keeps the drafts not planned before; returns how many are new. */
export function storeDrafts(ctx: FollowUpContext, drafts: OutboxDraft[]): number {
  let added = 0;
  for (const d of drafts) {
    if (hasOutbox(ctx.db, d.dedupeKey)) continue;
    const row = renderDraft(d, ctx.renderer, ctx.settings);
    if (!insertOutbox(ctx.db, row)) continue;
    added++;
    if (d.isReply && !d.givenUp) recordAutoReply(ctx.db, d.to, d.at, row.id);
    // One cause per kind of reason (the text before its first colon): an archive's thousands of held-back mails summarise to one line.
    if (d.givenUp) ctx.log?.warn({ outbox: row.id, kind: d.kind, to: d.to, cause: d.givenUp.split(':')[0], detail: d.givenUp }, 'follow-up held back');
  }
  return added;
}

function applyAssignments(ctx: FollowUpContext, assignments: Assignment[], messageRow: number | null): void {
  for (const a of assignments) setAdvisor(ctx.db, a.practiceId, a.advisor.email, { reason: a.reason, by: 'xmess' }, messageRow);
}

function recentRepliesTo(ctx: FollowUpContext, message: MessageInfo, now: Date): number {
  const at = message.receivedAt ?? now.toISOString();
  return message.fromAddr
    ? countAutoReplies(ctx.db, message.fromAddr, new Date(new Date(at).getTime() - AUTO_REPLY_WINDOW_MS).toISOString(), at)
    : 0;
}

/** Issue 12: the receipt of a returned sheet this message applied (none for a sheet held for review). */
function planSheetReceipt(ctx: FollowUpContext, message: MessageInfo): number {
  const applied = sheetAppliedBy(ctx.db, message.rowId);
  const practice = applied && readPractice(ctx.db, applied.practiceId);
  if (!applied || !practice) return 0;
  const now = clock(ctx);
  const { draft, noReply } = sheetReceiptDraft({
    message, practice, stated: applied.detail.stated, missing: applied.detail.missing, status: applied.detail.status,
    recentReplies: recentRepliesTo(ctx, message, now), settings: ctx.settings, now,
  });
  if (noReply) ctx.log?.info({ message: message.rowId }, `no sheet receipt: ${noReply}`);
  return draft ? storeDrafts(ctx, [draft]) : 0;
}

/** Plans what a processed message calls for (acknowledgement or late notice, advisors' tasks, a sheet's receipt); idempotent. */
export function planFollowUps(ctx: FollowUpContext, rowId: number): number {
  const message = readMessage(ctx.db, rowId);
  if (!message) return 0;
  const now = clock(ctx);
  const recentReplies = recentRepliesTo(ctx, message, now);
  // A correction (by reply, or by resending the practice) is confirmed to the council, listing what changed.
  const receipt = planCorrectionReceipt(ctx, message, recentReplies, now);
  if (message.kind === 'reply') return receipt + planSheetReceipt(ctx, message);
  if (message.kind !== 'submission') return receipt;
  const plan = planMessageFollowUps({
    message, practices: practicesOfMessage(ctx.db, rowId), unreadable: unreadableAttachments(ctx.db, rowId), ocrDrafts: ocrDraftInfos(ctx.db, rowId),
    // Loads only matter when there is somebody to assign to (the count reads every practice).
    recentReplies, loads: ctx.settings.advisors.length ? advisorLoads(ctx.db) : {}, settings: ctx.settings, now,
  });
  if (plan.noReply) ctx.log?.info({ message: rowId }, `no acknowledgement: ${plan.noReply}`);
  applyAssignments(ctx, plan.assignments, rowId);
  return receipt + storeDrafts(ctx, plan.drafts);
}

/** The council's confirmation of what its message changed (outbox kind `correction-receipt`, a reply to that message); once. */
function planCorrectionReceipt(ctx: FollowUpContext, message: MessageInfo, recentReplies: number, now: Date): number {
  const changes = correctionsOf(ctx.db, message.rowId);
  if (!changes.length) return 0;
  const practices = [...new Set(changes.map((c) => c.practiceId))].map((id) => readPractice(ctx.db, id)).filter((p): p is PracticeInfo => p !== null);
  const draft = correctionReceiptDraft(practices, message, changes, ctx.settings, now, recentReplies, MAX_AUTO_REPLIES);
  return draft ? storeDrafts(ctx, [draft]) : 0;
}

/**
 * Gives a practice to an advisor (a person's override, or the automatic choice) and plans the advisor's
 * task mail. Taken from another advisor, both are told (kind `reassignment`): the one who had it that it
 * is no longer theirs, the new one the task with its sheet.
 */
export function assignPractice(ctx: FollowUpContext, practiceId: string, advisor: Advisor, reason: string, by: string): number {
  return ctx.db.transaction(() => {
    const practice = readPractice(ctx.db, practiceId);
    if (!practice) throw new Error(`practice ${practiceId} does not exist`);
    const message = readMessage(ctx.db, practice.messageRow);
    if (practice.advisor && practice.advisor.toLowerCase() !== advisor.email.toLowerCase()) {
      const { eventId } = setAdvisor(ctx.db, practiceId, advisor.email, { reason, by });
      const previous = findAdvisor(ctx.settings, practice.advisor);
      return storeDrafts(ctx, reassignmentDrafts(practice, previous, advisor, message, eventId, ctx.settings, clock(ctx)));
    }
    // The same advisor again changes nothing and mails nobody.
    if (practice.advisor) return 0;
    setAdvisor(ctx.db, practiceId, advisor.email, { reason, by });
    const matched = advisor.themes.filter((t) => practice.themes.includes(t));
    const draft = advisorTaskDraft({ ...practice, advisor: advisor.email }, advisor, matched, message, ctx.settings, clock(ctx));
    return storeDrafts(ctx, [draft]);
  })();
}

const findAdvisor = (settings: NotifySettings, email: string): Advisor =>
  settings.advisors.find((a) => a.email.toLowerCase() === email.toLowerCase()) ?? { name: email, email, themes: [] };

/** The automatic choice for one practice (after acceptance); null when no advisor is configured. */
export function autoAssign(ctx: FollowUpContext, practiceId: string, by: string): Advisor | null {
  const practice = readPractice(ctx.db, practiceId);
  const choice = practice && chooseAdvisor(practice.themes, ctx.settings.advisors, advisorLoads(ctx.db));
  if (!choice) return null;
  assignPractice(ctx, practiceId, choice.advisor, choice.reason, by);
  return choice.advisor;
}

/**
 * A message read only by OCR shows in the digest's review list with what OCR read (title, council,
 * contact e-mail of each draft), so the person checking it sees the drafts without opening the scan.
 */
function withOcrDrafts(ctx: FollowUpContext, m: MessageInfo): MessageInfo {
  if (m.status !== 'needs-review') return m;
  const drafts = ocrDraftInfos(ctx.db, m.rowId);
  if (!drafts.length) return m;
  const shown = drafts.map((d) => `«${d.title ?? '?'}»${d.municipality ? `, ${d.municipality}` : ''}${d.contact.email ? `, ${d.contact.email}` : ''}`).join('; ');
  return { ...m, reason: `${m.reason ?? 'needs-review'}; OCR draft: ${shown}` };
}

export function digestNow(ctx: FollowUpContext, now: Date, since: Date | null): DigestModel {
  const lang = ctx.settings.campaign.language;
  return buildDigest({
    now, since, practices: allPracticesWithArrival(ctx.db), messages: allMessages(ctx.db).map((m) => withOcrDrafts(ctx, m)), outboxProblems: outboxProblems(ctx.db),
    openTasks: openTasks(ctx.db), reviewNotes: reviewNotes(ctx.db), silentMembers: silentMembers(ctx.db, ctx.settings.municipalities),
    systematisedAt: systematisedTimes(ctx.db),
  }, { settings: ctx.settings, lang, labels: ctx.renderer.labels(lang) });
}

/**
 * The deadline watcher's work, safe to run as often as one likes: reminders to silent member councils
 * in the days before the deadline, reminders of tasks open too long, the closing digest once past it.
 */
export function runDeadlineChecks(ctx: FollowUpContext, now: Date): { planned: number } {
  return ctx.db.transaction(() => {
    const digest = now.getTime() >= ctx.settings.deadline.getTime() && !hasOutbox(ctx.db, digestKey(ctx.settings)) ? digestNow(ctx, now, null) : null;
    const drafts = planDeadlineWork({ now, settings: ctx.settings, silentMembers: silentMembers(ctx.db, ctx.settings.municipalities), openTasks: openTasks(ctx.db), digest });
    return { planned: storeDrafts(ctx, drafts) };
  })();
}
