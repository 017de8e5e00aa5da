// HTML bodies and HTML attachments to plain text, with tables linearised (see TextSource): the
// extract stage reads "Label: value" lines, and councils often send their form as an HTML table.
// DOCX (via mammoth's HTML) and ODT (via the HTML odt.ts writes) go through here too, so every
// table in every format is linearised by the same code.
import { Parser } from 'htmlparser2';

interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

/**
 * Nesting kept when building the tree: rendering recurses, and hostile HTML can nest 100,000
 * elements. Blink stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth); mail never needs 256.
 * Deeper elements are flattened into their ancestor, their text kept.
 */
const MAX_DEPTH = 256;
/**
 * htmlparser2 keeps its open elements with Array.unshift, so parsing N nested elements costs N²
 * (100,000 nested divs: 4 s here). HTML nesting deeper than this (mailparser uses the same 1,000)
 * has its tags flattened to line breaks before parsing: the text survives, the structure is lost.
 */
const MAX_PARSER_DEPTH = 1_000;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Closed implicitly by their next sibling, so runs of them do not nest. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
/** Whole subtrees that never hold readable text. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'select', 'button']);
/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'pre', 'address', 'figure', 'hr']);
/** Blocks that only start a new line. */
const LINES = new Set(['div', 'tr', 'td', 'th', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'form', 'fieldset', 'legend', 'center', 'caption', 'figcaption', 'details', 'summary', 'tbody', 'thead', 'tfoot']);
/** Outlook/Word HTML writes one `<p class=MsoNormal>` per line with margin 0 and marks blank lines with an empty paragraph, so these paragraphs are lines, not paragraphs. */
const WORD_LINE_CLASS = /\bMso(Normal|ListParagraph|PlainText)/i;
/** A value line that is itself "Label: value" ("Nom: Marc Soler" in a contact cell). */
const LABEL_LINE = /^[\p{L}][\p{L}\p{M} .'’()/-]{0,40}:\s/u;
/** Rendering marks block boundaries with these; toLines() resolves them (see there). */
const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
/** Longest first cell still read as the label of a two-cell row; longer ones are layout columns. */
const MAX_LABEL_CHARS = 80;
/** Longest header cell of a >2-column table; longer first rows are content, not headers. */
const MAX_HEADER_CHARS = 60;

export function htmlToText(html: string): string {
  const source = nestsTooDeep(html) ? flatten(html) : html;
  return toLines(renderNodes(parseTree(source).children, false)).join('\n');
}

/** A linear estimate of the nesting htmlparser2 would build (closing tags close their own name only). */
function nestsTooDeep(html: string): boolean {
  const open = new Map<string, number>();
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]?.toLowerCase();
    if (!name || VOID_ELEMENTS.has(name) || IMPLIED_END.has(name)) continue;
    const count = open.get(name) ?? 0;
    if (match[1]) {
      if (count > 0) depth--;
      open.set(name, Math.max(count - 1, 0));
    } else {
      open.set(name, count + 1);
      if (++depth > MAX_PARSER_DEPTH) return true;
    }
  }
  return false;
}

function flatten(html: string): string {
  const withoutCode = html.replace(/<(head|style|script|title|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  return withoutCode.replace(TAG, (_tag, _slash: string, name: string | undefined) => {
    const lower = name?.toLowerCase() ?? '';
    return PARAGRAPHS.has(lower) || LINES.has(lower) || ['br', 'li', 'table'].includes(lower) ? '<br>' : '';
  });
}

function parseTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let skipping = 0;
  let flattened = 0;
  const top = (): HtmlElement => stack[stack.length - 1] ?? root;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (skipping > 0 || SKIPPED.has(name)) { skipping++; return; }
      if (stack.length >= MAX_DEPTH) { flattened++; return; }
      const el: HtmlElement = { name, attrs, children: [] };
      top().children.push(el);
      stack.push(el);
    },
    ontext(text) {
      if (skipping === 0) top().children.push(text);
    },
    onclosetag() {
      // htmlparser2 calls onclosetag once for every onopentag (void and implied closes too).
      if (skipping > 0) skipping--;
      else if (flattened > 0) flattened--;
      else if (stack.length > 1) stack.pop();
    },
  }, { decodeEntities: true });
  parser.end(html);
  return root;
}

function renderNodes(nodes: HtmlNode[], pre: boolean): string {
  let out = '';
  for (const node of nodes) out += typeof node === 'string' ? renderText(node, pre) : renderElement(node, pre);
  return out;
}

