// The coordinator's digest as data: counts, what needs someone's attention and every practice by
// priority, with every word already in the campaign's language. Pure: the store supplies the rows.
import type { ThemeId } from '../../domain/types.js';
import { cleanBodyText, cleanHeaderText } from './headers.js';
import { formatDate, practiceView, themeLabel, type ModelContext } from '../render/model.js';
import type { Council, DigestModel, OpenTask, MessageInfo, OutboxProblem, PracticeInfo } from '../../domain/follow-ups.js';

export type { DigestModel, OutboxProblem };

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DigestInput {
  now: Date;
  /** Only practices and messages that arrived at or after this moment; the to-do lists are always whole. */
  since: Date | null;
  practices: (PracticeInfo & { receivedAt: string | null })[];
  messages: MessageInfo[];
  /** Outbox rows that failed, or are pending after a failed attempt. */
  outboxProblems: OutboxProblem[];
  openTasks: OpenTask[];
  /** Latest review note per practice id. */
  reviewNotes: Record<string, string | null>;
  silentMembers: Council[];
  /** Issue 12: when each systematised practice became so (store/sheets.ts `systematisedTimes`). */
  systematisedAt?: Record<string, string>;
}

/** Short date for table cells: yyyy-mm-dd hh:mm in the campaign's zone (sv-SE formats exactly so). */
export function shortDate(iso: string | null, ctx: Pick<ModelContext, 'settings'>, withTime = true): string | null {
  if (!iso) return null;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ctx.settings.campaign.timezone, ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) };
  return new Intl.DateTimeFormat('sv-SE', opts).format(new Date(iso));
}

/** An advisor's name from advisors.json, else the address we have. */
const advisorName = (ctx: ModelContext, email: string): string =>
  ctx.settings.advisors.find((a) => a.email.toLowerCase() === email.toLowerCase())?.name ?? email;

function countBy<T>(items: T[], keys: (item: T) => string[]): { key: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

function counts(i: DigestInput, ctx: ModelContext, practices: DigestInput['practices']) {
  const word = (k: string): string => ctx.labels.words[k] ?? k;
  const memberOf = new Map(ctx.settings.municipalities.map((m) => [m.name, m.member]));
  const allAdvisors = new Set([...ctx.settings.advisors.map((a) => a.email), ...practices.flatMap((p) => (p.advisor ? [p.advisor] : []))]);
  const open = i.openTasks.map((t) => t.advisor.toLowerCase());
  return {
    byMunicipality: countBy(practices, (p) => [p.municipality ?? word('unknown')]).map(({ key, n }) => ({
      municipality: key, member: memberOf.has(key) ? word(memberOf.get(key) ? 'yes' : 'no') : word('unknown'), practices: n,
    })),
    byTheme: countBy(practices, (p) => p.themes).map(({ key, n }) => ({ theme: themeLabel(key as ThemeId, ctx), practices: n })),
    byStatus: countBy(practices, (p) => [p.status]).map(({ key, n }) => ({ status: ctx.labels.statuses?.[key] ?? key, practices: n })),
    byAdvisor: [...allAdvisors].sort().map((email) => ({
      advisor: advisorName(ctx, email),
      open: open.filter((a) => a === email.toLowerCase()).length,
      total: practices.filter((p) => p.advisor?.toLowerCase() === email.toLowerCase()).length,
      ...sheetCounts(i.practices.filter((p) => p.advisor?.toLowerCase() === email.toLowerCase())),
    })),
  };
}

/** Sheets of one advisor's practices, whatever --since says (a to-do list is always whole): still to come, incomplete, complete. */
function sheetCounts(mine: PracticeInfo[]): { sheetsOpen: number; sheetsIncomplete: number; systematised: number } {
  const live = mine.filter((p) => p.status !== 'rejected');
  return {
    sheetsOpen: live.filter((p) => p.status !== 'sheet-incomplete' && p.status !== 'systematised').length,
    sheetsIncomplete: live.filter((p) => p.status === 'sheet-incomplete').length,
    systematised: live.filter((p) => p.status === 'systematised').length,
  };
}

function systematisedSince(i: DigestInput, ctx: ModelContext): DigestModel['systematised'] {
  const at = i.systematisedAt ?? {};
  return i.practices
    .filter((p) => p.status === 'systematised' && at[p.id] && (!i.since || new Date(at[p.id]!).getTime() >= i.since.getTime()))
    .sort((a, b) => at[a.id]!.localeCompare(at[b.id]!) || a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, title: practiceView(p, ctx).title, advisor: p.advisor ? advisorName(ctx, p.advisor) : null, systematisedAt: shortDate(at[p.id]!, ctx) ?? '' }));
}

