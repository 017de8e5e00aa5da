// The digest in the four forms people use: terminal text (tables no wider than 100 columns), Markdown,
// HTML a newsletter editor can paste (every value escaped), and JSON for scripts.
import { renderTable } from '../../util/table.js';
import type { DigestModel } from '../plan/digest.js';
import type { Renderer, TemplateLang } from './render.js';

export type DigestFormat = 'text' | 'markdown' | 'html' | 'json';

/** Terminals and plain-text mail readers wrap at 100 columns or less; every text line stays within it. */
export const TEXT_WIDTH = 100;

type Row = (string | number | null)[];
interface TableSpec { head: string[]; widths: number[]; rows: Row[] }

/** Greedy word wrap; a word longer than the width is cut so no line ever exceeds it. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const raw of paragraph.split(/\s+/).filter(Boolean)) {
      let word = raw;
      while (indent.length + word.length > width) {
        if (line) { out.push(indent + line); line = ''; }
        out.push(indent + word.slice(0, width - indent.length));
        word = word.slice(width - indent.length);
      }
      if (line && indent.length + line.length + 1 + word.length > width) { out.push(indent + line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(indent + line);
  }
  return out;
}

/** Column widths (content + padding) per table, each summing with the borders to at most TEXT_WIDTH. */
function tableSpecs(d: DigestModel, l: Record<string, string>): Record<string, TableSpec> {
  const t = d.totals;
  return {
    totals: { head: ['', l.count!], widths: [60, 12], rows: [
      [l.practices!, t.practices], [l.onTime!, t.onTime], [l.late!, t.late], [l.messages!, t.messages], [l.needsReview!, t.needsReview],
      [l.openTasks!, t.openTasks], [l.failedSends!, t.failedSends], [l.silentMembers!, t.silentMembers],
    ] },
    byMunicipality: { head: [l.municipality!, l.member!, l.practices!], widths: [50, 12, 16], rows: d.byMunicipality.map((r) => [r.municipality, r.member, r.practices]) },
    byTheme: { head: [l.theme!, l.practices!], widths: [60, 16], rows: d.byTheme.map((r) => [r.theme, r.practices]) },
    byStatus: { head: [l.status!, l.practices!], widths: [40, 16], rows: d.byStatus.map((r) => [r.status, r.practices]) },
    byAdvisor: { head: [l.advisor!, l.open!, l.total!, l.sheetsOpen!, l.sheetsIncomplete!, l.systematisedCount!], widths: [30, 9, 8, 13, 13, 16],
      rows: d.byAdvisor.map((r) => [r.advisor, r.open, r.total, r.sheetsOpen, r.sheetsIncomplete, r.systematised]) },
    systematised: { head: [l.id!, l.title!, l.advisor!, l.systematisedAt!], widths: [18, 36, 24, 18], rows: d.systematised.map((r) => [r.id, r.title, r.advisor, r.systematisedAt]) },
    late: { head: [l.id!, l.title!, l.municipality!, l.receivedAt!], widths: [18, 36, 22, 18], rows: d.late.map((r) => [r.id, r.title, r.municipality, r.receivedAt]) },
    needsReview: { head: [l.subject!, l.from!, l.reason!], widths: [30, 26, 38], rows: d.needsReview.map((r) => [r.subject, r.from, r.reason]) },
    missing: { head: [l.id!, l.title!, l.municipality!, l.missing!], widths: [18, 28, 18, 30], rows: d.missing.map((r) => [r.id, r.title, r.municipality, r.missing]) },
    openTasks: { head: [l.id!, l.title!, l.advisor!, l.assignedAt!, l.days!], widths: [18, 28, 28, 12, 6], rows: d.openTasks.map((r) => [r.id, r.title, r.advisor, r.assignedAt, r.days]) },
    failedSends: { head: [l.kind!, l.to!, l.status!, l.attempts!, l.error!], widths: [15, 24, 9, 10, 35], rows: d.failedSends.map((r) => [r.kind, r.to.join(', '), r.status, r.attempts, r.error]) },
    silentMembers: { head: [l.municipality!, l.contact!], widths: [40, 56], rows: d.silentMembers.map((r) => [r.municipality, r.contact ?? l.noContact!]) },
  };
}

