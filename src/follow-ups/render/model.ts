// View models: what each template shows, with every word already in the mail's language (field
// names, statuses, theme labels, dates), so that the templates only place values and hold no logic.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ThemeId } from '../../domain/types.js';
import { DEFAULT_SHEET_REQUIRED, emptySheet, SHEET_LABELS_CA, sheetMissing, type SheetKey } from '../../domain/sheet.js';
import { cleanBodyText, cleanHeaderText } from '../plan/headers.js';
import type { Labels, TemplateLang } from './render.js';
import { evidenceWords, sourceWords, themeEvidenceWords } from './words.js';
import type { ChangedField, DraftData, MessageInfo, NotifySettings, PracticeInfo } from '../../domain/follow-ups.js';

/** Stored as E.164 for machines; people read "+34 935 55 72 30". */
export function displayPhone(e164: string | null): string | null {
  if (!e164) return null;
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

export interface ModelContext {
  settings: NotifySettings;
  lang: TemplateLang;
  labels: Labels;
}

const LOCALE: Record<TemplateLang, string> = { ca: 'ca-ES', es: 'es-ES', fr: 'fr-FR', en: 'en-GB' };

/** A date as people of the campaign read it: long form, in the campaign's time zone. */
export function formatDate(iso: string | Date | null, ctx: Pick<ModelContext, 'lang' | 'settings'>): string | null {
  if (!iso) return null;
  const d = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return dateFormat(LOCALE[ctx.lang], ctx.settings.campaign.timezone).format(d);
}

/** Building an Intl.DateTimeFormat costs ~1 ms (locale data); a mail formats several dates. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
    formats.set(key, f);
  }
  return f;
}

export const themeLabel = (id: ThemeId, ctx: ModelContext): string => ctx.settings.lexicon.themes[id]?.label[ctx.lang] ?? ctx.settings.lexicon.themes[id]?.label.en ?? id;
const word = (ctx: ModelContext, key: string): string => ctx.labels.words[key] ?? key;

/** Themes that count toward priority (covid response, intercooperation, and the lexicon's priority themes) the practice has. */
export function priorityFlags(p: PracticeInfo, ctx: ModelContext): string[] {
  const counted = new Set<ThemeId>(['covid-response', 'intercooperation', ...ctx.settings.lexicon.priorityThemes]);
  return p.themes.filter((t) => counted.has(t)).map((t) => themeLabel(t, ctx));
}

export function practiceView(p: PracticeInfo, ctx: ModelContext) {
  const text = (s: string | null): string | null => (s ? cleanBodyText(s).trim() || null : null);
  return {
    id: p.id,
    title: cleanHeaderText(p.title) || word(ctx, 'untitled'),
    promoters: p.promoters.map((x) => cleanHeaderText(x)).join('; ') || null,
    /** A default the council did not write (the sending council as promoter): shown as an assumption to confirm. */
    promotersAssumed: Boolean(p.evidence.promoters?.startsWith('default')),
    summary: text(p.summary),
    contact: { name: text(p.contact.name), email: p.contact.email, phone: displayPhone(p.contact.phone), role: text(p.contact.role) },
    municipality: p.municipality,
    member: p.member === null ? word(ctx, 'unknown') : word(ctx, p.member ? 'member' : 'notMember'),
    themes: p.themes.map((t) => themeLabel(t, ctx)),
    themeList: p.themes.map((t) => themeLabel(t, ctx)).join(', ') || null,
    missing: p.missing.map((f) => ctx.labels.fields?.[f] ?? f),
    priority: p.priority,
    status: ctx.labels.statuses?.[p.status] ?? p.status,
    source: p.source,
    advisor: p.advisor,
    /** Issue 12: the required fields of the systematisation sheet still blank, in the mail's language. */
    sheetMissing: sheetMissing(p.sheet ?? emptySheet(), ctx.settings.campaign.sheetRequired ?? DEFAULT_SHEET_REQUIRED).map((k) => sheetLabel(k, ctx)),
  };
}

/** A field of the systematisation sheet as the mail's language names it (labels.json `sheetFields`). */
export const sheetLabel = (k: SheetKey, ctx: ModelContext): string => ctx.labels.sheetFields?.[k] ?? SHEET_LABELS_CA[k];

function senderView(m: MessageInfo, ctx: ModelContext) {
  return {
    name: cleanHeaderText(m.fromName) || null,
    address: m.fromAddr,
    subject: cleanHeaderText(m.subject) || word(ctx, 'defaultSubject'),
    receivedAt: formatDate(m.receivedAt, ctx),
    messageId: m.messageId,
  };
}

/**
 * The attachment reader's reasons are technical English ("corrupt or truncated PDF (…)"); the council
 * reads, in its language, which kind of problem it was and so what to resend. Order matters: the
 * first matching kind wins. Unknown reasons fall back to the reader's own words.
 */
const PROBLEMS: [string, RegExp][] = [
  ['password', /password|encrypt/i],
  ['noText', /no text/i],
  ['tooBig', /too large|zip bomb|refused|timed out|out of memory|limit/i],
  ['format', /not a document type|not a word document|not an opendocument/i],
  ['damaged', /corrupt|truncated|damaged|unreadable|not a zip/i],
];

function reasonOf(u: { filename: string | null; reason: string }, ctx: ModelContext): string {
  const own = u.filename && u.reason.startsWith(`${u.filename}:`) ? u.reason.slice(u.filename.length + 1) : u.reason;
  const kind = PROBLEMS.find(([, re]) => re.test(own))?.[0];
  const phrase = kind ? ctx.labels.problems?.[kind] : undefined;
  return cleanHeaderText(phrase ?? own, 300);
}

/** Why each theme was seen: the council's words quoted as written, or the reason in words; a stem that cannot be found again is not quoted. */
function themeReasons(p: PracticeInfo, ctx: ModelContext): { theme: string; phrases: string }[] {
  const text = [p.title ?? '', p.summary ?? '', p.promoters.join('; ')].join('\n');
  return Object.entries(p.themeEvidence).map(([t, phrases]) => {
    const said = [...new Set((phrases ?? []).map((x) => themeEvidenceWords(x, text, ctx.labels)).filter((x) => x !== null)
      .map((x) => ('quote' in x ? `«${cleanHeaderText(x.quote)}»` : x.reason)))];
    return { theme: themeLabel(t as ThemeId, ctx), phrases: said.join(', ') || (ctx.labels.words.seenInText ?? '') };
  });
}

function adviceView(p: PracticeInfo, ctx: ModelContext, receivedAt: string | null) {
  const date = formatDay(receivedAt, ctx);
  return {
    flags: priorityFlags(p, ctx),
    flagList: priorityFlags(p, ctx).join('; ') || null,
    late: p.late,
    evidence: Object.entries(p.evidence).map(([field, how]) => ({ field: ctx.labels.fields?.[field] ?? field, how: evidenceWords(how, date, ctx.labels) })),
    themeEvidence: themeReasons(p, ctx),
  };
}

/** A day as people say it ("21 d’abril del 2020"), for "the body of the message of …". */
export function formatDay(iso: string | null, ctx: Pick<ModelContext, 'lang' | 'settings'>): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : new Intl.DateTimeFormat(LOCALE[ctx.lang], { dateStyle: 'long', timeZone: ctx.settings.campaign.timezone }).format(d);
}

