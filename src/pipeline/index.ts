// processMessage: the one path that both `xmess ingest` and the queue workers call.
// Order of work: archive raw + message row (one transaction) → analyse → commit.
import type { RawMessage } from '../domain/types.js';
import { errorMessage } from '../domain/errors.js';
import { parseEnvelope } from '../stages/parse/envelope.js';
import { syntheticMessageId } from '../stages/parse/parse-message.js';
import type { Db } from '../store/db.js';
import { finishMessage, getMessage, insertMessage, type InsertOutcome } from '../store/messages.js';
import { archiveRaw, readRaw, sha256 } from '../store/raw-archive.js';
import { analyse, type Analysis, type AnalysisContext } from './analyse.js';
import { commitAnalysis, type CommitContext, type CommitResult } from './commit.js';
import { planFollowUps, type FollowUpContext } from './follow-ups.js';

/** Follow-ups (issue #4): the notify stage's settings, and where the sender delivers (SMTP, else .eml files). */
export type FollowUpSettings = Omit<FollowUpContext, 'db'> & { outboxDir: string; smtpUrl?: string };

export interface PipelineContext extends AnalysisContext, CommitContext {
  db: Db;
  rawDir: string;
  /** When set, processing a message also plans its follow-ups (acknowledgement, late notice, advisors' tasks). */
  followUps?: FollowUpSettings;
}

/** Stores the raw bytes and the message row; nothing is lost even if processing later crashes. */
export function storeRaw(ctx: Pick<PipelineContext, 'db' | 'rawDir'>, raw: RawMessage): InsertOutcome {
  const hash = sha256(raw.bytes);
  const env = parseEnvelope(raw.bytes);
  archiveRaw(ctx.rawDir, raw.bytes, hash);
  return ctx.db.transaction(() =>
    insertMessage(ctx.db, {
      rawHash: hash, messageId: env.messageId ?? syntheticMessageId(raw.bytes), origin: raw.origin, size: raw.bytes.length,
      fromAddr: env.from.address, fromName: env.from.name, subject: env.subject, date: env.date,
      receivedAt: raw.internalDate ?? env.receivedDate ?? env.date, inReplyTo: env.inReplyTo, references: env.references,
    }),
  )();
}

/** The analysis of a stored message, or why it could not be analysed (the message then ends `failed`). */
export type StoredAnalysis = { rowId: number; analysis: Analysis } | { rowId: number; error: unknown };

/** The stateless half for a stored message: reads its archived bytes and analyses them. Never rejects. */
export async function analyseStored(ctx: PipelineContext, rowId: number): Promise<StoredAnalysis> {
  const row = getMessage(ctx.db, rowId);
  if (!row) return { rowId, error: new Error(`message row ${rowId} does not exist`) };
  try {
    const bytes = readRaw(ctx.rawDir, row.raw_hash);
    // Arrival was fixed when the message was stored (INTERNALDATE, else Received:, else Date:).
    const internalDate = row.received_at ? new Date(row.received_at) : null;
    return { rowId, analysis: await analyse({ bytes, origin: row.origin, internalDate }, ctx) };
  } catch (error) {
    return { rowId, error };
  }
}

/** The stateful half: writes the analysis (or the failure) of a stored message. */
export function commitStored(ctx: PipelineContext, stored: StoredAnalysis): CommitResult {
  const { rowId } = stored;
  try {
    if ('error' in stored) throw stored.error;
    // Follow-ups (issue #4) are planned in the commit's transaction: a crash keeps both or neither,
    // and their dedupe keys make a rerun plan nothing new.
    return ctx.db.transaction(() => {
      const result = commitAnalysis(ctx.db, rowId, stored.analysis, ctx);
      if (ctx.followUps) planFollowUps({ ...ctx.followUps, db: ctx.db }, rowId);
      return result;
    })();
  } catch (err) {
    const row = getMessage(ctx.db, rowId);
    const reason = errorMessage(err);
    finishMessage(ctx.db, rowId, { kind: row?.kind ?? null, kindReason: row?.kind_reason ?? null, status: 'failed', reason, language: null });
    return { kind: row?.kind ?? null, status: 'failed', reason, practiceIds: [] };
  }
}

/** Processes a stored message from its archived bytes; never throws for bad input: it ends `failed` with the reason. */
export async function processStored(ctx: PipelineContext, rowId: number): Promise<CommitResult> {
  return commitStored(ctx, await analyseStored(ctx, rowId));
}
