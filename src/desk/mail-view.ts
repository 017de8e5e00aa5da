// A stored message as the desk shows it, read again from the raw archive: the headers a person
// checks, the text, the HTML part sanitised (no scripts, no links, no images: nothing that runs or
// loads), and the attachments to download. The raw file is found by the hash in the database, never
// by anything in a URL.
import libmime from 'libmime';
import sanitizeHtml from 'sanitize-html';
import { existsSync } from 'node:fs';
import type { Attachment, ParsedMessage } from '../domain/types.js';
import { errorMessage } from '../domain/errors.js';
import { parseMessage } from '../stages/parse/parse-message.js';
import type { MessageRow } from '../store/messages.js';
import { rawPath, readRaw } from '../store/raw-archive.js';

/** Headers shown on the message page, in this order. */
const SHOWN_HEADERS = ['from', 'to', 'cc', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'auto-submitted', 'list-id', 'content-type'];
/** Longer HTML parts are shown as text only: sanitising megabytes on each page view would stall the desk. */
const MAX_HTML_CHARS = 1_000_000;
/** A header value shown is cut here: a hostile mail can carry a header of megabytes. */
const MAX_HEADER_CHARS = 2_000;

export interface MailView {
  headers: { name: string; value: string }[];
  text: string;
  /** The HTML part, sanitised, or null. Shown only inside a sandboxed frame. */
  html: string | null;
  attachments: { n: number; filename: string; contentType: string; size: number }[];
  /** Why the raw message could not be shown, or null. */
  problem: string | null;
}

export function sanitiseMailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.filter((t) => t !== 'a'),
    allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: [],
    // A link's text stays; its target does not (a click in the frame must not load anything).
    nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
  });
}

async function parsedOf(rawDir: string, row: MessageRow): Promise<ParsedMessage> {
  const bytes = readRaw(rawDir, row.raw_hash);
  return parseMessage({ bytes, origin: row.origin });
}

function decodeWords(value: string): string {
  try {
    return libmime.decodeWords(value).replace(/\s+/g, ' ').trim();
  } catch {
    return value;
  }
}

export const attachmentName = (a: Attachment, n: number): string => a.filename?.trim() || `attachment-${n + 1}`;

export async function mailView(rawDir: string, row: MessageRow): Promise<MailView> {
  if (!/^[0-9a-f]{64}$/.test(row.raw_hash) || !existsSync(rawPath(rawDir, row.raw_hash))) {
    return { headers: [], text: '', html: null, attachments: [], problem: 'raw message not in the archive' };
  }
  let parsed: ParsedMessage;
  try {
    parsed = await parsedOf(rawDir, row);
  } catch (err) {
    return { headers: [], text: '', html: null, attachments: [], problem: errorMessage(err) };
  }
  const headers = SHOWN_HEADERS.flatMap((name) => (parsed.headers[name] ?? []).map((value) => ({ name, value: decodeWords(value).slice(0, MAX_HEADER_CHARS) })));
  const html = parsed.html && parsed.html.length <= MAX_HTML_CHARS ? sanitiseMailHtml(parsed.html) : null;
  return {
    headers, text: parsed.text, html: html?.trim() ? html : null, problem: null,
    attachments: parsed.attachments.map((a, n) => ({ n, filename: attachmentName(a, n), contentType: a.contentType, size: a.size })),
  };
}

/** The n-th attachment's bytes, type and name, or null. */
export async function attachmentOf(rawDir: string, row: MessageRow, n: number): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  if (!/^[0-9a-f]{64}$/.test(row.raw_hash) || !existsSync(rawPath(rawDir, row.raw_hash))) return null;
  const parsed = await parsedOf(rawDir, row);
  const a = parsed.attachments[n];
  return a ? { filename: attachmentName(a, n), contentType: a.contentType, content: a.content } : null;
}