/** A changed field as the council reads it: the field's name in its language, values as written (lists joined). */
function changesView(changes: ChangedField[], ctx: ModelContext) {
  const show = (field: string, v: string | string[] | null): string | null => {
    if (v === null || (Array.isArray(v) && !v.length) || v === '') return null;
    if (field === 'contact.phone' && typeof v === 'string') return displayPhone(v);
    if (field === 'themes' && Array.isArray(v)) return v.map((t) => themeLabel(t as ThemeId, ctx)).join(', ');
    return Array.isArray(v) ? v.map((x) => cleanHeaderText(x)).join('; ') : cleanHeaderText(v, 500);
  };
  return changes.map((c) => ({ field: ctx.labels.fields?.[c.field] ?? c.field, previous: show(c.field, c.previous), value: show(c.field, c.value) }));
}

/** The model of one draft's template; `common` has what every mail may show (our address, the deadline). */
export function viewModel(data: DraftData, ctx: ModelContext): object {
  const common = { lang: ctx.lang, from: ctx.settings.campaign.from, coordinator: ctx.settings.campaign.coordinator, deadline: formatDate(ctx.settings.deadline, ctx) };
  switch (data.template) {
    case 'acknowledgement':
      return {
        ...common, sender: senderView(data.message, ctx), practices: data.practices.map((p) => practiceView(p, ctx)),
        unreadable: data.unreadable.map((u) => ({ filename: cleanHeaderText(u.filename) || word(ctx, 'unnamedFile'), reason: reasonOf(u, ctx) })),
        ocrDrafts: (data.ocrDrafts ?? []).map((p) => practiceView(p, ctx)),
      };
    case 'late-notice':
      return { ...common, sender: senderView(data.message, ctx), practices: data.practices.map((p) => practiceView(p, ctx)) };
    case 'advisor-task':
      return {
        ...common, advisor: { name: cleanHeaderText(data.advisor.name), email: data.advisor.email },
        previous: data.previous ? { name: cleanHeaderText(data.previous.name), email: data.previous.email } : null,
        matched: data.matched.map((t) => themeLabel(t, ctx)), matchedList: data.matched.map((t) => themeLabel(t, ctx)).join(', '),
        practice: { ...practiceView(data.practice, ctx), source: sourceWords(data.practice.source, formatDay(data.message?.receivedAt ?? null, ctx), ctx.labels) },
        ...adviceView(data.practice, ctx, data.message?.receivedAt ?? null),
        sender: data.message ? senderView(data.message, ctx) : null, sheet: `fitxa-${data.practice.id}.docx`,
      };
    case 'reminder':
      return { ...common, council: data.council.name };
    case 'advisor-reminder':
      return {
        ...common, advisor: { name: cleanHeaderText(data.advisor.name), email: data.advisor.email }, practice: practiceView(data.practice, ctx),
        assignedAt: formatDate(data.assignedAt, ctx), days: data.days,
      };
    case 'decision':
      return {
        ...common, sender: senderView(data.message, ctx), practice: practiceView(data.practice, ctx), note: data.note ? cleanBodyText(data.note).trim() : null,
        isAccepted: data.decision === 'accepted', isRejected: data.decision === 'rejected',
        isNeedsInfo: data.decision === 'needs-info', isLateAccepted: data.decision === 'late-accepted',
      };
    case 'reassignment':
      return {
        ...common, advisor: { name: cleanHeaderText(data.advisor.name), email: data.advisor.email }, practice: practiceView(data.practice, ctx),
        next: { name: cleanHeaderText(data.next.name), email: data.next.email },
      };
    case 'correction-receipt':
      return { ...common, sender: senderView(data.message, ctx), practices: data.practices.map((p) => practiceView(p, ctx)), changes: changesView(data.changes, ctx) };
    case 'digest':
      return { ...common, ...data.digest };
    case 'sheet-receipt':
      return {
        ...common, sender: senderView(data.message, ctx), practice: practiceView(data.practice, ctx),
        // "Re: Re: Re: …" helps nobody: one prefix, as mail clients write it.
        replySubject: senderView(data.message, ctx).subject.replace(/^(?:\s*(?:re|aw|rv|res|fwd?)\s*:\s*)+/i, ''),
        recorded: data.stated.map((k) => ({ label: sheetLabel(k, ctx), value: cleanBodyText(data.practice.sheet?.[k] ?? '').trim() })),
        missing: data.missing.map((k) => sheetLabel(k, ctx)), systematised: data.status === 'systematised',
      };
  }
}
