// Parses a raw message into the value every later stage reads: envelope, readable body text and
// attachments. mailparser does the MIME work; we bound what untrusted mail may cost.
import { simpleParser } from 'mailparser';
import { PermanentError } from '../../domain/errors.js';
import type { Attachment, ParsedMessage, RawMessage } from '../../domain/types.js';
import { MAX_MESSAGE_BYTES } from '../../domain/limits.js';
import { sha256 } from '../../util/hash.js';
import { parseEnvelope } from './envelope.js';
import { htmlToText } from './html-to-text.js';

export { MAX_MESSAGE_BYTES };
/** Attachments read per message; more is a mass mailing or an attack, not a synthesis (a real one has 1–5). */
export const MAX_ATTACHMENTS = 20;
/** HTML longer than this is not converted to text by mailparser (we convert it ourselves, bounded). */
const MAX_HTML_TO_PARSE = 2 * 1024 * 1024;

export function syntheticMessageId(bytes: Buffer): string {
  return `<${sha256(bytes).slice(0, 32)}@no-message-id.xmess.invalid>`;
}

/** Arrival per CONTRACT: IMAP INTERNALDATE, else the topmost Received: date, else Date:. */
function arrival(raw: RawMessage, received: Date | null, date: Date | null): Date | null {
  return raw.internalDate ?? received ?? date;
}

export async function parseMessage(raw: RawMessage): Promise<ParsedMessage> {
  if (raw.bytes.length > MAX_MESSAGE_BYTES) {
    throw new PermanentError(`message of ${(raw.bytes.length / 1048576).toFixed(1)} MB is over the ${MAX_MESSAGE_BYTES / 1048576} MB limit; read it by hand`, raw.origin);
  }
  const env = parseEnvelope(raw.bytes);
  let mail;
  try {
    mail = await simpleParser(raw.bytes, { skipHtmlToText: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: MAX_HTML_TO_PARSE });
  } catch (err) {
    throw new PermanentError(`broken MIME structure (${(err as Error).message})`, raw.origin, { cause: err });
  }
  const warnings: string[] = [];
  const all = mail.attachments ?? [];
  if (all.length > MAX_ATTACHMENTS) warnings.push(`${all.length} attachments: only the first ${MAX_ATTACHMENTS} were read`);
  const attachments: Attachment[] = all
    .filter((a) => !a.related || !a.contentType.startsWith('image/'))
    .slice(0, MAX_ATTACHMENTS)
    .map((a) => ({ filename: a.filename ?? null, contentType: (a.contentType ?? 'application/octet-stream').toLowerCase(), size: a.size ?? a.content.length, content: a.content }));
  const html = typeof mail.html === 'string' ? mail.html : null;
  const plain = (mail.text ?? '').trim();
  const text = plain.length > 0 ? withoutLinkEchoes(preferTableLabels(plain, html)) : html ? htmlToText(html) : '';
  return {
    messageId: env.messageId ?? syntheticMessageId(raw.bytes),
    from: env.from,
    to: env.to,
    subject: env.subject,
    date: env.date,
    receivedAt: arrival(raw, env.receivedDate, env.date),
    inReplyTo: env.inReplyTo,
    references: env.references,
    headers: env.headers,
    contentType: env.headers['content-type']?.[0] ?? 'text/plain',
    text,
    html,
    attachments,
    warnings,
  };
}

/** "Header: value" lines: what a table of the HTML part becomes once linearised. */
const LABEL_LINE = /^[^:\n]{2,40}: \S/gm;
/** Label lines the HTML must add over the plain part to be read instead of it. */
const MIN_MORE_LABELS = 3;

/**
 * Outlook's plain part writes a table one cell per line, losing which header each cell is under;
 * the HTML part keeps it. When the HTML's tables, linearised, give clearly more "Label: value" lines
 * than the plain part has, the HTML is read instead.
 */
function preferTableLabels(plain: string, html: string | null): string {
  if (!html || !/<table[\s>]/i.test(html)) return plain;
  const fromHtml = htmlToText(html);
  const labels = (t: string): number => t.match(LABEL_LINE)?.length ?? 0;
  return labels(fromHtml) >= labels(plain) + MIN_MORE_LABELS ? fromHtml : plain;
}

/**
 * Outlook's plain part repeats each link's target after its text ("a@b.cat<mailto:a@b.cat>",
 * "www.x.cat<http://www.x.cat>"): the echo goes, so a signature line reads as it was written.
 */
function withoutLinkEchoes(text: string): string {
  return text.replace(/(?<=\S)<(?:mailto:|https?:\/\/)[^<>\s]+>/g, '');
}
