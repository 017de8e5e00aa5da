// Reading order of PDF text from the positions pdf.js gives each text item, not from the order of
// the content stream: layout programs write a two-column form line by line across the page, and a
// form over two pages carries a running header and footer between the halves of a field. Pure: the
// caller (pdf.js, in the worker) supplies the items; this module only arranges them.

/** One pdf.js text item, in page space with y growing downwards (viewport coordinates). */
export interface PlacedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size, from the item's transform. */
  size: number;
}

export interface PlacedPage {
  height: number;
  items: PlacedItem[];
}

interface Segment { text: string; x0: number; x1: number }
interface Line { y: number; size: number; segments: Segment[] }

/**
 * Gap between two items of one line that makes them separate segments (possible columns), in
 * font sizes. Word spaces are ~0.25 em, tab stops inside a cell rarely reach 1 em; pdfkit's and
 * Word's column gutters are 1.5–3 em.
 */
const SEGMENT_GAP_EM = 1.2;
/** Items whose baselines differ by less than this many font sizes are on one line (sub/superscripts, mixed fonts). */
const SAME_LINE_EM = 0.45;
/**
 * A vertical gap between two lines, in font sizes, that is a blank line: line spacing is 1.15–1.5
 * em and the space after a paragraph in a form ~0.5 em more; only a clearly larger gap starts a block.
 */
const BLOCK_GAP_EM = 2.5;
/** A column must have at least this many lines on each side of the gutter to be read as one. */
const MIN_COLUMN_LINES = 3;
/** Share of the page height at the top and at the bottom where running headers and footers live. */
const FURNITURE_ZONE = 0.12;
/**
 * Page separator in the text: a line holding only a form feed. Extraction sees it as a blank line
 * (it is whitespace), and can split on it to know where a page ended. Not written where a field
 * runs on over the page break (see joinPages).
 */
export const PAGE_SEPARATOR = '\f';

/** The text of the pages, each read column by column, running headers/footers dropped, pages joined. */
export function layoutText(pages: PlacedPage[]): string {
  const lined = pages.map((p) => ({ height: p.height, lines: toLines(p.items) }));
  const furniture = repeatedFurniture(lined);
  const texts = lined.map((p) => readPage(p.lines.filter((l) => !isFurniture(l, p.height, furniture))));
  return joinPages(texts);
}

function toLines(items: PlacedItem[]): Line[] {
  const usable = items.filter((i) => i.str.length > 0 && Number.isFinite(i.x) && Number.isFinite(i.y));
  usable.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; items: PlacedItem[] }[] = [];
  for (const item of usable) {
    const size = Math.max(item.size, 1);
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.y) < SAME_LINE_EM * Math.max(size, last.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, size);
    } else {
      lines.push({ y: item.y, size, items: [item] });
    }
  }
  return lines.map((l) => ({ y: l.y, size: l.size, segments: segmentsOf(l.items.sort((a, b) => a.x - b.x), l.size) }))
    .filter((l) => l.segments.length > 0);
}

function segmentsOf(items: PlacedItem[], size: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let space = false;
  for (const item of items) {
    // pdf.js bridges a gap, even a column gutter, with a space item as wide as the gap: a space
    // separates words but says nothing of where text is.
    if (!item.str.trim()) { space = true; continue; }
    const x1 = item.x + Math.max(item.width, 0);
    if (current && item.x - current.x1 < SEGMENT_GAP_EM * size) {
      const gap = (space || item.x - current.x1 > 0.15 * size) && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      space = false;
      current.text += (gap ? ' ' : '') + item.str;
      current.x1 = Math.max(current.x1, x1);
    } else {
      if (current) segments.push(current);
      current = { text: item.str, x0: item.x, x1 };
      space = false;
    }
  }
  if (current) segments.push(current);
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text.length > 0);
}

/** Text of a line, digits folded, so "Pàgina 1 de 2" and "Pàgina 2 de 2" are the same furniture. */
const furnitureKey = (l: Line): string => l.segments.map((s) => s.text).join(' ').replace(/\d+/g, '#').toLowerCase();

/** Lines near the top or bottom edge that come back on at least two pages (and on most pages). */
function repeatedFurniture(pages: { height: number; lines: Line[] }[]): Set<string> {
  if (pages.length < 2) return new Set();
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => inEdgeZone(l, p.height)).map(furnitureKey));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= needed).map(([k]) => k));
}

const inEdgeZone = (l: Line, height: number): boolean => l.y < height * FURNITURE_ZONE || l.y > height * (1 - FURNITURE_ZONE);
const isFurniture = (l: Line, height: number, keys: Set<string>): boolean => inEdgeZone(l, height) && keys.has(furnitureKey(l));

/**
 * A page as bands of lines from top to bottom: a band whose lines all leave one vertical gutter
 * free, with text in columns on both sides, is read left column first; other bands line by line.
 */
