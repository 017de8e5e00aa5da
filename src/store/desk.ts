// The web desk's reads: the inbox (needs-review first), the practices table with its filters, and
// what a practice page gathers (its messages and follow-ups). Every value is a bound parameter.
import type { MessageRow } from './messages.js';
import { statement, type Db } from './db.js';
import type { PracticeRow } from './practices.js';

/** A page shows at most this many rows: enough for a campaign (a few hundred mails), bounded for a browser. */
export const MAX_ROWS = 500;

export interface InboxFilter {
  status?: string;
  q?: string;
}

export type InboxRow = Pick<MessageRow, 'id' | 'message_id' | 'from_addr' | 'from_name' | 'subject' | 'received_at' | 'kind' | 'status' | 'reason'> & { practices: number };

const like = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function inboxRows(db: Db, f: InboxFilter): InboxRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.status) {
    where.push('m.status = ?');
    args.push(f.status);
  }
  if (f.q) {
    where.push(`(m.subject LIKE ? ESCAPE '\\' OR m.from_addr LIKE ? ESCAPE '\\' OR m.from_name LIKE ? ESCAPE '\\')`);
    args.push(like(f.q), like(f.q), like(f.q));
  }
  return statement(db,
    `SELECT m.id, m.message_id, m.from_addr, m.from_name, m.subject, m.received_at, m.kind, m.status, m.reason,
       (SELECT count(*) FROM message_practices mp WHERE mp.message_id = m.id) AS practices
     FROM messages m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY m.status = 'needs-review' DESC, m.received_at DESC, m.id DESC LIMIT ${MAX_ROWS}`,
  ).all(...args) as InboxRow[];
}

export function messageStatusCounts(db: Db): Record<string, number> {
  const rows = statement(db, 'SELECT status, count(*) AS n FROM messages GROUP BY status').all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export interface PracticeFilter {
  status?: string;
  theme?: string;
  municipality?: string;
  advisor?: string;
  late?: boolean;
  minPriority?: number;
  q?: string;
  /** An advisor sees only their own practices. */
  onlyAdvisor?: string;
}

export type PracticeListRow = PracticeRow & { received_at: string | null };

export function practiceRows(db: Db, f: PracticeFilter): PracticeListRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    where.push(sql);
    args.push(...values);
  };
  if (f.status) add('p.status = ?', f.status);
  if (f.theme) add('EXISTS (SELECT 1 FROM json_each(p.themes) t WHERE t.value = ?)', f.theme);
  if (f.municipality) add('p.municipality = ?', f.municipality);
  if (f.advisor) add('lower(p.advisor) = lower(?)', f.advisor);
  if (f.onlyAdvisor) add('lower(p.advisor) = lower(?)', f.onlyAdvisor);
  if (f.late !== undefined) add('p.late = ?', f.late ? 1 : 0);
  if (f.minPriority !== undefined) add('p.priority >= ?', f.minPriority);
  if (f.q) {
    const cols = ['p.id', 'p.title', 'p.summary', 'p.promoters', 'p.municipality', 'p.contact_name'];
    add(`(${cols.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...cols.map(() => like(f.q!)));
  }
  return statement(db,
    `SELECT p.*, m.received_at FROM practices p JOIN messages m ON m.id = p.message_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.received_at DESC, p.id LIMIT ${MAX_ROWS}`,
  ).all(...args) as PracticeListRow[];
}

/** The values the filters offer. */
export function practiceFacets(db: Db): { municipalities: string[]; advisors: string[]; statuses: string[] } {
  const distinct = (col: string): string[] =>
    statement(db, `SELECT DISTINCT ${col} FROM practices WHERE ${col} IS NOT NULL ORDER BY ${col}`).pluck().all() as string[];
  return { municipalities: distinct('municipality'), advisors: distinct('advisor'), statuses: distinct('status') };
}

export interface PracticeMessage {
  id: number;
  message_id: string;
  from_addr: string | null;
  subject: string | null;
  received_at: string | null;
  kind: string | null;
  status: string;
  role: string;
}

/** The messages of a practice, in the order they arrived. */
export function messagesOfPractice(db: Db, practiceId: string): PracticeMessage[] {
  return statement(db,
    `SELECT m.id, m.message_id, m.from_addr, m.subject, m.received_at, m.kind, m.status, mp.role
     FROM message_practices mp JOIN messages m ON m.id = mp.message_id WHERE mp.practice_id = ? ORDER BY m.received_at, m.id`,
  ).all(practiceId) as PracticeMessage[];
}

export interface PracticeFollowUp {
  id: string;
  kind: string;
  to_addrs: string;
  subject: string;
  status: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

/** The follow-ups planned about a practice, in the order they were planned. */
export function followUpsOfPractice(db: Db, practiceId: string): PracticeFollowUp[] {
  return statement(db,
    `SELECT o.id, o.kind, o.to_addrs, o.subject, o.status, o.created_at, o.sent_at, o.error
     FROM outbox o WHERE EXISTS (SELECT 1 FROM json_each(o.practices) j WHERE j.value = ?) ORDER BY o.created_at, o.id`,
  ).all(practiceId) as PracticeFollowUp[];
}

/** The practices a message is linked to (origin or reply), with their advisors: who may see the message. */
export function practicesLinkedTo(db: Db, messageRow: number): { id: string; title: string | null; advisor: string | null; role: string }[] {
  return statement(db,
    `SELECT p.id, p.title, p.advisor, mp.role FROM message_practices mp JOIN practices p ON p.id = mp.practice_id WHERE mp.message_id = ? ORDER BY p.seq, p.id`,
  ).all(messageRow) as { id: string; title: string | null; advisor: string | null; role: string }[];
}

export interface StoredAttachmentRow {
  seq: number;
  filename: string | null;
  content_type: string | null;
  size: number;
  kind: string | null;
  ok: number;
  reason: string | null;
  text: string | null;
}

/** What was read from each document attachment. */
export function attachmentsRead(db: Db, messageRow: number): StoredAttachmentRow[] {
  return statement(db, 'SELECT seq, filename, content_type, size, kind, ok, reason, text FROM attachments WHERE message_id = ? ORDER BY seq')
    .all(messageRow) as StoredAttachmentRow[];
}

/** A cheap fingerprint of what the desk shows: it changes when mail arrives or anything happens to a record. */
export function changeMark(db: Db): string {
  const r = statement(db,
    `SELECT (SELECT count(*) FROM messages) AS m, (SELECT max(id) FROM events) AS e,
       (SELECT max(processed_at) FROM messages) AS p, (SELECT count(*) FROM outbox) AS o`,
  ).get() as { m: number; e: number | null; p: string | null; o: number };
  return `${r.m}.${r.e ?? 0}.${r.p ?? ''}.${r.o}`;
}

export function messageCount(db: Db): number {
  return statement(db, 'SELECT count(*) FROM messages').pluck().get() as number;
}
