// The extract stage: from the readable text of one message to the good practices it carries.
// Pure: value in, value out. (Interface fixed here; implementation lives beside this file:
// message.ts reads submissions, reply.ts reads what a reply adds.)
import type { Address, Contact, ExtractedPractice, Lang, Municipality, TextSource, ThemeLexicon } from '../../domain/types.js';
import { extractFromMessage } from './message.js';
import { extractFromReply } from './reply.js';

export interface ExtractInput {
  subject: string;
  from: Address;
  /** The body first (origin "body"), then each readable attachment in message order. */
  sources: TextSource[];
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
}

export interface ExtractResult {
  /** Language of the message as a whole (for replies to the sender). */
  language: Lang;
  practices: ExtractedPractice[];
}

/** What a reply to one of our follow-ups (or a council's correction) adds to its practice. */
export interface ReplyUpdate {
  title?: string;
  promoters?: string[];
  summary?: string;
  contact?: Partial<Contact>;
  /** What the sender says was wrong and gives anew ("el nom definitiu és «…»"): replaces, not fills. */
  corrections?: { title?: string };
  language: Lang;
}

export function extractPractices(input: ExtractInput): ExtractResult {
  return extractFromMessage(input);
}

export function extractReplyUpdate(input: ExtractInput): ReplyUpdate {
  return extractFromReply(input);
}
