// Which reader handles which kind, inside the worker. Readers are imported lazily so a worker that
// only meets DOCX never loads pdf.js. Never rejects: a throw becomes a reason.
import { htmlToText } from '../html-to-text.js';
import type { DocumentJob, ReadOutcome } from './outcome.js';
import { clampText, decodeText } from './text.js';

export async function readDocument(job: DocumentJob): Promise<ReadOutcome> {
  try {
    const outcome = await dispatch(job);
    return outcome.ok ? { ...outcome, text: clampText(outcome.text) } : outcome;
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 160) : String(err);
    return { ok: false, reason: `unreadable ${job.kind} (${detail})` };
  }
}

async function dispatch(job: DocumentJob): Promise<ReadOutcome> {
  switch (job.kind) {
    case 'pdf': return (await import('./pdf.js')).readPdf(job.bytes);
    case 'docx': return (await import('./docx.js')).readDocx(job.bytes);
    case 'odt': return (await import('./odt.js')).readOdt(job.bytes);
    case 'message': return (await import('./message.js')).readMessage(job.bytes);
    case 'html': {
      const text = htmlToText(decodeText(job.bytes, true));
      return text ? { ok: true, text } : { ok: false, reason: 'no text in the HTML' };
    }
  }
}
