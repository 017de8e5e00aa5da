// The result sink where the SQLite file is: a round's analysis committed once, in one IMMEDIATE
// transaction with the round check and the follow-up planning, or its failure recorded. Used by the
// inline adapter and by serve's committer alike, so each of these rules is written here only.
import type { MessageRound } from '../domain/round.js';
import type { Db } from '../store/db.js';
import { getMessage, isQuiet } from '../store/messages.js';
import { failRound, isCurrentRound } from '../store/rounds.js';
import type { Analysis } from './analyse.js';
import { commitAnalysis, type CommitContext, type CommitResult } from './commit.js';
import { planFollowUps, type FollowUpContext } from '../follow-ups/planner.js';
import type { ResultSink } from './process-message.js';

/** Follow-ups (issue #4): the notify stage's settings, and where the sender delivers (SMTP, else .eml files). */
export type FollowUpSettings = Omit<FollowUpContext, 'db'> & { outboxDir: string; smtpUrl?: string };

export interface StoreSinkContext extends CommitContext {
  db: Db;
  /** When set, committing a message also plans its follow-ups (acknowledgement, late notice, advisors' tasks). */
  followUps?: FollowUpSettings;
}

/** null: the round was over already (finished by another process, or a stale job) and nothing changed. */
export type StoreResult = CommitResult | null;

/**
 * The check and the write in one IMMEDIATE transaction: two processes can never both commit a round.
 * Follow-ups are planned in the same transaction: a crash keeps both or neither, and their dedupe
 * keys make a rerun plan nothing new.
 */
function commitRound(ctx: StoreSinkContext, round: MessageRound, a: Analysis): StoreResult {
  return ctx.db.transaction((): StoreResult => {
    if (!isCurrentRound(ctx.db, round)) return null;
    const result = commitAnalysis(ctx.db, round.rowId, a, ctx);
    if (ctx.followUps && !isQuiet(ctx.db, round.rowId)) planFollowUps({ ...ctx.followUps, db: ctx.db }, round.rowId);
    return result;
  }).immediate();
}

/** Ends the round failed with its reason (only if it is still the current round). */
function failStoredRound(db: Db, round: MessageRound, reason: string): StoreResult {
  if (!failRound(db, round, reason)) return null;
  const row = getMessage(db, round.rowId);
  return { kind: row?.kind ?? null, status: 'failed', reason, practiceIds: [] };
}

/** Synchronous (better-sqlite3), so the inline adapter can run it at its turn. */
export interface StoreSink extends ResultSink<StoreResult> {
  commit(round: MessageRound, analysis: Analysis): StoreResult;
  fail(round: MessageRound, reason: string): StoreResult;
}

export function makeStoreSink(ctx: StoreSinkContext): StoreSink {
  return {
    commit: (round, analysis) => commitRound(ctx, round, analysis),
    fail: (round, reason) => failStoredRound(ctx.db, round, reason),
  };
}
