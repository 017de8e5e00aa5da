// Reading a scan by OCR when typed text is not there: a PDF without a text layer, or a photo of
// the form (JPEG/PNG). The result is marked `ocr` so later stages never trust it like typed text.
import type { Attachment, AttachmentText } from '../../../domain/types.js';
import { isFormSizedImage, ocrImage, ocrPdf, ocrState, type OcrResult, type OcrState } from './ocr.js';
import { readOcrCache, writeOcrCache } from './ocr-cache.js';

export interface OcrOptions {
  /** The cache folder (beside the raw archive); no cache when absent. */
  cacheDir?: string;
  env?: NodeJS.ProcessEnv;
}

/** Below this many letters OCR found no text worth reading (a photo, a blank page). */
const MIN_OCR_LETTERS = 20;
/** What readPdf says of a PDF without a text layer: the cue to read it by OCR. */
export const NO_TEXT_LAYER = 'no text layer (scanned image?)';

/**
 * The scan's OCR text, or null when OCR is off or found nothing: the caller then keeps what it
 * had (an unreadable scanned PDF stays unreadable, an image stays a picture). Never throws.
 */
export async function readByOcr(att: Attachment, kind: 'pdf' | 'image', opts: OcrOptions = {}): Promise<AttachmentText | null> {
  if (kind === 'image' && !isFormSizedImage(att.content)) return null;
  const state = await cachedState(opts.env ?? process.env);
  if (!state.on) return null;
  const filename = att.filename?.trim() || 'unnamed attachment';
  const cached = opts.cacheDir ? readOcrCache(opts.cacheDir, att.content, state.languages) : null;
  let result: OcrResult = cached ? { ok: true, ...cached } : await run(att, kind, state, opts.env ?? process.env);
  if (!result.ok) return kind === 'pdf' ? { ok: false, filename, kind: 'pdf', reason: `${filename}: ${result.reason}` } : null;
  if (!cached && opts.cacheDir) {
    try {
      writeOcrCache(opts.cacheDir, att.content, state.languages, result.pages === undefined ? { text: result.text } : { text: result.text, pages: result.pages });
    } catch {
      // an unwritable cache only means reading the scan again next time
    }
  }
  if ((result.text.match(/\p{L}/gu) ?? []).length < MIN_OCR_LETTERS) result = { ok: true, text: '' };
  if (!result.text) return null;
  const docKind = kind === 'pdf' ? 'pdf' : 'other';
  return result.pages === undefined
    ? { ok: true, filename, kind: docKind, text: result.text, ocr: true }
    : { ok: true, filename, kind: docKind, text: result.text, pages: result.pages, ocr: true };
}

function run(att: Attachment, kind: 'pdf' | 'image', state: OcrState, env: NodeJS.ProcessEnv): Promise<OcrResult> {
  return kind === 'pdf' ? ocrPdf(new Uint8Array(att.content), state, env) : ocrImage(new Uint8Array(att.content), state, env);
}

/** Probing Tesseract runs a process: done once per environment (PATH and XMESS_OCR) per process. */
const states = new Map<string, Promise<OcrState>>();
function cachedState(env: NodeJS.ProcessEnv): Promise<OcrState> {
  const key = `${env.XMESS_OCR ?? ''}\n${env.PATH ?? ''}`;
  let state = states.get(key);
  if (!state) { state = ocrState(env); states.set(key, state); }
  return state;
}
