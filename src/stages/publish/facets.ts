// The catalogue's filters: one static page per theme, municipality and priority value (so they work
// without JavaScript), their counts, and the small bar charts drawn from those counts.
import { THEME_IDS } from '../../domain/types.js';
import { compare } from './select.js';
import type { PublishedPractice } from './types.js';

export interface Facet {
  kind: 'themes' | 'municipalities' | 'priority';
  /** Slug used in the file name and in the page's data attributes. */
  value: string;
  /** Raw name (a municipality) or id (a theme, a priority count); labels come later. */
  name: string;
  path: string;
  practices: PublishedPractice[];
}

/** A file-name-safe, accent-free slug ("L'Hospitalet de Llobregat" → "l-hospitalet-de-llobregat"). */
export function slugify(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Alphabetical as a reader expects (accents fold), then by code units so the order is total. */
export const byName = (a: string, b: string): number => compare(slugify(a), slugify(b)) || compare(a, b);

function municipalityFacets(practices: PublishedPractice[]): Facet[] {
  const names = [...new Set(practices.map((p) => p.municipality).filter((m): m is string => !!m))].sort(byName);
  const used = new Set<string>();
  return names.map((name) => {
    // Two names that fold to one slug ("Sant Martí", "Sant Marti") still get a page each.
    let value = slugify(name);
    for (let i = 2; used.has(value); i++) value = `${slugify(name)}-${i}`;
    used.add(value);
    return { kind: 'municipalities', value, name, path: `municipalities/${value}.html`, practices: practices.filter((p) => p.municipality === name) };
  });
}

export function facets(practices: PublishedPractice[]): { themes: Facet[]; municipalities: Facet[]; priority: Facet[] } {
  const themes: Facet[] = THEME_IDS.map((t) => ({ kind: 'themes' as const, value: t, name: t, path: `themes/${t}.html`, practices: practices.filter((p) => p.themes.includes(t)) }))
    .filter((f) => f.practices.length > 0);
  const levels = [...new Set(practices.map((p) => p.priority))].sort((a, b) => b - a);
  const priority: Facet[] = levels.map((n) => ({ kind: 'priority' as const, value: String(n), name: String(n), path: `priority/${n}.html`, practices: practices.filter((p) => p.priority === n) }));
  return { themes, municipalities: municipalityFacets(practices), priority };
}

export interface ChartBar {
  label: string;
  count: number;
  labelY: number;
  barY: number;
  barHeight: number;
  width: number;
  countX: number;
  countY: number;
}

export interface Chart {
  id: string;
  title: string;
  width: number;
  height: number;
  bars: ChartBar[];
}

/** Geometry of the inline SVG (viewBox units): a label line above each bar. */
const ROW = 38;
const BAR_HEIGHT = 14;
/** Room is left right of the longest bar for its count. */
const BAR_MAX = 430;
export const CHART_WIDTH = 480;

export function chart(id: string, title: string, rows: { label: string; count: number }[]): Chart {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const bars = rows.map((r, i) => {
    const width = Math.max(2, Math.round((r.count / max) * BAR_MAX));
    return { label: r.label, count: r.count, labelY: i * ROW + 15, barY: i * ROW + 20, barHeight: BAR_HEIGHT, width, countX: width + 6, countY: i * ROW + 32 };
  });
  return { id, title, width: CHART_WIDTH, height: rows.length * ROW + 4, bars };
}
