// Renders follow-ups from the Handlebars files in templates/: `<template>.<lang>.txt.hbs` and
// `.html.hbs`, partials in templates/partials/ (`<name>.<lang>.<format>.hbs` or `<name>.<format>.hbs`),
// words that code needs (field names, statuses, subjects) in templates/labels.json. Rendering is a
// function of (template, language, model); the files are read once, when a renderer is made.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../domain/errors.js';

export type TemplateLang = 'ca' | 'es' | 'fr' | 'en';
export type Format = 'txt' | 'html' | 'md';
export const MAIL_LANGS = ['ca', 'es', 'fr'] as const;
export type MailLang = (typeof MAIL_LANGS)[number];

/** Everything in labels.json for one language; sections are flat string maps. */
export type Labels = Record<string, Record<string, string>> & { words: Record<string, string> };

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export interface Renderer {
  /** A mail: subject from labels.json `subjects.<template>`, text and HTML bodies from the template files. */
  mail(template: string, lang: TemplateLang, model: object): Rendered;
  /** The subject alone (labels.json `subjects.<template>`), for mails whose bodies are rendered elsewhere (the digest). */
  subject(template: string, lang: TemplateLang, model: object): string;
  /** One body only (the digest's txt, md or html). */
  body(template: string, lang: TemplateLang, format: Format, model: object): string;
  labels(lang: TemplateLang): Labels;
}

type Env = ReturnType<typeof Handlebars.create>;

/** Text and Markdown are not HTML: escaping them would print "&amp;" in a council's mail. */
const compileOptions = (format: Format): CompileOptions => ({ noEscape: format !== 'html', strict: true });

function partialsFor(dir: string, lang: TemplateLang, format: Format): Map<string, string> {
  const found = new Map<string, string>();
  const partialDir = join(dir, 'partials');
  if (!existsSync(partialDir)) return found;
  for (const file of readdirSync(partialDir).sort()) {
    const own = file.match(new RegExp(`^(.+)\\.${lang}\\.${format}\\.hbs$`));
    const shared = file.match(new RegExp(`^([^.]+)\\.${format}\\.hbs$`));
    const name = own?.[1] ?? shared?.[1];
    // A language's own partial wins over the shared one of the same name.
    if (name && (own || !found.has(name))) found.set(name, readFileSync(join(partialDir, file), 'utf8'));
  }
  return found;
}

function makeEnv(dir: string, lang: TemplateLang, format: Format): Env {
  const env = Handlebars.create();
  for (const [name, source] of partialsFor(dir, lang, format)) env.registerPartial(name, env.compile(source, compileOptions(format)));
  return env;
}

/** Blank lines left by block tags collapse to one; trailing spaces go (some clients show them as "=20"). */
const tidyText = (s: string): string => s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim() + '\n';

export function loadRenderer(dir: string): Renderer {
  const labelsFile = join(dir, 'labels.json');
  if (!existsSync(labelsFile)) throw new ConfigError('labels file missing; reinstall xmess', labelsFile);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<TemplateLang, Labels>;
  const envs = new Map<string, Env>();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const template = (name: string, lang: TemplateLang, format: Format): HandlebarsTemplateDelegate => {
    const key = `${name}.${lang}.${format}`;
    let fn = compiled.get(key);
    if (fn) return fn;
    const file = [join(dir, `${key}.hbs`), join(dir, `${name}.${format}.hbs`)].find((f) => existsSync(f));
    if (!file) throw new ConfigError(`no template ${key}.hbs (nor ${name}.${format}.hbs)`, dir);
    const envKey = `${lang}.${format}`;
    const env = envs.get(envKey) ?? makeEnv(dir, lang, format);
    envs.set(envKey, env);
    fn = env.compile(readFileSync(file, 'utf8'), compileOptions(format));
    compiled.set(key, fn);
    return fn;
  };
  const labelsOf = (lang: TemplateLang): Labels => labels[lang] ?? labels.ca;
  const subjects = new Map<string, HandlebarsTemplateDelegate>();
  const subject = (name: string, lang: TemplateLang, model: object): string => {
    const key = `${name}.${lang}`;
    let fn = subjects.get(key);
    if (!fn) {
      const source = labelsOf(lang).subjects?.[name];
      if (!source) throw new ConfigError(`no subject for "${name}" in language ${lang}`, labelsFile);
      fn = Handlebars.compile(source, { noEscape: true, strict: true });
      subjects.set(key, fn);
    }
    return fn(model);
  };
  return {
    mail: (name, lang, model) => ({
      subject: subject(name, lang, model),
      text: tidyText(template(name, lang, 'txt')(model)),
      html: template(name, lang, 'html')(model),
    }),
    subject,
    body: (name, lang, format, model) => {
      const out = template(name, lang, format)(model);
      return format === 'html' ? out : tidyText(out);
    },
    labels: labelsOf,
  };
}
