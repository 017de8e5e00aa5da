// Changes to a practice's fields made after intake (by hand with `xmess edit`, or by the council's
// correction by reply): each field written, the old value kept in the practice's history (events:
// who, when, which message), and `missing` kept true.
import type { PracticeField } from '../domain/types.js';
import { nowIso, statement, type Db } from './db.js';
import { addEvent, getPractice, type PracticeRow } from './practices.js';

/** Fields a person (or a correction) may change: the practice fields plus its themes. */
export const EDITABLE_FIELDS = ['title', 'promoters', 'summary', 'contact.name', 'contact.email', 'contact.phone', 'contact.role', 'municipality', 'themes'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export const isEditableField = (f: string): f is EditableField => (EDITABLE_FIELDS as readonly string[]).includes(f);

export type FieldValue = string | string[] | null;

export interface FieldChange {
  field: EditableField;
  value: FieldValue;
}

/** Columns a field change also sets, computed by the caller (member follows the municipality, priority the themes). */
export interface Derived {
  member?: boolean | null;
  priority?: number;
}

export interface ChangeSource {
  /** Event type in the history: `edited`, `corrected-by-reply`, `completed-by-reply`. */
  type: string;
  by: string;
  messageRow: number | null;
}

export interface AppliedChange {
  field: EditableField;
  previous: FieldValue;
  value: FieldValue;
}

const COLUMN: Record<EditableField, keyof PracticeRow> = {
  title: 'title', promoters: 'promoters', summary: 'summary', 'contact.name': 'contact_name', 'contact.email': 'contact_email',
  'contact.phone': 'contact_phone', 'contact.role': 'contact_role', municipality: 'municipality', themes: 'themes',
};
const LIST_FIELDS = new Set<EditableField>(['promoters', 'themes']);

/** The current value of a field, lists parsed. */
export function fieldValue(row: PracticeRow, field: EditableField): FieldValue {
  const raw = row[COLUMN[field]] as string | null;
  return LIST_FIELDS.has(field) ? (JSON.parse(raw ?? '[]') as string[]) : raw;
}

const isEmpty = (v: FieldValue): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: FieldValue, b: FieldValue): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || (isEmpty(a) && isEmpty(b));

/** Writes the changes that differ from what the practice holds; one history event per field. Returns what changed. */
export function applyFieldChanges(db: Db, id: string, changes: FieldChange[], source: ChangeSource, derived: Derived = {}): AppliedChange[] {
  const row = getPractice(db, id);
  if (!row) return [];
  const applied: AppliedChange[] = [];
  for (const c of changes) {
    const previous = fieldValue(row, c.field);
    if (same(previous, c.value)) continue;
    const stored = LIST_FIELDS.has(c.field) ? JSON.stringify(c.value ?? []) : (c.value as string | null);
    statement(db, `UPDATE practices SET ${COLUMN[c.field]} = ?, updated_at = ? WHERE id = ?`).run(stored, nowIso(), id);
    addEvent(db, { practiceId: id, messageId: source.messageRow, type: source.type, detail: { field: c.field, previous, value: c.value, by: source.by } });
    applied.push({ field: c.field, previous, value: c.value });
  }
  if (!applied.length) return applied;
  if (derived.member !== undefined) statement(db, 'UPDATE practices SET member = ? WHERE id = ?').run(derived.member === null ? null : derived.member ? 1 : 0, id);
  if (derived.priority !== undefined) statement(db, 'UPDATE practices SET priority = ? WHERE id = ?').run(derived.priority, id);
  updateMissing(db, row, applied);
  return applied;
}

/** A field given a value is no longer missing; a field emptied by hand is missing again. */
function updateMissing(db: Db, row: PracticeRow, applied: AppliedChange[]): void {
  const missing = new Set(JSON.parse(row.missing) as string[]);
  for (const a of applied) {
    if (a.field === 'themes') continue;
    if (isEmpty(a.value)) missing.add(a.field);
    else missing.delete(a.field);
  }
  statement(db, 'UPDATE practices SET missing = ? WHERE id = ?').run(JSON.stringify([...missing] as PracticeField[]), row.id);
}

/** Every value a field ever had (oldest first), from the history: what a resend may repeat without undoing a correction. */
export function pastValues(db: Db, id: string, field: EditableField): FieldValue[] {
  const rows = statement(db, `SELECT json_extract(detail, '$.previous') AS previous FROM events WHERE practice_id = ? AND json_extract(detail, '$.field') = ? ORDER BY id`)
    .all(id, field) as { previous: string | null }[];
  return rows.map((r) => (LIST_FIELDS.has(field) && r.previous ? (JSON.parse(r.previous) as string[]) : r.previous));
}
