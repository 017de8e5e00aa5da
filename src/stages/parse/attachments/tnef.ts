// Outlook's TNEF wrapper (winmail.dat, application/ms-tnef) unpacked into the files it carries, with
// the npm package node-tnef when it is installed (it is loaded lazily, so a missing package only
// means the wrapper is set aside as a part that is not a document, never a failure).
import type { Attachment } from '../../../domain/types.js';
import { MAX_ATTACHMENT_BYTES } from './limits.js';

/** Files taken out of one TNEF wrapper; a real one carries the 1–5 files of the mail. */
const MAX_TNEF_FILES = 20;

interface TnefFile { Title?: unknown; Data?: unknown }
interface TnefModule { parseBuffer(data: Buffer, done: (err: unknown, content: { Attachments?: TnefFile[] } | undefined) => void): void }

export type TnefUnpacked = { ok: true; files: Attachment[] } | { ok: false; why: string };

export async function unpackTnef(att: Attachment): Promise<TnefUnpacked> {
  const tnef = await loadTnef();
  if (!tnef) return { ok: false, why: 'TNEF wrapper (winmail.dat) not unpacked: the node-tnef package is not installed' };
  const content = await new Promise<{ Attachments?: TnefFile[] } | null>((resolve) => {
    try {
      tnef.parseBuffer(att.content, (err, parsed) => resolve(err || !parsed ? null : parsed));
    } catch {
      resolve(null);
    }
  });
  if (!content) return { ok: false, why: 'TNEF wrapper (winmail.dat) that could not be unpacked' };
  const files: Attachment[] = [];
  for (const f of (content.Attachments ?? []).slice(0, MAX_TNEF_FILES)) {
    if (!(f.Data instanceof Uint8Array) && !Array.isArray(f.Data)) continue;
    const bytes = Buffer.from(f.Data as Uint8Array);
    if (bytes.length === 0 || bytes.length > MAX_ATTACHMENT_BYTES) continue;
    files.push({ filename: typeof f.Title === 'string' ? f.Title : null, contentType: 'application/octet-stream', size: bytes.length, content: bytes });
  }
  return { ok: true, files };
}

async function loadTnef(): Promise<TnefModule | null> {
  try {
    // A variable specifier: the package is optional, and TypeScript must not require its types.
    const name = 'node-tnef';
    const mod = (await import(name)) as { default?: unknown } & Partial<TnefModule>;
    const api = (typeof mod.parseBuffer === 'function' ? mod : mod.default) as Partial<TnefModule> | undefined;
    return api && typeof api.parseBuffer === 'function' ? (api as TnefModule) : null;
  } catch {
    return null;
  }
}
