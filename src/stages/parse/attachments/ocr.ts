// OCR of scanned PDFs and photographed forms with Debian's Tesseract (tesseract-ocr, with the cat,
// spa and fra language packages) and poppler's pdftoppm, each run as a child process bounded in
// pages, pixels and time, so a hostile scan costs at most the limits below and never the process.
// Results are cached by the attachment's SHA-256 (ocr-cache.ts): the same scan is read once.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { imageSize } from './image-size.js';

const run = promisify(execFile);

/**
 * Pages of a scanned PDF read by OCR. A practice sheet is 1–4 pages. Measured here on an A4 page
 * rendered at OCR_PAGE_LONG_SIDE_PX, on 2 cores under a load average of 22: Tesseract took 6.3 s
 * with one language, 14 s with cat+spa+fra+eng; so 4 pages stay within OCR_SECONDS even then.
 */
export const MAX_OCR_PAGES = 4;
/**
 * Long side, in pixels, each PDF page is rendered to: 2,500 px is A4 at ~215 dpi, where Tesseract
 * reads 10-point text well (it wants ≥ 200 dpi); it also bounds a page with a giant MediaBox
 * (a 200-inch page at a fixed dpi would be gigapixels) to ~4.4 MP.
 */
export const OCR_PAGE_LONG_SIDE_PX = 2500;
/**
 * Pixels of an image attachment we OCR. A 12 MP phone photo is the largest genuine one; an image
 * declaring more is a decompression bomb to Leptonica (read from its header, before decoding).
 */
export const MAX_OCR_IMAGE_PIXELS = 40_000_000;
/**
 * Shorter side, in pixels, below which an image is not a form: logos and signature pictures are
 * 50–300 px; a photographed A4 page is over 1,000 px on each side.
 */
export const MIN_OCR_IMAGE_SIDE_PX = 600;
/**
 * Wall-clock seconds for all the OCR of one attachment (rendering included); the child process is
 * killed past it: MAX_OCR_PAGES pages at the 14 s a page measured under heavy load is ~56 s.
 */
export const OCR_SECONDS = 90;
/** Characters of OCR text kept per attachment (as MAX_TEXT_CHARS for typed text, far above 4 pages). */
const MAX_OCR_OUTPUT_BYTES = 2 * 1024 * 1024;
/** Languages read, in this order of preference, among those installed (Debian tesseract-ocr-LANG). */
const OCR_LANGUAGES = ['cat', 'spa', 'fra', 'eng'];
/** Debian packages that turn OCR on (`xmess status` names them when OCR is off). */
export const OCR_PACKAGES = ['tesseract-ocr', 'tesseract-ocr-cat', 'tesseract-ocr-spa', 'tesseract-ocr-fra', 'poppler-utils'];

export type OcrResult = { ok: true; text: string; pages?: number } | { ok: false; reason: string };

export interface OcrState {
  on: boolean;
  /** Why it is off, naming the packages to install; null when on. */
  off: string | null;
  languages: string[];
}

/**
 * Whether OCR can run: tesseract on PATH with at least one of our languages (pdftoppm is needed
 * for PDFs only). XMESS_OCR=off turns it off (tests, or a host that must not spend the CPU).
 */
export async function ocrState(env: NodeJS.ProcessEnv = process.env): Promise<OcrState> {
  if ((env.XMESS_OCR ?? '').toLowerCase() === 'off') return { on: false, off: 'OCR is off (XMESS_OCR=off)', languages: [] };
  const tesseract = onPath('tesseract', env);
  if (!tesseract) return { on: false, off: `OCR is off: tesseract is not installed (Debian: ${OCR_PACKAGES.join(' ')})`, languages: [] };
  let installed: string[] = [];
  try {
    const { stdout } = await run(tesseract, ['--list-langs'], { timeout: 10_000, env: ocrEnv(env) });
    installed = stdout.split('\n').map((l) => l.trim());
  } catch {
    return { on: false, off: `OCR is off: tesseract does not run (Debian: ${OCR_PACKAGES.join(' ')})`, languages: [] };
  }
  const languages = OCR_LANGUAGES.filter((l) => installed.includes(l));
  if (!languages.length) return { on: false, off: `OCR is off: no Tesseract language data for ${OCR_LANGUAGES.join(', ')} (Debian: ${OCR_PACKAGES.slice(1, 4).join(' ')})`, languages };
  return { on: true, off: null, languages };
}

