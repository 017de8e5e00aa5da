// The stateless half of processing: raw bytes in, an analysis out. It touches no database, so a
// worker on any host can run it; only commit.ts writes what it found.
import type { Analysis, StoredAttachment } from '../domain/analysis.js';
import type { Attachment, Municipality, RawMessage, ThemeLexicon } from '../domain/types.js';
import { classifyKind, hasReplyPrefix } from '../stages/classify/kind.js';
import { extractPractices, extractReplyUpdate } from '../stages/extract/index.js';
import { readAttachmentText, type DocumentReader } from '../stages/parse/attachments/index.js';
import { readSheet } from '../stages/extract/sheet.js';
import { partRole } from '../stages/parse/attachments/parts.js';
import { unpackTnef } from '../stages/parse/attachments/tnef.js';
import { parseMessage } from '../stages/parse/parse-message.js';

export type { Analysis, StoredAttachment };

export interface AnalysisContext {
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
  /** The document-reader pool the program opened at start (and closes at exit). */
  reader: DocumentReader;
}


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
  for (const att of await documentParts(parsed.attachments)) {
    const text = await readAttachmentText(att, ctx.reader);
    attachments.push({ ...text, contentType: att.contentType, size: att.size });
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

/**
 * The parts to read as documents: signatures, vCards, invitations, empty files and images (logos)
 * are not documents and are left out; a TNEF wrapper gives the documents it carries, one level deep.
 */
async function documentParts(parts: Attachment[]): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const att of parts) {
    const role = partRole(att);
    if (role.role === 'document') out.push(att);
    if (role.role !== 'tnef') continue;
    const unpacked = await unpackTnef(att);
    if (unpacked.ok) out.push(...unpacked.files.filter((f) => partRole(f).role === 'document'));
  }
  return out;
}
