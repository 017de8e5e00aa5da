// The planner: which follow-ups a processed message, or the passing of time, calls for. Pure: the
// store supplies the facts (practices, counts, loads) and keeps the drafts under their dedupe keys,
// so a rerun proposes the same drafts and nothing is planned twice.
import { isAfterDeadline } from '../../domain/deadline.js';
import type { Advisor, ThemeId } from '../../domain/types.js';
import { chooseAdvisor, type AdvisorLoads } from './assign.js';
import type { DigestModel } from './digest.js';
import { isValidAddress, normaliseAddress, replyReferences } from './headers.js';
import { shouldReply } from './rate-limit.js';
import type { MailLang } from '../../domain/follow-ups.js';
import type { Assignment, Council, MessageInfo, NotifySettings, OpenTask, OutboxDraft, PracticeInfo, UnreadableAttachment } from '../../domain/follow-ups.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const isMailLang = (l: string | null | undefined): l is MailLang => l === 'ca' || l === 'es';

/** The first known language among the candidates; else the campaign's; Catalan when the campaign writes English (no council templates in English). */
export function mailLang(settings: NotifySettings, ...candidates: (string | null | undefined)[]): MailLang {
  return candidates.find(isMailLang) ?? (isMailLang(settings.campaign.language) ? settings.campaign.language : 'ca');
}

/** A late practice waits for `xmess accept-late` (or the commission's acceptance) before it gets an advisor. */
export function needsAdvisor(p: PracticeInfo): boolean {
  if (p.advisor || p.status === 'rejected') return false;
  return !p.late || p.status === 'late-accepted' || p.status === 'accepted';
}

function isLate(m: MessageInfo, practices: PracticeInfo[], deadline: Date): boolean {
  if (practices.length) return practices.some((p) => p.late);
  return isAfterDeadline(m.receivedAt, deadline);
}

export interface MessagePlanInput {
  message: MessageInfo;
  /** The practices this message brought (origin), in order. */
  practices: PracticeInfo[];
  unreadable: UnreadableAttachment[];
  /** What OCR read from a scan, echoed for the council to confirm or correct (never a practice yet). */
  ocrDrafts?: PracticeInfo[];
  /** Automatic replies to this sender in the loop guard's window before the message arrived. */
  recentReplies: number;
  loads: AdvisorLoads;
  settings: NotifySettings;
  now: Date;
}

export interface MessagePlan {
  drafts: OutboxDraft[];
  assignments: Assignment[];
  /** Why the sender gets no reply, when they get none (for the log). */
  noReply: string | null;
}

function replyDraft(i: MessagePlanInput): { draft: OutboxDraft | null; noReply: string | null } {
  const { message: m, settings } = i;
  const decision = shouldReply({
    kind: m.kind, status: m.status, fromAddress: m.fromAddr,
    ourAddresses: [settings.campaign.from, settings.campaign.coordinator], recentReplies: i.recentReplies,
  });
  if (!decision.reply && !decision.rateLimited) return { draft: null, noReply: decision.reason };
  // Nothing understood and nothing we failed to read: a question, a thank-you, or spam. An automatic
  // answer would be noise at best and backscatter at worst; it waits for a person (digest: needs review).
  if (i.practices.length === 0 && i.unreadable.length === 0 && !i.ocrDrafts?.length) return { draft: null, noReply: 'no practice found: left for a person to answer' };
  const late = isLate(m, i.practices, settings.deadline);
  const draft: OutboxDraft = {
    dedupeKey: `reply:${m.messageId}`, kind: late ? 'late-notice' : 'acknowledgement',
    practices: i.practices.map((p) => p.id), messageRow: m.rowId,
    inReplyTo: m.messageId, refs: replyReferences(m.refs, m.messageId),
    to: decision.reply ? decision.to : normaliseAddress(m.fromAddr ?? ''), toName: m.fromName,
    lang: mailLang(settings, m.language, ...i.practices.map((p) => p.language)), isReply: true,
    givenUp: decision.reply ? null : decision.reason, at: m.receivedAt ?? i.now.toISOString(),
    data: late ? { template: 'late-notice', message: m, practices: i.practices } : { template: 'acknowledgement', message: m, practices: i.practices, unreadable: i.unreadable, ...(i.ocrDrafts?.length ? { ocrDrafts: i.ocrDrafts } : {}) },
  };
  return { draft, noReply: decision.reply ? null : decision.reason };
}

function assignAll(practices: PracticeInfo[], advisors: Advisor[], loads: AdvisorLoads): Assignment[] {
  const local = { ...loads };
  const out: Assignment[] = [];
  for (const p of practices.filter(needsAdvisor)) {
    const choice = chooseAdvisor(p.themes, advisors, local);
    if (!choice) continue;
    const key = choice.advisor.email.toLowerCase();
    local[key] = (local[key] ?? 0) + 1;
    out.push({ practiceId: p.id, ...choice });
  }
  return out;
}

const findAdvisor = (settings: NotifySettings, email: string): Advisor =>
  settings.advisors.find((a) => a.email.toLowerCase() === email.toLowerCase()) ?? { name: email, email, themes: [] };

