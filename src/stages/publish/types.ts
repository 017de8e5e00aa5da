// What the publish stage reads and writes: a practice as the store exports it (with the fields other
// stages may add: `decision`, `sheet`), the options of one run, and the view of a published practice.
import type { ThemeId } from '../../domain/types.js';

export const PUBLISH_LANGS = ['ca', 'es'] as const;
export type PublishLang = (typeof PUBLISH_LANGS)[number];

/** The network's systematisation sheet, in the order of its form (CONTRACT.md). */
export const SHEET_FIELDS = [
  'council', 'contactPerson', 'contactEmail', 'department', 'classification', 'description', 'objectives',
  'beneficiaries', 'resources', 'keyElements', 'limitations', 'indicators', 'considerations',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
/** Sheet fields that name or reach a person: published only with --with-contacts. */
export const PERSONAL_SHEET_FIELDS: readonly SheetField[] = ['contactPerson', 'contactEmail'];

/** The slice of `xmess export --what practices` the catalogue reads; extra keys are ignored. */
export interface PracticeRecord {
  id: string;
  receivedAt: string | null;
  municipality: string | null;
  title: string | null;
  promoters: string[];
  summary: string | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null };
  themes: string[];
  priority: number;
  status: string;
  /** The commission's decision, when the store records it apart from the status. */
  decision?: string | null;
  language: string | null;
  sheet?: Partial<Record<SheetField, string | null>> | null;
}

export interface PublishOptions {
  lang: PublishLang;
  /** Public address of the catalogue (ends without "/"); null: links stay relative. */
  baseUrl: string | null;
  withContacts: boolean;
  /** IANA zone the dates on the pages are written in (the campaign's). */
  timezone: string;
  /** ISO instant: the newsletter holds the practices published at or after it; null: all. */
  since: string | null;
  themeLabels: Record<string, { ca: string; es: string }>;
  /** Themes of special interest (the third priority criterion). */
  priorityThemes: string[];
  /** tag: URI authority and date (RFC 4151) for the feed's ids: stable wherever the web moves. */
  tagAuthority: string;
  tagDate: string;
  /** The feed's `updated` when nothing is published (the campaign deadline): never the clock. */
  emptyUpdated: string;
}

export interface PublishedPractice {
  id: string;
  /** Relative to the catalogue's root. */
  page: string;
  url: string | null;
  title: string | null;
  municipality: string | null;
  promoters: string[];
  summary: string | null;
  themes: ThemeId[];
  priority: number;
  /** Which priority criteria the practice meets: covid-response, intercooperation, special-interest. */
  priorityCriteria: string[];
  language: string | null;
  receivedAt: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  sheet: Record<SheetField, string | null> | null;
  contact: { name: string | null; email: string | null; phone: string | null; role: string | null } | null;
}

/** Path relative to DIR → the file's bytes. */
export type Catalogue = Map<string, Buffer>;