function attention(i: DigestInput, ctx: ModelContext, practices: DigestInput['practices'], messages: MessageInfo[]) {
  const title = (p: PracticeInfo): string => practiceView(p, ctx).title;
  const needsInfo = practices.filter((p) => p.status === 'needs-info').map((p) => ({
    subject: title(p), from: p.municipality, receivedAt: shortDate(p.receivedAt, ctx), reason: `${ctx.labels.statuses?.['needs-info'] ?? 'needs-info'}: ${i.reviewNotes[p.id] ?? ''}`.replace(/: $/, ''),
  }));
  return {
    late: practices.filter((p) => p.late).map((p) => ({ id: p.id, title: title(p), municipality: p.municipality, receivedAt: shortDate(p.receivedAt, ctx), status: ctx.labels.statuses?.[p.status] ?? p.status })),
    needsReview: [
      ...messages.filter((m) => m.status === 'needs-review' || m.status === 'failed').map((m) => ({
        subject: cleanHeaderText(m.subject) || (ctx.labels.words.defaultSubject ?? ''), from: m.fromAddr, receivedAt: shortDate(m.receivedAt, ctx), reason: reasonWords(m.reason, m.status, ctx),
      })),
      ...needsInfo,
    ],
    missing: practices.filter((p) => p.missing.length).map((p) => ({ id: p.id, title: title(p), municipality: p.municipality, missing: practiceView(p, ctx).missing.join(', ') })),
    openTasks: i.openTasks.map((t) => ({
      id: t.practice.id, title: title(t.practice), advisor: advisorName(ctx, t.advisor),
      assignedAt: shortDate(t.assignedAt, ctx, false) ?? '', days: Math.floor((i.now.getTime() - new Date(t.assignedAt).getTime()) / DAY_MS),
    })),
  };
}

/**
 * The coordinator reads why a message waits in the campaign's language, not the pipeline's English
 * reason (which stays in the export): the first phrase of labels.json `reviewReasons` found in it.
 */
function reasonWords(reason: string | null, status: string, ctx: ModelContext): string {
  const phrases = ctx.labels.reviewReasons;
  if (!phrases) return cleanHeaderText(reason ?? status, 300);
  const key = Object.keys(phrases).find((k) => k !== 'other' && k !== 'failed' && reason?.includes(k));
  return phrases[key ?? (status === 'failed' ? 'failed' : 'other')] ?? cleanHeaderText(reason ?? status, 300);
}

const byPriority = (a: DigestInput['practices'][number], b: DigestInput['practices'][number]): number =>
  b.priority - a.priority || (a.receivedAt ?? '').localeCompare(b.receivedAt ?? '') || a.id.localeCompare(b.id);

export function buildDigest(i: DigestInput, ctx: ModelContext): DigestModel {
  const after = (iso: string | null): boolean => !i.since || (iso !== null && new Date(iso).getTime() >= i.since.getTime());
  const practices = i.practices.filter((p) => after(p.receivedAt));
  const messages = i.messages.filter((m) => after(m.receivedAt));
  const parts = { ...counts(i, ctx, practices), ...attention(i, ctx, practices, messages) };
  return {
    language: ctx.lang, generatedAt: formatDate(i.now, ctx) ?? '', since: i.since ? formatDate(i.since, ctx) : null, deadline: formatDate(ctx.settings.deadline, ctx) ?? '',
    iso: { generatedAt: i.now.toISOString(), since: i.since?.toISOString() ?? null, deadline: ctx.settings.deadline.toISOString() },
    totals: {
      practices: practices.length, onTime: practices.filter((p) => !p.late).length, late: parts.late.length, messages: messages.length,
      needsReview: parts.needsReview.length, openTasks: parts.openTasks.length, failedSends: i.outboxProblems.length, silentMembers: i.silentMembers.length,
    },
    ...parts,
    systematised: systematisedSince(i, ctx),
    failedSends: i.outboxProblems.map((o) => ({ ...o, subject: cleanHeaderText(o.subject), error: o.error ? cleanHeaderText(o.error, 300) : null })),
    silentMembers: i.silentMembers.map((c) => ({ municipality: c.name, contact: c.contact ?? null })),
    practices: [...practices].sort(byPriority).map((p) => {
      const v = practiceView(p, ctx);
      return { id: p.id, title: v.title, municipality: p.municipality, priority: p.priority, themes: v.themeList ?? '', status: v.status, advisor: p.advisor ? advisorName(ctx, p.advisor) : null, summary: p.summary ? cleanBodyText(p.summary).trim() : null };
    }),
  };
}
