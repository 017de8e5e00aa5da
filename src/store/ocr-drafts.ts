// The OCR drafts of a message (see migrations/ocr-drafts.ts): written with the message's analysis,
// replaced when it is processed again, read by the digest, the acknowledgement and `resolve`.
import type { PracticeInfo } from '../domain/follow-ups.js';
import type { ExtractedPractice } from '../domain/types.js';
import type { Db } from './db.js';

export function saveOcrDrafts(db: Db, messageId: number, drafts: ExtractedPractice[]): void {
  db.prepare('DELETE FROM ocr_drafts WHERE message_id = ?').run(messageId);
  const insert = db.prepare('INSERT INTO ocr_drafts (message_id, seq, draft, created_at) VALUES (?, ?, ?, ?)');
  const now = new Date().toISOString();
  drafts.forEach((d, seq) => insert.run(messageId, seq, JSON.stringify(d), now));
}

export function ocrDraftsOf(db: Db, messageId: number): ExtractedPractice[] {
  const rows = db.prepare('SELECT draft FROM ocr_drafts WHERE message_id = ? ORDER BY seq').all(messageId) as { draft: string }[];
  return rows.map((r) => JSON.parse(r.draft) as ExtractedPractice);
}

/**
 * The drafts as the follow-ups show practices (acknowledgement, digest). A draft has no practice id
 * yet: it is named after its message and place ("draft-12-1"), and its status is "draft".
 */
export function ocrDraftInfos(db: Db, messageId: number): PracticeInfo[] {
  return ocrDraftsOf(db, messageId).map((d, seq) => ({
    ...d, id: `draft-${messageId}-${seq + 1}`, messageRow: messageId, late: false, status: 'draft', advisor: null, language: null, decision: null,
  }));
}
