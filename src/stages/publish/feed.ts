// The Atom feed (RFC 4287) a CMS or a newsletter tool imports: one entry per published practice.
// Ids are tag: URIs (RFC 4151) built from the practice's stable id, so they survive a move of the web;
// `updated` is the practice's own last change and the feed's the latest of them (never the clock).
import { themeLabel, type PageContext } from './pages.js';
import type { PublishedPractice } from './types.js';

export const tagUri = (ctx: PageContext, path: string): string => `tag:${ctx.opts.tagAuthority},${ctx.opts.tagDate}:${path}`;

/** RFC 3339 with seconds, as Atom requires; the store's ISO strings already are, this only checks. */
const rfc3339 = (iso: string | null, fallback: string): string => (iso && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso) ? iso : fallback);

export function feedModel(ctx: PageContext, practices: PublishedPractice[]): object {
  const base = ctx.opts.baseUrl ? `${ctx.opts.baseUrl}/` : '';
  const entries = practices.map((p) => {
    const updated = rfc3339(p.updatedAt, ctx.opts.emptyUpdated);
    return {
      id: tagUri(ctx, `practice:${p.id}`), title: p.title ?? ctx.t.untitled, link: base + p.page, lang: p.language ?? ctx.lang,
      published: rfc3339(p.publishedAt, updated), updated, author: p.municipality ?? ctx.t.network, summary: p.summary,
      categories: p.themes.map((id) => ({ term: id, label: themeLabel(ctx, id) })),
    };
  });
  const updated = entries.map((e) => e.updated).sort().at(-1) ?? ctx.opts.emptyUpdated;
  return { lang: ctx.lang, t: ctx.t, id: tagUri(ctx, 'catalogue'), updated, home: base + 'index.html', self: base + 'feed.xml', entries };
}
