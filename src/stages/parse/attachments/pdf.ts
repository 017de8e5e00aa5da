// PDF attachments with pdf-parse 2 (pdf.js). Runs inside the parsing worker: pdf.js can spin or
// allocate without bound on hostile files, which the worker's time and heap limits contain.
import { PDFParse } from 'pdf-parse';
import { MAX_PDF_PAGES } from './limits.js';
import type { ReadOutcome } from './outcome.js';

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
    // pageJoiner '' drops pdf-parse's "-- 1 of 2 --" page markers.
    const result = await parser.getText({ first: MAX_PDF_PAGES, pageJoiner: '' });
    const text = tidy(result.text);
    if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return { ok: false, reason: 'no text layer (scanned image?)' };
    return { ok: true, text, pages: result.total };
  } catch (err) {
    return { ok: false, reason: describePdfError(err) };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
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
  const lines = text.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