/** OCR of a scanned PDF's first MAX_OCR_PAGES pages. */
export async function ocrPdf(bytes: Uint8Array, state: OcrState, env: NodeJS.ProcessEnv = process.env): Promise<OcrResult> {
  const pdftoppm = onPath('pdftoppm', env);
  if (!pdftoppm) return { ok: false, reason: 'scanned PDF not read: pdftoppm is not installed (Debian: poppler-utils)' };
  const started = Date.now();
  return withTemp(async (dir) => {
    const input = join(dir, 'scan.pdf');
    writeFileSync(input, bytes);
    try {
      await run(pdftoppm, ['-q', '-gray', '-png', '-f', '1', '-l', String(MAX_OCR_PAGES), '-scale-to', String(OCR_PAGE_LONG_SIDE_PX), input, join(dir, 'page')], { timeout: OCR_SECONDS * 1000, env: ocrEnv(env) });
    } catch (err) {
      return { ok: false, reason: `scanned PDF not rendered for OCR (${failure(err)})` };
    }
    const images = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort(byPageNumber);
    const texts: string[] = [];
    for (const image of images) {
      const left = OCR_SECONDS * 1000 - (Date.now() - started);
      if (left <= 0) return { ok: false, reason: `OCR gave up after ${OCR_SECONDS} s` };
      const read = await tesseract(join(dir, image), state, left, env);
      if (!read.ok) return read;
      texts.push(read.text);
    }
    return { ok: true, text: texts.join('\n\f\n'), pages: images.length };
  });
}

/** OCR of a photographed or scanned form sent as JPEG or PNG. */
export async function ocrImage(bytes: Uint8Array, state: OcrState, env: NodeJS.ProcessEnv = process.env): Promise<OcrResult> {
  const size = imageSize(bytes);
  if (!size) return { ok: false, reason: 'not a JPEG or PNG image we can read' };
  if (size.width * size.height > MAX_OCR_IMAGE_PIXELS) {
    return { ok: false, reason: `image of ${size.width}×${size.height} px is over the ${MAX_OCR_IMAGE_PIXELS / 1e6} MP OCR limit` };
  }
  return withTemp(async (dir) => {
    const input = join(dir, `image.${size.type}`);
    writeFileSync(input, bytes);
    return tesseract(input, state, OCR_SECONDS * 1000, env);
  });
}

/** Whether an image is big enough to be a form (not a logo). */
export function isFormSizedImage(bytes: Uint8Array): boolean {
  const size = imageSize(bytes);
  return !!size && Math.min(size.width, size.height) >= MIN_OCR_IMAGE_SIDE_PX;
}

async function tesseract(image: string, state: OcrState, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<OcrResult> {
  const bin = onPath('tesseract', env);
  if (!bin) return { ok: false, reason: 'tesseract is not installed' };
  try {
    // --psm 3: automatic page segmentation (columns, blocks), which also corrects a slight skew.
    const { stdout } = await run(bin, [image, 'stdout', '-l', state.languages.join('+'), '--psm', '3'], { timeout: timeoutMs, maxBuffer: MAX_OCR_OUTPUT_BYTES, env: ocrEnv(env) });
    return { ok: true, text: stdout.replace(/\f/g, '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() };
  } catch (err) {
    return { ok: false, reason: `OCR failed (${failure(err)})` };
  }
}

/**
 * One thread per Tesseract: its OpenMP threads would take every core of a shared host, and
 * measured here a page is no slower with one (the work is mostly sequential).
 */
function ocrEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: env.PATH ?? '', OMP_THREAD_LIMIT: '1', LANG: 'C.UTF-8', ...(env.TESSDATA_PREFIX ? { TESSDATA_PREFIX: env.TESSDATA_PREFIX } : {}) };
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

async function withTemp(work: (dir: string) => Promise<OcrResult>): Promise<OcrResult> {
  const dir = mkdtempSync(join(tmpdir(), 'xmess-ocr-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageNumber = (f: string): number => Number(/(\d+)\.png$/.exec(f)?.[1] ?? 0);
const byPageNumber = (a: string, b: string): number => pageNumber(a) - pageNumber(b);

function failure(err: unknown): string {
  const e = err as { killed?: boolean; signal?: string; code?: unknown; message?: string };
  if (e.killed || e.signal === 'SIGTERM') return `stopped after the ${OCR_SECONDS} s limit`;
  if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'too much text';
  return String(e.message ?? err).replace(/\s+/g, ' ').slice(0, 120);
}
