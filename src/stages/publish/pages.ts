// Models of the catalogue's HTML pages: the index and the filter pages (one list, different
// selections), and one page per practice. Every word comes from labels.json; nothing is computed
// in the templates.
import { DateTime } from 'luxon';
import { chart, facets, type Facet } from './facets.js';
import { truncate } from './posts.js';
import type { PublishLabels } from './templates.js';
import { SHEET_FIELDS, type PublishedPractice, type PublishLang, type PublishOptions } from './types.js';

/** Characters of a summary shown in the list; the practice's page has it all. */
const CARD_SUMMARY = 320;

export interface PageContext {
  lang: PublishLang;
  t: PublishLabels;
  opts: PublishOptions;
}

export const themeLabel = (ctx: PageContext, id: string): string => ctx.opts.themeLabels[id]?.[ctx.lang] ?? id;
export const dateOf = (iso: string | null, zone: string): string | null => (iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toISODate() : null);

/** The `lang` of a practice's own text when it differs from the page's (a Spanish practice in the Catalan catalogue). */
const textLang = (ctx: PageContext, p: PublishedPractice): string | null => (p.language && p.language !== ctx.lang ? p.language : null);

function priorityLabel(ctx: PageContext, n: number): string {
  return n === 0 ? ctx.t.priorityNone! : ctx.t.priorityValue!.replace('{n}', String(n));
}

function card(ctx: PageContext, p: PublishedPractice, root: string, slugOf: Map<string, string>): object {
  return {
    id: p.id, href: root + p.page, title: p.title ?? ctx.t.untitled, textLang: textLang(ctx, p), municipality: p.municipality,
    summary: p.summary ? truncate(p.summary, CARD_SUMMARY) : null,
    themes: p.themes.map((id) => ({ id, label: themeLabel(ctx, id) })),
    priorityHeading: ctx.t.priority, priority: priorityLabel(ctx, p.priority), date: dateOf(p.publishedAt, ctx.opts.timezone),
    dataThemes: p.themes.join(' '), dataMunicipality: p.municipality ? slugOf.get(p.municipality) ?? '' : '', dataPriority: String(p.priority),
  };
}

function common(ctx: PageContext, root: string, title: string): object {
  return { lang: ctx.lang, t: ctx.t, root, pageTitle: title === ctx.t.siteTitle ? title : `${title} · ${ctx.t.siteTitle}` };
}

export interface ListPage {
  path: string;
  model: object;
}

/** The index (no facet) or one filter page; links are relative so the catalogue works from file://. */
export function listPages(ctx: PageContext, practices: PublishedPractice[]): ListPage[] {
  const f = facets(practices);
  const slugOf = new Map(f.municipalities.map((m) => [m.name, m.value]));
  const label = (x: Facet): string => (x.kind === 'themes' ? themeLabel(ctx, x.name) : x.kind === 'priority' ? priorityLabel(ctx, Number(x.name)) : x.name);
  const groupTitle = { themes: ctx.t.filterTheme!, municipalities: ctx.t.filterMunicipality!, priority: ctx.t.filterPriority! };
  const page = (current: Facet | null): ListPage => {
    const root = current ? '../' : '';
    const links = (list: Facet[]): object[] => list.map((x) => ({ label: label(x), count: x.practices.length, href: root + x.path, current: x === current, value: x.value }));
    const groups = (['themes', 'municipalities', 'priority'] as const).map((k) => ({ id: k, title: groupTitle[k], links: links(f[k]) }));
    const shown = current ? current.practices : practices;
    const heading = current ? `${groupTitle[current.kind]}: ${label(current)}` : ctx.t.siteTitle!;
    return {
      path: current ? current.path : 'index.html',
      model: {
        ...common(ctx, root, heading), heading, isIndex: !current, groups,
        charts: current || !practices.length ? null : [
          chart('chart-themes', ctx.t.chartThemes!, f.themes.map((x) => ({ label: label(x), count: x.practices.length }))),
          chart('chart-municipalities', ctx.t.chartMunicipalities!, f.municipalities.map((x) => ({ label: x.name, count: x.practices.length }))),
        ],
        total: practices.length, count: shown.length, practices: shown.map((p) => card(ctx, p, root, slugOf)),
      },
    };
  };
  return [page(null), ...f.themes.map(page), ...f.municipalities.map(page), ...f.priority.map(page)];
}

export function practicePage(ctx: PageContext, p: PublishedPractice): ListPage {
  const root = '../';
  const title = p.title ?? ctx.t.untitled!;
  const sheet = p.sheet ? SHEET_FIELDS.filter((k) => p.sheet![k]).map((k) => ({ label: ctx.t[`sheet.${k}`] ?? k, value: p.sheet![k] })) : [];
  const c = p.contact;
  const contact = c ? ([['contactName', c.name], ['contactRole', c.role], ['contactEmail', c.email], ['contactPhone', c.phone]] as const)
    .filter(([, v]) => v).map(([k, v]) => ({ label: ctx.t[k], value: v })) : [];
  return {
    path: p.page,
    model: {
      ...common(ctx, root, title), title, textLang: textLang(ctx, p), municipality: p.municipality, promoters: p.promoters, summary: p.summary,
      themes: p.themes.map((id) => ({ label: themeLabel(ctx, id), href: `${root}themes/${id}.html` })),
      criteria: p.priorityCriteria.map((k) => ctx.t[`criteria.${k}`] ?? k), priority: priorityLabel(ctx, p.priority),
      published: dateOf(p.publishedAt, ctx.opts.timezone), received: dateOf(p.receivedAt, ctx.opts.timezone),
      sheet: sheet.length ? sheet : null, contact: contact.length ? contact : null,
    },
  };
}
