// The values the notify stage works on: practices and messages as read from the store (JSON columns
// already parsed), the settings of the campaign, and the drafts the planner proposes.
import type { Advisor, ExtractedPractice, MessageKind, Municipality, ThemeId, ThemeLexicon } from '../../domain/types.js';
import type { DigestModel } from './digest.js';
import type { TemplateLang } from './render.js';

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
    language: 'ca' | 'es' | 'fr' | 'en';
    timezone: string;
    reminderDaysBefore: number;
    advisorReminderDays: number;
  };
  deadline: Date;
  advisors: Advisor[];
  municipalities: Council[];
  lexicon: ThemeLexicon;
}

/** CONTRACT.md's outbox kinds; `template` says which mail within a kind (reminder vs advisor-reminder). */
export type OutboxKind = 'acknowledgement' | 'late-notice' | 'advisor-task' | 'reminder' | 'digest';
export type TemplateName = 'acknowledgement' | 'late-notice' | 'advisor-task' | 'reminder' | 'advisor-reminder' | 'digest';

export type DraftData =
  | { template: 'acknowledgement'; message: MessageInfo; practices: PracticeInfo[]; unreadable: UnreadableAttachment[] }
  | { template: 'late-notice'; message: MessageInfo; practices: PracticeInfo[] }
  | { template: 'advisor-task'; practice: PracticeInfo; message: MessageInfo | null; advisor: Advisor; matched: ThemeId[] }
  | { template: 'reminder'; council: Council }
  | { template: 'advisor-reminder'; practice: PracticeInfo; advisor: Advisor; assignedAt: string }
  | { template: 'digest'; digest: DigestModel };

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
