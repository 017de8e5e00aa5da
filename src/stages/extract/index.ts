// The extract stage: from the readable text of one message to the good practices it carries.
// Pure: value in, value out. (Interface fixed here; implementation lives beside this file.)
import type { Address, Contact, ExtractedPractice, Lang, Municipality, TextSource, ThemeLexicon } from '../../domain/types.js';

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
  language: Lang;
}

export function extractPractices(_input: ExtractInput): ExtractResult {
  throw new Error('not implemented yet');
}

export function extractReplyUpdate(_input: ExtractInput): ReplyUpdate {
  throw new Error('not implemented yet');
}