function readPage(lines: Line[]): string {
  const out: ReadLine[] = [];
  let band: Line[] = [];
  let gutter: Gutter | null = null;
  const flush = (): void => {
    if (band.length) out.push(...readBand(band, gutter));
    band = [];
    gutter = null;
  };
  for (const line of lines) {
    const own = gutterOf([line]);
    if (gutter) {
      const shared = narrowed(gutter, line);
      if (shared) { band.push(line); gutter = shared; continue; }
      flush();
    } else if (own && band.length) {
      flush();
    }
    band.push(line);
    if (band.length === 1) gutter = own;
  }
  flush();
  return withBlankLines(out);
}

interface Gutter { from: number; to: number }
interface ReadLine { text: string; y: number; size: number }

/** The widest free vertical strip between two segments of one line (a candidate column gutter). */
function gutterOf(lines: Line[]): Gutter | null {
  const line = lines[0];
  if (!line || line.segments.length < 2) return null;
  let best: Gutter | null = null;
  for (let i = 1; i < line.segments.length; i++) {
    const from = line.segments[i - 1]!.x1;
    const to = line.segments[i]!.x0;
    if (!best || to - from > best.to - best.from) best = { from, to };
  }
  return best;
}

/** The gutter still free once `line` joins the band, or null when the line crosses it. */
function narrowed(g: Gutter, line: Line): Gutter | null {
  let { from, to } = g;
  for (const s of line.segments) {
    if (s.x1 <= from || s.x0 >= to) continue;
    // A segment inside the strip: the strip shrinks to the larger free side, if any remains.
    if (s.x0 - from >= to - s.x1) to = s.x0; else from = s.x1;
  }
  return to - from >= SEGMENT_GAP_EM * line.size ? { from, to } : null;
}

/**
 * Lines of a band. Read as two columns only when both sides hold text of their own: a label/value
 * table ("Títol:" on the left of its value on every row) is one line per row, as the eye reads it.
 */
function readBand(lines: Line[], gutter: Gutter | null): ReadLine[] {
  const whole = (l: Line, segs: Segment[]): ReadLine => ({ text: segs.map((s) => s.text).join(' '), y: l.y, size: l.size });
  if (!gutter || !looksLikeColumns(lines, gutter)) return lines.map((l) => whole(l, l.segments));
  const left = lines.map((l) => whole(l, l.segments.filter((s) => s.x1 <= gutter.from))).filter((l) => l.text);
  const right = lines.map((l) => whole(l, l.segments.filter((s) => s.x0 >= gutter.to))).filter((l) => l.text);
  // A blank line between the columns: the right column starts a new block.
  return [...left, { text: '', y: Number.NaN, size: 0 }, ...right];
}

function looksLikeColumns(lines: Line[], g: Gutter): boolean {
  const leftOf = (l: Line): Segment[] => l.segments.filter((s) => s.x1 <= g.from);
  const rightOf = (l: Line): Segment[] => l.segments.filter((s) => s.x0 >= g.to);
  const leftLines = lines.filter((l) => leftOf(l).length > 0);
  const rightLines = lines.filter((l) => rightOf(l).length > 0);
  if (leftLines.length < MIN_COLUMN_LINES || rightLines.length < MIN_COLUMN_LINES) return false;
  const both = lines.filter((l) => leftOf(l).length && rightOf(l).length);
  // Left cells that are labels ("Títol:", "Telèfon") beside their value: a table read row by row.
  const labelCells = both.filter((l) => /:\s*$/.test(leftOf(l).map((s) => s.text).join(' '))).length;
  if (labelCells >= both.length / 2) return false;
  // Text on one side only, on several lines: each column runs on by itself (a table's row always has its label).
  const leftAlone = leftLines.length - both.length;
  // Left lines that fill their column up to the gutter: wrapped prose, not short cells.
  const leftStart = Math.min(...leftLines.map((l) => leftOf(l)[0]!.x0));
  const filled = leftLines.filter((l) => g.from - leftOf(l).at(-1)!.x1 < 0.12 * (g.from - leftStart)).length;
  return leftAlone >= 2 || (filled >= 2 && filled >= leftLines.length / 4);
}

/** Lines to text: a vertical gap clearly larger than the line spacing is a blank line (a new block). */
function withBlankLines(lines: ReadLine[]): string {
  const out: string[] = [];
  let prev: ReadLine | null = null;
  for (const l of lines) {
    if (!l.text) { if (out.length && out[out.length - 1] !== '') out.push(''); prev = null; continue; }
    if (prev && l.y - prev.y > BLOCK_GAP_EM * Math.max(prev.size, l.size) && out[out.length - 1] !== '') out.push('');
    out.push(l.text);
    prev = l;
  }
  return out.join('\n').trim();
}

/**
 * Pages joined: where a page ends mid-field (no closing punctuation, or the next page starts in
 * lower case) the text runs on with a line break, so the field stays whole; otherwise the page
 * separator line marks the boundary.
 */
function joinPages(pages: string[]): string {
  let text = '';
  for (const page of pages.filter((p) => p.length > 0)) {
    if (!text) { text = page; continue; }
    const runsOn = !/[.!?;)»"]$/.test(text) || /^\p{Ll}/u.test(page);
    text += runsOn ? `\n${page}` : `\n${PAGE_SEPARATOR}\n${page}`;
  }
  return text;
}
