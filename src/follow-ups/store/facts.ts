// The reads the notify stage needs, with JSON columns parsed into its value types: a message, its
// practices and unreadable attachments, every practice for the digest, and silent member councils.
import type { Contact, MessageKind, PracticeField, ThemeId } from '../../domain/types.js';
import type { ChangedField, Council, MessageInfo, PracticeInfo, UnreadableAttachment } from '../../domain/follow-ups.js';
import { statement, type Db } from '../../store/db.js';
import { getMessage, type MessageRow } from '../../store/messages.js';
import { getPractice, type PracticeRow } from '../../store/practices.js';
import { parseSheetColumns } from '../../store/sheets.js';

export function practiceInfo(r: PracticeRow): PracticeInfo {
  const contact: Contact = { name: r.contact_name, email: r.contact_email, phone: r.contact_phone, role: r.contact_role };
  return {
    id: r.id, messageRow: r.message_id, title: r.title, promoters: JSON.parse(r.promoters) as string[], summary: r.summary, contact,
    municipality: r.municipality, member: r.member === null ? null : r.member === 1, themes: JSON.parse(r.themes) as ThemeId[],
    themeEvidence: JSON.parse(r.theme_evidence) as PracticeInfo['themeEvidence'], priority: r.priority, late: r.late === 1, status: r.status,
    advisor: r.advisor, source: r.source, evidence: JSON.parse(r.evidence) as PracticeInfo['evidence'], missing: JSON.parse(r.missing) as PracticeField[],
    language: r.language, decision: r.decision ?? null, sheet: parseSheetColumns(r).sheet,
  };
}

export function messageInfo(r: MessageRow): MessageInfo {
  return {
    rowId: r.id, messageId: r.message_id, fromAddr: r.from_addr, fromName: r.from_name, subject: r.subject, receivedAt: r.received_at,
    refs: JSON.parse(r.refs) as string[], kind: r.kind as MessageKind | null, status: r.status, reason: r.reason, language: r.language,
  };
}

export function readMessage(db: Db, rowId: number): MessageInfo | null {
  const row = getMessage(db, rowId);
  return row ? messageInfo(row) : null;
}

export function readPractice(db: Db, id: string): PracticeInfo | null {
  const row = getPractice(db, id);
  return row ? practiceInfo(row) : null;
}

/** The practices a message brought (its origin practices), in their order in the message. */
export function practicesOfMessage(db: Db, rowId: number): PracticeInfo[] {
  return (statement(db, 'SELECT * FROM practices WHERE message_id = ? ORDER BY seq').all(rowId) as PracticeRow[]).map(practiceInfo);
}

export function unreadableAttachments(db: Db, rowId: number): UnreadableAttachment[] {
  return statement(db, 'SELECT filename, reason FROM attachments WHERE message_id = ? AND ok = 0 ORDER BY seq').all(rowId) as UnreadableAttachment[];
}

/** Every practice with its message's arrival, oldest first (the digest's input). */
export function allPracticesWithArrival(db: Db): (PracticeInfo & { receivedAt: string | null })[] {
  const rows = statement(db, 
    'SELECT p.*, m.received_at AS m_received_at FROM practices p JOIN messages m ON m.id = p.message_id ORDER BY m.received_at, m.id, p.seq',
  ).all() as (PracticeRow & { m_received_at: string | null })[];
  return rows.map((r) => ({ ...practiceInfo(r), receivedAt: r.m_received_at }));
}

export function allMessages(db: Db): MessageInfo[] {
  return (statement(db, 'SELECT * FROM messages ORDER BY received_at, id').all() as MessageRow[]).map(messageInfo);
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** Member councils with no practice credited to them and no submission or reply from one of their domains. */
export function silentMembers(db: Db, councils: Council[]): Council[] {
  const credited = new Set((statement(db, 'SELECT DISTINCT municipality FROM practices WHERE municipality IS NOT NULL').pluck().all() as string[]));
  const senders = (statement(db, `SELECT DISTINCT from_addr FROM messages WHERE from_addr IS NOT NULL AND kind IN ('submission', 'reply')`).pluck().all() as string[]).map(domainOf);
  const wrote = (c: Council): boolean => c.domains.some((d) => senders.some((s) => s === d.toLowerCase() || s.endsWith(`.${d.toLowerCase()}`)));
  return councils.filter((c) => c.member && !credited.has(c.name) && !wrote(c));
}

/** The fields a council's message corrected (by reply or by resend), from the practices' history. */
export function correctionsOf(db: Db, rowId: number): (ChangedField & { practiceId: string })[] {
  const rows = statement(db, `SELECT practice_id AS practiceId, detail FROM events WHERE message_id = ? AND type IN ('corrected-by-reply', 'corrected-by-resend') ORDER BY id`)
    .all(rowId) as { practiceId: string; detail: string }[];
  return rows.map((r) => {
    const d = JSON.parse(r.detail) as { field: string; previous: ChangedField['previous']; value: ChangedField['value'] };
    return { practiceId: r.practiceId, field: d.field, previous: d.previous, value: d.value };
  });
}
