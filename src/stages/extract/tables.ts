// Tables written in text: a spreadsheet row pasted as tab-separated cells (the header row, then one
// row of values per practice) and horizontal tables (labels in the first row, "| Títol | … |"),
// unfolded into "Label: value" lines that the form reader already reads. Vertical tables (label
// and value on one row) are read as they are (labels.ts cellLabel).
import { classifyKey } from './labels.js';

/** The cells of a row: tab-separated, or between pipes. Null when the line is not a row. */
function cellsOf(line: string): string[] | null {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((c) => c.trim());
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    return cells.length >= 2 ? cells : null;
  }
  if (/^\s*\|.*\|\s*$/.test(line)) {
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  return null;
}

/** "|---|:--|": the line under a Markdown table's header. */
const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** How many cells are labels of a practice's fields (not just any key). */
function fieldLabels(cells: string[]): number {
  return cells.filter((c) => {
    const f = c ? classifyKey(c.replace(/:\s*$/, '')) : null;
    return !!f && f !== 'other';
  }).length;
}

/** A header row: at least two cells name fields, and they are most of its cells. */
function isHeader(cells: string[]): boolean {
  const n = fieldLabels(cells);
  return n >= 2 && n * 2 >= cells.length;
}

export function unfoldTables(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = cellsOf(lines[i] ?? '');
    if (header && isHeader(header)) {
      let j = i + 1;
      if (SEPARATOR_ROW.test(lines[j] ?? '')) j++;
      const rows: string[][] = [];
      for (let row = cellsOf(lines[j] ?? ''); row && row.length <= header.length && fieldLabels(row) < 2; row = cellsOf(lines[j] ?? '')) {
        rows.push(row);
        j++;
      }
      if (rows.length) {
        rows.forEach((row, r) => {
          if (r > 0) out.push('');
          header.forEach((label, k) => {
            const value = row[k] ?? '';
            if (label && value) out.push(`${label.replace(/:\s*$/, '')}: ${value}`);
          });
        });
        out.push('');
        i = j;
        continue;
      }
    }
    out.push(lines[i] ?? '');
    i++;
  }
  return out;
}
