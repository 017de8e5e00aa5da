// What the analysis of one message is, as it crosses from the stateless half (stages, run by any
// worker) to the stateful half (the commit where the SQLite file is), possibly through Redis as JSON.
import type { SheetReading } from './sheet.js';
import type { Address, AttachmentText, Contact, ExtractedPractice, Lang, MessageKind, MessageStatus, Municipality, TextSource, ThemeLexicon } from './types.js';

/** What the classify stage decided (RFC 3834 and friends); replies are told apart later, by the thread. */
export interface KindResult {
  kind: Exclude<MessageKind, 'reply'>;
  reason: string | null;
}

/** What the extract stage reads. */
export interface ExtractInput {
  subject: string;
  from: Address;
  /** The body first (origin "body"), then each readable attachment in message order. */
  sources: TextSource[];
  municipalities: Municipality[];
  lexicon: ThemeLexicon;
}

export interface ExtractResult {
  /** Language of the message as a whole (for replies to the sender). */
  language: Lang;
  practices: ExtractedPractice[];
}

/** What a reply to one of our follow-ups (or a council's correction) adds to its practice. */
export interface ReplyUpdate {
  title?: string;
  promoters?: string[];
  summary?: string;
  contact?: Partial<Contact>;
  /** What the sender says was wrong and gives anew ("el nom definitiu és «…»"): replaces, not fills. */
  corrections?: { title?: string };
  /**
   * Fields the reply states with a label ("Telèfon: …", "Entitats promotores: …") or a sentence that
   * names them: a correction replaces the practice's value with these. Others (prose guesses) only fill.
   */
  stated?: string[];
  /** Organisations the reply adds to the promoters ("també hi participa …", "también participa …"). */
  addedPromoters?: string[];
  /** The reply only thanks or confirms ("Moltes gràcies! Les dades són correctes."): nothing to change, nothing to review. */
  courtesyOnly?: boolean;
  language: Lang;
}

/** `sha256` of the attachment's bytes: the same file sent again is the same practice (classify/resend.ts). */
export type StoredAttachment = AttachmentText & { contentType: string; size: number; sha256?: string };

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
  /**
   * Practices read only from OCR text (a scan, a photographed form): drafts to be confirmed, never
   * exported as practices; the message stays needs-review ("read by OCR, to be checked"). Optional:
   * analyses queued before it existed lack it.
   */
  ocrDrafts?: ExtractedPractice[];
  /** What the message adds to an earlier practice, when it may be a reply. */
  replyUpdate: ReplyUpdate | null;
  /** The systematisation sheet the message may return (issue 12); null for what is not a submission. Optional: analyses queued before it existed lack it. */
  sheet?: SheetReading | null;
  warnings: string[];
}

/** How the commit of one analysis ended: the message's kind, final status and reason, and its practices. */
export interface CommitResult {
  kind: MessageKind | null;
  status: MessageStatus;
  reason: string | null;
  practiceIds: string[];
}
