// The inline adapter of processMessage: bytes from the raw archive, the result committed to SQLite in
// this process. `xmess ingest`, `reprocess`, `retry --inline` and `poll --once` process through it.
import type { MessageRound } from '../domain/round.js';
import { getMessage, type MessageRow } from '../store/messages.js';
import { readRaw } from '../store/raw-archive.js';
import { analyse } from './analyse.js';
import type { PipelineContext } from './index.js';
import { processMessage, type MessageSource, type ResultSink } from './process-message.js';
import { makeStoreSink, type StoreResult, type StoreSink } from './store-sink.js';

/** The archived bytes of a stored row; its arrival was fixed when it was stored (INTERNALDATE, else Received:, else Date:). */
export function archiveSource(ctx: Pick<PipelineContext, 'rawDir'>, row: MessageRow): MessageSource {
  return {
    read: async () => ({
      raw: { bytes: readRaw(ctx.rawDir, row.raw_hash), origin: row.origin, internalDate: row.received_at ? new Date(row.received_at) : null },
    }),
  };
}

/** Runs a sink's write at the caller's moment (ingest commits in arrival order); by default at once. */
export type Turn = (write: () => StoreResult) => Promise<StoreResult>;
const atOnce: Turn = async (write) => write();

function inTurn(sink: StoreSink, turn: Turn): ResultSink<StoreResult> {
  return {
    commit: (round, analysis) => turn(() => sink.commit(round, analysis)),
    fail: (round, reason) => turn(() => sink.fail(round, reason)),
  };
}

/**
 * Processes one stored, pending message; never throws for bad input: it ends `failed` with the reason.
 * null: the row is gone or no longer pending (another process finished the round).
 */
export async function processInline(ctx: PipelineContext, rowId: number, turn: Turn = atOnce): Promise<StoreResult> {
  const row = getMessage(ctx.db, rowId);
  if (!row || row.status !== 'pending') return null;
  const round: MessageRound = { rowId, gen: row.attempts };
  const processed = await processMessage(round, {
    source: archiveSource(ctx, row),
    sink: inTurn(makeStoreSink(ctx), turn),
    analyse: (raw) => analyse(raw, ctx),
  });
  return processed.outcome === 'skipped' ? null : processed.result;
}
