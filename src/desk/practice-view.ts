// A practice as its page shows it: every field with its evidence, its history with who did what, and
// its messages and follow-ups in one timeline. Pure: rows in, a model for the template out.
import { SHEET_KEYS, SHEET_LABELS_CA } from '../domain/sheet.js';
import type { ThemeId, ThemeLexicon } from '../domain/types.js';
import type { PracticeInfo } from '../domain/follow-ups.js';
import type { PracticeFollowUp, PracticeMessage } from '../store/desk.js';
import type { HistoryEntry } from '../follow-ups/store/tasks.js';
import type { DeskLang, Views } from './views.js';

export const themeName = (lexicon: ThemeLexicon, id: string, lang: DeskLang): string =>
  lexicon.themes[id as ThemeId]?.label[lang] ?? id;

export function fieldRows(p: PracticeInfo, views: Views, lexicon: ThemeLexicon): { key: string; label: string; value: string; evidence: string | null }[] {
  const ev = p.evidence as Record<string, string | undefined>;
  const row = (key: string, label: string, value: string | null | undefined) => ({ key, label: views.word(label), value: value ?? '', evidence: ev[key] ?? null });
  return [
    row('title', 'title', p.title),
    row('promoters', 'promoters', p.promoters.join('; ')),
    row('summary', 'summary', p.summary),
    row('contact.name', 'contactName', p.contact.name),
    row('contact.email', 'contactEmail', p.contact.email),
    row('contact.phone', 'contactPhone', p.contact.phone),
    row('contact.role', 'contactRole', p.contact.role),
    row('municipality', 'municipality', p.municipality),
    row('themes', 'themes', p.themes.map((t) => themeName(lexicon, t, views.lang)).join('; ')),
  ];
}

/** History rows: who (the `by` the action recorded) apart from the rest of the detail. */
export function historyRows(entries: HistoryEntry[]): { at: string; type: string; by: string; detail: string }[] {
  return entries.map((e) => {
    const { by, ...rest } = e.detail;
    const detail = Object.entries(rest).filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('; ');
    return { at: e.at, type: e.type, by: typeof by === 'string' ? by : '', detail };
  });
}

export interface TimelineItem {
  at: string;
  isMessage: boolean;
  id: string | number;
  kind: string;
  who: string;
  subject: string;
  status: string;
}

/** Messages (by arrival) and follow-ups (by when planned) in one order. */
export function timeline(messages: PracticeMessage[], followUps: PracticeFollowUp[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...messages.map((m) => ({ at: m.received_at ?? '', isMessage: true, id: m.id, kind: m.role === 'origin' ? (m.kind ?? 'submission') : m.role, who: m.from_addr ?? '', subject: m.subject ?? '', status: m.status })),
    ...followUps.map((o) => ({ at: o.sent_at ?? o.created_at, isMessage: false, id: o.id, kind: o.kind, who: (JSON.parse(o.to_addrs) as string[]).join(', '), subject: o.subject, status: o.status })),
  ];
  return items.sort((a, b) => a.at.localeCompare(b.at));
}

/** The systematisation sheet as returned so far (labels are the form's own, in Catalan). */
export function sheetRows(p: PracticeInfo): { label: string; value: string }[] {
  return SHEET_KEYS.map((k) => ({ label: SHEET_LABELS_CA[k], value: p.sheet?.[k] ?? '' }));
}
