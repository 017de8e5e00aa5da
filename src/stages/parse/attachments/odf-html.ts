// An ODT's content.xml rewritten as simple HTML (p, h, ul/li, table/tr/td/th, b), so htmlToText
// linearises its tables exactly as it does for HTML mail and DOCX. Streaming with saxes, which
// does no I/O at all; a DOCTYPE is refused outright (real ODF never has one, an XXE attack does).
import { SaxesParser, type SaxesTagNS } from 'saxes';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';

/** Subtrees whose text is not the document's: deleted text of tracked changes, comments, footnotes, forms. */
const SKIPPED = new Set([`${TEXT} tracked-changes`, `${OFFICE} annotation`, `${TEXT} note`, `${OFFICE} forms`,
  `${SVG} title`, `${SVG} desc`, `${OFFICE} event-listeners`, `${TEXT} sequence-decls`, `${TEXT} variable-decls`]);
/** Columns a repeated or spanned cell may claim (spreadsheets repeat empty cells 1,024 times). */
const MAX_SPAN = 64;

class DoctypeRefused extends Error {}

type Role = 'skip' | 'body' | 'header' | 'paragraph';
interface Frame {
  open?: string;
  close: string;
  /** The depth counter this element enters (and leaves when it closes). */
  role?: Role;
  /** Text pieces written before this element opened: an element that adds none is empty. */
  textBefore?: number;
}

export type OdfHtml = { ok: true; html: string } | { ok: false; reason: string };

export function odfToHtml(xml: string): OdfHtml {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const writer = new HtmlWriter();
  parser.on('doctype', () => {
    throw new DoctypeRefused();
  });
  parser.on('opentag', (tag) => writer.open(tag));
  parser.on('closetag', () => writer.close());
  parser.on('text', (text) => writer.text(text));
  parser.on('cdata', (text) => writer.text(text));
  parser.on('error', (err) => {
    throw err;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof DoctypeRefused) {
      return { ok: false, reason: 'content.xml declares a DOCTYPE (refused: external entities are never resolved)' };
    }
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : String(err);
    return { ok: false, reason: `corrupt content.xml (${detail})` };
  }
  return { ok: true, html: writer.html() };
}

class HtmlWriter {
  private readonly out: string[] = [];
  /** For every open element: its closing markup and the counter it entered, if any. */
  private readonly frames: Frame[] = [];
  private readonly boldStyles = new Set<string>();
  private styleName: string | null = null;
  private readonly depth: Record<Role, number> = { skip: 0, body: 0, header: 0, paragraph: 0 };
  private texts = 0;

  open(tag: SaxesTagNS): void {
    const key = `${tag.uri} ${tag.local}`;
    this.noteStyle(tag, key);
    if (this.depth.skip > 0 || SKIPPED.has(key)) return this.enter({ close: '', role: 'skip' });
    const frame = this.depth.body > 0 || key === `${OFFICE} body` ? this.markup(tag, key) : { open: '', close: '' };
    this.out.push(frame.open ?? '');
    this.enter(frame);
  }

  close(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    if (frame.role) this.depth[frame.role]--;
    if (this.depth.skip > 0) return;
    // An empty paragraph is the author's blank line.
    if (frame.role === 'paragraph' && frame.textBefore === this.texts) this.out.push('<br>');
    this.out.push(frame.close);
  }

  private enter(frame: Frame): void {
    if (frame.role) this.depth[frame.role]++;
    this.frames.push(frame);
  }

  text(text: string): void {
    if (this.depth.skip > 0 || this.depth.body === 0) return;
    this.out.push(escapeHtml(text));
    if (text.trim() !== '') this.texts++;
  }

  html(): string {
    return this.out.join('');
  }

  private markup(tag: SaxesTagNS, key: string): Frame {
    const bold = this.boldStyles.has(attr(tag, TEXT, 'style-name'));
    switch (key) {
      case `${OFFICE} body`: return { close: '', role: 'body' };
      case `${TEXT} h`: {
        const level = Math.min(Math.max(Number.parseInt(attr(tag, TEXT, 'outline-level'), 10) || 2, 1), 6);
        return { open: `<h${level}>`, close: `</h${level}>` };
      }
      case `${TEXT} p`: return this.paragraph(bold);
      case `${TEXT} span`: return bold ? { open: '<b>', close: '</b>' } : { close: '' };
      case `${TEXT} s`: return { open: ' '.repeat(Math.min(Number.parseInt(attr(tag, TEXT, 'c'), 10) || 1, MAX_SPAN)), close: '' };
      case `${TEXT} tab`: return { open: ' ', close: '' };
      case `${TEXT} line-break`: return { open: '<br>', close: '' };
      case `${TEXT} list`: return { open: '<ul>', close: '</ul>' };
      case `${TEXT} list-item`: return { open: '<li>', close: '</li>' };
      case `${TEXT} list-header`: return { open: '<div>', close: '</div>' };
      case `${TABLE} table`: return { open: '<table>', close: '</table>' };
      case `${TABLE} table-header-rows`: return { open: '<thead>', close: '</thead>', role: 'header' };
      case `${TABLE} table-row`: return { open: '<tr>', close: '</tr>' };
      case `${TABLE} table-cell`: return this.cell(tag);
      default: return { close: '' };
    }
  }

  /**
   * A paragraph is a line as the author typed it (a div), not an HTML paragraph with a margin, as
   * for DOCX: consecutive "Label: value" paragraphs stay one block; headings still open a section.
   */
  private paragraph(bold: boolean): Frame {
    const frame = { role: 'paragraph' as const, textBefore: this.texts };
    return bold ? { ...frame, open: '<div><b>', close: '</b></div>' } : { ...frame, open: '<div>', close: '</div>' };
  }

  private cell(tag: SaxesTagNS): Frame {
    const spanned = Number.parseInt(attr(tag, TABLE, 'number-columns-spanned'), 10) || 1;
    const repeated = Number.parseInt(attr(tag, TABLE, 'number-columns-repeated'), 10) || 1;
    const span = Math.min(Math.max(spanned, repeated, 1), MAX_SPAN);
    const name = this.depth.header > 0 ? 'th' : 'td';
    return { open: `<${name}${span > 1 ? ` colspan="${span}"` : ''}>`, close: `</${name}>` };
  }

  /** Remember which automatic styles are bold, so bold header cells and labels survive as <b>. */
  private noteStyle(tag: SaxesTagNS, key: string): void {
    if (key === `${STYLE} style`) {
      this.styleName = attr(tag, STYLE, 'name') || null;
      // LibreOffice's default table header style ("Table Heading") and heading styles are bold.
      if (this.styleName && /heading/i.test(this.styleName)) this.boldStyles.add(this.styleName);
    } else if (key === `${STYLE} text-properties` && this.styleName) {
      if (/^(bold|[6-9]00)$/.test(attr(tag, FO, 'font-weight'))) this.boldStyles.add(this.styleName);
    }
  }
}

function attr(tag: SaxesTagNS, uri: string, local: string): string {
  for (const a of Object.values(tag.attributes)) {
    if (a.uri === uri && a.local === local) return a.value;
  }
  return '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
