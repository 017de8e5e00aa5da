// practices.json and practices.csv: exactly what the pages show, for anyone to reuse. Contacts
// appear only when the run was made --with-contacts.
import { stringify } from 'csv-stringify/sync';
import { SHEET_FIELDS, type PublishedPractice } from './types.js';

export function openDataRecord(p: PublishedPractice): Record<string, unknown> {
  const { contact, ...rest } = p;
  return contact ? { ...rest, contact } : rest;
}

/** A cell starting like a formula would run in Excel or LibreOffice; a leading apostrophe keeps it text. */
const neutralise = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const cell = (v: unknown): string => (v === null || v === undefined ? '' : neutralise(Array.isArray(v) ? v.join('; ') : String(v)));

const BASE_COLUMNS = ['id', 'page', 'url', 'title', 'municipality', 'promoters', 'summary', 'themes', 'priority', 'priorityCriteria', 'language', 'receivedAt', 'publishedAt', 'updatedAt'] as const;

export function practicesJson(practices: PublishedPractice[]): string {
  return JSON.stringify(practices.map(openDataRecord), null, 2) + '\n';
}

/** UTF-8 with a BOM and CRLF (what Excel and LibreOffice open cleanly); the same columns whatever the rows. */
export function practicesCsv(practices: PublishedPractice[], withContacts: boolean): string {
  const sheetColumns = SHEET_FIELDS.filter((f) => withContacts || (f !== 'contactPerson' && f !== 'contactEmail')).map((f) => `sheet.${f}`);
  const contactColumns = withContacts ? ['contact.name', 'contact.role', 'contact.email', 'contact.phone'] : [];
  const columns = [...BASE_COLUMNS, ...sheetColumns, ...contactColumns];
  const rows = practices.map((p) => {
    const row: Record<string, string> = {};
    for (const k of BASE_COLUMNS) row[k] = cell(p[k]);
    for (const c of sheetColumns) row[c] = cell(p.sheet?.[c.slice(6) as keyof NonNullable<PublishedPractice['sheet']>]);
    for (const c of contactColumns) row[c] = cell(p.contact?.[c.slice(8) as keyof NonNullable<PublishedPractice['contact']>]);
    return row;
  });
  return '\uFEFF' + stringify(rows, { header: true, columns, record_delimiter: '\r\n' });
}
