// What the follow-up commands share: the notify context from the CLI's, the practice named on the
// command line (or a usage error saying where to find ids), and one delivery pass at the end.
import type { Command } from 'commander';
import { UsageError } from '../domain/errors.js';
import type { FollowUpContext } from '../follow-ups/planner.js';
import type { PracticeInfo } from '../domain/follow-ups.js';
import { readPractice } from '../follow-ups/store/facts.js';
import { deliverPending, type DeliveryResult } from '../follow-ups/send/deliver.js';
import type { CliContext, CommonOptions } from './context.js';

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

export function deliver(ctx: CliContext): Promise<DeliveryResult> {
  const f = ctx.pipeline.followUps!;
  return deliverPending({ db: ctx.db, outboxDir: f.outboxDir, smtpUrl: f.smtpUrl, log: ctx.log });
}

export const deliveryLine = (r: DeliveryResult, planned: number): string =>
  `follow-ups planned ${planned}, sent ${r.sent}, pending ${r.pending}, failed ${r.failed}` +
  (r.pending || r.failed ? ' (why: xmess export --what outbox)' : '');
