// The envelope of a message (ids, sender, subject, dates, threading) read from its header block alone,
// cheaply and without parsing the body: what the store needs before any processing happens.
import libmime from 'libmime';
import { DateTime } from 'luxon';
import type { Address } from '../../domain/types.js';

/** Headers beyond this are not read: real header blocks are a few KB; a larger one is hostile. */
export const MAX_HEADER_BYTES = 256 * 1024;

export interface Envelope {
  messageId: string | null;
  from: Address;
  to: string[];
  subject: string;
  date: Date | null;
  /** Date of the topmost Received: header (the receiving MTA's stamp), else null. */
  receivedDate: Date | null;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string[]>;
}

export function headerBlock(bytes: Buffer): string {
  const head = bytes.subarray(0, MAX_HEADER_BYTES);
  let end = head.indexOf('\r\n\r\n');
  const lf = head.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) end = lf;
  // latin1 keeps every byte; 8-bit header values are decoded per header below.
  return head.subarray(0, end < 0 ? head.length : end).toString('latin1');
}

function decodeText(value: string): string {
  const bytes = Buffer.from(value, 'latin1');
  const utf8 = bytes.toString('utf8');
  // Raw 8-bit headers (RFC 6532) are usually UTF-8; fall back to latin1 when that is not valid.
  const text = utf8.includes('\uFFFD') ? value : utf8;
  try {
    return libmime.decodeWords(text).replace(/\s+/g, ' ').trim();
  } catch {
    return text.replace(/\s+/g, ' ').trim();
  }
}

export function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const cleaned = value.replace(/\s+/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const rfc = DateTime.fromRFC2822(cleaned);
  if (rfc.isValid) return rfc.toJSDate();
  const loose = new Date(cleaned);
  return Number.isNaN(loose.getTime()) ? null : loose;
}

/** RFC 5321 §4.4: each MTA prepends Received:, its date after the last ";". The topmost is ours. */
export function receivedDate(received: string[] | undefined): Date | null {
  const top = received?.[0];
  if (!top) return null;
  const at = top.lastIndexOf(';');
  return at < 0 ? null : parseDate(top.slice(at + 1));
}

const MSG_ID = /<[^<>\s]+>/g;

export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const found = value.match(MSG_ID);
  if (found) return found;
  const bare = value.trim();
  return bare && !/\s/.test(bare) ? [`<${bare}>`] : [];
}

export function parseAddress(value: string | undefined): Address {
  if (!value) return { address: null, name: null };
  const decoded = decodeText(value);
  const angle = decoded.match(/<\s*([^<>\s]+@[^<>\s]+)\s*>/);
  const bare = decoded.match(/[^\s<>"',;]+@[^\s<>"',;]+/);
  const address = (angle?.[1] ?? bare?.[0] ?? null)?.toLowerCase() ?? null;
  let name = angle ? decoded.slice(0, decoded.indexOf('<')).trim() : '';
  name = name.replace(/^"|"$/g, '').replace(/\\"/g, '"').trim();
  return { address, name: name || null };
}

function addressList(value: string | undefined): string[] {
  if (!value) return [];
  return (decodeText(value).match(/[^\s<>"',;:]+@[^\s<>"',;]+/g) ?? []).map((a) => a.toLowerCase());
}

export function parseEnvelope(bytes: Buffer): Envelope {
  const headers = libmime.decodeHeaders(headerBlock(bytes), { skipPrototypeKeys: true }) as Record<string, string[]>;
  const first = (k: string): string | undefined => headers[k]?.[0];
  return {
    messageId: messageIds(first('message-id'))[0] ?? null,
    from: parseAddress(first('from')),
    to: addressList([...(headers['to'] ?? []), ...(headers['cc'] ?? [])].join(', ')),
    subject: decodeText(first('subject') ?? ''),
    date: parseDate(first('date')),
    receivedDate: receivedDate(headers['received']),
    inReplyTo: messageIds(first('in-reply-to'))[0] ?? null,
    references: messageIds(first('references')),
    headers,
  };
}
