// The first step of every path: the raw bytes archived and the message row written before anything
// else happens, so nothing is lost even if processing later crashes. The oversize rule lives here
// once, for files (`xmess ingest`) and the mailbox (IMAP pass) alike.
import type { RawMessage } from '../domain/types.js';
import { parseEnvelope } from '../stages/parse/envelope.js';
import { syntheticMessageId } from '../stages/parse/parse-message.js';
import type { Db } from '../store/db.js';
import { finishMessage, insertMessage, type InsertOutcome } from '../store/messages.js';
import { archiveRaw } from '../store/raw-archive.js';
import { sha256 } from '../util/hash.js';

/** A message too large to read whole: its transport kept only its head. */
export interface Oversize {
  /** Its whole size in bytes, as the transport measured it. */
  size: number;
  limit: number;
  /** How the size was known, when not from the bytes themselves ("RFC822.SIZE"). */
  measuredBy?: string;
}

/** What storing gave: the row, and the failure recorded when the message was over the size limit. */
export type StoreOutcome = InsertOutcome & { oversized: string | null };

/** Said in every oversize reason: `xmess retry` leaves these alone, a new round would analyse a fragment. */
const HEAD_ONLY = 'only its head is archived';

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export function oversizeReason(o: Oversize): string {
  return `message of ${mb(o.size)} MB${o.measuredBy ? ` (${o.measuredBy})` : ''} is over the ${mb(o.limit)} MB limit; ${HEAD_ONLY} — read it in the mail client`;
}

export const isHeadOnly = (reason: string | null): boolean => !!reason && reason.includes(HEAD_ONLY);

/**
 * Stores the raw bytes and the message row (one transaction); a new message over the size limit
 * ends `failed` with the reason in the same transaction. A duplicate (same bytes or Message-ID) changes nothing.
 */
export function storeRaw(ctx: { db: Db; rawDir: string; quiet?: boolean }, raw: RawMessage, oversize: Oversize | null = null): StoreOutcome {
  const hash = sha256(raw.bytes);
  const env = parseEnvelope(raw.bytes);
  archiveRaw(ctx.rawDir, raw.bytes, hash);
  return ctx.db.transaction((): StoreOutcome => {
    const outcome = insertMessage(ctx.db, {
      rawHash: hash, messageId: env.messageId ?? syntheticMessageId(raw.bytes), origin: raw.origin, size: raw.bytes.length,
      fromAddr: env.from.address, fromName: env.from.name, subject: env.subject, date: env.date,
      receivedAt: raw.internalDate ?? env.receivedDate ?? env.date, inReplyTo: env.inReplyTo, references: env.references,
      // `ingest --no-follow-ups` (an archive): nothing is ever planned for it (store-sink.ts).
      quiet: ctx.quiet === true,
    });
    if (!oversize || outcome.duplicate) return { ...outcome, oversized: null };
    const reason = oversizeReason(oversize);
    finishMessage(ctx.db, outcome.id, { kind: null, kindReason: null, status: 'failed', reason, language: null });
    return { ...outcome, oversized: reason };
  })();
}
