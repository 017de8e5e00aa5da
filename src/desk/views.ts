// The desk's pages: Handlebars files in templates/desk/ (escaped by default: a council's text is
// always text), a layout around each page, words from templates/desk/labels.json in the campaign's
// language. Read once when the desk starts.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DateTime } from 'luxon';
import { ConfigError } from '../domain/errors.js';

export type DeskLang = 'ca' | 'es' | 'en';
type Words = Record<string, unknown>;

export interface Views {
  lang: DeskLang;
  /** A page inside the layout. */
  page(name: string, model: Record<string, unknown>): string;
  /** A partial alone (the rows live updates swap in). */
  fragment(name: string, model: Record<string, unknown>): string;
  word(key: string): string;
}

function lookup(words: Words, key: string): string {
  let v: unknown = words;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Words)[part] : undefined;
  return typeof v === 'string' ? v : key;
}

export function loadViews(dir: string, lang: DeskLang, timezone: string): Views {
  const labelsFile = join(dir, 'labels.json');
  if (!existsSync(labelsFile)) throw new ConfigError('the desk labels are missing; reinstall xmess', labelsFile);
  const all = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<DeskLang, Words>;
  const words = all[lang] ?? all.en;
  const env = Handlebars.create();
  env.registerHelper('t', (key: string) => lookup(words, key));
  env.registerHelper('st', (status: unknown) => lookup(words, `statuses.${String(status)}`).replace(/^statuses\./, String(status)));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  env.registerHelper('when', (iso: unknown) => {
    if (typeof iso !== 'string' || !iso) return '';
    const dt = DateTime.fromISO(iso, { zone: timezone });
    return dt.isValid ? dt.toFormat('yyyy-LL-dd HH:mm') : iso;
  });
  const partials = join(dir, 'partials');
  for (const f of readdirSync(partials).filter((x) => x.endsWith('.hbs'))) {
    env.registerPartial(basename(f, '.hbs'), readFileSync(join(partials, f), 'utf8'));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const template = (file: string): HandlebarsTemplateDelegate => {
    let fn = compiled.get(file);
    if (!fn) compiled.set(file, (fn = env.compile(readFileSync(file, 'utf8'), { strict: false })));
    return fn;
  };
  const layout = template(join(dir, 'layout.hbs'));
  return {
    lang,
    page: (name, model) => layout({ ...model, lang, body: new env.SafeString(template(join(dir, `${name}.hbs`))({ ...model, lang })) }),
    fragment: (name, model) => template(join(partials, `${name}.hbs`))({ ...model, lang }),
    word: (key) => lookup(words, key),
  };
}
