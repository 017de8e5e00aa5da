import type { RawMessage } from '../../domain/types.js';

/** What a file reader yields: a message, one too large to hold (its head only), or an unreadable input. */
export type ReadItem =
  | { type: 'message'; raw: RawMessage }
  | { type: 'oversized'; raw: RawMessage; size: number }
  | { type: 'error'; origin: string; error: string };
