// The stateless half of processing: raw bytes in, an analysis out. It touches no database, so a
// worker on any host can run it; only commit.ts writes what it found.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Analysis, StoredAttachment } from '../domain/analysis.js';
import type { Attachment, AttachmentText, Municipality, RawMessage, ThemeLexicon } from '../domain/types.js';
import { classifyKind, hasReplyPrefix } from '../stages/classify/kind.js';
import { extractPractices, extractReplyUpdate } from '../stages/extract/index.js';
import { readAttachmentText, type DocumentReader } from '../stages/parse/attachments/index.js';
import { readSheet } from '../stages/extract/sheet.js';
import { NO_TEXT_LAYER, readByOcr } from '../stages/parse/attachments/ocr-read.js';
import { partRole } from '../stages/parse/attachments/parts.js';
import { unpackTnef } from '../stages/parse/attachments/tnef.js';
import { parseMessage } from '../stages/parse/parse-message.js';

export type { Analysis, StoredAttachment };

export interface AnalysisContext {
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
  /** The document-reader pool the program opened at start (and closes at exit). */
  reader: DocumentReader;
  /** The raw archive: OCR results are cached in `ocr-cache/` beside it (ocr-cache.ts says why a folder). */
  rawDir?: string;
}

export async function analyse(raw: RawMessage, ctx: AnalysisContext): Promise<Analysis> {
  const parsed = await parseMessage(raw);
  const kind = classifyKind({ headers: parsed.headers, contentType: parsed.contentType, fromAddress: parsed.from.address, subject: parsed.subject });
  const base = {
    messageId: parsed.messageId, fromAddress: parsed.from.address, subject: parsed.subject,
    receivedAt: parsed.receivedAt?.toISOString() ?? null, inReplyTo: parsed.inReplyTo, references: parsed.references,
    kind, warnings: parsed.warnings,
  };
  if (kind.kind !== 'submission') return { ...base, language: null, attachments: [], practices: [], ocrDrafts: [], replyUpdate: null };

  const parts = await documentParts(parsed.attachments);
  const attachments = await readParts(parts.filter((p) => p.role === 'document'), ctx);
  let read = attachments.filter((a): a is StoredAttachment & { ok: true } => a.ok);
  const sourcesOf = (list: typeof read) => [{ origin: 'body', text: parsed.text }, ...list.map((a) => ({ origin: `attachment:${a.filename}`, text: a.text }))];
  const inputOf = (list: typeof read) => ({ subject: parsed.subject, from: parsed.from, sources: sourcesOf(list), municipalities: ctx.municipalities, lexicon: ctx.lexicon });
  // Typed text decides; OCR text only yields drafts, and only when typed text gives no practice.
  const typed = inputOf(read.filter((a) => !a.ocr));
  const result = extractPractices(typed);
  // Photos are read only when nothing typed gave a practice: most are pictures of the project, and OCR costs seconds.
  if (result.practices.length === 0) {
    const photos = await readParts(parts.filter((p) => p.role === 'image'), ctx);
    attachments.push(...photos);
    read = attachments.filter((a): a is StoredAttachment & { ok: true } => a.ok);
  }
  const ocrRead = read.some((a) => a.ocr) && result.practices.length === 0 ? extractPractices(inputOf(read)) : null;
  const mayBeReply = Boolean(parsed.inReplyTo || parsed.references.length || hasReplyPrefix(parsed.subject));
  const replyUpdate = mayBeReply ? extractReplyUpdate(typed) : null;
  return {
    ...base, language: ocrRead?.language ?? result.language, attachments, practices: result.practices,
    ocrDrafts: ocrRead?.practices ?? [], replyUpdate, sheet: readSheet(parsed.subject, typed.sources),
  };
}

/** Each part read: documents by their reader, then scans (a PDF without text, a form-sized photo) by OCR when it is on. */
async function readParts(parts: { att: Attachment; role: 'document' | 'image' }[], ctx: AnalysisContext): Promise<StoredAttachment[]> {
  const out: StoredAttachment[] = [];
  const ocr = { ...(ctx.rawDir ? { cacheDir: join(dirname(ctx.rawDir), 'ocr-cache') } : {}) };
  for (const { att, role } of parts) {
    let text: AttachmentText | null = role === 'image' ? null : await readAttachmentText(att, ctx.reader);
    if (role === 'image') text = await readByOcr(att, 'image', ocr);
    else if (text && !text.ok && text.kind === 'pdf' && text.reason.endsWith(NO_TEXT_LAYER)) text = (await readByOcr(att, 'pdf', ocr)) ?? text;
    // The file's SHA-256: a practice resent with the same file is recognised by it (issue 11's resend rule).
    if (text) out.push({ ...text, contentType: att.contentType, size: att.size, sha256: createHash('sha256').update(att.content).digest('hex') });
  }
  return out;
}

/**
 * The parts to read: signatures, vCards, invitations, empty files and non-photo media are left
 * out; JPEG/PNG images are kept for OCR (readByOcr leaves logos alone by their size); a TNEF wrapper gives the documents it carries, one level deep.
 */
async function documentParts(parts: Attachment[]): Promise<{ att: Attachment; role: 'document' | 'image' }[]> {
  const out: { att: Attachment; role: 'document' | 'image' }[] = [];
  const keep = (att: Attachment): void => {
    const { role } = partRole(att);
    if (role === 'document' || role === 'image') out.push({ att, role });
  };
  for (const att of parts) {
    if (partRole(att).role !== 'tnef') { keep(att); continue; }
    const unpacked = await unpackTnef(att);
    if (unpacked.ok) unpacked.files.forEach(keep);
  }
  return out;
}