function textTables(d: DigestModel, l: Record<string, string>, none: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(tableSpecs(d, l))) out[name] = spec.rows.length ? renderTable(spec.head, spec.rows, spec.widths) : none;
  return out;
}

function practiceBlocks(d: DigestModel, l: Record<string, string>): string {
  return d.practices.map((p, n) => {
    const head = wrapText(`${n + 1}. ${p.title} (${p.municipality ?? '—'}) — ${l.priority} ${p.priority}; ${p.status}; ${p.advisor ?? l.unassigned}; ${p.id}`, TEXT_WIDTH);
    const themes = p.themes ? wrapText(`${l.themes}: ${p.themes}`, TEXT_WIDTH, '   ') : [];
    const summary = p.summary ? wrapText(p.summary, TEXT_WIDTH, '   ') : [];
    return [...head, ...themes, ...summary].join('\n');
  }).join('\n\n');
}

/** Markdown cells: a pipe or a newline would break the table; < and > could be read as HTML by renderers. */
const mdCell = (v: unknown): string => String(v ?? '—').replace(/\\/g, '\\\\').replace(/([|*_`[\]#])/g, '\\$1').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ');

function mdTables(d: DigestModel, l: Record<string, string>, none: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(tableSpecs(d, l))) {
    out[name] = spec.rows.length
      ? [`| ${spec.head.map(mdCell).join(' | ')} |`, `|${spec.head.map(() => ' --- ').join('|')}|`, ...spec.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n')
      : none;
  }
  return out;
}

const mdPractices = (d: DigestModel): object[] =>
  d.practices.map((p) => ({ title: mdCell(p.title), municipality: mdCell(p.municipality), priority: p.priority, status: mdCell(p.status), advisor: p.advisor ? mdCell(p.advisor) : null, themes: p.themes ? mdCell(p.themes) : null, summary: p.summary ? mdCell(p.summary) : null, id: p.id }));

export function renderDigest(model: DigestModel, format: DigestFormat, renderer: Renderer): string {
  if (format === 'json') return JSON.stringify(model, null, 2) + '\n';
  const lang = model.language as TemplateLang;
  const labels = renderer.labels(lang);
  // People read the outbox's kinds and statuses in words; the JSON digest keeps the codes for scripts.
  const d = { ...model, failedSends: model.failedSends.map((r) => ({ ...r, kind: labels.kinds?.[r.kind] ?? r.kind, status: labels.statuses?.[r.status] ?? r.status })) };
  const l = labels.digest ?? {};
  const none = labels.words.none ?? '—';
  if (format === 'text') return renderer.body('digest', lang, 'txt', { l, d, tables: textTables(d, l, none), practices: practiceBlocks(d, l) });
  if (format === 'markdown') return renderer.body('digest', lang, 'md', { l, d, tables: mdTables(d, l, none), practices: mdPractices(d) });
  return renderer.body('digest', lang, 'html', { l, d, sections: htmlSections(d, l), none });
}

/** The HTML tables as data (head + rows); the template lays them out and Handlebars escapes every cell. */
function htmlSections(d: DigestModel, l: Record<string, string>): { title: string; head: string[]; rows: string[][] }[] {
  const specs = tableSpecs(d, l);
  const order: [string, string][] = [
    ['totals', l.totals!], ['byMunicipality', l.byMunicipality!], ['byTheme', l.byTheme!], ['byStatus', l.byStatus!], ['byAdvisor', l.byAdvisor!],
    ['late', l.late!], ['needsReview', l.needsReview!], ['missing', l.missing!], ['openTasks', l.openTasks!], ['systematised', l.systematised!], ['failedSends', l.failedSends!], ['silentMembers', l.silentMembers!],
  ];
  return order.map(([key, title]) => ({ title, head: specs[key]!.head, rows: specs[key]!.rows.map((r) => r.map((c) => (c === null ? '—' : String(c)))) }));
}