/** The advisor's task mail for one practice; one per (practice, advisor), so a reassignment notifies the new advisor once. */
export function advisorTaskDraft(p: PracticeInfo, advisor: Advisor, matched: ThemeId[], message: MessageInfo | null, settings: NotifySettings, now: Date): OutboxDraft {
  return {
    dedupeKey: `advisor-task:${p.id}:${advisor.email.toLowerCase()}`, kind: 'advisor-task', practices: [p.id], messageRow: p.messageRow,
    inReplyTo: null, refs: [], to: normaliseAddress(advisor.email), toName: advisor.name, lang: mailLang(settings), isReply: false,
    givenUp: isValidAddress(advisor.email) ? null : `advisor address "${advisor.email}" is not valid; fix config/advisors.json`,
    at: now.toISOString(), data: { template: 'advisor-task', practice: p, message, advisor, matched },
  };
}

export function planMessageFollowUps(i: MessagePlanInput): MessagePlan {
  const { draft, noReply } = replyDraft(i);
  const assignments = assignAll(i.practices, i.settings.advisors, i.loads);
  const tasks = i.practices.flatMap((p) => {
    const assigned = assignments.find((a) => a.practiceId === p.id);
    if (assigned) return [advisorTaskDraft({ ...p, advisor: assigned.advisor.email }, assigned.advisor, assigned.matched, i.message, i.settings, i.now)];
    // Already assigned (a rerun): the same draft again, which the store ignores by its key.
    if (p.advisor && p.status !== 'rejected') return [advisorTaskDraft(p, findAdvisor(i.settings, p.advisor), [], i.message, i.settings, i.now)];
    return [];
  });
  return { drafts: [...(draft ? [draft] : []), ...tasks], assignments, noReply };
}

export interface DeadlinePlanInput {
  now: Date;
  settings: NotifySettings;
  /** Member councils with no submission yet. */
  silentMembers: Council[];
  openTasks: OpenTask[];
  /** The closing digest, built by the caller when the deadline has passed. */
  digest: DigestModel | null;
}

/** Reminders are due from `reminderDaysBefore` days before the deadline until the deadline itself. */
export const remindersDue = (now: Date, s: NotifySettings): boolean =>
  now.getTime() < s.deadline.getTime() && now.getTime() >= s.deadline.getTime() - s.campaign.reminderDaysBefore * DAY_MS;

function reminderDrafts(i: DeadlinePlanInput): OutboxDraft[] {
  if (!remindersDue(i.now, i.settings)) return [];
  const deadline = i.settings.deadline.toISOString();
  return i.silentMembers.filter((c) => isValidAddress(c.contact)).map((c) => ({
    dedupeKey: `reminder:${c.name}:${deadline}`, kind: 'reminder', practices: [], messageRow: null, inReplyTo: null, refs: [],
    to: normaliseAddress(c.contact!), toName: c.name, lang: mailLang(i.settings), isReply: false, givenUp: null,
    at: i.now.toISOString(), data: { template: 'reminder', council: c },
  }));
}

/**
 * An advisor's task is done once the commission has decided it (accepted or rejected) or its sheet is
 * systematised: reminding then would be noise. `needs-info` and `late-accepted` still wait on the advisor.
 */
const TASK_CLOSED = new Set(['accepted', 'rejected', 'systematised']);
export const isTaskOpen = (p: PracticeInfo): boolean => !TASK_CLOSED.has(p.status);

function advisorReminderDrafts(i: DeadlinePlanInput): OutboxDraft[] {
  const limit = i.now.getTime() - i.settings.campaign.advisorReminderDays * DAY_MS;
  return i.openTasks.filter((t) => isTaskOpen(t.practice) && new Date(t.assignedAt).getTime() <= limit).map((t) => {
    const advisor = findAdvisor(i.settings, t.advisor);
    return {
      dedupeKey: `advisor-reminder:${t.practice.id}:${advisor.email.toLowerCase()}`, kind: 'reminder', practices: [t.practice.id],
      messageRow: t.practice.messageRow, inReplyTo: null, refs: [], to: normaliseAddress(advisor.email), toName: advisor.name,
      lang: mailLang(i.settings), isReply: false, givenUp: isValidAddress(advisor.email) ? null : `advisor address "${advisor.email}" is not valid`,
      at: i.now.toISOString(), data: {
        template: 'advisor-reminder', practice: t.practice, advisor, assignedAt: t.assignedAt,
        // The true age of the task (the reminder may go out days after the threshold, e.g. after an outage).
        days: Math.floor((i.now.getTime() - new Date(t.assignedAt).getTime()) / DAY_MS),
      },
    };
  });
}

/** One closing digest per deadline (a moved deadline gets its own). */
export const digestKey = (s: NotifySettings): string => `digest:${s.deadline.toISOString()}`;

/** Reminders to silent member councils, reminders of stale advisor tasks, and the closing digest once the deadline is past. */
export function planDeadlineWork(i: DeadlinePlanInput): OutboxDraft[] {
  const digest: OutboxDraft[] = i.digest && i.now.getTime() >= i.settings.deadline.getTime()
    ? [{
        dedupeKey: digestKey(i.settings), kind: 'digest', practices: [], messageRow: null, inReplyTo: null, refs: [],
        to: normaliseAddress(i.settings.campaign.coordinator), toName: null, lang: i.settings.campaign.language, isReply: false, givenUp: null,
        at: i.now.toISOString(), data: { template: 'digest', digest: i.digest },
      }]
    : [];
  return [...reminderDrafts(i), ...advisorReminderDrafts(i), ...digest];
}

export type { OpenTask };