function renderText(text: string, pre: boolean): string {
  // Soft hyphens and zero-width spaces come from Word and newsletter tools and break label matching;
  // our two break markers must not come from the input either.
  const clean = text.replace(/[\u00ad\u200b\u200c\u200d\ufeff\u0001\u0002]/g, '');
  // HTML collapses its own whitespace but not U+00A0: a `<p>&nbsp;</p>` is a visible blank line.
  return pre ? clean.replace(/\r\n?/g, '\n') : clean.replace(/[ \t\n\r\f]+/g, ' ');
}

function renderElement(el: HtmlElement, pre: boolean): string {
  const name = el.name;
  if (name === 'br') return '\n';
  if (name === 'table') return `${PARAGRAPH_BREAK}${lineariseTable(el).join('\n')}${PARAGRAPH_BREAK}`;
  if (name === 'li') return `${LINE_BREAK}- ${listItem(renderNodes(el.children, pre))}${LINE_BREAK}`;
  if (name === 'a') return renderLink(el, pre);
  const inner = renderNodes(el.children, pre || name === 'pre');
  if (name === 'p' && WORD_LINE_CLASS.test(el.attrs.class ?? '')) return `${LINE_BREAK}${inner}${LINE_BREAK}`;
  if (PARAGRAPHS.has(name)) return `${PARAGRAPH_BREAK}${inner}${PARAGRAPH_BREAK}`;
  if (LINES.has(name)) return `${LINE_BREAK}${inner}${LINE_BREAK}`;
  return inner;
}

/** Inside an item, paragraphs and nested lists are lines: the item stays one block of the list. */
function listItem(inner: string): string {
  return inner.replace(/^[\s\u0001\u0002]+|[\s\u0001\u0002]+$/g, '').replace(/\u0002/g, LINE_BREAK);
}

/** A mailto: link gives its text (the address when the link has no text); other links their text. */
function renderLink(el: HtmlElement, pre: boolean): string {
  const inner = renderNodes(el.children, pre);
  const href = el.attrs.href ?? '';
  if (inner.trim() !== '' || !/^mailto:/i.test(href)) return inner;
  const address = href.slice('mailto:'.length).split('?')[0] ?? '';
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/**
 * Rendered text to lines, as a browser lays blocks out: a block boundary starts a new line only
 * if the current one has text (so `<div>a<br></div><div>b</div>` is two lines and
 * `<div><br></div>` is a blank one), a paragraph boundary also leaves one blank line, and a
 * `<br>` (or a newline in <pre>) always ends the line. Then lines are trimmed, runs of spaces
 * and of blank lines collapsed, blank ends dropped.
 */
function toLines(rendered: string): string[] {
  const raw: string[] = [];
  let current = '';
  const endLine = (): void => {
    if (/[^ \t]/.test(current)) raw.push(current); // a no-break space alone still makes a (blank) line
    current = '';
  };
  for (const piece of rendered.split(/([\n\u0001\u0002])/)) {
    if (piece === '\n') {
      raw.push(current);
      current = '';
    } else if (piece === LINE_BREAK) {
      endLine();
    } else if (piece === PARAGRAPH_BREAK) {
      endLine();
      if (raw.length > 0 && (raw[raw.length - 1] ?? '').trim() !== '') raw.push('');
    } else {
      current += piece;
    }
  }
  endLine();
  return normalise(raw);
}

function normalise(raw: string[]): string[] {
  const lines: string[] = [];
  for (const line of raw.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())) {
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// ---- tables -------------------------------------------------------------------------------

interface Cell {
  lines: string[];
  header: boolean;
  bold: boolean;
  span: number;
}
interface RowBlock {
  lines: string[];
  /** A "Label: value" row: consecutive fields are not separated by blank lines. */
  field: boolean;
}

function lineariseTable(table: HtmlElement): string[] {
  const caption = table.children.find((c): c is HtmlElement => typeof c !== 'string' && c.name === 'caption');
  const captionLines = caption ? toLines(renderNodes(caption.children, false)) : [];
  const rows = tableRows(table).filter((row) => row.some((cell) => cell.lines.length > 0));
  const [first, ...rest] = rows;
  if (!first) return captionLines;
  const blocks = rest.length > 0 && isHeaderRow(first) ? headerBlocks(first, rest) : rows.map(rowBlock);
  return [...captionLines, ...(captionLines.length ? [''] : []), ...joinBlocks(blocks)];
}

/** Rows of this table only: directly or under thead/tbody/tfoot, never those of nested tables. */
function tableRows(table: HtmlElement): Cell[][] {
  const rows: Cell[][] = [];
  const visit = (el: HtmlElement, inHead: boolean): void => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'tr') rows.push(rowCells(child, inHead));
      else if (['thead', 'tbody', 'tfoot'].includes(child.name)) visit(child, child.name === 'thead');
    }
  };
  visit(table, false);
  return rows;
}

