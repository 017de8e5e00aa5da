// Sends what the outbox holds: by SMTP when SMTP_URL is set, else as .eml files. Each row is claimed
// before it is tried (so two deliverers never send it twice), then marked sent, retried later with
// backoff, or given up. `deliverPending` is what `xmess ingest` and the serve mode's sender call.
import { hostname } from 'node:os';
import nodemailer from 'nodemailer';
import type { Logger } from '../../log.js';
import { statement, type Db } from '../../store/db.js';
import { dueAfterServerBack, markAttemptFailed, markSent, markServerDown, outboxCounts, type OutboxRow } from '../store/outbox.js';
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
  /** Whether a process of this host is alive (tests replace it); by default, signal 0 to its pid. */
  isAlive?: (pid: number) => boolean;
}

export interface DeliveryResult extends RoundResult {
  /** Still waiting after this run, retries included. */
  pending: number;
}

/** What one or more delivery rounds did. */
export interface RoundResult {
  /** Accepted by the SMTP server in this run. */
  sent: number;
  /** Written as .eml files in this run (no SMTP_URL); their outbox status is `sent` too. */
  written: number;
  /** The folder the files went to, when files were written. */
  folder: string | null;
  /** Given up in this run (permanent refusal, or the last attempt). */
  failed: number;
  /** Attempts that failed in this run and will be retried. */
  retried: number;
  /** The server was down or the folder not writable: what is left waits for the next run. */
  stopped: boolean;
}

export const emptyRound = (): RoundResult => ({ sent: 0, written: 0, folder: null, failed: 0, retried: 0, stopped: false });

export function addRound(total: RoundResult, r: RoundResult): RoundResult {
  return { sent: total.sent + r.sent, written: total.written + r.written, folder: r.folder ?? total.folder, failed: total.failed + r.failed, retried: total.retried + r.retried, stopped: total.stopped || r.stopped };
}

/** Follow-ups that should have gone and did not (CONTRACT: exit status 3); held back on purpose is not counted here. */
export const isUndelivered = (r: RoundResult): boolean => r.failed > 0 || r.retried > 0 || r.stopped;

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

/** This deliverer, as written on the rows it claims: the host and the process. */
const CLAIMER = `${hostname()}:${process.pid}`;

/**
 * Takes up to `limit` due rows for this deliverer in one statement (so two deliverers never send the
 * same row, and a batch costs one write instead of one per row), oldest first.
 */
