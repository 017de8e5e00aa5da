// The queued adapter of processMessage, in two halves joined by the commit queue: an analyse worker
// (any host) reads the bytes from the queue's payload and sends its analysis to the commit queue; the
// committer (where the SQLite file is) takes that analysis as its source and commits it through the
// same store sink as the inline adapter (store-sink.ts). workers/ wraps these in BullMQ processors.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { PermanentError } from '../domain/errors.js';
import type { MessageRound } from '../domain/round.js';
import type { Db } from '../store/db.js';
import { isCurrentRound } from '../store/rounds.js';
import { classifyFailure } from '../transports/queue/failure.js';
import { roundJobId, type AnalyseJob, type CommitJob } from '../transports/queue/names.js';
import { JOB_OPTIONS } from '../transports/queue/policy.js';
import { getAnalysis, getRaw, putAnalysis } from '../transports/queue/side-keys.js';
import type { Analysis } from './analyse.js';
import type { MessageSource, ResultSink } from './process-message.js';

export interface AnalyseSide {
  redis: Redis;
  commitQueue: Pick<Queue<CommitJob>, 'add' | 'getJob'>;
}

/** What an analyse job reports: what it found, or the failure it handed to the committer. */
export type AnalyseResult = { kind: string; practices: number } | { failed: string };

/** The analyse job's bytes, from the side key the enqueue wrote. */
export function payloadSource(side: AnalyseSide, job: AnalyseJob): MessageSource {
  return {
    read: async (round) => {
      const bytes = await getRaw(side.redis, job.rawHash);
      // A stalled job retried after its round was committed (the commit drops the raw bytes): nothing to do.
      if (!bytes && (await side.commitQueue.getJob(roundJobId(round)))) return { skipped: 'round already analysed' };
      if (!bytes) throw new PermanentError('its raw bytes are no longer in Redis (expired, or Redis lost its data); run `xmess retry`', `message ${round.rowId}`);
      return { raw: { bytes, origin: job.origin, internalDate: job.internalDate ? new Date(job.internalDate) : null } };
    },
  };
}

async function addCommit(side: AnalyseSide, data: CommitJob): Promise<void> {
  await side.commitQueue.add('commit', data, { ...JOB_OPTIONS.commit, jobId: roundJobId(data) });
}

/** The analyse worker's sink: the analysis (or the failure) goes to the committer, the only writer of the message's status. */
export function commitQueueSink(side: AnalyseSide): ResultSink<AnalyseResult> {
  return {
    commit: async (round, analysis) => {
      await putAnalysis(side.redis, round, analysis);
      await addCommit(side, { ...round, outcome: 'analysed' });
      return { kind: analysis.kind.kind, practices: analysis.practices.length };
    },
    fail: async (round, reason, error) => {
      await addCommit(side, { ...round, outcome: 'failed', reason, permanent: error === null || classifyFailure(error, 'permanent').permanent });
      return { failed: reason };
    },
  };
}

export interface CommitSide {
  db: Db;
  redis: Redis;
}

/**
 * The committer's source: the analysis the worker left in Redis, or the failure it reported.
 * `beforeCommit` may hold the round back (a reply waits for its original) by throwing.
 */
export function analysisSource(side: CommitSide, job: CommitJob, beforeCommit?: (a: Analysis) => Promise<void>): MessageSource {
  return {
    read: async (round: MessageRound) => {
      if (!isCurrentRound(side.db, round)) return { skipped: 'not the current round of a pending message' };
      if (job.outcome === 'failed') return { failed: job.reason };
      const analysis = await getAnalysis(side.redis, round);
      if (!analysis) return { failed: 'its analysis is no longer in Redis (expired, or Redis lost its data); run `xmess retry`' };
      await beforeCommit?.(analysis);
      return { analysis };
    },
  };
}
