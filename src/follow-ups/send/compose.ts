// Builds the RFC 5322 message of an outbox row with nodemailer's MailComposer: the same bytes go to
// SMTP or to an .eml file. Header text is cleaned again here: the last point before the wire.
import MailComposer from 'nodemailer/lib/mail-composer';
import { PermanentError } from '../../domain/errors.js';
import { cleanHeaderText, isValidAddress } from '../plan/headers.js';
import { buildSheetDocx } from '../render/sheet-docx.js';
import type { AttachmentSpec, OutboxRow } from '../store/outbox.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function attachmentsOf(row: OutboxRow): { filename: string; content: Buffer; contentType: string }[] {
  const specs = JSON.parse(row.attachments) as AttachmentSpec[];
  return specs.map((a) => ({ filename: a.spec.filename, content: buildSheetDocx(a.spec), contentType: DOCX_TYPE }));
}

/** Throws PermanentError when an address is not one we send to: retrying would not change it. */
export function envelopeOf(row: OutboxRow): { from: string; to: string[] } {
  const to = JSON.parse(row.to_addrs) as string[];
  const bad = [row.from_addr, ...to].filter((a) => !isValidAddress(a));
  if (bad.length || !to.length) throw new PermanentError(`invalid address ${bad.map((a) => JSON.stringify(a)).join(', ') || '(no recipient)'}`, `outbox ${row.id}`);
  return { from: row.from_addr, to };
}

export async function composeMail(row: OutboxRow, date: Date): Promise<Buffer> {
  const { from, to } = envelopeOf(row);
  const name = cleanHeaderText(row.to_name);
  const composer = new MailComposer({
    from,
    to: to.map((address, n) => ({ name: n === 0 ? name : '', address })),
    subject: cleanHeaderText(row.subject),
    messageId: row.message_id,
    inReplyTo: row.in_reply_to ?? undefined,
    references: JSON.parse(row.refs) as string[],
    date,
    headers: JSON.parse(row.headers) as Record<string, string>,
    text: row.body_text,
    html: row.body_html ?? undefined,
    attachments: attachmentsOf(row),
    // Content comes from our templates, never from a path or URL: refuse both outright.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'windows',
  });
  return composer.compile().build();
}
