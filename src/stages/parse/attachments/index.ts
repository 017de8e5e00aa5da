// Reading the text of attachments (PDF, DOCX, ODT, HTML, plain text, forwarded mail), bounded in
// bytes, pages, characters and time (limits.ts). Parsers run in worker threads (pool.ts), in a pool
// the program opens at start (openDocumentReader) and hands in; this façade never throws and names
// the file in every reason.
import type { Attachment, AttachmentText, DocumentKind } from '../../../domain/types.js';
import { documentKind as sniffKind } from './kind.js';
import {
  MAX_ATTACHMENT_BYTES, MAX_PARSE_WORKERS, MAX_READER_MEMORY_MB, MAX_SECONDS_PER_DOCUMENT, MEMORY_CHECK_MS, WORKER_HEAP_MB, WORKER_IDLE_MS, WORKER_YOUNG_MB,
} from './limits.js';
import type { ReadOutcome } from './outcome.js';
import { defaultWorkerUrl, makeDocumentReader, type DocumentReader } from './pool.js';
import { clampText, decodeText } from './text.js';

export function documentKind(att: Pick<Attachment, 'filename' | 'contentType' | 'content'>): DocumentKind {
  try {
    return sniffKind(att);
  } catch {
    return 'other';
  }
}

export type { DocumentReader };

/**
 * The pool of document-reader threads with the bounds of limits.ts. Close it when done (a one-shot
 * command's idle threads would keep the process alive for WORKER_IDLE_MS); after close() it starts
 * new threads on the next read.
 */
export function openDocumentReader(): DocumentReader {
  return makeDocumentReader({
    workerUrl: defaultWorkerUrl(),
    timeoutMs: MAX_SECONDS_PER_DOCUMENT * 1000,
    heapMb: WORKER_HEAP_MB,
    youngMb: WORKER_YOUNG_MB,
    memoryMb: MAX_READER_MEMORY_MB,
    memoryCheckMs: MEMORY_CHECK_MS,
    maxWorkers: MAX_PARSE_WORKERS,
    idleMs: WORKER_IDLE_MS,
  });
}

/** Never throws: an unreadable attachment is `{ ok: false, reason }` naming the file and the cause. */
export async function readAttachmentText(att: Attachment, reader: DocumentReader): Promise<AttachmentText> {
  const filename = att.filename?.trim() || 'unnamed attachment';
  const kind = documentKind(att);
  let outcome: ReadOutcome;
  try {
    outcome = await readByKind(att, kind, reader);
  } catch (err) {
    outcome = { ok: false, reason: `unreadable (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!outcome.ok) return { ok: false, filename, kind, reason: `${filename}: ${outcome.reason}` };
  return outcome.pages === undefined
    ? { ok: true, filename, kind, text: outcome.text }
    : { ok: true, filename, kind, text: outcome.text, pages: outcome.pages };
}

async function readByKind(att: Attachment, kind: DocumentKind, reader: DocumentReader): Promise<ReadOutcome> {
  if (kind === 'other') return { ok: false, reason: `not a document type we read (${att.contentType || 'unknown type'})` };
  if (att.content.length > MAX_ATTACHMENT_BYTES) {
    return { ok: false, reason: `too large to read (${megabytes(att.content.length)}, limit ${megabytes(MAX_ATTACHMENT_BYTES)})` };
  }
  if (kind === 'text') {
    // Decoding is linear and runs no parser, so plain text needs no worker.
    const text = clampText(decodeText(att.content).replace(/\r\n?/g, '\n').trim());
    return text ? { ok: true, text } : { ok: false, reason: 'empty text file' };
  }
  // A copy the worker can own: the attachment's Buffer may be a view on a shared pool.
  return reader.read({ kind, bytes: new Uint8Array(att.content) });
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
