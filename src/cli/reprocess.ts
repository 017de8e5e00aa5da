// `xmess reprocess [ID|--all]`: runs stored messages through the stages again from their raw bytes,
// e.g. after the extractor improved. Practice ids stay the same; people's decisions are kept.
import { UsageError } from '../domain/errors.js';
import { ingestPaths, summaryLine } from '../pipeline/ingest.js';
import { statement, type Db } from '../store/db.js';
import { openContext, type CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';

function markPending(db: Db, id: string | undefined, all: boolean): number {
  if (all) return statement(db, `UPDATE messages SET status = 'pending' WHERE raw_hash IS NOT NULL`).run().changes;
  const row = statement(db, 'SELECT m.id FROM messages m LEFT JOIN practices p ON p.message_id = m.id WHERE m.message_id = ? OR m.message_id = ? OR p.id = ? OR CAST(m.id AS TEXT) = ? LIMIT 1')
    .get(id, `<${id}>`, id, id) as { id: number } | undefined;
  if (!row) throw new UsageError(`no stored message or practice "${id}"; see \`xmess export --what messages\``);
  // Replies to this message's practices run again after it, so what they completed is completed again.
  return statement(db, `UPDATE messages SET status = 'pending' WHERE id = ? OR id IN (
      SELECT mp.message_id FROM message_practices mp JOIN practices p ON p.id = mp.practice_id WHERE p.message_id = ? AND mp.role IN ('reply', 'resend'))`).run(row.id, row.id).changes;
}

export async function reprocessCommand(id: string | undefined, opts: CommonOptions & { all?: boolean }): Promise<number> {
  if (!id && !opts.all) throw new UsageError('give a message id, a practice id, or --all');
  if (id && opts.all) throw new UsageError('give either an id or --all, not both');
  const ctx = openContext(opts, { writes: true });
  try {
    const n = markPending(ctx.db, id, Boolean(opts.all));
    const summary = await ingestPaths(ctx.pipeline, [], ctx.log);
    console.log(`reprocessed ${n} message(s): ${summaryLine(summary)}`);
    return summary.failed ? 1 : 0;
  } finally {
    await ctx.close();
  }
}

export const registerReprocess: Register = (program, wrap) => {
  withCommonOptions(program.command('reprocess').description('run stored messages through the stages again (after an extractor update)'))
    .argument('[id]', 'Message-ID, practice id or message row id')
    .option('--all', 'every stored message')
    .action(wrap((id: string | undefined, opts: CommonOptions & { all?: boolean }) => reprocessCommand(id, opts)));
};
