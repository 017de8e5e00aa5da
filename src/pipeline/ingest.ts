// `xmess ingest`: read every PATH, store each message raw, then process everything pending in
// arrival order (so a reply always meets its original). Inline, no Redis: the same stages as serve.
import type { Logger } from '../log.js';
import { MAX_MESSAGE_BYTES } from '../domain/limits.js';
import { pendingMessageIds } from '../store/messages.js';
import { heldBackCount, outboxCounts, pendingWhy, type OutboxStatus } from '../follow-ups/store/outbox.js';
import { addRound, emptyRound, makeDeliverer, type Deliverer, type RoundResult } from '../follow-ups/send/deliver.js';
import { readPath } from '../transports/files/walk.js';
import type { CommitResult } from './commit.js';
import type { PipelineContext } from './index.js';
import { processInline } from './inline.js';
import { storeRaw } from './store-message.js';

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
  /** Follow-ups: planned in this run, delivered (SMTP or files), held back on purpose, given up; pending = all still waiting. */
  followUps?: FollowUpCounts;
}

export interface FollowUpCounts extends RoundResult {
  planned: number;
  /** Given up when planned, on purpose (the loop guard's rate limit, a bad advisor address): not undelivered. */
  heldBack: number;
  pending: number;
  /** Why follow-ups still wait (the last error and when they are retried), or null. */
  why: string | null;
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
      const outcome = storeRaw(ctx, item.raw, item.type === 'oversized' ? { size: item.size, limit: MAX_MESSAGE_BYTES } : null);
      if (outcome.duplicate) s.duplicates++;
      else s.new++;
      if (outcome.oversized) s.failed++;
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

/**
 * Runs `work` for each id, ANALYSIS_CONCURRENCY at once, and hands each a turn: the writes made
 * through it happen one at a time, in the order of `ids`, whatever order the analyses finish in.
 */
type Ordered = <T>(write: () => Promise<T> | T) => Promise<T>;

async function inArrivalOrder(ids: number[], work: (id: number, ordered: Ordered) => Promise<unknown>): Promise<void> {
  let previous: Promise<unknown> = Promise.resolve();
  const running: Promise<unknown>[] = [];
  for (const id of ids) {
    const before = previous;
    let release!: () => void;
    previous = new Promise<void>((resolve) => (release = resolve));
    const ordered: Ordered = async (write) => {
      await before;
      try {
        return await write();
      } finally {
        release();
      }
    };
    // A message that never wrote (its row gone meanwhile) still passes its turn on.
    running.push(work(id, ordered).finally(() => before.then(release)));
    if (running.length >= ANALYSIS_CONCURRENCY) await running.shift();
  }
  await Promise.all(running);
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
  const outboxBefore = ctx.followUps ? { ...outboxCounts(ctx.db), heldBack: heldBackCount(ctx.db) } : null;
  await storeAll(ctx, paths, s, log, hooks);
  const pending = pendingMessageIds(ctx.db);
  hooks.onProcessStart?.(pending.length);
  // Follow-ups go out while messages are processed (as serve sends them), a batch every
  // DELIVERY_EVERY messages, not all at the end: the next messages' attachments are read in their
  // worker threads meanwhile. What an earlier, interrupted run left pending goes first.
  const deliverer = ctx.followUps ? makeDeliverer({ db: ctx.db, outboxDir: ctx.followUps.outboxDir, smtpUrl: ctx.followUps.smtpUrl, log }) : null;
  let delivered = emptyRound();
  const deliver = async (d: Deliverer): Promise<void> => {
    delivered = addRound(delivered, await d.deliverDue());
  };
  try {
    if (deliverer) await deliver(deliverer);
    let done = 0;
    await inArrivalOrder(pending, (id, ordered) => processInline(ctx, id, (write) => ordered(async () => {
      const r = write();
      if (r) {
        log.info({ message: id, status: r.status, reason: r.reason, practices: r.practiceIds }, 'message processed');
        count(s, r);
      }
      hooks.onProcessed?.(++done);
      if (deliverer && done % DELIVERY_EVERY === 0) await deliver(deliverer);
      return r;
    })));
    if (deliverer) await deliver(deliverer);
  } finally {
    deliverer?.close();
  }
  s.practices = s.newPracticeIds.length;
  if (ctx.followUps && outboxBefore) s.followUps = followUpSummary(ctx, outboxBefore, delivered);
  return s;
}

/** Planned in this run, sent by SMTP or written as files, held back on purpose, given up, and what still waits (and why). */
function followUpSummary(ctx: PipelineContext, before: OutboxCounts & { heldBack: number }, delivered: RoundResult): FollowUpCounts {
  const now = outboxCounts(ctx.db);
  const why = pendingWhy(ctx.db);
  return {
    ...delivered, planned: outboxTotal(now) - outboxTotal(before), heldBack: heldBackCount(ctx.db) - before.heldBack, pending: now.pending,
    why: why.error ? `${why.error}${why.nextAttemptAt ? `; next attempt ${why.nextAttemptAt}` : ''}` : null,
  };
}

/** `sent` = accepted by SMTP; `written` = .eml files and their folder (their outbox status is `sent` too). */
export function followUpLine(f: FollowUpCounts): string {
  return `follow-ups planned ${f.planned}, sent ${f.sent}, written ${f.written}${f.written && f.folder ? ` to ${f.folder}` : ''}` +
    (f.heldBack ? `, held back ${f.heldBack}` : '') + `, pending ${f.pending}${f.pending && f.why ? ` (${f.why})` : ''}, failed ${f.failed}` +
    (f.pending || f.failed || f.heldBack ? ' (details: xmess export --what outbox)' : '');
}

export function summaryLine(s: IngestSummary): string {
  const f = s.followUps;
  return `read ${s.read}, new ${s.new}, duplicates ${s.duplicates}, processed ${s.processed}, needs review ${s.needsReview}, ignored ${s.ignored}, failed ${s.failed}; practices ${s.practices}` +
    (s.unreadable.length ? `; unreadable inputs ${s.unreadable.length}` : '') + (f ? `; ${followUpLine(f)}` : '');
}
