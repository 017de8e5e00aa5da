// Terminal tables for people (cli-table3 measures accented and wide characters correctly).
import Table from 'cli-table3';

export function renderTable(head: string[], rows: (string | number | null)[][], widths?: number[]): string {
  const table = new Table({
    head,
    style: { head: [], border: [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of rows) table.push(row.map((c) => (c === null ? '—' : String(c))));
  return table.toString();
}
