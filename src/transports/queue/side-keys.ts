// Bytes that cross Redis beside the jobs: a message's raw bytes (serve → workers) and its analysis
// (workers → serve). Kept out of job payloads on purpose: BullMQ stores data as JSON (base64 would add
// a third) and reads the whole job hash on every state change, dashboard listing and retry, while a
// side key is binary, read once by the one process that needs it, and deleted after the commit.
// The cost: Redis holds each queued message's bytes until it is committed (≤ MAX_MESSAGE_BYTES each).
import type { Redis } from 'ioredis';
import type { Analysis } from '../../domain/analysis.js';
import type { MessageRound } from './names.js';
import { SIDE_KEY_TTL_SECONDS } from './policy.js';

/** Outside BullMQ's "xmess:" prefix, so nothing of ours can collide with a queue's keys. */
const PREFIX = 'xmess-data';

export const rawKey = (hash: string): string => `${PREFIX}:raw:${hash}`;
export const analysisKey = (r: MessageRound): string => `${PREFIX}:analysis:m${r.rowId}.${r.gen}`;

export async function putRaw(redis: Redis, hash: string, bytes: Buffer): Promise<void> {
  await redis.set(rawKey(hash), bytes, 'EX', SIDE_KEY_TTL_SECONDS);
}

export async function getRaw(redis: Redis, hash: string): Promise<Buffer | null> {
  return redis.getBuffer(rawKey(hash));
}

export async function putAnalysis(redis: Redis, r: MessageRound, analysis: Analysis): Promise<void> {
  await redis.set(analysisKey(r), JSON.stringify(analysis), 'EX', SIDE_KEY_TTL_SECONDS);
}

export async function getAnalysis(redis: Redis, r: MessageRound): Promise<Analysis | null> {
  const text = await redis.get(analysisKey(r));
  return text === null ? null : (JSON.parse(text) as Analysis);
}

/** After the commit: nothing of this round is needed any more. */
export async function dropRound(redis: Redis, r: MessageRound, hash: string): Promise<void> {
  await redis.del(analysisKey(r), rawKey(hash));
}
