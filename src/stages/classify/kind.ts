// Decides what kind of message this is before anyone reads it as a submission, so that we never
// answer a machine (RFC 3834): bounces, auto-replies, mailing lists and other bulk mail are ignored.
import type { MessageKind } from '../../domain/types.js';
import type { KindResult } from '../../domain/analysis.js';

export type { KindResult };

export interface KindInput {
  headers: Record<string, string[]>;
  contentType: string;
  fromAddress: string | null;
  subject: string;
}

const h = (headers: Record<string, string[]>, key: string): string => (headers[key]?.[0] ?? '').trim();

/** Senders that are machines by convention (RFC 3834 §3.2, RFC 5321 postmaster, no-reply mailboxes). */
// Exported for the follow-ups' loop guard (src/follow-ups/plan/rate-limit.ts): one definition of "a machine".
export const MACHINE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|no-?reply|do-?not-?reply|noresponder|no-?contestar|no-?respondre|bounces?)([+@.-]|$)/i;

const BOUNCE_SUBJECT = /^(undeliver(ed|able)|returned mail|delivery (status notification|failure|has failed)|mail delivery (failed|failure)|failure notice|non remis|no s'ha pogut lliurar|no entregado|mensaje no entregado|notificaci[oó]n de estado de entrega|error en el lliurament)/i;

/** Out-of-office subjects in Catalan, Spanish and English (Outlook, Gmail, Zimbra wordings). */
const AUTO_REPLY_SUBJECT = /^(resposta autom[aà]tica|respuesta autom[aá]tica|automatic reply|auto(matic)?[- ]?reply|out of (the )?office|fora de l'oficina|fuera de la oficina|autorespuesta|autoresposta)\b|^(absent|ausente|vacation|vacances|vacaciones)\s*:/i;

function bounce(input: KindInput): string | null {
  const ct = input.contentType.toLowerCase();
  if (ct.startsWith('multipart/report') && /report-type\s*=\s*"?delivery-status/.test(ct)) return 'multipart/report delivery-status (bounce)';
  const sender = input.fromAddress ?? '';
  if (/^(mailer-daemon|postmaster|mail-daemon)@/i.test(sender)) return `sent by ${sender} (bounce)`;
  if (BOUNCE_SUBJECT.test(input.subject)) return `subject "${input.subject.slice(0, 60)}" (bounce)`;
  if (h(input.headers, 'x-failed-recipients')) return 'X-Failed-Recipients header (bounce)';
  return null;
}

function autoReply(input: KindInput): string | null {
  const auto = h(input.headers, 'auto-submitted').toLowerCase();
  if (auto.startsWith('auto-replied')) return `Auto-Submitted: ${auto} (RFC 3834)`;
  if (h(input.headers, 'x-autoreply') || h(input.headers, 'x-autorespond')) return 'X-Autoreply/X-Autorespond header';
  if (/^auto[_-]?reply$/i.test(h(input.headers, 'precedence'))) return 'Precedence: auto_reply';
  if (/^(OOF|AutoReply)$/i.test(h(input.headers, 'x-auto-response-suppress')) && AUTO_REPLY_SUBJECT.test(input.subject)) return 'Exchange auto-reply';
  if (AUTO_REPLY_SUBJECT.test(input.subject)) return `subject "${input.subject.slice(0, 60)}" (out of office)`;
  return null;
}

function bulk(input: KindInput): string | null {
  const auto = h(input.headers, 'auto-submitted').toLowerCase();
  if (auto && auto !== 'no') return `Auto-Submitted: ${auto} (RFC 3834)`;
  const precedence = h(input.headers, 'precedence').toLowerCase();
  if (/^(bulk|list|junk)$/.test(precedence)) return `Precedence: ${precedence}`;
  if (h(input.headers, 'list-id')) return 'List-Id header (mailing list)';
  if (h(input.headers, 'list-unsubscribe')) return 'List-Unsubscribe header (newsletter)';
  if (input.contentType.toLowerCase().startsWith('multipart/report')) return 'multipart/report (machine-generated report)';
  const sender = (input.fromAddress ?? '').split('@')[0] ?? '';
  if (MACHINE_SENDER.test(sender)) return `sent from a no-reply address (${input.fromAddress})`;
  return null;
}

export function classifyKind(input: KindInput): KindResult {
  const b = bounce(input);
  if (b) return { kind: 'bounce', reason: b };
  const a = autoReply(input);
  if (a) return { kind: 'auto-reply', reason: a };
  const o = bulk(input);
  if (o) return { kind: 'other', reason: o };
  return { kind: 'submission', reason: null };
}

const REPLY_PREFIX = /^\s*((re|res|resp|rv|fw|fwd|tr|enc|rif|aw|sv|vs)\s*(\[\d+\])?\s*:\s*)+/i;

export const hasReplyPrefix = (subject: string): boolean => /^\s*(re|res|resp)\s*(\[\d+\])?\s*:/i.test(subject);

/** Subject without reply/forward prefixes, case and spacing folded: the key of "the same thread". */
export function threadSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
