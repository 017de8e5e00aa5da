// What the follow-up commands share: the notify context from the CLI's, the practice named on the
// command line (or a usage error saying where to find ids), one delivery pass at the end, and the
// honest line of counts (sent by SMTP, written as files and where, pending and why, failed).
import type { Command } from 'commander';
import { UsageError } from '../domain/errors.js';
import type { FollowUpContext } from '../follow-ups/planner.js';
import type { PracticeInfo } from '../domain/follow-ups.js';
import type { Db } from '../store/db.js';
import { readPractice } from '../follow-ups/store/facts.js';
import { pendingWhy } from '../follow-ups/store/outbox.js';
import { followUpLine } from '../pipeline/ingest.js';
import { deliverPending, isUndelivered, type DeliveryResult, type RoundResult } from '../follow-ups/send/deliver.js';
import type { CliContext, CommonOptions } from './context.js';

/** CONTRACT.md: follow-ups could not be delivered (SMTP down, outbox folder not writable). */
export const EXIT_UNDELIVERED = 3;

export interface FollowUpOptions extends CommonOptions {
  outbox?: string;
}

export function withOutboxOption(cmd: Command): Command {
  return cmd.option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)');
}

export function followUpContext(ctx: CliContext): FollowUpContext {
  return { ...ctx.pipeline.followUps!, db: ctx.db };
}

export function requirePractice(ctx: CliContext, id: string): PracticeInfo {
  const p = readPractice(ctx.db, id.trim());
  if (!p) throw new UsageError(`no practice "${id}"; the ids are in \`xmess export --what practices\` (e.g. bp-0123456789ab)`);
  return p;
}

export async function deliver(ctx: CliContext): Promise<DeliveryResult & { why: string | null }> {
  const f = ctx.pipeline.followUps!;
  const r = await deliverPending({ db: ctx.db, outboxDir: f.outboxDir, smtpUrl: f.smtpUrl, log: ctx.log });
  return { ...r, why: pendingReason(ctx.db) };
}

/** "SMTP down: connect ECONNREFUSED …; next attempt 2020-04-21T10:05:00Z", or null when nothing failed. */
export function pendingReason(db: Db): string | null {
  const w = pendingWhy(db);
  if (!w.pending || !w.error) return null;
  return `${w.error}${w.nextAttemptAt ? `; next attempt ${w.nextAttemptAt} (xmess send, or serve, retries)` : ''}`;
}

export const deliveryLine = (r: DeliveryResult & { why?: string | null }, planned: number): string =>
  followUpLine({ ...r, planned, heldBack: 0, why: r.why ?? null });

/** 0, or 3 when follow-ups that should have gone could not be delivered. */
export const deliveryExit = (r: RoundResult): number => (isUndelivered(r) ? EXIT_UNDELIVERED : 0);
