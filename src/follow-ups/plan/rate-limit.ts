// The loop guard: whether a message may get an automatic reply at all. Pure, so every rule is tested
// on plain values; the store only supplies how many replies the sender already got (auto_replies).
import type { MessageKind } from '../../domain/types.js';
import { MACHINE_SENDER } from '../../stages/classify/kind.js';
import { isValidAddress, normaliseAddress } from './headers.js';

/**
 * RFC 3834 §2 asks responders to limit replies to the same sender. Ten per three hours is more than
 * a council writing by hand ever needs (the dev corpus has at most two per sender), and it bounds
 * two automatic systems answering each other to a handful of mails instead of thousands.
 */
export const MAX_AUTO_REPLIES = 10;
export const AUTO_REPLY_WINDOW_MS = 3 * 60 * 60 * 1000;

export interface ReplyCandidate {
  /** messages.kind and messages.status as the classifier and commit left them. */
  kind: MessageKind | null;
  status: string;
  fromAddress: string | null;
  /** Our own addresses (campaign from, coordinator): we never answer ourselves. */
  ourAddresses: string[];
  /** Automatic replies already planned to this sender within AUTO_REPLY_WINDOW_MS before the message. */
  recentReplies: number;
}

export type ReplyDecision =
  | { reply: true; to: string }
  | { reply: false; reason: string; rateLimited: boolean };

const no = (reason: string, rateLimited = false): ReplyDecision => ({ reply: false, reason, rateLimited });

export function isMachineAddress(address: string): boolean {
  return MACHINE_SENDER.test(address.split('@')[0] ?? '');
}

/** Answers only a person's submission: never a reply, auto-reply, bounce, list, newsletter, no-reply address or ourselves. */
export function shouldReply(c: ReplyCandidate): ReplyDecision {
  if (c.kind !== 'submission') return no(`message kind is ${c.kind ?? 'unknown'}: only submissions are answered`);
  if (c.status === 'ignored' || c.status === 'failed' || c.status === 'pending') return no(`message status is ${c.status}`);
  if (!isValidAddress(c.fromAddress)) return no(`sender address ${JSON.stringify(c.fromAddress)} is not one we can send to`);
  const to = normaliseAddress(c.fromAddress);
  if (isMachineAddress(to)) return no(`${to} is a no-reply or system address`);
  if (c.ourAddresses.some((a) => normaliseAddress(a) === to)) return no(`${to} is our own address`);
  if (c.recentReplies >= MAX_AUTO_REPLIES) {
    return no(`rate limit: ${c.recentReplies} automatic replies to ${to} in the last ${AUTO_REPLY_WINDOW_MS / 3_600_000} hours (loop guard)`, true);
  }
  return { reply: true, to };
}
