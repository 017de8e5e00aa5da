// The council's corrections, applied where messages are committed: a reply on a practice's thread,
// and a resend of a practice it sent before. The rules are pure (classify/reply-changes.ts,
// classify/resend.ts); here they meet the store: values replaced with history, nothing applied to a
// practice the commission already accepted, nothing read left silently aside.
import type { ExtractedPractice, MessageStatus } from '../domain/types.js';
import { findResend } from '../stages/classify/resend.js';
import { changesFromReply, changesFromResend, readsAsChange, type Change, type Field, type Value } from '../stages/classify/reply-changes.js';
import { applyFieldChanges, fieldValue, pastValues } from '../store/changes.js';
import type { Db } from '../store/db.js';
import { councilPractices, linkTo } from '../store/messages.js';
import { addEvent, getPractice, type PracticeRow } from '../store/practices.js';
import type { Analysis } from './analyse.js';

/** Once the commission has let a practice in, changing it is a person's call (issue 8's returned sheet aside). */
const ACCEPTED = new Set(['accepted', 'late-accepted', 'sheet-incomplete', 'systematised']);
export const isAccepted = (p: PracticeRow): boolean => ACCEPTED.has(p.status) || p.decision === 'accepted' || p.decision === 'late-accepted';

export interface Outcome {
  status: MessageStatus;
  reason: string;
}

const current = (row: PracticeRow) => (f: Field): Value => fieldValue(row, f);
const listed = (changes: Change[]): string => changes.map((c) => c.field).join(', ');

/** Applies the changes (history type `type`, this message as the source), or sends them to review when the practice is accepted. */
function applyOrReview(db: Db, rowId: number, row: PracticeRow, changes: Change[], type: string, what: string): Outcome {
  if (isAccepted(row)) {
    addEvent(db, { practiceId: row.id, messageId: rowId, type: 'correction-held', detail: { changes } });
    return { status: 'needs-review', reason: `${what} would change ${listed(changes)} of ${row.id}, which the commission has accepted: not applied; apply it with xmess edit if it is right, or close it with xmess resolve` };
  }
  applyFieldChanges(db, row.id, changes, { type, by: 'the council, by mail', messageRow: rowId });
  return { status: 'processed', reason: `${what}: corrected ${listed(changes)} of ${row.id}` };
}

/** A reply on the thread of `targets`: its stated values replace, what it only adds is added; what cannot be read goes to a person. */
export function commitCorrection(db: Db, rowId: number, a: Analysis, targets: string[]): Outcome {
  for (const id of targets) {
    linkTo(db, rowId, id, 'reply');
    addEvent(db, { practiceId: id, messageId: rowId, type: 'reply-received', detail: { subject: a.subject } });
  }
  const u = a.replyUpdate;
  if (u?.courtesyOnly && !readsAsChange(u)) return { status: 'processed', reason: `reply to ${targets.join(', ')}: the council thanks or confirms the data; nothing to change` };
  if (!u || !readsAsChange(u)) {
    return { status: 'needs-review', reason: `reply to ${targets.join(', ')}: no change could be read from it; read it, then xmess edit the practice or xmess resolve the message` };
  }
  // With several practices in the thread, which one a value belongs to is a person's call.
  if (targets.length > 1) return { status: 'needs-review', reason: `reply to several practices (${targets.join(', ')}): apply what it says to the right one with xmess edit` };
  const row = getPractice(db, targets[0]!)!;
  const changes = changesFromReply(u, current(row));
  if (!changes.length) return { status: 'processed', reason: `reply to ${row.id}: it states what the practice already has` };
  return applyOrReview(db, rowId, row, changes, 'corrected-by-reply', 'reply');
}

const valuesOf = (p: ExtractedPractice): Record<Field, Value> => ({
  title: p.title, promoters: p.promoters, summary: p.summary,
  'contact.name': p.contact.name, 'contact.email': p.contact.email, 'contact.phone': p.contact.phone, 'contact.role': p.contact.role,
});

export interface ResendSplit {
  /** Practices of the message that are new: to be stored as such. */
  fresh: ExtractedPractice[];
  /** What each resent practice did to its earlier one. */
  resent: { id: string; outcome: Outcome }[];
}

/** Splits a submission's practices into resends of earlier ones (linked, corrected if they say something new) and new ones. */
export function commitResends(db: Db, rowId: number, a: Analysis): ResendSplit {
  const towns = [...new Set(a.practices.map((p) => p.municipality).filter((m): m is string => !!m))];
  const candidates = (a.practices.length ? councilPractices(db, rowId, a.fromAddress, towns) : []).map((c) => ({
    id: c.id, sourceHash: c.sourceHash, titles: [c.title, ...pastValues(db, c.id, 'title')].filter((t): t is string => typeof t === 'string'),
  }));
  const hashOf = (source: string): string | null => a.attachments.find((x) => `attachment:${x.filename}` === source)?.sha256 ?? null;
  const split: ResendSplit = { fresh: [], resent: [] };
  for (const p of a.practices) {
    const match = candidates.length ? findResend({ title: p.title, sourceHash: hashOf(p.source) }, candidates) : null;
    if (!match || split.resent.some((r) => r.id === match.id)) {
      split.fresh.push(p);
      continue;
    }
    linkTo(db, rowId, match.id, 'resend');
    addEvent(db, { practiceId: match.id, messageId: rowId, type: 'resend-linked', detail: { by: match.by } });
    const row = getPractice(db, match.id)!;
    const changes = changesFromResend(valuesOf(p), current(row), (f) => pastValues(db, row.id, f));
    const outcome = changes.length ? applyOrReview(db, rowId, row, changes, 'corrected-by-resend', `resend (${match.by})`)
      : { status: 'processed' as const, reason: `resend of ${row.id} (${match.by}): nothing new, linked` };
    split.resent.push({ id: match.id, outcome });
  }
  return split;
}
