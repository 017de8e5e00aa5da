// `xmess publish` as a pure function: the published practices and the run's options in, every file
// of the catalogue out (relative path → bytes). The same input always gives the same bytes.
import { feedModel } from './feed.js';
import { practicesCsv, practicesJson } from './open-data.js';
import { dateOf, listPages, practicePage, themeLabel, type PageContext } from './pages.js';
import { makePost, type Post, type PostWords } from './posts.js';
import type { PublishLabels, PublishTemplates } from './templates.js';
import { PUBLISH_LANGS, type Catalogue, type PublishedPractice, type PublishOptions } from './types.js';

export interface CatalogueResult {
  files: Catalogue;
  posts: Post[];
  /** Practices in the newsletter (published since --since). */
  newsletter: number;
}

function newsletterModel(ctx: PageContext, practices: PublishedPractice[]): object {
  const base = ctx.opts.baseUrl ? `${ctx.opts.baseUrl}/` : '';
  return {
    lang: ctx.lang, t: ctx.t, since: dateOf(ctx.opts.since, ctx.opts.timezone), home: base + 'index.html',
    practices: practices.map((p) => ({
      title: p.title ?? ctx.t.untitled, href: base + p.page, municipality: p.municipality, summary: p.summary, promoters: p.promoters.join(', '),
      themes: p.themes.map((id) => themeLabel(ctx, id)).join(' · '), textLang: p.language && p.language !== ctx.lang ? p.language : null,
    })),
  };
}

function postWords(t: PublishLabels): PostWords {
  return {
    untitled: t.untitled!, networkTags: (t.networkTags ?? '').split(/\s+/).filter(Boolean),
    themeTags: Object.fromEntries(Object.entries(t).filter(([k]) => k.startsWith('tag.')).map(([k, v]) => [k.slice(4), v])),
  };
}

export function buildCatalogue(practices: PublishedPractice[], opts: PublishOptions, templates: PublishTemplates): CatalogueResult {
  const t = templates.labels[opts.lang];
  const ctx: PageContext = { lang: opts.lang, t, opts };
  const files: Catalogue = new Map();
  const text = (path: string, s: string): void => void files.set(path, Buffer.from(s, 'utf8'));
  for (const page of listPages(ctx, practices)) text(page.path, templates.render('index', page.model));
  for (const p of practices) {
    const page = practicePage(ctx, p);
    text(page.path, templates.render('practice', page.model));
  }
  text('practices.json', practicesJson(practices));
  text('practices.csv', practicesCsv(practices, opts.withContacts));
  text('feed.xml', templates.render('feed', feedModel(ctx, practices)));
  const recent = opts.since ? practices.filter((p) => (p.publishedAt ?? '') >= opts.since!) : practices;
  text('newsletter.html', templates.render('newsletter', newsletterModel(ctx, recent)));
  // A post speaks the practice's language (its title is in it), its hashtags too.
  const posts = practices.map((p) => {
    const lang = PUBLISH_LANGS.find((l) => l === p.language) ?? opts.lang;
    return makePost(p, p.url ?? p.page, lang, postWords(templates.labels[lang]));
  });
  text('posts.json', JSON.stringify(posts, null, 2) + '\n');
  text('posts.txt', posts.map((p) => p.text + '\n').join(''));
  for (const [path, bytes] of templates.assets) files.set(path, bytes);
  return { files, posts, newsletter: recent.length };
}