function claimDue(db: Db, now: Date, limit: number): OutboxRow[] {
  const rows = statement(db,
    `UPDATE outbox SET next_attempt_at = ?, claimed_by = ? WHERE id IN (
       SELECT id FROM outbox WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY created_at, id LIMIT ?)
     RETURNING *`,
  ).all(new Date(now.getTime() + CLAIM_MS).toISOString(), CLAIMER, now.toISOString(), limit) as OutboxRow[];
  return rows.sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but is not ours to signal; only ESRCH says it is gone.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Claims held by a process of this host that no longer exists (a serve killed with SIGKILL, a crashed
 * ingest) are due again at once instead of after the lease. Claims of other hosts keep their lease:
 * we cannot tell whether those processes live.
 */
export function releaseDeadClaims(db: Db, now: Date, isAlive: (pid: number) => boolean = processAlive): number {
  const held = statement(db,
    `SELECT DISTINCT claimed_by AS c FROM outbox WHERE status = 'pending' AND claimed_by IS NOT NULL AND next_attempt_at > ?`,
  ).all(now.toISOString()) as { c: string }[];
  const host = hostname();
  const dead = held.map((h) => h.c).filter((c) => {
    const at = c.lastIndexOf(':');
    const pid = Number(c.slice(at + 1));
    return c.slice(0, at) === host && c !== CLAIMER && Number.isInteger(pid) && pid > 0 && !isAlive(pid);
  });
  const free = statement(db, `UPDATE outbox SET next_attempt_at = ?, claimed_by = NULL WHERE status = 'pending' AND claimed_by = ?`);
  return db.transaction(() => dead.reduce((n, c) => n + free.run(now.toISOString(), c).changes, 0))();
}

/** Claimed rows not tried (shutdown, server down) are due again at once, not after the claim expires. */
function release(db: Db, rows: OutboxRow[], now: Date): void {
  const unclaim = statement(db, `UPDATE outbox SET next_attempt_at = ?, claimed_by = NULL WHERE id = ? AND status = 'pending'`);
  db.transaction(() => rows.forEach((r) => unclaim.run(now.toISOString(), r.id)))();
}

/** `stop`: the server itself is down or refuses us; the rest would meet the same, so they wait for the next run. */
type Outcome = { status: 'sent' | 'retry' | 'failed'; stop: boolean };

/**
 * Temporary refusals (4xx) of this many mails in a row, with no success between, mean the server is
 * refusing everyone (a full queue, a maintenance mode), not these mails: the run stops as for a
 * server that is down. One or two could be the recipients' own (greylisting, a full mailbox).
 */
const REFUSING_EVERYONE = 3;

async function deliverOne(ctx: DeliveryContext, sender: Sender, row: OutboxRow, now: Date): Promise<Outcome> {
  try {
    await sender.send(row, await composeMail(row, now));
    markSent(ctx.db, row.id, now);
    return { status: 'sent', stop: false };
  } catch (err) {
    const failure = classifySendError(err);
    const next = failure.permanent ? null : nextAttemptAt(row.attempts + 1, now);
    markAttemptFailed(ctx.db, row.id, failure.message, next, failure.serverDown);
    const fields = { outbox: row.id, kind: row.kind, to: JSON.parse(row.to_addrs) as string[], attempt: row.attempts + 1, error: failure.message };
    if (next) ctx.log?.warn({ ...fields, cause: failure.message.split(/[:(;]/)[0]!.trim(), detail: failure.message, nextAttemptAt: next.toISOString() }, 'follow-up not sent; will retry');
    else ctx.log?.error(fields, 'follow-up given up');
    return { status: next ? 'retry' : 'failed', stop: failure.serverDown };
  }
}

export interface Deliverer {
  /** Sends every row due now; stops early at shutdown or when the server is down (then every later call does nothing). */
  deliverDue(): Promise<RoundResult>;
  /** True once the server was found down: what is left waits for the next run. */
  readonly stopped: boolean;
  close(): void;
}

/** One sender (one SMTP pool) for many rounds: `xmess ingest` delivers each message's follow-ups right after its commit. */
export function makeDeliverer(ctx: DeliveryContext): Deliverer {
  const clock = ctx.now ?? (() => new Date());
  const sender = ctx.smtpUrl ? smtpSender(ctx.smtpUrl) : fileSender(ctx.outboxDir);
  let stopped = false;
  return {
    get stopped() {
      return stopped;
    },
    async deliverDue() {
      const result = emptyRound();
      let first = true;
      let serverAnswered = false;
      const refusals: string[] = [];
      while (!stopped && !ctx.signal?.aborted) {
        const now = clock();
        if (first) {
          first = false;
          const taken = releaseDeadClaims(ctx.db, now, ctx.isAlive);
          if (taken) ctx.log?.info({ rows: taken }, 'took back follow-ups claimed by a process that is gone');
        }
        const batch = claimDue(ctx.db, now, BATCH);
        if (!batch.length) break;
        let tried = 0;
        for (const row of batch) {
          if (stopped || ctx.signal?.aborted) break;
          tried++;
          const outcome = await deliverOne(ctx, sender, row, clock());
          if (outcome.status === 'sent') {
            if (ctx.smtpUrl) result.sent++;
            else {
              result.written++;
              result.folder = ctx.outboxDir;
            }
            refusals.length = 0;
            // The server answers again: rows that failed only because it was down need not wait out their backoff.
            if (!serverAnswered) {
              serverAnswered = true;
              const due = dueAfterServerBack(ctx.db, clock());
              if (due) ctx.log?.info({ rows: due }, 'mail server accepts mail again; follow-ups it refused are due now');
            }
          }
          if (outcome.status === 'failed') result.failed++;
          if (outcome.status === 'retry') result.retried++;
          if (outcome.status === 'retry' && !outcome.stop) refusals.push(row.id);
          if (refusals.length >= REFUSING_EVERYONE) {
            markServerDown(ctx.db, refusals);
            ctx.log?.warn({ rows: refusals.length }, 'mail server refuses every mail for now; the rest waits');
            stopped = true;
          }
          if (outcome.stop) stopped = true;
        }
        if (tried < batch.length) release(ctx.db, batch.slice(tried), clock());
      }
      result.stopped = stopped;
      return result;
    },
    close: () => sender.close(),
  };
}

export async function deliverPending(ctx: DeliveryContext): Promise<DeliveryResult> {
  const deliverer = makeDeliverer(ctx);
  try {
    const result = await deliverer.deliverDue();
    return { ...result, pending: outboxCounts(ctx.db).pending };
  } finally {
    deliverer.close();
  }
}
