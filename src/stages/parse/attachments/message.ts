// A forwarded mail attached as message/rfc822 (Outlook's "forward as attachment"): its text body,
// after a short header naming who wrote it and about what, so the extract stage can tell the
// original sender from the council that forwarded it.
import { simpleParser } from 'mailparser';
import { htmlToText } from '../html-to-text.js';
import type { ReadOutcome } from './outcome.js';

export async function readMessage(bytes: Uint8Array): Promise<ReadOutcome> {
  const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    // Only the text/plain parts, so an HTML-only message goes through our htmlToText and its tables
    // are linearised like the rest; no text↔HTML conversions we would throw away.
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
  });
  const plain = mail.text?.trim() ?? '';
  const body = plain || (typeof mail.html === 'string' ? htmlToText(mail.html) : '');
  const header = [`De: ${sender(mail.from?.value[0])}`, `Assumpte: ${mail.subject ?? ''}`.trimEnd()];
  if (!body && !mail.subject) return { ok: false, reason: 'forwarded message has no text' };
  return { ok: true, text: `${header.join('\n')}\n\n${body}`.trim() };
}

/** "Name <address>", as a forwarded header reads; mailparser's own `text` quotes the name. */
function sender(from: { name?: string; address?: string } | undefined): string {
  if (!from?.address) return from?.name || '(desconegut)';
  return from.name ? `${from.name} <${from.address}>` : from.address;
}
