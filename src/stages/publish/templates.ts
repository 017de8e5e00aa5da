// The catalogue's Handlebars templates, words and static files, read once from templates/publish/.
// Templates hold no logic: the models (pages.ts) say everything they show.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../domain/errors.js';
import { PUBLISH_LANGS, type PublishLang } from './types.js';

export type PublishLabels = Record<string, string>;
export const PAGE_TEMPLATES = ['index', 'practice', 'newsletter', 'feed'] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

export interface PublishTemplates {
  render(name: PageTemplate, model: object): string;
  labels: Record<PublishLang, PublishLabels>;
  /** Files copied as they are (assets/…): the style sheet and the filter script. */
  assets: Map<string, Buffer>;
}

export function loadPublishTemplates(dir: string): PublishTemplates {
  const read = (file: string): string => {
    if (!existsSync(file)) throw new ConfigError('template missing; reinstall xmess', file);
    return readFileSync(file, 'utf8');
  };
  const labels = JSON.parse(read(join(dir, 'labels.json'))) as Record<PublishLang, PublishLabels>;
  for (const lang of PUBLISH_LANGS) if (!labels[lang]) throw new ConfigError(`no "${lang}" section`, join(dir, 'labels.json'));
  // Every {{value}} is HTML-escaped (also right for XML); strict: a misspelt field fails loudly.
  const env = Handlebars.create();
  const partials = join(dir, 'partials');
  for (const f of readdirSync(partials).filter((f) => f.endsWith('.hbs')).sort()) env.registerPartial(f.replace(/\.hbs$/, ''), read(join(partials, f)));
  const compiled = new Map(PAGE_TEMPLATES.map((n) => [n, env.compile(read(join(dir, `${n}.hbs`)), { strict: true })]));
  const assets = new Map<string, Buffer>();
  const assetDir = join(dir, 'assets');
  for (const f of readdirSync(assetDir).sort()) assets.set(`assets/${f}`, readFileSync(join(assetDir, f)));
  return { render: (name, model) => compiled.get(name)!(model), labels, assets };
}
