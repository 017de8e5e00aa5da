// Every SQL statement about systematisation sheets (issue 12): a practice's sheet and the sources of
// its values, applying a returned sheet (values, history, status) and the thread lookups that find
// which practice a returned sheet answers.
import {
  mergeSheet, normaliseSheet, sheetMissing, sheetStatus, type SheetKey, type SheetSources, type SheetStatus, type SheetValues,
} from '../domain/sheet.js';
import { nowIso, statement, type Db } from './db.js';
import { addEvent } from './practices.js';

export interface SheetState {
  sheet: SheetValues;
  sources: SheetSources;
}

export function parseSheetColumns(row: { sheet?: string | null; sheet_sources?: string | null }): SheetState {
  return { sheet: normaliseSheet(JSON.parse(row.sheet || '{}')), sources: JSON.parse(row.sheet_sources || '{}') as SheetSources };
}

export interface AppliedSheet {
  /** The fields this sheet stated (changed or confirmed), in the sheet's order. */
  stated: SheetKey[];
  /** The fields whose value changed. */
  changed: SheetKey[];
  missing: SheetKey[];
  status: SheetStatus;
  previousStatus: string;
}

export interface SheetInput {
  practiceId: string;
  stated: Partial<Record<SheetKey, string>>;
  /** The carrying message: row, Message-ID, arrival. */
  messageRow: number;
  messageId: string;
  at: string;
  required: readonly SheetKey[];
}

/** Merges a returned sheet (a later one replaces what it states, keeps its blanks), keeps the old values, sets the status. */
export function applySheet(db: Db, s: SheetInput): AppliedSheet | null {
  const row = statement(db, 'SELECT status, sheet, sheet_sources, systematised_at FROM practices WHERE id = ?').get(s.practiceId) as
    { status: string; sheet: string; sheet_sources: string; systematised_at: string | null } | undefined;
  if (!row) return null;
  const current = parseSheetColumns(row);
  // A sheet processed again (reprocess) or out of order never undoes what a later one stated.
  const stated = Object.fromEntries(Object.entries(s.stated).filter(([k]) => !isNewer(current.sources[k as SheetKey]?.at, s.at)));
  const { sheet, changes } = mergeSheet(current.sheet, stated);
  const sources = { ...current.sources };
  const history = statement(db, 'INSERT INTO sheet_history (practice_id, field, value, previous, message_id, at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const c of changes) {
    sources[c.key] = { messageId: s.messageId, at: s.at };
    history.run(s.practiceId, c.key, c.value, c.previous, s.messageRow, s.at);
  }
  const status = sheetStatus(sheet, s.required);
  const missing = sheetMissing(sheet, s.required);
  const systematisedAt = status === 'systematised' ? row.systematised_at ?? s.at : null;
  statement(db, 'UPDATE practices SET sheet = ?, sheet_sources = ?, status = ?, systematised_at = ?, updated_at = ? WHERE id = ?')
    .run(JSON.stringify(sheet), JSON.stringify(sources), status, systematisedAt, nowIso(), s.practiceId);
  const statedKeys = (Object.keys(sheet) as SheetKey[]).filter((k) => s.stated[k]?.trim());
  const changed = changes.map((c) => c.key);
  addEvent(db, { practiceId: s.practiceId, messageId: s.messageRow, type: 'sheet-applied', detail: { stated: statedKeys, changed, missing, status, from: row.status } });
  return { stated: statedKeys, changed, missing, status, previousStatus: row.status };
}

const isNewer = (a: string | undefined, b: string): boolean => !!a && new Date(a).getTime() > new Date(b).getTime();

export interface SheetHistoryEntry { field: SheetKey; value: string; previous: string | null; messageRow: number | null; at: string }

export function sheetHistory(db: Db, practiceId: string): SheetHistoryEntry[] {
  return statement(db, 'SELECT field, value, previous, message_id AS messageRow, at FROM sheet_history WHERE practice_id = ? ORDER BY id')
    .all(practiceId) as SheetHistoryEntry[];
}

/** The sheet this message applied, as the event recorded it (for its receipt); null when it applied none. */
export function sheetAppliedBy(db: Db, messageRow: number): { practiceId: string; detail: AppliedSheet } | null {
  const row = statement(db, `SELECT practice_id, detail FROM events WHERE message_id = ? AND type = 'sheet-applied' ORDER BY id DESC LIMIT 1`)
    .get(messageRow) as { practice_id: string; detail: string } | undefined;
  return row ? { practiceId: row.practice_id, detail: JSON.parse(row.detail) as AppliedSheet } : null;
}

/** Of these ids, the practices that exist. */
export function existingPractices(db: Db, ids: string[]): string[] {
  return ids.filter((id) => statement(db, 'SELECT 1 FROM practices WHERE id = ?').get(id) !== undefined);
}

/**
 * The practices a message answers through any mail of their thread: our follow-ups (the advisor's
 * task, a receipt, a reminder, an acknowledgement…) and the messages linked to a practice. Returns
 * also whether one of those was a mail about the sheet (task, reminder, sheet receipt).
 */
export function practicesOfAnyThreadMail(db: Db, refs: string[]): { ids: string[]; sheetMail: boolean } {
  if (!refs.length) return { ids: [], sheetMail: false };
  const marks = refs.map(() => '?').join(',');
  const ours = statement(db, `SELECT j.value AS id, o.template AS template FROM outbox o, json_each(o.practices) j
     WHERE o.message_id IN (${marks}) AND j.value IN (SELECT id FROM practices)`).all(...refs) as { id: string; template: string }[];
  const theirs = statement(db, `SELECT mp.practice_id AS id FROM messages m JOIN message_practices mp ON mp.message_id = m.id
     WHERE m.message_id IN (${marks})`).all(...refs) as { id: string }[];
  const ids = [...new Set([...ours.map((r) => r.id), ...theirs.map((r) => r.id)])].sort();
  return { ids, sheetMail: ours.some((r) => ['advisor-task', 'advisor-reminder', 'sheet-receipt'].includes(r.template)) };
}

/** When each practice became systematised (the digest's "systematised since"). */
export function systematisedTimes(db: Db): Record<string, string> {
  const rows = statement(db, 'SELECT id, systematised_at AS at FROM practices WHERE systematised_at IS NOT NULL').all() as { id: string; at: string }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.at]));
}
