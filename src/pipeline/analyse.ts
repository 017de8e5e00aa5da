// The stateless half of processing: raw bytes in, an analysis out. It touches no database, so a
// worker on any host can run it; only commit.ts writes what it found.
import { createHash } from 'node:crypto';
import type { Analysis, StoredAttachment } from '../domain/analysis.js';
import type { Municipality, RawMessage, ThemeLexicon } from '../domain/types.js';
import { classifyKind, hasReplyPrefix } from '../stages/classify/kind.js';
import { extractPractices, extractReplyUpdate } from '../stages/extract/index.js';
import { readAttachmentText, type DocumentReader } from '../stages/parse/attachments/index.js';
import { readSheet } from '../stages/extract/sheet.js';
import { parseMessage } from '../stages/parse/parse-message.js';

export type { Analysis, StoredAttachment };

export interface AnalysisContext {
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
  /** The document-reader pool the program opened at start (and closes at exit). */
  reader: DocumentReader;
}

/** Attachments that carry no synthesis: signatures' logos, calendar invites, vCards. */
const isDocumentCandidate = (contentType: string): boolean => !/^(image|audio|video)\//.test(contentType) && contentType !== 'text/calendar';

export async function analyse(raw: RawMessage, ctx: AnalysisContext): Promise<Analysis> {
  const parsed = await parseMessage(raw);
  const kind = classifyKind({ headers: parsed.headers, contentType: parsed.contentType, fromAddress: parsed.from.address, subject: parsed.subject });
  const base = {
    messageId: parsed.messageId, fromAddress: parsed.from.address, subject: parsed.subject,
    receivedAt: parsed.receivedAt?.toISOString() ?? null, inReplyTo: parsed.inReplyTo, references: parsed.references,
    kind, warnings: parsed.warnings,
  };
  if (kind.kind !== 'submission') return { ...base, language: null, attachments: [], practices: [], replyUpdate: null };

  const attachments: StoredAttachment[] = [];
  for (const att of parsed.attachments) {
    if (!isDocumentCandidate(att.contentType)) continue;
    const text = await readAttachmentText(att, ctx.reader);
    attachments.push({ ...text, contentType: att.contentType, size: att.size, sha256: createHash('sha256').update(att.content).digest('hex') });
  }
  const sources = [
    { origin: 'body', text: parsed.text },
    ...attachments.filter((a): a is StoredAttachment & { ok: true } => a.ok).map((a) => ({ origin: `attachment:${a.filename}`, text: a.text })),
  ];
  const input = { subject: parsed.subject, from: parsed.from, sources, municipalities: ctx.municipalities, lexicon: ctx.lexicon };
  const result = extractPractices(input);
  const mayBeReply = Boolean(parsed.inReplyTo || parsed.references.length || hasReplyPrefix(parsed.subject));
  const replyUpdate = mayBeReply ? extractReplyUpdate(input) : null;
  return { ...base, language: result.language, attachments, practices: result.practices, replyUpdate, sheet: readSheet(parsed.subject, sources) };
}
