// Content hashing, a plain utility: the raw archive names files by it and the parse stage derives a
// stand-in Message-ID from it, so the same bytes always get the same name.
import { createHash } from 'node:crypto';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
