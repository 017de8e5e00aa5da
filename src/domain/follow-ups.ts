// The values follow-ups work on, shared by their pure part (src/follow-ups/plan, render), their store
// and their sender: practices and messages as read from the store (JSON columns already parsed), the
// settings of the campaign, the drafts the planner proposes and the outbox rows they become.
import type { Advisor, ExtractedPractice, MessageKind, Municipality, ThemeId, ThemeLexicon } from './types.js';
import type { SheetKey, SheetValues } from './sheet.js';

/** Languages of templates: councils and advisors get ca or es; the digest may be in English. */
export type TemplateLang = 'ca' | 'es' | 'en';
export const MAIL_LANGS = ['ca', 'es'] as const;
export type MailLang = (typeof MAIL_LANGS)[number];

/** Everything in labels.json for one language; sections are flat string maps. */
export type Labels = Record<string, Record<string, string>> & { words: Record<string, string> };

/** The text of templates/, read once at start by the program (src/config/templates.ts) and handed to the renderer. */
export interface TemplateSet {
  /** Where the files came from, for error messages. */
  dir: string;
  labels: Record<TemplateLang, Labels>;
  /** Handlebars sources by path under `dir`: "acknowledgement.ca.txt.hbs", "partials/practice.ca.txt.hbs". */
  files: ReadonlyMap<string, string>;
}

/** A stored practice: the extracted fields plus what the store and people added. */
export interface PracticeInfo extends Omit<ExtractedPractice, 'source'> {
  id: string;
  messageRow: number;
  late: boolean;
  status: string;
  advisor: string | null;
  /** Null for practices stored before the source was recorded. */
  source: string | null;
  language: string | null;
  /** The commission's last decision (accepted, rejected, needs-info, late-accepted) or null. */
  decision?: string | null;
  /** The systematisation sheet as returned so far (issue 12); absent where a caller builds a practice by hand. */
  sheet?: SheetValues;
}

export interface MessageInfo {
  rowId: number;
  messageId: string;
  fromAddr: string | null;
  fromName: string | null;
  subject: string | null;
  receivedAt: string | null;
  refs: string[];
  kind: MessageKind | null;
  status: string;
  reason: string | null;
  language: string | null;
}

export interface UnreadableAttachment {
  filename: string | null;
  reason: string;
}

/** A member council as configured, with the optional address reminders go to. */
export type Council = Municipality & { contact?: string };

/** What the notify stage needs from the configuration (a subset of config/load.ts's Config). */
export interface NotifySettings {
  campaign: {
    from: string;
    coordinator: string;
    language: 'ca' | 'es' | 'en';
    timezone: string;
    reminderDaysBefore: number;
    advisorReminderDays: number;
    /** The sheet's fields that must be filled for `systematised` (campaign.json; DEFAULT_SHEET_REQUIRED). */
    sheetRequired?: readonly SheetKey[];
  };
  deadline: Date;
  advisors: Advisor[];
  municipalities: Council[];
  lexicon: ThemeLexicon;
}

/** CONTRACT.md's outbox kinds; `template` says which mail within a kind (reminder vs advisor-reminder). */
export type OutboxKind = 'acknowledgement' | 'late-notice' | 'advisor-task' | 'reminder' | 'digest' | 'decision' | 'reassignment' | 'correction-receipt' | 'sheet-receipt';
export type TemplateName = 'acknowledgement' | 'late-notice' | 'advisor-task' | 'reminder' | 'advisor-reminder' | 'digest' | 'decision' | 'reassignment' | 'correction-receipt' | 'sheet-receipt';

/** One field a correction changed (or a person edited), as the council reads it back. */
export interface ChangedField {
  field: string;
  previous: string | string[] | null;
  value: string | string[] | null;
}

export type DraftData =
  | { template: 'acknowledgement'; message: MessageInfo; practices: PracticeInfo[]; unreadable: UnreadableAttachment[]; ocrDrafts?: PracticeInfo[] }
  | { template: 'late-notice'; message: MessageInfo; practices: PracticeInfo[] }
  | { template: 'advisor-task'; practice: PracticeInfo; message: MessageInfo | null; advisor: Advisor; matched: ThemeId[]; previous?: Advisor | null }
  | { template: 'decision'; practice: PracticeInfo; message: MessageInfo; decision: string; note: string | null }
  | { template: 'reassignment'; practice: PracticeInfo; advisor: Advisor; next: Advisor }
  | { template: 'correction-receipt'; practices: PracticeInfo[]; message: MessageInfo; changes: ChangedField[] }
  | { template: 'reminder'; council: Council }
  | { template: 'advisor-reminder'; practice: PracticeInfo; advisor: Advisor; assignedAt: string; days: number }
  | { template: 'digest'; digest: DigestModel }
  /** Issue 12: what a returned sheet recorded and what it still lacks, to whoever sent it. */
  | { template: 'sheet-receipt'; message: MessageInfo; practice: PracticeInfo; stated: SheetKey[]; missing: SheetKey[]; status: string };

