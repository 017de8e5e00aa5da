// The stateless half of processing: raw bytes in, an analysis out. It touches no database, so a
// worker on any host can run it; only commit.ts writes what it found.
import type { Attachment, AttachmentText, ExtractedPractice, Lang, Municipality, RawMessage, ThemeLexicon } from '../domain/types.js';
import { classifyKind, hasReplyPrefix, type KindResult } from '../stages/classify/kind.js';
import { extractPractices, extractReplyUpdate, type ReplyUpdate } from '../stages/extract/index.js';
import { readSheet, type SheetReading } from '../stages/extract/sheet.js';
import { readAttachmentText } from '../stages/parse/attachments/index.js';
import { partRole } from '../stages/parse/attachments/parts.js';
import { unpackTnef } from '../stages/parse/attachments/tnef.js';
import { parseMessage } from '../stages/parse/parse-message.js';

export interface AnalysisContext {
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
}

export type StoredAttachment = AttachmentText & { contentType: string; size: number };

export interface Analysis {
  messageId: string;
  fromAddress: string | null;
  subject: string;
  receivedAt: string | null;
  inReplyTo: string | null;
  references: string[];
  kind: KindResult;
  language: Lang | null;
  attachments: StoredAttachment[];
  practices: ExtractedPractice[];
  /** What the message adds to an earlier practice, when it may be a reply. */
  replyUpdate: ReplyUpdate | null;
  /** The systematisation sheet the message may return (issue 12); null for what is not a submission. Optional: analyses queued before it existed lack it. */
  sheet?: SheetReading | null;
  warnings: string[];
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
    const text = await readAttachmentText(att);
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
