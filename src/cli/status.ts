// `xmess status [--json]`: is the intake healthy? Mailbox checkpoint and last successful poll, message
// and outbox counts, recent failures, queue counts. Exit 1 when Redis is configured but does not answer.
import type { ServiceStatus } from '../service/status.js';
import type { CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';
import { openServiceContext } from './service-options.js';
import { renderTable } from '../util/table.js';
import { ocrState, type OcrState } from '../stages/parse/attachments/ocr.js';

export interface StatusFlags extends CommonOptions {
  json?: boolean;
}

const counts = (c: Record<string, number>): string => Object.entries(c).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
const ago = (iso: string | null): string => (iso ? `${iso} (${Math.round((Date.now() - Date.parse(iso)) / 1000)} s ago)` : 'never');

function mailboxLines(s: ServiceStatus): string[] {
  if (!s.mailboxes.length) return ['mailbox: never polled (run `xmess serve` or `xmess poll --once`)'];
  return s.mailboxes.map((m) =>
    `mailbox ${m.mailbox}: UIDVALIDITY ${m.uidvalidity}, last UID ${m.last_uid}, last successful poll ${ago(m.last_success_at)}` +
    (m.last_error ? `\n  last error: ${m.last_error}` : ''));
}

function queueLines(s: ServiceStatus): string[] {
  if (!s.redis.configured) return ['queues: REDIS_URL is not set (inline mode only)'];
  if (!s.redis.reachable) return [`queues: Redis does not answer (${s.redis.error}); check REDIS_URL and that Redis runs`];
  const table = renderTable(['queue', 'waiting', 'active', 'delayed', 'failed', 'completed'],
    s.queues.map((q) => [q.name, (q.counts.waiting ?? 0) + (q.counts.prioritized ?? 0), q.counts.active ?? 0, q.counts.delayed ?? 0, q.counts.failed ?? 0, q.counts.completed ?? 0]));
  const schedules = s.schedules.map((x) => `${x.id}: ${x.every ? `every ${x.every / 1000} s, next ${x.next ? new Date(x.next).toISOString() : '?'}` : 'not scheduled (start `xmess serve`)'}`);
  return [table, `schedules: ${schedules.join('; ')}`];
}

/** Whether scans are read by OCR, and if not which Debian packages turn it on. */
const ocrLine = (o: OcrState): string => (o.on ? `ocr: on (Tesseract, languages ${o.languages.join(', ')})` : `ocr: off: scans stay needs-review unread; ${o.off}`);

function render(s: ServiceStatus, ocr: OcrState): string {
  const failures = s.recentFailures.length
    ? renderTable(['row', 'Message-ID', 'when', 'reason'], s.recentFailures.map((f) => [f.id, f.message_id, f.processed_at, f.reason]), [6, 30, 26, 60])
    : 'recent failures: none';
  return [...mailboxLines(s), `messages: ${counts(s.messages)}`, `outbox: ${counts(s.outbox)}`, ocrLine(ocr), ...queueLines(s), failures].join('\n');
}

export async function statusCommand(opts: StatusFlags): Promise<number> {
  const ctx = openServiceContext({ ...opts });
  try {
    const { gatherStatus } = await import('../service/status.js');
    const s = await gatherStatus(ctx.db, ctx.config, ctx.log);
    const ocr = await ocrState();
    console.log(opts.json ? JSON.stringify({ ...s, ocr }, null, 2) : render(s, ocr));
    return s.redis.configured && !s.redis.reachable ? 1 : 0;
  } finally {
    ctx.close();
  }
}

export const registerStatus: Register = (program, wrap) => {
  withCommonOptions(program.command('status').description('mailbox checkpoint, last successful poll, message, outbox and queue counts, recent failures'))
    .option('--json', 'print the status as JSON')
    .action(wrap((opts: StatusFlags) => statusCommand(opts)));
};
