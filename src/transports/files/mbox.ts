// Streams an mbox file message by message: a 1 GB mbox is never held in memory, only one message
// (bounded by MAX_MESSAGE_BYTES) at a time.
import { createReadStream } from 'node:fs';
import { MAX_MESSAGE_BYTES } from '../../domain/limits.js';
import type { ReadItem } from './types.js';

const SEPARATOR = Buffer.from('\nFrom ');
/** An mbox "From " line: sender then a date with a year (mboxo/mboxrd, RFC 4155). Body lines that merely start with "From " do not look like this. */
const FROM_LINE = /^From \S*[ \t]+\S.*\d/;
const HEAD_BYTES = 256 * 1024;

export function isMboxStart(head: Buffer): boolean {
  return head.subarray(0, 5).toString('latin1') === 'From ';
}

/** mboxrd escapes body lines "From " as ">From " (and ">From " as ">>From "): undo one level. */
function unescapeBody(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1');
  if (!text.includes('>From ')) return bytes;
  return Buffer.from(text.replace(/^>(>*From )/gm, '$1'), 'latin1');
}

class MessageBuilder {
  private parts: Buffer[] = [];
  private size = 0;
  private held = 0;
  constructor(readonly index: number) {}
  push(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.held >= MAX_MESSAGE_BYTES) return;
    const part = Buffer.from(chunk.subarray(0, MAX_MESSAGE_BYTES - this.held)); // a copy: the read buffer is reused
    this.parts.push(part);
    this.held += part.length;
  }
  finish(file: string): ReadItem | null {
    let bytes = Buffer.concat(this.parts);
    const nl = bytes.indexOf(0x0a);
    bytes = nl < 0 ? Buffer.alloc(0) : bytes.subarray(nl + 1); // drop the "From " separator line
    if (bytes.length === 0) return null;
    const origin = `${file}#${this.index}`;
    if (this.size > MAX_MESSAGE_BYTES) return { type: 'oversized', raw: { bytes: bytes.subarray(0, HEAD_BYTES), origin }, size: this.size };
    if (bytes[bytes.length - 1] === 0x0a) bytes = bytes.subarray(0, bytes.length - 1); // the blank line before the next separator
    return { type: 'message', raw: { bytes: unescapeBody(bytes), origin } };
  }
}

function lineAt(buf: Buffer, start: number): string {
  const end = buf.indexOf(0x0a, start);
  return buf.subarray(start, end < 0 ? Math.min(buf.length, start + 200) : end).toString('latin1');
}

export async function* readMbox(file: string): AsyncGenerator<ReadItem> {
  let carry = Buffer.alloc(0);
  let current: MessageBuilder | null = null;
  let count = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    let buf = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    if (!current) {
      current = new MessageBuilder(++count);
    }
    let from = 0;
    for (;;) {
      const at = buf.indexOf(SEPARATOR, from);
      // Keep an unterminated separator line for the next chunk so the check below sees all of it.
      if (at < 0 || buf.indexOf(0x0a, at + 1) < 0) break;
      if (FROM_LINE.test(lineAt(buf, at + 1))) {
        current.push(buf.subarray(0, at + 1));
        const done = current.finish(file);
        if (done) yield done;
        current = new MessageBuilder(++count);
        buf = buf.subarray(at + 1);
        from = 0;
      } else from = at + 1;
    }
    // Everything but a possible partial separator at the end belongs to the current message.
    const keep = Math.min(buf.length, SEPARATOR.length + 200);
    const lastNl = buf.lastIndexOf(0x0a);
    const cut = lastNl >= 0 && buf.length - lastNl <= keep ? lastNl : buf.length;
    current.push(buf.subarray(0, cut));
    carry = Buffer.from(buf.subarray(cut));
  }
  if (current) {
    current.push(carry);
    const done = current.finish(file);
    if (done) yield done;
  }
}
