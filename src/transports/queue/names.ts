// Queue names, job ids and payloads: the whole vocabulary that crosses Redis, in one place.
// Payloads carry ids; bytes and analyses travel in side keys (see side-keys.ts), data lives in SQLite.
import type { MessageRound } from '../../domain/round.js';

/** BullMQ key prefix: every queue of ours lives under "xmess:<queue>:…". */
export const QUEUE_PREFIX = 'xmess';

export const QUEUES = {
  /** Raw bytes → Analysis. Stateless, CPU-heavy: `xmess worker` processes on any host. */
  analyse: 'analyse',
  /** Analysis → SQLite. Only where the database file is (`xmess serve`). */
  commit: 'commit',
  /** The outbox → SMTP or the file outbox. Only where the database file is. */
  send: 'send',
  /** Periodic tasks (deadline watcher and reminders, outbox sweep), from job schedulers. */
  schedule: 'schedule',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type { MessageRound };

export interface AnalyseJob extends MessageRound {
  rawHash: string;
  origin: string;
  /** ISO-8601 arrival fixed when the message was stored (INTERNALDATE for IMAP). */
  internalDate: string | null;
  size: number;
}

export type CommitJob = MessageRound & ({ outcome: 'analysed' } | { outcome: 'failed'; reason: string; permanent: boolean });

export interface SendJob {
  /** Why a delivery run was asked for: "after m12.0", "schedule". */
  cause: string;
}

export type ScheduledTask = 'deadlines' | 'outbox-sweep';
export interface ScheduleJob {
  task: ScheduledTask;
}

/** BullMQ refuses custom ids that are integers or contain ':'. */
export const roundJobId = (r: MessageRound): string => `m${r.rowId}.${r.gen}`;

export function parseRoundJobId(id: string | undefined): MessageRound | null {
  const m = /^m(\d+)\.(\d+)$/.exec(id ?? '');
  return m ? { rowId: Number(m[1]), gen: Number(m[2]) } : null;
}
