// The extract stage: from the readable text of one message to the good practices it carries.
// Pure: value in, value out. (Interface fixed here; implementation lives beside this file:
// message.ts reads submissions, reply.ts reads what a reply adds.)
import type { ExtractInput, ExtractResult, ReplyUpdate } from '../../domain/analysis.js';
import { extractFromMessage } from './message.js';
import { extractFromReply } from './reply.js';

export type { ExtractInput, ExtractResult, ReplyUpdate };

export function extractPractices(input: ExtractInput): ExtractResult {
  return extractFromMessage(input);
}

export function extractReplyUpdate(input: ExtractInput): ReplyUpdate {
  return extractFromReply(input);
}
