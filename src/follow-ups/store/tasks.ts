// Every SQL statement about advisors' tasks and the commission's review. A task is open while the
// practice has an advisor and is neither rejected nor systematised (issue 12); its start is the latest `assigned` event.
import type { AdvisorLoads, OpenTask } from '../../domain/follow-ups.js';
import { nowIso, statement, type Db } from '../../store/db.js';
import { practiceInfo } from './facts.js';
import { addEvent, type PracticeRow } from '../../store/practices.js';

/** Statuses a person sets; `received` and `late` are the machine's (store/practices.ts keeps the others on reprocessing). */
export const REVIEW_STATUSES = ['accepted', 'rejected', 'needs-info'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** A late practice the commission lets in: it gets an advisor like an on-time one. */
export const LATE_ACCEPTED = 'late-accepted';

export function advisorLoads(db: Db): AdvisorLoads {
  const rows = statement(db, 
    `SELECT lower(advisor) AS advisor, count(*) AS n FROM practices WHERE advisor IS NOT NULL AND status <> 'rejected' GROUP BY lower(advisor)`,
  ).all() as { advisor: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.advisor, r.n]));
}

/** Gives the practice to an advisor; returns the previous advisor and the `assigned` event's id. */
export function setAdvisor(db: Db, practiceId: string, email: string, detail: { reason: string; by: string }, messageRow: number | null = null): { previous: string | null; eventId: number } {
  const previous = statement(db, 'SELECT advisor FROM practices WHERE id = ?').pluck().get(practiceId) as string | null;
  statement(db, 'UPDATE practices SET advisor = ?, updated_at = ? WHERE id = ?').run(email, nowIso(), practiceId);
  const eventId = addEvent(db, { practiceId, messageId: messageRow, type: 'assigned', detail: { advisor: email, previous, ...detail } });
  return { previous, eventId };
}

/** The commission's decisions (CONTRACT: `decision`), kept beside the status, which moves on later. */
export const DECISIONS = ['accepted', 'rejected', 'needs-info', 'late-accepted'] as const;
export type Decision = (typeof DECISIONS)[number];
export const isDecision = (s: string): s is Decision => (DECISIONS as readonly string[]).includes(s);

/** Sets the status (and the decision, when the status is one); returns the previous status and the event's id. */
export function setStatus(db: Db, practiceId: string, status: string, detail: { note: string | null; by: string; type: string }): { previous: string; eventId: number } {
  const previous = statement(db, 'SELECT status FROM practices WHERE id = ?').pluck().get(practiceId) as string;
  statement(db, 'UPDATE practices SET status = ?, decision = CASE WHEN ? THEN ? ELSE decision END, updated_at = ? WHERE id = ?')
    .run(status, isDecision(status) ? 1 : 0, status, nowIso(), practiceId);
  const eventId = addEvent(db, { practiceId, type: detail.type, detail: { from: previous, to: status, note: detail.note, by: detail.by } });
  return { previous, eventId };
}

export function openTasks(db: Db): OpenTask[] {
  const rows = statement(db, 
    `SELECT p.*, (SELECT max(e.at) FROM events e WHERE e.practice_id = p.id AND e.type = 'assigned') AS assigned_at
     FROM practices p WHERE p.advisor IS NOT NULL AND p.status NOT IN ('rejected', 'systematised') ORDER BY assigned_at, p.id`,
  ).all() as (PracticeRow & { assigned_at: string | null })[];
  return rows.map((r) => ({ practice: practiceInfo(r), advisor: r.advisor!, assignedAt: r.assigned_at ?? r.updated_at }));
}

/** The latest review note of each practice that has one. */
export function reviewNotes(db: Db): Record<string, string | null> {
  const rows = statement(db, 
    `SELECT practice_id AS id, json_extract(detail, '$.note') AS note FROM events WHERE type = 'review' AND id IN (SELECT max(id) FROM events WHERE type = 'review' GROUP BY practice_id)`,
  ).all() as { id: string; note: string | null }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.note]));
}

export interface HistoryEntry {
  at: string;
  type: string;
  detail: Record<string, unknown>;
}

export function practiceHistory(db: Db, practiceId: string): HistoryEntry[] {
  return (statement(db, 'SELECT at, type, detail FROM events WHERE practice_id = ? ORDER BY id').all(practiceId) as { at: string; type: string; detail: string }[])
    .map((e) => ({ at: e.at, type: e.type, detail: JSON.parse(e.detail) as Record<string, unknown> }));
}
