// Reading the text of attachments (PDF, DOCX, ODT, HTML, plain text), bounded in bytes, pages,
// characters and time. (Interface fixed here; implementation lives beside this file.)
import type { Attachment, AttachmentText, DocumentKind } from '../../../domain/types.js';

export function documentKind(_att: Pick<Attachment, 'filename' | 'contentType' | 'content'>): DocumentKind {
  throw new Error('not implemented yet');
}

/** Never throws: an unreadable attachment is `{ ok: false, reason }` naming the file and the cause. */
export async function readAttachmentText(_att: Attachment): Promise<AttachmentText> {
  throw new Error('not implemented yet');
}
