// Reads a returned systematisation sheet (issue 12) from the texts of a message — the pre-filled DOCX
// completed, a council's own copy (labels in a column or above each answer), an ODT, a PDF, or the
// labels written in the body — with the same form reader as submissions (form.ts, labels.ts): only
// the naming of each entry's sheet field is the sheet's own. Pure.
import { SHEET_KEYS, type SheetKey, type SheetReading } from '../../domain/sheet.js';
import type { TextSource } from '../../domain/types.js';
import { readForm, type Entry } from './form.js';
import { sheetKeyOf } from './labels.js';
import { splitLayers } from './quotes.js';
import { splitSignature } from './signature.js';
import { fold, splitLines } from './text.js';

/** Fields a submission form does not ask: two of them answered make a text a sheet even without its title. */
const SHEET_ONLY: ReadonlySet<SheetKey> = new Set(['department', 'classification', 'objectives', 'beneficiaries', 'resources', 'keyElements', 'limitations', 'indicators', 'considerations']);
const MIN_SHEET_ONLY_FIELDS = 2;
/** "Fitxa de sistematització", "Ficha de sistematización": the sheet's own title. */
const SHEET_TITLE = /\b(fitxa|ficha) de (sistematitzacio|sistematizacion)\b/;
/** Our practice ids (store/practices.ts `practiceId`): "bp-" and 12 hex digits. */
const PRACTICE_ID = /\bbp-[0-9a-f]{12}\b/gi;

export type { SheetReading };

/** How strongly the message looks like a returned sheet, before knowing which practice it concerns. */
export function isSheetShaped(r: SheetReading): boolean {
  return r.sheetOnly >= MIN_SHEET_ONLY_FIELDS || (r.titled && r.sheetOnly >= 1);
}

export function readSheet(subject: string, sources: TextSource[]): SheetReading {
  const fields: Partial<Record<SheetKey, string>> = {};
  const origins: Partial<Record<SheetKey, string>> = {};
  for (const source of sources) {
    for (const [key, value] of sheetEntries(ownLines(source, subject))) {
      if (fields[key] || !value) continue;
      fields[key] = value;
      origins[key] = source.origin;
    }
  }
  const texts = [subject, ...sources.map((s) => s.text)];
  const ids = texts.flatMap((t) => [...t.matchAll(PRACTICE_ID)].map((m) => m[0].toLowerCase()));
  return {
    fields, origins, practiceIds: [...new Set(ids)],
    titled: texts.some((t) => SHEET_TITLE.test(fold(t))),
    sheetOnly: SHEET_KEYS.filter((k) => SHEET_ONLY.has(k) && fields[k]).length,
  };
}

/**
 * The sheet's entries of one text, as [field, value]. An unknown short key inside an answer
 * ("Famílies ateses: 180" under "Indicadors") belongs to that answer, not to a field of its own.
 */
function sheetEntries(lines: string[]): [SheetKey, string][] {
  const out: { key: SheetKey; lines: string[] }[] = [];
  let last: { key: SheetKey; lines: string[] } | null = null;
  for (const item of readForm(lines)) {
    if (item.kind !== 'entry') { if (item.kind === 'section') last = null; continue; }
    const key = sheetKeyOf(item.entry.label);
    if (key) {
      last = { key, lines: [...item.entry.lines] };
      out.push(last);
    } else if (item.entry.generic && last) last.lines.push(asLine(item.entry), ...item.entry.lines.slice(1));
    else last = null;
  }
  return out.map((e) => [e.key, answerText(e.lines)]);
}

/**
 * The lines the sender wrote: in the body, the new text above any quoted mail (a reply quotes our
 * task mail, whose lines look like the sheet's) and without the signature, which would otherwise run
 * on as the last answer; an attachment whole.
 */
function ownLines(source: TextSource, subject: string): string[] {
  const lines = source.origin === 'body' ? (splitLayers(source.text, subject)[0]?.lines ?? []) : splitLines(source.text);
  return splitSignature(lines).content;
}

const asLine = (e: Entry): string => `${e.label}: ${e.lines[0] ?? ''}`.trim();

const BULLET = /^\s*[-*•·▪◦‣–—]\s+/;
const SENTENCE_END = /[.;:!?)]$/;
/** "Famílies ateses: 180": a short key and its value, a line of its own within an answer. */
const KEYED_LINE = /^\p{Lu}[^:]{0,40}:\s/u;

/**
 * An answer as plain text: lines a PDF or a mail client wrapped are joined with a space; a line that
 * ends a sentence, a list item, a "key: value" line and a blank line keep their break, as the author wrote them.
 */
export function answerText(lines: string[]): string {
  let out = '';
  let prev = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) { if (out && !out.endsWith('\n')) out += '\n'; prev = ''; continue; }
    if (out && !out.endsWith('\n')) out += SENTENCE_END.test(prev) || BULLET.test(line) || KEYED_LINE.test(line) ? '\n' : ' ';
    out += line;
    prev = line;
  }
  return out.trim();
}
