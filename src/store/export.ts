// The export shapes of CONTRACT.md, read from the store: practices and messages.
import type { Db } from './db.js';
import type { SheetSources, SheetValues } from '../domain/sheet.js';
import type { PracticeRow } from './practices.js';
import { parseSheetColumns } from './sheets.js';

export interface PracticeExport {
  id: string;
  messageId: string;
  from: string | null;
  subject: string | null;
  receivedAt: string | null;
  municipality: string | null;
  member: boolean | null;
  title: string | null;
  promoters: string[];
  summary: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null };
  themes: string[];
  priority: number;
  late: boolean;
  status: string;
  /** The commission's decision (accepted, rejected, needs-info, late-accepted) or null: it stays whatever the status becomes. */
  decision: string | null;
  advisor: string | null;
  source: string | null;
  missing: string[];
  language: string | null;
  evidence: Record<string, string>;
  themeEvidence: Record<string, string[]>;
  /** Issue 12: the systematisation sheet (every field, null when blank) and where each value came from. */
  sheet: SheetValues;
  sheetSources: SheetSources;
}

export interface MessageExport {
  messageId: string;
  from: string | null;
  subject: string | null;
  receivedAt: string | null;
  kind: string | null;
  status: string;
  reason: string | null;
  language: string | null;
  origin: string;
  practices: string[];
  /** Closed by a person with `xmess resolve`. */
  resolved: boolean;
  resolution: { as: string; practice: string | null; note: string | null; by: string; at: string } | null;
}

type JoinedPractice = PracticeRow & { m_message_id: string; m_from: string | null; m_subject: string | null; m_received_at: string | null };

const PRACTICE_COLUMNS = `SELECT p.*, m.message_id AS m_message_id, m.from_addr AS m_from, m.subject AS m_subject, m.received_at AS m_received_at
       FROM practices p JOIN messages m ON m.id = p.message_id`;
const PRACTICE_ORDER = 'ORDER BY m.received_at, m.id, p.seq';

function practiceExport(r: JoinedPractice): PracticeExport {
  return {
    id: r.id, messageId: r.m_message_id, from: r.m_from, subject: r.m_subject, receivedAt: r.m_received_at,
    municipality: r.municipality, member: r.member === null ? null : r.member === 1,
    title: r.title, promoters: JSON.parse(r.promoters), summary: r.summary,
    contact: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone, role: r.contact_role },
    themes: JSON.parse(r.themes), priority: r.priority, late: r.late === 1, status: r.status, decision: r.decision ?? null, advisor: r.advisor,
    source: r.source, missing: JSON.parse(r.missing), language: r.language,
    evidence: JSON.parse(r.evidence), themeEvidence: JSON.parse(r.theme_evidence),
    ...sheetOf(r),
  };
}

export function exportPractices(db: Db): PracticeExport[] {
  return (db.prepare(`${PRACTICE_COLUMNS} ${PRACTICE_ORDER}`).all() as JoinedPractice[]).map(practiceExport);
}

/**
 * The first `limit` of the practices `ids`, in the export's order: a summary of one import reads
 * only what it shows, however large the database (the whole export of 20,000 practices is ~100 MB of objects).
 */
export function exportSomePractices(db: Db, ids: readonly string[], limit: number): PracticeExport[] {
  if (!ids.length || limit <= 0) return [];
  const rows = db.prepare(`${PRACTICE_COLUMNS} WHERE p.id IN (SELECT value FROM json_each(?)) ${PRACTICE_ORDER} LIMIT ?`).all(JSON.stringify(ids), limit) as JoinedPractice[];
  return rows.map(practiceExport);
}

function sheetOf(r: PracticeRow): { sheet: SheetValues; sheetSources: SheetSources } {
  const { sheet, sources } = parseSheetColumns(r);
  return { sheet, sheetSources: sources };
}

export function exportMessages(db: Db): MessageExport[] {
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT json_group_array(practice_id) FROM message_practices WHERE message_id = m.id) AS practice_ids
       FROM messages m ORDER BY m.received_at, m.id`,
    )
    .all() as { message_id: string; from_addr: string | null; subject: string | null; received_at: string | null; kind: string | null; status: string; reason: string | null; language: string | null; origin: string; practice_ids: string; resolution: string | null }[];
  return rows.map((r) => ({
    messageId: r.message_id, from: r.from_addr, subject: r.subject, receivedAt: r.received_at, kind: r.kind,
    status: r.status, reason: r.reason, language: r.language, origin: r.origin, practices: JSON.parse(r.practice_ids),
    resolved: r.resolution !== null, resolution: r.resolution ? JSON.parse(r.resolution) : null,
  }));
}
