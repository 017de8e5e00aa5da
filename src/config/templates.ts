// Reads templates/ once, at start: labels.json and every Handlebars file (partials/ included), so
// rendering a follow-up later never touches the disk (src/follow-ups/render/render.ts is pure).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../domain/errors.js';
import type { Labels, TemplateLang, TemplateSet } from '../domain/follow-ups.js';
import { makeRenderer, type Renderer } from '../follow-ups/render/render.js';

const hbsFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort() : []);

export function readTemplates(dir: string): TemplateSet {
  const labelsFile = join(dir, 'labels.json');
  if (!existsSync(labelsFile)) throw new ConfigError('labels file missing; reinstall xmess', labelsFile);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<TemplateLang, Labels>;
  const files = new Map<string, string>();
  for (const f of hbsFiles(dir)) files.set(f, readFileSync(join(dir, f), 'utf8'));
  for (const f of hbsFiles(join(dir, 'partials'))) files.set(`partials/${f}`, readFileSync(join(dir, 'partials', f), 'utf8'));
  return { dir, labels, files };
}

/** The renderer over the templates of `dir`, every file read now. */
export const loadRenderer = (dir: string): Renderer => makeRenderer(readTemplates(dir));