/** One follow-up the planner wants; the store keeps the first draft of each dedupe key and ignores the rest. */
export interface OutboxDraft {
  dedupeKey: string;
  kind: OutboxKind;
  practices: string[];
  messageRow: number | null;
  inReplyTo: string | null;
  refs: string[];
  to: string;
  toName: string | null;
  /** ca or es for councils and advisors; the digest may be in English (campaign.language). */
  lang: TemplateLang;
  /** An automatic reply (RFC 3834 auto-replied, counted by the loop guard) rather than other automatic mail. */
  isReply: boolean;
  /** Set when the planner records the follow-up only to give it up (loop guard): stored as failed, never sent. */
  givenUp: string | null;
  /** When the mail answers a message: its arrival, the time the loop guard counts. */
  at: string;
  data: DraftData;
}

export interface Assignment {
  practiceId: string;
  advisor: Advisor;
  /** The practice's themes the advisor prefers (shown in the task mail). */
  matched: ThemeId[];
  /** Why this advisor, for the event log. */
  reason: string;
}

/** Open tasks per advisor e-mail (lower-cased). */
export type AdvisorLoads = Record<string, number>;

export interface OpenTask {
  practice: PracticeInfo;
  advisor: string;
  assignedAt: string;
}

export interface OutboxProblem {
  id: string;
  kind: string;
  to: string[];
  subject: string;
  status: string;
  attempts: number;
  error: string | null;
}

export interface DigestModel {
  language: string;
  generatedAt: string;
  since: string | null;
  deadline: string;
  /** The same moments as ISO-8601, for scripts reading the JSON. */
  iso: { generatedAt: string; since: string | null; deadline: string };
  totals: { practices: number; onTime: number; late: number; messages: number; needsReview: number; openTasks: number; failedSends: number; silentMembers: number };
  byMunicipality: { municipality: string; member: string; practices: number }[];
  byTheme: { theme: string; practices: number }[];
  byStatus: { status: string; practices: number }[];
  /** Per advisor: open tasks, practices, and their systematisation sheets not yet returned / incomplete / complete (issue 12). */
  byAdvisor: { advisor: string; open: number; total: number; sheetsOpen: number; sheetsIncomplete: number; systematised: number }[];
  /** Practices systematised since `since` (all of them without it), oldest first. */
  systematised: { id: string; title: string; advisor: string | null; systematisedAt: string }[];
  late: { id: string; title: string; municipality: string | null; receivedAt: string | null; status: string }[];
  needsReview: { subject: string; from: string | null; receivedAt: string | null; reason: string }[];
  missing: { id: string; title: string; municipality: string | null; missing: string }[];
  openTasks: { id: string; title: string; advisor: string; assignedAt: string; days: number }[];
  failedSends: OutboxProblem[];
  silentMembers: { municipality: string; contact: string | null }[];
  practices: { id: string; title: string; municipality: string | null; priority: number; themes: string; status: string; advisor: string | null; summary: string | null }[];
}

export interface SheetSpec {
  /** File name of the attachment, e.g. fitxa-bp-0123456789ab.docx. */
  filename: string;
  heading: string;
  /** Lines under the heading: practice id, promoters, where it came from. */
  notes: string[];
  fields: { label: string; value: string }[];
}

/** Built when the mail is composed; only the spec is stored (the DOCX sheet is rebuilt from its fields). */
export type AttachmentSpec = { type: 'sheet'; spec: SheetSpec };

export interface NewOutboxRow {
  id: string;
  kind: string;
  template: string;
  dedupeKey: string;
  practices: string[];
  messageRow: number | null;
  messageId: string;
  inReplyTo: string | null;
  refs: string[];
  from: string;
  to: string[];
  toName: string | null;
  subject: string;
  lang: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  attachments: AttachmentSpec[];
  /** Given up at planning time (loop guard, bad address): stored as failed with this reason, never sent. */
  givenUp: string | null;
}