function rowCells(tr: HtmlElement, inHead: boolean): Cell[] {
  const cells: Cell[] = [];
  for (const child of tr.children) {
    if (typeof child === 'string' || (child.name !== 'td' && child.name !== 'th')) continue;
    const span = Math.min(Math.max(Number.parseInt(child.attrs.colspan ?? '1', 10) || 1, 1), 64);
    const lines = toLines(renderNodes(child.children, false));
    cells.push({ lines, header: inHead || child.name === 'th', bold: isBold(child, false), span });
  }
  return cells;
}

/** Header row: all th (or in thead), all bold, or more than two filled columns; always short single lines. */
function isHeaderRow(row: Cell[]): boolean {
  const filled = row.filter((c) => c.lines.length > 0);
  if (filled.length < 2) return false;
  if (!filled.every((c) => c.lines.length === 1 && (c.lines[0] ?? '').length <= MAX_HEADER_CHARS)) return false;
  return filled.every((c) => c.header) || filled.every((c) => c.bold) || filled.length > 2;
}

/** One block of "Header: cell" lines per data row. */
function headerBlocks(header: Cell[], rows: Cell[][]): RowBlock[] {
  const labels = spread(header).map((c) => (c ? c.lines.join(' ') : ''));
  return rows.map((row) => {
    const filled = row.filter((c) => c.lines.length > 0);
    if (filled.length === 1 && row.length === 1) return { lines: filled[0]?.lines ?? [], field: false };
    const lines: string[] = [];
    const cells = spread(row);
    cells.forEach((cell, i) => {
      if (!cell || cell.lines.length === 0 || cells[i - 1] === cell) return;
      const label = labels[i] ?? '';
      lines.push(...(label ? labelValue(label, cell.lines) : cell.lines.filter((l) => l !== '')));
    });
    return { lines, field: false };
  });
}

/** Cells by column position, a colspan cell repeated over the columns it covers. */
function spread(row: Cell[]): (Cell | undefined)[] {
  return row.flatMap((cell) => Array<Cell>(cell.span).fill(cell));
}

function rowBlock(row: Cell[]): RowBlock {
  const filled = row.filter((c) => c.lines.length > 0);
  const [first] = row;
  // A form row: a short one-line first cell, then at most one filled cell (Word forms often have an
  // empty spacer column); an empty value still gives "Label:".
  const label = first && first === filled[0] && first.lines.length === 1 ? (first.lines[0] ?? '') : '';
  if (row.length >= 2 && label && label.length <= MAX_LABEL_CHARS && filled.length <= 2) {
    return { lines: labelValue(label, filled[1]?.lines ?? []), field: true };
  }
  // Layout rows (one cell, or a first cell too long to be a label): each cell as its own block.
  return { lines: filled.flatMap((c, i) => (i > 0 ? ['', ...c.lines] : c.lines)), field: false };
}

/** "Label: value"; no double colon; a multi-line value keeps its lines, one per line. */
function labelValue(label: string, valueLines: string[]): string[] {
  const name = label.replace(/\s*[:：]\s*$/, '');
  const value = valueLines.filter((l) => l !== '');
  const [head, ...tail] = value;
  if (head === undefined) return [`${name}:`];
  // A contact cell ("Nom: …", "Càrrec: …") starts on the next line so each inner label stays at
  // the start of a line, where the extract stage looks for labels.
  if (tail.length > 0 && LABEL_LINE.test(head)) return [`${name}:`, ...value];
  return [`${name}: ${head}`, ...tail];
}

function joinBlocks(blocks: RowBlock[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    if (block.lines.length === 0) return;
    const previous = blocks[i - 1];
    if (out.length > 0 && !(block.field && previous?.field)) out.push('');
    out.push(...block.lines);
  });
  return out;
}

/** True when every non-blank character of the cell is bold (b, strong, th, headings, font-weight). */
function isBold(el: HtmlElement, inherited: boolean): boolean {
  const bold = inherited || /^(b|strong|th|h[1-6])$/.test(el.name) || /font-weight\s*:\s*(bold|[6-9]00)/i.test(el.attrs.style ?? '');
  let sawText = false;
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (child.trim() === '') continue;
      if (!bold) return false;
      sawText = true;
    } else if (hasText(child)) {
      if (!isBold(child, bold)) return false;
      sawText = true;
    }
  }
  return sawText;
}

function hasText(el: HtmlElement): boolean {
  return el.children.some((c) => (typeof c === 'string' ? c.trim() !== '' : hasText(c)));
}
