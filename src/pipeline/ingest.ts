// `xmess ingest`: read every PATH, store each message raw, then process everything pending in
// arrival order (so a reply always meets its original). Inline, no Redis: the same stages as serve.
import type { Logger } from '../log.js';
import type { CommitResult } from './commit.js';
import { finishMessage, pendingMessageIds } from '../store/messages.js';
import { outboxCounts, type OutboxStatus } from '../store/outbox.js';
import { makeDeliverer, type Deliverer } from '../transports/smtp/deliver.js';
import { readPath } from '../transports/files/walk.js';
import { analyseStored, commitStored, storeRaw, type PipelineContext } from './index.js';

type OutboxCounts = Record<OutboxStatus, number>;
const outboxTotal = (c: OutboxCounts): number => c.pending + c.sent + c.failed;

export interface IngestSummary {
  read: number;
  new: number;
  duplicates: number;
  processed: number;
  needsReview: number;
  ignored: number;
  failed: number;
  practices: number;
  newPracticeIds: string[];
  /** Inputs that could not be read at all (path and reason). */
  unreadable: { origin: string; error: string }[];
  /** Follow-ups (issue #4): planned and sent or given up during this run; pending = all still waiting. */
  followUps?: { planned: number; sent: number; failed: number; pending: number };
}

export interface IngestHooks {
  onStored?: (count: number) => void;
  onProcessStart?: (total: number) => void;
  onProcessed?: (done: number) => void;
}

async function storeAll(ctx: PipelineContext, paths: string[], s: IngestSummary, log: Logger, hooks: IngestHooks): Promise<void> {
  for (const path of paths) {
    for await (const item of readPath(path)) {
      if (item.type === 'error') {
        s.unreadable.push({ origin: item.origin, error: item.error });
        log.error({ origin: item.origin }, item.error);
        continue;
      }
      s.read++;
      const outcome = storeRaw(ctx, item.raw);
      if (outcome.duplicate) s.duplicates++;
      else {
        s.new++;
        if (item.type === 'oversized') {
          const reason = `message of ${(item.size / 1048576).toFixed(1)} MB is over the size limit; only its head is archived — read it in the mail client`;
          finishMessage(ctx.db, outcome.id, { kind: null, kindReason: null, status: 'failed', reason, language: null });
          s.failed++;
        }
      }
      hooks.onStored?.(s.read);
    }
  }
}

/**
 * Messages analysed at once. Analysis is stateless, so the next messages are parsed and extracted
 * while an attachment is read in its worker thread; commits still happen one by one in arrival order,
 * so a reply always meets its original. More than a few only holds more messages in memory.
 */
export const ANALYSIS_CONCURRENCY = 4;

/** Messages committed between two delivery rounds: each round claims its rows in one write. */
const DELIVERY_EVERY = 20;

async function inArrivalOrder<T>(ids: number[], analyse: (id: number) => Promise<T>, commit: (value: T) => Promise<void>): Promise<void> {
  const started: Promise<T>[] = [];
  let next = 0;
  let committed = 0;
  const startMore = (): void => {
    while (next < ids.length && started.length - committed < ANALYSIS_CONCURRENCY) started.push(analyse(ids[next++]!));
  };
  startMore();
  while (committed < started.length) {
    await commit(await started[committed]!);
    committed++;
    startMore();
  }
}

function count(s: IngestSummary, r: CommitResult): void {
  if (r.status === 'processed') s.processed++;
  else if (r.status === 'needs-review') s.needsReview++;
  else if (r.status === 'ignored') s.ignored++;
  else s.failed++;
  if (r.kind !== 'reply') s.newPracticeIds.push(...r.practiceIds);
}

export async function ingestPaths(ctx: PipelineContext, paths: string[], log: Logger, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const s: IngestSummary = { read: 0, new: 0, duplicates: 0, processed: 0, needsReview: 0, ignored: 0, failed: 0, practices: 0, newPracticeIds: [], unreadable: [] };
  const outboxBefore = ctx.followUps ? outboxCounts(ctx.db) : null;
  await storeAll(ctx, paths, s, log, hooks);
  const pending = pendingMessageIds(ctx.db);
  hooks.onProcessStart?.(pending.length);
  // Follow-ups go out while messages are processed (as serve sends them), a batch every
  // DELIVERY_EVERY messages, not all at the end: the next messages' attachments are read in their
  // worker threads meanwhile. What an earlier, interrupted run left pending goes first.
  const deliverer = ctx.followUps ? makeDeliverer({ db: ctx.db, outboxDir: ctx.followUps.outboxDir, smtpUrl: ctx.followUps.smtpUrl, log }) : null;
  const delivered = { sent: 0, failed: 0 };
  const deliver = async (d: Deliverer): Promise<void> => {
    const r = await d.deliverDue();
    delivered.sent += r.sent;
    delivered.failed += r.failed;
  };
  try {
    if (deliverer) await deliver(deliverer);
    let done = 0;
    await inArrivalOrder(pending, (id) => analyseStored(ctx, id), async (stored) => {
      const r = commitStored(ctx, stored);
      log.info({ message: stored.rowId, status: r.status, reason: r.reason, practices: r.practiceIds }, 'message processed');
      count(s, r);
      hooks.onProcessed?.(++done);
      if (deliverer && done % DELIVERY_EVERY === 0) await deliver(deliverer);
    });
    if (deliverer) await deliver(deliverer);
  } finally {
    deliverer?.close();
  }
  s.practices = s.newPracticeIds.length;
  if (ctx.followUps && outboxBefore) s.followUps = followUpSummary(ctx, outboxBefore, delivered);
  return s;
}

/** Follow-ups (issue #4): planned in this run, sent (by SMTP or as .eml files), given up, and what still waits. */
function followUpSummary(ctx: PipelineContext, before: OutboxCounts, delivered: { sent: number }): NonNullable<IngestSummary['followUps']> {
  const now = outboxCounts(ctx.db);
  // Failed counts both the follow-ups given up when planned (loop guard) and those refused when sent.
  return { planned: outboxTotal(now) - outboxTotal(before), sent: delivered.sent, failed: now.failed - before.failed, pending: now.pending };
}

export function summaryLine(s: IngestSummary): string {
  const f = s.followUps;
  return `read ${s.read}, new ${s.new}, duplicates ${s.duplicates}, processed ${s.processed}, needs review ${s.needsReview}, ignored ${s.ignored}, failed ${s.failed}; practices ${s.practices}` +
    (s.unreadable.length ? `; unreadable inputs ${s.unreadable.length}` : '') +
    (f ? `; follow-ups planned ${f.planned}, sent ${f.sent}, pending ${f.pending}, failed ${f.failed}` + (f.pending || f.failed ? ' (why: xmess export --what outbox)' : '') : '');
}
