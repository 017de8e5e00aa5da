// Mails a person's act calls for: the commission's decision told to the council, both advisors told
// of a reassignment, the council's correction confirmed. Pure, like plan.ts; each draft's dedupe key
// names the history event that caused it, so the same act never mails twice and a new act mails again.
import type { Advisor } from '../../domain/types.js';
import { isValidAddress, normaliseAddress, replyReferences } from './headers.js';
import { mailLang, advisorTaskDraft } from './plan.js';
import { isMachineAddress } from './rate-limit.js';
import type { ChangedField, MessageInfo, NotifySettings, OutboxDraft, PracticeInfo } from '../../domain/follow-ups.js';

/** Why a council's address gets no mail, or null when it may. */
function cannotWrite(address: string | null, settings: NotifySettings): string | null {
  if (!isValidAddress(address)) return `sender address ${JSON.stringify(address)} is not one we can send to`;
  const to = normaliseAddress(address);
  if (isMachineAddress(to)) return `${to} is a no-reply or system address`;
  if ([settings.campaign.from, settings.campaign.coordinator].some((a) => normaliseAddress(a) === to)) return `${to} is our own address`;
  return null;
}

/** A mail to the council threaded on one of its messages (In-Reply-To = that message). */
function toCouncil(key: string, kind: OutboxDraft['kind'], practices: PracticeInfo[], m: MessageInfo, settings: NotifySettings, now: Date, isReply: boolean): Omit<OutboxDraft, 'data'> {
  return {
    dedupeKey: key, kind, practices: practices.map((p) => p.id), messageRow: m.rowId,
    inReplyTo: m.messageId, refs: replyReferences(m.refs, m.messageId),
    to: normaliseAddress(m.fromAddr ?? ''), toName: m.fromName, lang: mailLang(settings, ...practices.map((p) => p.language), m.language),
    isReply, givenUp: null, at: isReply ? m.receivedAt ?? now.toISOString() : now.toISOString(),
  };
}

/** The commission's decision, in the council's language, threaded on its submission; null when it cannot be written to. */
export function decisionDraft(p: PracticeInfo, submission: MessageInfo, decision: string, note: string | null, eventId: number, settings: NotifySettings, now: Date): OutboxDraft | null {
  if (cannotWrite(submission.fromAddr, settings)) return null;
  return { ...toCouncil(`decision:${p.id}:${eventId}`, 'decision', [p], submission, settings, now, false), data: { template: 'decision', practice: p, message: submission, decision, note } };
}

/** Both advisors told: the one who had it (released), the one who takes it (with the task and its sheet). */
export function reassignmentDrafts(p: PracticeInfo, previous: Advisor, next: Advisor, message: MessageInfo | null, eventId: number, settings: NotifySettings, now: Date): OutboxDraft[] {
  const released: OutboxDraft = {
    dedupeKey: `reassignment:${p.id}:${eventId}:released`, kind: 'reassignment', practices: [p.id], messageRow: p.messageRow,
    inReplyTo: null, refs: [], to: normaliseAddress(previous.email), toName: previous.name, lang: mailLang(settings), isReply: false,
    givenUp: isValidAddress(previous.email) ? null : `advisor address "${previous.email}" is not valid; fix config/advisors.json`,
    at: now.toISOString(), data: { template: 'reassignment', practice: p, advisor: previous, next },
  };
  const matched = next.themes.filter((t) => p.themes.includes(t));
  const task = advisorTaskDraft({ ...p, advisor: next.email }, next, matched, message, settings, now);
  const taken: OutboxDraft = { ...task, dedupeKey: `reassignment:${p.id}:${eventId}:taken`, kind: 'reassignment', data: { template: 'advisor-task', practice: { ...p, advisor: next.email }, message, advisor: next, matched, previous } };
  return [released, taken];
}

/** What a correction by reply changed, confirmed to the council as a reply to the correcting message. */
export function correctionReceiptDraft(practices: PracticeInfo[], correction: MessageInfo, changes: ChangedField[], settings: NotifySettings, now: Date, recentReplies: number, maxReplies: number): OutboxDraft | null {
  const why = cannotWrite(correction.fromAddr, settings);
  if (why) return null;
  const draft = toCouncil(`correction-receipt:${correction.messageId}`, 'correction-receipt', practices, correction, settings, now, true);
  const givenUp = recentReplies >= maxReplies ? `rate limit: ${recentReplies} automatic replies to ${draft.to} (loop guard)` : null;
  return { ...draft, givenUp, data: { template: 'correction-receipt', practices, message: correction, changes } };
}
