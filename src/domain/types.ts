// Types shared by every stage and transport: the vocabulary of the pipeline.
// Stages take and return these values; only transports and the store do I/O.

export const THEME_IDS = [
  'covid-response',
  'intercooperation',
  'public-procurement',
  'youth',
  'ecological-transition',
  'feminism-intersectionality',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export type MessageKind = 'submission' | 'reply' | 'auto-reply' | 'bounce' | 'other';
export type MessageStatus = 'processed' | 'needs-review' | 'ignored' | 'failed';
export type Lang = 'ca' | 'es';

/** Raw bytes of one message as a transport found it. */
export interface RawMessage {
  bytes: Buffer;
  /** Where it came from, for error messages: "file.mbox#12", "INBOX uid 42". */
  origin: string;
  /** IMAP INTERNALDATE when known; files use the Received/Date headers instead. */
  internalDate?: Date | null;
}

export interface Address {
  address: string | null;
  name: string | null;
}

export interface Attachment {
  filename: string | null;
  contentType: string;
  size: number;
  content: Buffer;
}

/** What the parse stage makes of a raw message; everything later works on this. */
export interface ParsedMessage {
  /** With angle brackets; synthesised from the raw hash when the message has none. */
  messageId: string;
  from: Address;
  to: string[];
  subject: string;
  date: Date | null;
  /** Arrival: IMAP INTERNALDATE, else topmost Received: date, else Date:. */
  receivedAt: Date | null;
  inReplyTo: string | null;
  references: string[];
  /** Lower-cased header name → raw values (only the first value of repeated headers kept at [0]). */
  headers: Record<string, string[]>;
  contentType: string;
  /** Plain text of the body (from text/plain, else converted from HTML with tables linearised). */
  text: string;
  html: string | null;
  attachments: Attachment[];
  /** Non-fatal parse problems (a part skipped over a limit…), each naming the part. */
  warnings: string[];
}

/**
 * A piece of readable text with where it came from. Tables are linearised:
 * a two-column row becomes "Label: value", a table with a header row becomes
 * one block of "Header: cell" lines per data row, blocks separated by a blank line.
 */
export interface TextSource {
  /** "body" or "attachment:<file name>" (the export's `source`). */
  origin: string;
  text: string;
}

/** Outcome of reading one attachment's text, bounded by the limits in attachments/limits.ts. */
export type AttachmentText =
  /** `ocr`: the text was read from a scan by OCR, not typed: never trusted like typed text. */
  | { ok: true; filename: string; kind: DocumentKind; text: string; pages?: number; ocr?: true }
  | { ok: false; filename: string; kind: DocumentKind; reason: string };

export type DocumentKind = 'pdf' | 'docx' | 'odt' | 'html' | 'text' | 'message' | 'other';

export interface Contact {
  name: string | null;
  email: string | null;
  /** E.164, e.g. "+34935550112". */
  phone: string | null;
  role: string | null;
}

export const PRACTICE_FIELDS = ['title', 'promoters', 'summary', 'contact.name', 'contact.email', 'contact.phone', 'contact.role', 'municipality'] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

/** One good practice as the extract stage reads it from one message. */
export interface ExtractedPractice {
  title: string | null;
  promoters: string[];
  summary: string | null;
  contact: Contact;
  municipality: string | null;
  member: boolean | null;
  themes: ThemeId[];
  /** Theme id → phrases of the practice's own text that matched. */
  themeEvidence: Partial<Record<ThemeId, string[]>>;
  /** Number of priority criteria of the call met (see stages/extract/themes). */
  priority: number;
  /** "body" or "attachment:<file name>". */
  source: string;
  /** Field → how it was found, e.g. 'label "Títol" in body', 'subject', 'signature'. */
  evidence: Partial<Record<PracticeField, string>>;
  /** Fields that are still unknown and should be asked for. */
  missing: PracticeField[];
}

export interface Municipality {
  name: string;
  domains: string[];
  member: boolean;
  source?: string;
}

export interface Advisor {
  name: string;
  email: string;
  themes: ThemeId[];
}

export interface Campaign {
  deadline: string;
  timezone: string;
  from: string;
  coordinator: string;
  language: 'ca' | 'es' | 'en';
}

/** Theme lexicon: per theme, Catalan and Spanish stems/phrases (config/themes.json). */
export interface ThemeLexicon {
  themes: Record<ThemeId, { label: { ca: string; es: string; en: string }; patterns: string[] }>;
  /** Themes of special interest that count toward priority, besides covid-response and intercooperation. */
  priorityThemes: ThemeId[];
}
