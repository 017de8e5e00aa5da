// CSV for spreadsheets (LibreOffice, Excel): one row per record, nested objects flattened
// (contact.name…), lists joined with "; ", times in the campaign's time zone, and every cell a
// spreadsheet would run as a formula neutralised. With a language, headers, theme labels, statuses
// and yes/no are in that language instead of the export's codes.
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { ThemeId, ThemeLexicon } from '../domain/types.js';
import type { Labels } from '../follow-ups/render/render.js';

export interface CsvOptions {
  delimiter: string;
  timezone: string;
  lexicon: ThemeLexicon;
  /** Words of the language asked for with --lang; codes (the JSON export's values) without it. */
  lang?: { code: 'ca' | 'es'; labels: Labels };
}

/**
 * OWASP "CSV injection": a cell beginning with = + - @ (or a tab or CR, which some spreadsheets skip
 * before reading the formula) is run as a formula. A leading apostrophe makes it text, and keeps
 * "+34935556114" a phone instead of the number 34935556114. Not `="…"`: that is itself a formula.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Keys holding a moment (ISO-8601, UTC, in the JSON export). */
const isTimeKey = (key: string): boolean => /At$/.test(key);

/** yyyy-MM-dd HH:mm:ss in the campaign's zone: what spreadsheets read as a date and time. */
function localTime(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso, { zone: 'utc' });
  return dt.isValid ? dt.setZone(zone).toFormat('yyyy-MM-dd HH:mm:ss') : iso;
}

function cellOf(key: string, v: unknown, o: CsvOptions): string {
  const words = o.lang?.labels;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return words ? (words.words[v ? 'yes' : 'no'] ?? String(v)) : String(v);
  if (typeof v === 'string' && isTimeKey(key)) return localTime(v, o.timezone);
  if (Array.isArray(v)) {
    const shown = words && key === 'themes' ? v.map((t) => o.lexicon.themes[t as ThemeId]?.label[o.lang!.code] ?? String(t))
      : words && key === 'missing' ? v.map((f) => words.fields?.[String(f)] ?? String(f))
      : v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
    return shown.join('; ');
  }
  if (typeof v === 'object') return JSON.stringify(v);
  if (words && (key === 'status' || key === 'decision')) return words.statuses?.[String(v)] ?? String(v);
  return String(v);
}

/** Nested objects (contact, sheet…) become `parent.child` columns; evidence maps stay one JSON cell. */
function flatten(item: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    const nested = v && typeof v === 'object' && !Array.isArray(v) && (k === 'contact' || k === 'sheet');
    if (nested) for (const [ck, cv] of Object.entries(v as Record<string, unknown>)) row[`${k}.${ck}`] = cv;
    else row[k] = v;
  }
  return row;
}

export function toCsv(items: Record<string, unknown>[], o: CsvOptions): string {
  const flat = items.map(flatten);
  const columns = flat.length ? Object.keys(flat[0]!) : [];
  const headerOf = (k: string): string => {
    const label = o.lang?.labels.csv?.[k] ?? k;
    return o.lang && isTimeKey(k) ? `${label} (${o.timezone})` : label;
  };
  const rows = flat.map((r) => columns.map((k) => neutralise(cellOf(k, r[k], o))));
  // UTF-8 BOM: without it Excel reads accents as Latin-1. CRLF: what both Excel and LibreOffice expect.
  return '\uFEFF' + stringify([columns.map((k) => neutralise(headerOf(k))), ...rows], { delimiter: o.delimiter, record_delimiter: '\r\n' });
}
