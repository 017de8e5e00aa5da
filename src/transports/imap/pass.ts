// One pass over the open mailbox: list what is new since the checkpoint, then per message, in UID
// order: store raw + row (one transaction) → hand off (queue, or leave pending for inline) → advance
// the checkpoint. A crash anywhere repeats at most the step in progress, and the unique keys of the
// store (raw hash, Message-ID) make a repeated store a no-op.
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { ImapSettings } from '../../config/imap-url.js';
import { errorMessage } from '../../domain/errors.js';
import type { RawMessage } from '../../domain/types.js';
import type { Logger } from '../../log.js';
import { MAX_MESSAGE_BYTES } from '../../domain/limits.js';
import type { Db } from '../../store/db.js';
import { advanceCheckpoint, getCheckpoint, markPollFailed, markPollStarted, markPollSucceeded, resetCheckpoint, setImapLocation } from '../../store/mailbox.js';
import { getMessage } from '../../store/messages.js';
import { withTimeout } from './wakeup.js';

/** What a message over the size limit keeps: its header and the start of its body, like `xmess ingest`. */
const HEAD_BYTES = 256 * 1024;
/** Sources fetched per command: few round trips on a backlog, at most this much held in memory at once. */
const BATCH_MESSAGES = 50;
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * The store port (the pipeline's storeRaw): archives the bytes and writes the row in one transaction;
 * a message over the size limit (only its head fetched) ends failed there with the reason.
 */
export type StoreMessage = (
  raw: RawMessage,
  oversize: { size: number; limit: number; measuredBy?: string } | null,
) => { id: number; duplicate: boolean; oversized: string | null };

export interface PassDeps {
  /** For the checkpoint and the message's IMAP location. */
  db: Db;
  store: StoreMessage;
  log: Logger;
  settings: Pick<ImapSettings, 'key' | 'mailbox' | 'maxBytes'>;
  /** Queues a stored, pending message; idempotent per row (job id = round). Inline mode passes a no-op. */
  handoff: (rowId: number) => Promise<unknown>;
  signal?: AbortSignal;
}

export interface PassResult {
  uidValidity: string;
  listed: number;
  stored: number;
  duplicates: number;
  oversized: number;
  /** Stored but not handed off (the queues were away): queued by reconcile, listed again next pass. */
  deferred: number;
}

interface Listed {
  uid: number;
  size: number;
  internalDate: Date | null;
}

const toDate = (v: Date | string | undefined): Date | null => (v ? new Date(v) : null);

async function listNew(client: ImapFlow, afterUid: number): Promise<Listed[]> {
  if (!client.mailbox || client.mailbox.exists === 0) return [];
  const out: Listed[] = [];
  // Collected first, processed after: a command issued inside a fetch loop deadlocks imapflow.
  for await (const m of client.fetch(`${afterUid + 1}:*`, { uid: true, size: true, internalDate: true }, { uid: true })) {
    // RFC 9051 §6.4.8: "n:*" with n above every UID still matches the highest one; it is not new.
    if (m.uid > afterUid) out.push({ uid: m.uid, size: m.size ?? 0, internalDate: toDate(m.internalDate) });
  }
  return out.sort((a, b) => a.uid - b.uid);
}

/**
 * Consecutive messages grouped so one FETCH brings ≤ maxCount sources and ≤ maxBytes (by RFC822.SIZE);
 * an item for which `alone` is true (over the size limit: only its head is fetched) gets a group of its own.
 */
export function batches<T extends { size: number }>(items: T[], alone: (item: T) => boolean, maxCount = BATCH_MESSAGES, maxBytes = BATCH_BYTES): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (cur.length) out.push(cur);
    cur = [];
    bytes = 0;
  };
  for (const item of items) {
    if (alone(item)) {
      flush();
      out.push([item]);
      continue;
    }
    if (cur.length >= maxCount || (cur.length && bytes + item.size > maxBytes)) flush();
    cur.push(item);
    bytes += item.size;
  }
  flush();
  return out;
}

function checkpointFor(deps: PassDeps, uidValidity: string): number {
  const cp = getCheckpoint(deps.db, deps.settings.key);
  if (cp && cp.uidvalidity === uidValidity) return cp.last_uid;
  if (cp) {
    // RFC 9051 §2.3.1.1: a new UIDVALIDITY voids every UID we kept. Rescan; the store's unique keys skip what we have.
    deps.log.warn({ mailbox: deps.settings.key, was: cp.uidvalidity, now: uidValidity }, 'UIDVALIDITY changed: rescanning the mailbox');
  }
  return resetCheckpoint(deps.db, deps.settings.key, uidValidity).last_uid;
}

