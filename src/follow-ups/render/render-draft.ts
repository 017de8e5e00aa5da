// From a planned draft to the outbox row that will be sent: subject and bodies rendered, our
// Message-ID derived from the dedupe key, the RFC 3834 headers, the sheet to attach. Pure.
import { renderDigest } from './digest-render.js';
import { automaticHeaders, cleanHeaderText, ourMessageId, outboxId } from '../plan/headers.js';
import { displayPhone, formatDay, themeLabel, viewModel, type ModelContext } from './model.js';
import { sourceWords } from './words.js';
import type { Renderer, Rendered } from './render.js';
import { sheetSpec } from './sheet-docx.js';
import type { AttachmentSpec, NewOutboxRow, NotifySettings, OutboxDraft } from '../../domain/follow-ups.js';

function rendered(d: OutboxDraft, renderer: Renderer, ctx: ModelContext): Rendered {
  if (d.data.template !== 'digest') return renderer.mail(d.data.template, d.lang, viewModel(d.data, ctx));
  const digest = d.data.digest;
  return { subject: renderer.subject('digest', d.lang, digest), text: renderDigest(digest, 'text', renderer), html: renderDigest(digest, 'html', renderer) };
}

/** The advisor's sheet: theme labels in Catalan, the language of the network's form. */
function attachments(d: OutboxDraft, ctx: ModelContext, renderer: Renderer): AttachmentSpec[] {
  if (d.data.template !== 'advisor-task') return [];
  const p = d.data.practice;
  const ca = { ...ctx, lang: 'ca' as const, labels: renderer.labels('ca') };
  // Words a person reads on the sheet: where it came from said in Catalan, the phone formatted for reading.
  const source = sourceWords(p.source, formatDay(d.data.message?.receivedAt ?? null, ca), ca.labels);
  const contact = { ...p.contact, phone: displayPhone(p.contact.phone) };
  return [{ type: 'sheet', spec: sheetSpec({ ...p, contact, source, themeLabels: p.themes.map((t) => themeLabel(t, ca)) }) }];
}

export function renderDraft(d: OutboxDraft, renderer: Renderer, settings: NotifySettings): NewOutboxRow {
  const ctx: ModelContext = { settings, lang: d.lang, labels: renderer.labels(d.lang) };
  const r = rendered(d, renderer, ctx);
  const id = outboxId(d.dedupeKey);
  return {
    id, kind: d.kind, template: d.data.template, dedupeKey: d.dedupeKey, practices: d.practices, messageRow: d.messageRow,
    messageId: ourMessageId(id, settings.campaign.from), inReplyTo: d.inReplyTo, refs: d.refs,
    from: settings.campaign.from, to: [d.to], toName: cleanHeaderText(d.toName) || null,
    subject: cleanHeaderText(r.subject), lang: d.lang, text: r.text, html: r.html,
    headers: automaticHeaders(d.isReply), attachments: attachments(d, ctx, renderer), givenUp: d.givenUp,
  };
}
