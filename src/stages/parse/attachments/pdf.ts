// PDF attachments with pdf-parse 2 (pdf.js). Runs inside the parsing worker: pdf.js can spin or
// allocate without bound on hostile files, which the worker's time and heap limits contain.
import { PDFParse } from 'pdf-parse';
import { MAX_PDF_PAGES } from './limits.js';
import type { ReadOutcome } from './outcome.js';
import { layoutText, PAGE_SEPARATOR, type PlacedItem, type PlacedPage } from './pdf-layout.js';

/** Below this many letters a "text layer" is page furniture (a page number), not content. */
const MIN_LETTERS = 3;

export async function readPdf(bytes: Uint8Array): Promise<ReadOutcome> {
  const parser = new PDFParse({
    data: bytes,
    // pdf.js compiles font programs with eval unless told not to: CVE-2024-4367 ran attacker
    // JavaScript that way; we only want text, so interpretation is safe and fast enough.
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const placed = await placedPages(parser);
    const result = placed ?? await streamText(parser);
    if ((result.text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return { ok: false, reason: 'no text layer (scanned image?)' };
    return { ok: true, text: result.text, pages: result.total };
  } catch (err) {
    return { ok: false, reason: describePdfError(err) };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

interface PdfPage {
  getViewport(o: { scale: number }): { height: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ items: ({ str: string; transform: number[]; width: number; height: number } | { type: string })[] }>;
  cleanup(): unknown;
}
interface PdfDocument { numPages: number; getPage(n: number): Promise<PdfPage> }

/**
 * The text items of the first MAX_PDF_PAGES pages with their positions, arranged by pdf-layout.ts.
 * pdf-parse 2 reads the same pdf.js document but hands out only the joined text; its (TypeScript-
 * private) load() gives the document it opened with our safe options. Null when that is not there
 * (another pdf-parse version): the caller then reads the text stream as before.
 */
async function placedPages(parser: PDFParse): Promise<{ text: string; total: number } | null> {
  const load = (parser as unknown as { load?: () => Promise<PdfDocument> }).load;
  if (typeof load !== 'function') return null;
  const doc = await load.call(parser);
  const pages: PlacedPage[] = [];
  for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PlacedItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
      const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
      items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
    }
    pages.push({ height: viewport.height, items });
    page.cleanup();
  }
  return { text: tidy(layoutText(pages)), total: doc.numPages };
}

async function streamText(parser: PDFParse): Promise<{ text: string; total: number }> {
  // pageJoiner '' drops pdf-parse's "-- 1 of 2 --" page markers.
  const result = await parser.getText({ first: MAX_PDF_PAGES, pageJoiner: '' });
  return { text: tidy(result.text), total: result.total };
}

/** pdf-parse maps pdf.js failures to named exception classes (pdf-parse Exception.ts). */
function describePdfError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim().slice(0, 120) : String(err);
  if (name === 'PasswordException') return 'password-protected PDF';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return `corrupt or truncated PDF (${detail})`;
  }
  return `unreadable PDF (${detail})`;
}

/**
 * pdf-parse puts a tab between text items of one line that are far apart; in practice that is a
 * justified-text gap far more often than a form column (pdf.js already bridges most column gaps
 * with a space item), so tabs become spaces. Blank-line runs collapse to one.
 */
function tidy(text: string): string {
  // The page separator (a form feed) is whitespace too: keep it, as its own line.
  const lines = text.split('\n').map((line) => (line === PAGE_SEPARATOR ? line : line.replace(/[ \t]+/g, ' ').trim()));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