type Taken = 'stored' | 'duplicate' | 'oversized';

/**
 * Per pass: once a hand-off fails (Redis away), later messages are still stored, so nothing waits only
 * in the mailbox, but not handed off, and the checkpoint stays before the first of them: the next pass
 * lists them again, and serve's reconcile queues every pending row as soon as Redis is back.
 */
interface HandoffState {
  stuck: string | null;
  deferred: number;
}

/** Queueing takes ~1 ms on a healthy Redis; this long means it is away (ioredis keeps the command for later). */
const HANDOFF_TIMEOUT_MS = 5_000;

async function handOff(deps: PassDeps, rowId: number, state: HandoffState): Promise<boolean> {
  if (state.stuck === null) {
    try {
      await withTimeout(Promise.resolve(deps.handoff(rowId)), HANDOFF_TIMEOUT_MS, 'queueing the message');
      return true;
    } catch (err) {
      state.stuck = errorMessage(err);
      deps.log.warn({ message: rowId, err: state.stuck }, 'cannot queue: storing new mail only, the checkpoint waits until the queues are back');
    }
  }
  state.deferred++;
  return false;
}

function storeOne(deps: PassDeps, uidValidity: string, item: Listed, source: Buffer, limit: number): { id: number; taken: Taken } {
  const { db, settings } = deps;
  const oversized = item.size > limit;
  const raw = { bytes: source, origin: `${settings.mailbox} uid ${item.uid}`, internalDate: item.internalDate };
  const outcome = deps.store(raw, oversized ? { size: item.size, limit, measuredBy: 'RFC822.SIZE' } : null);
  setImapLocation(db, outcome.id, settings.key, uidValidity, item.uid);
  if (outcome.oversized) deps.log.error({ message: outcome.id, uid: item.uid, status: 'failed', reason: outcome.oversized }, 'message failed');
  return { id: outcome.id, taken: oversized ? 'oversized' : outcome.duplicate ? 'duplicate' : 'stored' };
}

/** Store (one transaction) → hand off → the caller advances the checkpoint. False: not handed off. */
async function take(deps: PassDeps, uidValidity: string, item: Listed, source: Buffer, limit: number, state: HandoffState): Promise<{ taken: Taken; handedOff: boolean }> {
  const { id, taken } = storeOne(deps, uidValidity, item, source, limit);
  const pending = getMessage(deps.db, id)?.status === 'pending';
  return { taken, handedOff: !pending || (await handOff(deps, id, state)) };
}

async function fetchSources(client: ImapFlow, group: Listed[], limit: number): Promise<Map<number, Buffer>> {
  const uids = group.map((i) => i.uid).join(',');
  const big = group.length === 1 && group[0]!.size > limit;
  const msgs: FetchMessageObject[] = await client.fetchAll(uids, { uid: true, source: big ? { maxLength: HEAD_BYTES } : true }, { uid: true });
  return new Map(msgs.filter((m) => m.source).map((m) => [m.uid, m.source!]));
}

export async function runPass(client: ImapFlow, deps: PassDeps): Promise<PassResult> {
  if (!client.mailbox) throw new Error(`mailbox ${deps.settings.mailbox} is not open`);
  const uidValidity = client.mailbox.uidValidity.toString();
  const lastUid = checkpointFor(deps, uidValidity);
  markPollStarted(deps.db, deps.settings.key);
  const limit = deps.settings.maxBytes ?? MAX_MESSAGE_BYTES;
  const listed = await listNew(client, lastUid);
  const result: PassResult = { uidValidity, listed: listed.length, stored: 0, duplicates: 0, oversized: 0, deferred: 0 };
  const state: HandoffState = { stuck: null, deferred: 0 };
  for (const group of batches(listed, (i) => i.size > limit)) {
    if (deps.signal?.aborted) break;
    const sources = await fetchSources(client, group, limit);
    for (const item of group) {
      const source = sources.get(item.uid);
      // No source: expunged since the listing; nothing to store, but the checkpoint may pass it.
      const t = source ? await take(deps, uidValidity, item, source, limit, state) : null;
      if (t) result[t.taken === 'stored' ? 'stored' : t.taken === 'duplicate' ? 'duplicates' : 'oversized']++;
      if (state.stuck === null) advanceCheckpoint(deps.db, deps.settings.key, uidValidity, item.uid);
    }
  }
  result.deferred = state.deferred;
  if (state.stuck) markPollFailed(deps.db, deps.settings.key, `${state.deferred} message(s) stored but not queued yet: ${state.stuck}`);
  else if (!deps.signal?.aborted) markPollSucceeded(deps.db, deps.settings.key);
  return result;
}
