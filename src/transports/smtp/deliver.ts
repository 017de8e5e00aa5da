// Sends what the outbox holds: by SMTP when SMTP_URL is set, else as .eml files. Each row is claimed
// before it is tried (so two deliverers never send it twice), then marked sent, retried later with
// backoff, or given up. `deliverPending` is what `xmess ingest` and the serve mode's sender call.
import nodemailer from 'nodemailer';
import type { Logger } from '../../log.js';
import type { Db } from '../../store/db.js';
import { dueOutbox, markAttemptFailed, markSent, outboxCounts, type OutboxRow } from '../../store/outbox.js';
import { composeMail, envelopeOf } from './compose.js';
import { classifySendError, nextAttemptAt } from './errors.js';
import { writeEml } from './file-outbox.js';

export interface DeliveryContext {
  db: Db;
  /** Folder for .eml files when smtpUrl is not set. */
  outboxDir: string;
  smtpUrl?: string;
  log?: Logger;
  /** The clock (tests move it to see retries come due). */
  now?: () => Date;
  /** Shutdown: no new row is claimed once aborted (the one being sent finishes, so none stays claimed half-sent). */
  signal?: AbortSignal;
}

export interface DeliveryResult {
  /** Sent (or written) in this run. */
  sent: number;
  /** Given up in this run (permanent refusal, or the last attempt). */
  failed: number;
  /** Still waiting after this run, retries included. */
  pending: number;
}

/** A claim outlives any single send (timeouts below); after it, a crashed deliverer's row is tried again. */
const CLAIM_MS = 10 * 60 * 1000;
/** Rows read per query: bounds memory when an outage left thousands waiting. */
const BATCH = 50;
/** Shorter than nodemailer's defaults (2 and 10 minutes): a one-shot `xmess ingest` should not hang on a dead server. */
const CONNECTION_TIMEOUT_MS = 20_000;
const SOCKET_TIMEOUT_MS = 60_000;

interface Sender {
  send(row: OutboxRow, raw: Buffer): Promise<void>;
  close(): void;
}

function fileSender(dir: string): Sender {
  return { send: async (row, raw) => void writeEml(dir, row.id, raw), close: () => undefined };
}

function smtpSender(url: string): Sender {
  const transport = nodemailer.createTransport({ url, pool: true, connectionTimeout: CONNECTION_TIMEOUT_MS, greetingTimeout: CONNECTION_TIMEOUT_MS, socketTimeout: SOCKET_TIMEOUT_MS });
  return {
    send: async (row, raw) => void (await transport.sendMail({ envelope: envelopeOf(row), raw })),
    close: () => transport.close(),
  };
}

/** Takes the row for this deliverer; false when another one has it or it is no longer due. */
function claim(db: Db, id: string, now: Date): boolean {
  return db.prepare(
    `UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)`,
  ).run(new Date(now.getTime() + CLAIM_MS).toISOString(), id, now.toISOString()).changes === 1;
}

/** `stop`: the server itself is down or refuses us; the rest would meet the same, so they wait for the next run. */
type Outcome = { status: 'sent' | 'retry' | 'failed'; stop: boolean };

async function deliverOne(ctx: DeliveryContext, sender: Sender, row: OutboxRow, now: Date): Promise<Outcome> {
  try {
    await sender.send(row, await composeMail(row, now));
    markSent(ctx.db, row.id, now);
    return { status: 'sent', stop: false };
  } catch (err) {
    const failure = classifySendError(err);
    const next = failure.permanent ? null : nextAttemptAt(row.attempts + 1, now);
    markAttemptFailed(ctx.db, row.id, failure.message, next);
    const fields = { outbox: row.id, kind: row.kind, to: JSON.parse(row.to_addrs) as string[], attempt: row.attempts + 1, error: failure.message };
    if (next) ctx.log?.warn({ ...fields, nextAttemptAt: next.toISOString() }, 'follow-up not sent; will retry');
    else ctx.log?.error(fields, 'follow-up given up');
    return { status: next ? 'retry' : 'failed', stop: failure.serverDown };
  }
}

export async function deliverPending(ctx: DeliveryContext): Promise<DeliveryResult> {
  const clock = ctx.now ?? (() => new Date());
  const sender = ctx.smtpUrl ? smtpSender(ctx.smtpUrl) : fileSender(ctx.outboxDir);
  const result = { sent: 0, failed: 0 };
  try {
    outer: for (;;) {
      const batch = dueOutbox(ctx.db, clock(), BATCH);
      if (!batch.length) break;
      for (const row of batch) {
        if (ctx.signal?.aborted) break outer;
        const now = clock();
        if (!claim(ctx.db, row.id, now)) continue;
        const outcome = await deliverOne(ctx, sender, row, now);
        if (outcome.status === 'sent') result.sent++;
        if (outcome.status === 'failed') result.failed++;
        if (outcome.stop) break outer;
      }
    }
  } finally {
    sender.close();
  }
  return { ...result, pending: outboxCounts(ctx.db).pending };
}
