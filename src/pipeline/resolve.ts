// Closing a needs-review message by hand (`xmess resolve`, the desk): ignored (nothing to do), linked
// to the practice it belongs to (a resent scan, a question about it), or opened as a new practice,
// filled from what was read, for the coordinator to complete with `xmess edit`.
import { UsageError } from '../domain/errors.js';
import type { ExtractedPractice } from '../domain/types.js';
import { threadSubject } from '../stages/classify/kind.js';
import { placeFromAddress } from '../stages/extract/municipality.js';
import { nowIso } from '../store/db.js';
import { findMessage, linkMessage, recordResolution, type MessageRow, type Resolution } from '../store/messages.js';
import { addEvent, getPractice, upsertPractices } from '../store/practices.js';
import { ocrDraftsOf } from '../store/ocr-drafts.js';
import { readRaw } from '../store/raw-archive.js';
import { analyse } from './analyse.js';
import { autoAssign, type FollowUpContext } from '../follow-ups/planner.js';
import type { PipelineContext } from './index.js';

export const RESOLVE_AS = ['ignored', 'linked', 'new'] as const;
export type ResolveAs = (typeof RESOLVE_AS)[number];

export interface ResolveOutcome {
  messageRow: number;
  as: ResolveAs;
  practice: string | null;
  /** Follow-ups planned (an advisor's task for a practice opened on time). */
  planned: number;
}

/** The messages a person may close: those waiting for one. */
const OPEN = new Set(['needs-review', 'failed']);

export function requireOpenMessage(ctx: Pick<PipelineContext, 'db'>, ref: string): MessageRow {
  const row = findMessage(ctx.db, ref);
  if (!row) throw new UsageError(`no message "${ref}"; give its Message-ID or row id (xmess export --what messages)`);
  if (!OPEN.has(row.status)) {
    const how = row.resolution ? `already resolved (${(JSON.parse(row.resolution) as Resolution).as})` : `its status is ${row.status}`;
    throw new UsageError(`message ${row.message_id} needs no review: ${how}`);
  }
  return row;
}

/** What was read of a message, as a practice: the extractor's first, else one from its envelope (subject, sender, council by domain). */
async function practiceFromMessage(ctx: PipelineContext, row: MessageRow): Promise<ExtractedPractice & { language: string | null }> {
  try {
    const a = await analyse({ bytes: readRaw(ctx.rawDir, row.raw_hash), origin: row.origin, internalDate: row.received_at ? new Date(row.received_at) : null }, ctx);
    if (a.practices[0]) return { ...a.practices[0], language: a.language };
  } catch {
    // The raw bytes could not be read again (that is often why it needed review): the envelope is enough to start from.
  }
  const place = placeFromAddress(row.from_addr, ctx.municipalities);
  const title = threadSubject(row.subject ?? '') ? (row.subject ?? '').replace(/^\s*((re|fw|fwd|rv|enc)\s*:\s*)+/i, '').trim() : null;
  const missing: ExtractedPractice['missing'] = ['promoters', 'summary', 'contact.phone', 'contact.role'];
  if (!title) missing.unshift('title');
  if (!place) missing.push('municipality');
  return {
    title, promoters: [], summary: null, contact: { name: row.from_name, email: row.from_addr, phone: null, role: null },
    municipality: place?.name ?? null, member: place?.member ?? null, themes: [], themeEvidence: {}, priority: 0, source: 'body',
    evidence: { ...(title ? { title: 'subject' } : {}), 'contact.email': 'sender', ...(place ? { municipality: place.evidence } : {}) }, missing, language: row.language,
  };
}

export async function resolveMessage(ctx: PipelineContext & { followUps?: Omit<FollowUpContext, 'db'> }, ref: string, as: ResolveAs, practiceId: string | null, note: string | null, by: string): Promise<ResolveOutcome> {
  const row = requireOpenMessage(ctx, ref);
  const resolution = (practice: string | null): Resolution => ({ as, practice, note, by, at: nowIso() });
  const suffix = note ? `: ${note}` : '';
  if (as === 'ignored') {
    recordResolution(ctx.db, row.id, resolution(null), 'ignored', `closed by hand (${by})${suffix}`);
    return { messageRow: row.id, as, practice: null, planned: 0 };
  }
  if (as === 'linked') {
    if (!practiceId || !getPractice(ctx.db, practiceId)) throw new UsageError(`--as linked needs the practice it belongs to, e.g. --as linked bp-0123456789ab (xmess export --what practices)`);
    ctx.db.transaction(() => {
      linkMessage(ctx.db, row.id, practiceId);
      addEvent(ctx.db, { practiceId, messageId: row.id, type: 'message-linked', detail: { by, note } });
      recordResolution(ctx.db, row.id, resolution(practiceId), 'processed', `linked by hand to ${practiceId} (${by})${suffix}`);
    })();
    return { messageRow: row.id, as, practice: practiceId, planned: 0 };
  }
  return openPractice(ctx, row, resolution, suffix, by);
}

async function openPractice(ctx: PipelineContext, row: MessageRow, resolution: (p: string | null) => Resolution, suffix: string, by: string): Promise<ResolveOutcome> {
  const existing = ctx.db.prepare(`SELECT practice_id FROM message_practices WHERE message_id = ? AND role = 'origin'`).pluck().all(row.id) as string[];
  if (existing.length) throw new UsageError(`message ${row.message_id} already brought ${existing.join(', ')}: use --as linked ${existing[0]} (and xmess edit to complete it)`);
  // A message read by OCR kept its practices as drafts: resolving it as new confirms them all.
  const drafts = ocrDraftsOf(ctx.db, row.id).map((d) => ({ ...d, language: row.language }));
  const read = drafts.length ? drafts : [await practiceFromMessage(ctx, row)];
  const late = row.received_at !== null && new Date(row.received_at).getTime() > ctx.deadline.getTime();
  const id = ctx.db.transaction(() => {
    const ids = upsertPractices(ctx.db, row.id, row.message_id, read.map((p) => ({ ...p, late })));
    for (const newId of ids) addEvent(ctx.db, { practiceId: newId, messageId: row.id, type: 'opened-by-hand', detail: { by, late, ...(drafts.length ? { from: 'ocr-draft' } : {}) } });
    const what = drafts.length ? `OCR draft${ids.length > 1 ? 's' : ''} confirmed as practice${ids.length > 1 ? 's' : ''} ${ids.join(', ')}` : `opened as practice ${ids[0]}`;
    recordResolution(ctx.db, row.id, resolution(ids[0]!), 'processed', `${what} by hand (${by})${suffix}`);
    return ids[0]!;
  })();
  // On time, it gets an advisor and the task like any practice; a late one waits for accept-late.
  const planned = !late && ctx.followUps && autoAssign({ ...ctx.followUps, db: ctx.db }, id, by) ? 1 : 0;
  return { messageRow: row.id, as: 'new', practice: id, planned };
}
