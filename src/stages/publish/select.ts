// Which practices the catalogue shows and what of each: the commission accepted it (on time or late),
// whatever its systematisation state; personal data only with --with-contacts.
import { THEME_IDS, type ThemeId } from '../../domain/types.js';
import { clean, redact } from './privacy.js';
import { PERSONAL_SHEET_FIELDS, SHEET_FIELDS, type PracticeRecord, type PublishedPractice, type PublishOptions, type SheetField } from './types.js';

const ACCEPTED = new Set(['accepted', 'late-accepted']);

/**
 * Published: the commission's decision let it in. Where the record carries `decision` it is the
 * answer (the status may since have moved on to sheet-incomplete or systematised); otherwise the status.
 */
export function isPublished(p: Pick<PracticeRecord, 'status' | 'decision'>): boolean {
  return ACCEPTED.has(p.decision !== undefined && p.decision !== null ? p.decision : p.status);
}

export interface Times {
  acceptedAt: string | null;
  updatedAt: string;
}

const orNull = (s: string | null): string | null => (s ? clean(s) : null);
/** Code-unit order, not the locale's: the same bytes on every machine. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const latest = (...xs: (string | null | undefined)[]): string | null => xs.filter((x): x is string => !!x).sort().at(-1) ?? null;

export const practicePage = (id: string): string => `practices/${id}.html`;

function criteria(themes: readonly string[], priorityThemes: readonly string[]): string[] {
  const met: string[] = [];
  if (themes.includes('covid-response')) met.push('covid-response');
  if (themes.includes('intercooperation')) met.push('intercooperation');
  if (themes.some((t) => priorityThemes.includes(t))) met.push('special-interest');
  return met;
}

function sheetOf(p: PracticeRecord, text: (s: string | null | undefined) => string | null, withContacts: boolean): Record<SheetField, string | null> | null {
  const sheet = p.sheet;
  // A sheet that holds only who to contact (pre-filled from the mail) says nothing worth a section.
  if (!sheet || !SHEET_FIELDS.some((f) => !PERSONAL_SHEET_FIELDS.includes(f) && typeof sheet[f] === 'string' && sheet[f]!.trim())) return null;
  const out = {} as Record<SheetField, string | null>;
  for (const f of SHEET_FIELDS) {
    const personal = PERSONAL_SHEET_FIELDS.includes(f);
    const v = sheet[f];
    out[f] = personal && !withContacts ? null : personal ? (v ? clean(v) : null) : text(v);
  }
  return out;
}

export function toPublished(p: PracticeRecord, times: Times | undefined, opts: PublishOptions): PublishedPractice {
  const names = [p.contact.name, p.sheet?.contactPerson];
  const text = (s: string | null | undefined): string | null => {
    if (s === null || s === undefined || !s.trim()) return null;
    return opts.withContacts ? clean(s) : redact(clean(s), names);
  };
  const themes = THEME_IDS.filter((t): t is ThemeId => p.themes.includes(t));
  const page = practicePage(p.id);
  return {
    id: p.id, page, url: opts.baseUrl ? `${opts.baseUrl}/${page}` : null,
    title: text(p.title), municipality: p.municipality ? clean(p.municipality) : null,
    promoters: p.promoters.map((s) => text(s)).filter((s): s is string => s !== null),
    summary: text(p.summary), themes, priority: p.priority, priorityCriteria: criteria(themes, opts.priorityThemes),
    language: p.language, receivedAt: p.receivedAt,
    // The decision's event is written just after the row's update: the later of the two is the change.
    publishedAt: times?.acceptedAt ?? p.receivedAt, updatedAt: latest(times?.updatedAt, times?.acceptedAt, p.receivedAt),
    sheet: sheetOf(p, text, opts.withContacts),
    contact: opts.withContacts ? { name: orNull(p.contact.name), email: orNull(p.contact.email), phone: orNull(p.contact.phone), role: orNull(p.contact.role) } : null,
  };
}

/** Newest first (by publication, then arrival), ties by id: the same input always lists the same way. */
export function byNewest(a: PublishedPractice, b: PublishedPractice): number {
  const key = (p: PublishedPractice): string => `${p.publishedAt ?? ''}|${p.receivedAt ?? ''}`;
  return compare(key(b), key(a)) || compare(a.id, b.id);
}

export function selectPublished(records: PracticeRecord[], times: Map<string, Times>, opts: PublishOptions): PublishedPractice[] {
  return records.filter(isPublished).map((p) => toPublished(p, times.get(p.id), opts)).sort(byNewest);
}
