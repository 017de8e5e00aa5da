// Hands a stored message to the queues: its raw bytes to a side key, then an 'analyse' job whose id
// is the message's round, so enqueueing twice (a poll after a crash, the start-up sweep) adds one job.
import type { Redis } from 'ioredis';
import type { Db } from '../../store/db.js';
import { getMessage } from '../../store/messages.js';
import { readRaw } from '../../store/raw-archive.js';
import type { Queues } from './connection.js';
import { roundJobId, type AnalyseJob, type MessageRound } from './names.js';
import { JOB_OPTIONS } from './policy.js';
import { putRaw } from './side-keys.js';

export interface EnqueueDeps {
  db: Db;
  rawDir: string;
  redis: Redis;
  queues: Pick<Queues, 'analyse'>;
}

export type Enqueue = (rowId: number) => Promise<MessageRound | null>;

/** Returns the round queued, or null when the row is no longer pending (someone finished it). */
export function makeEnqueue(deps: EnqueueDeps): Enqueue {
  return async (rowId) => {
    const row = getMessage(deps.db, rowId);
    if (!row || row.status !== 'pending') return null;
    const round: MessageRound = { rowId, gen: row.attempts };
    await putRaw(deps.redis, row.raw_hash, readRaw(deps.rawDir, row.raw_hash));
    const data: AnalyseJob = { ...round, rawHash: row.raw_hash, origin: row.origin, internalDate: row.received_at, size: row.size };
    await deps.queues.analyse.add('analyse', data, { ...JOB_OPTIONS.analyse, jobId: roundJobId(round) });
    return round;
  };
}
