// The stateful half of processing: writes an analysis into SQLite in one transaction, linking replies
// to the practice they answer and deciding the message's final status and reason.
import { isAfterDeadline } from '../domain/deadline.js';
import type { CommitResult } from '../domain/analysis.js';
import type { MessageKind, MessageStatus } from '../domain/types.js';
import { threadSubject } from '../stages/classify/kind.js';
import type { Db } from '../store/db.js';
import { finishMessage, practicesBySender, practicesOfThread, saveAttachments } from '../store/messages.js';
import { saveOcrDrafts } from '../store/ocr-drafts.js';
import { addEvent, upsertPractices } from '../store/practices.js';
import { commitCorrection, commitResends, type ResendSplit } from './corrections.js';
import type { Analysis } from './analyse.js';
import { commitSheet, type SheetRules } from './sheet-commit.js';

export interface CommitContext {
  deadline: Date;
  /** Issue 12: who may return a systematisation sheet and which of its fields are required. */
  sheets?: SheetRules;
}

export type { CommitResult };

/** Practices this message answers: by In-Reply-To/References, else by sender + subject of the thread. */
function threadPractices(db: Db, rowId: number, a: Analysis): string[] {
  const byHeaders = practicesOfThread(db, [a.inReplyTo, ...a.references].filter((x): x is string => !!x));
  if (byHeaders.length || !a.fromAddress || !a.replyUpdate) return byHeaders;
  const key = threadSubject(a.subject);
  return [...new Set(practicesBySender(db, a.fromAddress, rowId).filter((r) => threadSubject(r.subject ?? '') === key).map((r) => r.practiceId))];
}

/** The reason of a message whose practices were read only by OCR: they wait, as drafts, to be checked. */
export const OCR_REASON = 'read by OCR, to be checked';

function submissionStatus(a: Analysis, practices: number): { status: MessageStatus; reason: string | null } {
  const unreadable = a.attachments.filter((x) => !x.ok).map((x) => (x.ok ? '' : x.reason));
  if (unreadable.length) return { status: 'needs-review', reason: `unreadable attachment: ${unreadable.join('; ')}` };
  if (practices === 0 && (a.ocrDrafts ?? []).length) return { status: 'needs-review', reason: OCR_REASON };
  if (practices === 0) return { status: 'needs-review', reason: 'no good practice found in the body or the attachments' };
  return { status: 'processed', reason: null };
}

/** A submission that resends practices: the worst of their outcomes (review before processed), every reason kept. */
function resendStatus(a: Analysis, fresh: number, resent: ResendSplit['resent']): { status: MessageStatus; reason: string | null } {
  // Counted with the resent ones, so only an unreadable attachment can make its own part need review.
  const own = submissionStatus(a, fresh + resent.length);
  const review = resent.some((r) => r.outcome.status === 'needs-review') || own.status === 'needs-review';
  const reasons = [...resent.map((r) => r.outcome.reason), ...(own.reason ? [own.reason] : [])];
  return { status: review ? 'needs-review' : 'processed', reason: reasons.join('; ') };
}

function commitReply(db: Db, rowId: number, a: Analysis, targets: string[]): CommitResult {
  const { status, reason } = commitCorrection(db, rowId, a, targets);
  finishMessage(db, rowId, { kind: 'reply', kindReason: 'answers an earlier message of the thread', status, reason, language: a.language });
  return { kind: 'reply', status, reason, practiceIds: targets };
}

export function commitAnalysis(db: Db, rowId: number, a: Analysis, ctx: CommitContext): CommitResult {
  return db.transaction((): CommitResult => {
    const receivedAt = a.receivedAt ? new Date(a.receivedAt) : null;
    if (a.kind.kind !== 'submission') {
      finishMessage(db, rowId, { kind: a.kind.kind, kindReason: a.kind.reason, status: 'ignored', reason: a.kind.reason, language: null, receivedAt });
      return { kind: a.kind.kind, status: 'ignored', reason: a.kind.reason, practiceIds: [] };
    }
    saveAttachments(db, rowId, a.attachments);
    saveOcrDrafts(db, rowId, a.ocrDrafts ?? []);
    // A returned sheet is never a new practice nor a council's reply: it goes its own way first.
    const sheet = commitSheet(db, rowId, a, ctx.sheets);
    if (sheet) return sheet;
    const targets = threadPractices(db, rowId, a);
    if (targets.length) return commitReply(db, rowId, a, targets);
    const late = isAfterDeadline(receivedAt, ctx.deadline);
    // The same practice sent again is linked to the one we have (and corrects it if it says something new), not stored twice.
    const { fresh, resent } = commitResends(db, rowId, a);
    const ids = upsertPractices(db, rowId, a.messageId, fresh.map((p) => ({ ...p, late, language: a.language })));
    for (const id of ids) addEvent(db, { practiceId: id, messageId: rowId, type: 'extracted', detail: { late } });
    const { status, reason } = resent.length ? resendStatus(a, ids.length, resent) : submissionStatus(a, ids.length);
    finishMessage(db, rowId, { kind: 'submission', kindReason: null, status, reason, language: a.language, receivedAt });
    return { kind: 'submission', status, reason, practiceIds: ids };
  })();
}
