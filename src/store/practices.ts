// Every SQL statement about practices, their links to messages and their event log.
import { createHash } from 'node:crypto';
import type { ExtractedPractice, ThemeId } from '../domain/types.js';
import { nowIso, statement, type Db } from './db.js';

export interface PracticeRow {
  id: string;
  message_id: number;
  seq: number;
  title: string | null;
  promoters: string;
  summary: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_role: string | null;
  municipality: string | null;
  member: number | null;
  themes: string;
  theme_evidence: string;
  priority: number;
  late: number;
  status: string;
  advisor: string | null;
  source: string | null;
  evidence: string;
  missing: string;
  language: string | null;
  decision: string | null;
  created_at: string;
  updated_at: string;
  /** Issue 12 (migration sheets.ts): the systematisation sheet, where each value came from, when it was complete. */
  sheet?: string;
  sheet_sources?: string;
  systematised_at?: string | null;
}

/** Stable id: the same message and position always give the same id, across reprocessing and hosts. */
export function practiceId(messageId: string, seq: number): string {
  return 'bp-' + createHash('sha256').update(`${messageId}#${seq}`).digest('hex').slice(0, 12);
}

export interface PracticeValues extends ExtractedPractice {
  late: boolean;
  language: string | null;
}

/** Writes the extracted fields; keeps what people decided (status after review, advisor). */
export function upsertPractices(db: Db, messageRowId: number, messageId: string, practices: PracticeValues[]): string[] {
  const upsert = statement(db, 
    `INSERT INTO practices (id, message_id, seq, title, promoters, summary, contact_name, contact_email, contact_phone, contact_role,
       municipality, member, themes, theme_evidence, priority, late, status, source, evidence, missing, language, created_at, updated_at)
     VALUES (@id, @messageRowId, @seq, @title, @promoters, @summary, @name, @email, @phone, @role, @municipality, @member, @themes,
       @themeEvidence, @priority, @late, @status, @source, @evidence, @missing, @language, @now, @now)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, promoters = excluded.promoters, summary = excluded.summary,
       contact_name = excluded.contact_name, contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
       contact_role = excluded.contact_role, municipality = excluded.municipality, member = excluded.member, themes = excluded.themes,
       theme_evidence = excluded.theme_evidence, priority = excluded.priority, late = excluded.late, source = excluded.source,
       evidence = excluded.evidence, missing = excluded.missing, language = excluded.language, updated_at = excluded.updated_at,
       status = CASE WHEN practices.status IN ('received', 'late') THEN excluded.status ELSE practices.status END`,
  );
  const link = statement(db, `INSERT OR IGNORE INTO message_practices (message_id, practice_id, role) VALUES (?, ?, 'origin')`);
  const ids = practices.map((p, seq) => {
    const id = practiceId(messageId, seq);
    upsert.run({
      id, messageRowId, seq, title: p.title, promoters: JSON.stringify(p.promoters), summary: p.summary,
      name: p.contact.name, email: p.contact.email, phone: p.contact.phone, role: p.contact.role,
      municipality: p.municipality, member: p.member === null ? null : p.member ? 1 : 0, themes: JSON.stringify(p.themes),
      themeEvidence: JSON.stringify(p.themeEvidence), priority: p.priority, late: p.late ? 1 : 0, status: p.late ? 'late' : 'received',
      source: p.source, evidence: JSON.stringify(p.evidence), missing: JSON.stringify(p.missing), language: p.language, now: nowIso(),
    });
    link.run(messageRowId, id);
    return id;
  });
  removeStalePractices(db, messageRowId, ids);
  return ids;
}

/** After reprocessing finds fewer practices than before, the extra ones go (with their links and events). */
function removeStalePractices(db: Db, messageRowId: number, keep: string[]): void {
  const stale = (statement(db, 'SELECT id FROM practices WHERE message_id = ?').all(messageRowId) as { id: string }[])
    .map((r) => r.id)
    .filter((id) => !keep.includes(id));
  for (const id of stale) {
    statement(db, 'DELETE FROM message_practices WHERE practice_id = ?').run(id);
    statement(db, 'DELETE FROM events WHERE practice_id = ?').run(id);
    statement(db, 'DELETE FROM sheet_history WHERE practice_id = ?').run(id);
    statement(db, 'DELETE FROM practices WHERE id = ?').run(id);
  }
}

export function linkReply(db: Db, messageRowId: number, practiceIdValue: string): void {
  statement(db, `INSERT OR IGNORE INTO message_practices (message_id, practice_id, role) VALUES (?, ?, 'reply')`).run(messageRowId, practiceIdValue);
}

export function getPractice(db: Db, id: string): PracticeRow | undefined {
  return statement(db, 'SELECT * FROM practices WHERE id = ?').get(id) as PracticeRow | undefined;
}

export function addEvent(db: Db, e: { practiceId?: string | null; messageId?: number | null; type: string; detail?: unknown }): number {
  const info = statement(db, 'INSERT INTO events (practice_id, message_id, at, type, detail) VALUES (?, ?, ?, ?, ?)').run(
    e.practiceId ?? null, e.messageId ?? null, nowIso(), e.type, JSON.stringify(e.detail ?? {}),
  );
  return Number(info.lastInsertRowid);
}

export function themesOf(row: PracticeRow): ThemeId[] {
  return JSON.parse(row.themes) as ThemeId[];
}
