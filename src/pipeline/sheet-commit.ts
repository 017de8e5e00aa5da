// The commit of a returned systematisation sheet (issue 12), inside commitAnalysis's transaction: find
// the practice it answers (an id it names, else its thread), let the pure router decide, then apply
// it or hold it for review. A returned sheet never becomes a practice and never gets an
// acknowledgement: it ends as a `reply`, and its receipt is planned by the follow-ups (planner.ts).
import { DEFAULT_SHEET_REQUIRED, SHEET_KEYS, type SheetKey } from '../domain/sheet.js';
import type { Municipality } from '../domain/types.js';
import { routeSheet, type SheetTarget } from '../stages/classify/sheet-route.js';
import type { Db } from '../store/db.js';
import { finishMessage } from '../store/messages.js';
import { getPractice, linkReply } from '../store/practices.js';
import { applySheet, existingPractices, practicesOfAnyThreadMail } from '../store/sheets.js';
import { statement } from '../store/db.js';
import type { Analysis } from './analyse.js';
import type { CommitResult } from '../domain/analysis.js';

/** Who may return a sheet and what makes it complete; without them only advisors' sheets by thread are told apart. */
export interface SheetRules {
  coordinator: string | null;
  advisors: string[];
  municipalities: Municipality[];
  required: readonly SheetKey[];
}

const NO_RULES: SheetRules = { coordinator: null, advisors: [], municipalities: [], required: DEFAULT_SHEET_REQUIRED };

function target(db: Db, id: string): SheetTarget | null {
  const p = getPractice(db, id);
  if (!p) return null;
  const submitter = statement(db, 'SELECT from_addr FROM messages WHERE id = ?').pluck().get(p.message_id) as string | null;
  return {
    // The commission's rejection stands whatever the status says since (issue 11 keeps the decision apart).
    id, status: p.decision === 'rejected' ? 'rejected' : p.status, advisor: p.advisor, municipality: p.municipality,
    councilAddresses: [p.contact_email, submitter].filter((a): a is string => !!a),
  };
}

const targets = (db: Db, ids: string[]): SheetTarget[] => ids.map((id) => target(db, id)).filter((t): t is SheetTarget => t !== null);

/** null: the message returns no sheet, and takes the usual path. */
export function commitSheet(db: Db, rowId: number, a: Analysis, rules: SheetRules = NO_RULES): CommitResult | null {
  if (!a.sheet) return null;
  const thread = practicesOfAnyThreadMail(db, [a.inReplyTo, ...a.references].filter((x): x is string => !!x));
  const route = routeSheet({
    reading: a.sheet, from: a.fromAddress, named: targets(db, existingPractices(db, a.sheet.practiceIds)),
    thread: targets(db, thread.ids), sheetMail: thread.sheetMail, coordinator: rules.coordinator, staff: rules.advisors, municipalities: rules.municipalities,
  });
  if (route.action === 'none') return null;
  const kindReason = 'returns a systematisation sheet';
  if (route.action === 'review') {
    finishMessage(db, rowId, { kind: 'reply', kindReason, status: 'needs-review', reason: route.reason, language: a.language });
    return { kind: 'reply', status: 'needs-review', reason: route.reason, practiceIds: [] };
  }
  const id = route.practice.id;
  linkReply(db, rowId, id);
  const applied = applySheet(db, {
    practiceId: id, stated: a.sheet.fields, messageRow: rowId, messageId: a.messageId, at: a.receivedAt ?? new Date().toISOString(), required: rules.required,
  });
  const missing = applied?.missing ?? [];
  const recorded = SHEET_KEYS.filter((k) => applied?.changed.includes(k));
  const reason = `sheet of ${id}: ${recorded.length ? `recorded ${recorded.join(', ')}` : 'nothing new'}; ${missing.length ? `still missing ${missing.join(', ')}` : 'systematised'}`;
  finishMessage(db, rowId, { kind: 'reply', kindReason, status: 'processed', reason, language: a.language });
  return { kind: 'reply', status: 'processed', reason, practiceIds: [id] };
}
