// The receipt of a returned systematisation sheet (issue 12): a short reply to whoever sent it, saying
// what was recorded and what the sheet still lacks. Pure, like the rest of the planner; threaded as a
// reply to the message that carried the sheet, once per message (its dedupe key).
import type { MessageInfo, NotifySettings, OutboxDraft, PracticeInfo } from '../../domain/follow-ups.js';
import type { SheetKey } from '../../domain/sheet.js';
import { normaliseAddress, replyReferences } from './headers.js';
import { mailLang } from './plan.js';
import { shouldReply } from './rate-limit.js';

export interface SheetReceiptInput {
  message: MessageInfo;
  practice: PracticeInfo;
  stated: SheetKey[];
  missing: SheetKey[];
  status: string;
  recentReplies: number;
  settings: NotifySettings;
  now: Date;
}

export function sheetReceiptDraft(i: SheetReceiptInput): { draft: OutboxDraft | null; noReply: string | null } {
  const { message: m, settings } = i;
  // The loop guard's rules as for a submission: a person's sheet is answered, a machine or ourselves never (RFC 3834).
  const decision = shouldReply({
    kind: m.kind === 'reply' ? 'submission' : m.kind, status: m.status, fromAddress: m.fromAddr,
    ourAddresses: [settings.campaign.from, settings.campaign.coordinator], recentReplies: i.recentReplies,
  });
  if (!decision.reply && !decision.rateLimited) return { draft: null, noReply: decision.reason };
  const draft: OutboxDraft = {
    dedupeKey: `sheet-receipt:${m.messageId}`, kind: 'sheet-receipt', practices: [i.practice.id], messageRow: m.rowId,
    inReplyTo: m.messageId, refs: replyReferences(m.refs, m.messageId),
    to: decision.reply ? decision.to : normaliseAddress(m.fromAddr ?? ''), toName: m.fromName,
    lang: mailLang(settings, m.language, i.practice.language), isReply: true,
    givenUp: decision.reply ? null : decision.reason, at: m.receivedAt ?? i.now.toISOString(),
    data: { template: 'sheet-receipt', message: m, practice: i.practice, stated: i.stated, missing: i.missing, status: i.status },
  };
  return { draft, noReply: decision.reply ? null : decision.reason };
}
