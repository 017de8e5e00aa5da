// The inbox: messages with status, kind and reason, needs-review first; a message's page with its
// headers, text, sanitised HTML, attachments and what was read; attachment downloads.
import express, { type Router } from 'express';
import { XmessError } from '../../domain/errors.js';
import { RESOLVE_AS, resolveMessage } from '../../pipeline/resolve.js';
import { getMessage } from '../../store/messages.js';
import { attachmentsRead, inboxRows, messageStatusCounts, practicesLinkedTo } from '../../store/desk.js';
import { byWhom, fail, localsOf, render, type DeskDeps } from '../context.js';
import { attachmentOf, mailView } from '../mail-view.js';
import { can } from '../roles.js';
import { form, MESSAGE_ROW, oneOf, param, PRACTICE_ID, text, wantsRows } from './params.js';

const MESSAGE_STATUSES = ['needs-review', 'processed', 'ignored', 'failed', 'pending'] as const;
/** A type a browser will not run even if it opened it: anything else malformed is sent as bytes. */
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

export function inboxRoutes(deps: DeskDeps): Router {
  const router = express.Router();

  router.get('/inbox', (req, res) => {
    if (!can(localsOf(res).actor, 'inbox')) return fail(deps, req, res, 403, 'forbidden');
    const filter = { status: oneOf(req.query.status, MESSAGE_STATUSES), q: text(req.query.q) };
    const rows = inboxRows(deps.db, filter);
    if (wantsRows(req)) return void res.type('html').send(deps.views.fragment('inbox-rows', { rows }));
    const counts = messageStatusCounts(deps.db);
    const statuses = MESSAGE_STATUSES.map((s) => ({ value: s, n: counts[s] ?? 0, selected: s === filter.status }));
    render(deps, req, res, 'inbox', { title: deps.views.word('inbox'), rows, statuses, q: filter.q ?? '', shown: rows.length });
  });

  router.get('/messages/:id', async (req, res) => {
    const row = MESSAGE_ROW.test(param(req, 'id')) ? getMessage(deps.db, Number(param(req, 'id'))) : undefined;
    if (!row) return fail(deps, req, res, 404, 'notFound');
    const linked = practicesLinkedTo(deps.db, row.id);
    const actor = localsOf(res).actor;
    if (!can(actor, 'message', linked.map((p) => p.advisor))) return fail(deps, req, res, 403, 'forbidden');
    const view = await mailView(deps.rawDir, row);
    const read = attachmentsRead(deps.db, row.id).map((a) => ({ ...a, ok: a.ok === 1 }));
    render(deps, req, res, 'message', {
      title: row.subject || row.message_id, message: row, view, read, linked,
      canResolve: can(actor, 'resolve') && (row.status === 'needs-review' || row.status === 'failed'),
      done: req.query.done === 'resolve' ? deps.views.word('done') : null,
    });
  });

  router.get('/messages/:id/attachments/:n', async (req, res) => {
    const row = MESSAGE_ROW.test(param(req, 'id')) ? getMessage(deps.db, Number(param(req, 'id'))) : undefined;
    const n = /^[0-9]{1,3}$/.test(param(req, 'n')) ? Number(param(req, 'n')) : -1;
    if (!row || n < 0) return fail(deps, req, res, 404, 'notFound');
    if (!can(localsOf(res).actor, 'message', practicesLinkedTo(deps.db, row.id).map((p) => p.advisor))) return fail(deps, req, res, 403, 'forbidden');
    const a = await attachmentOf(deps.rawDir, row, n);
    if (!a) return fail(deps, req, res, 404, 'notFound');
    // Always a download, never shown in the desk's origin: an HTML or SVG attachment must not run here.
    res.attachment(a.filename);
    res.set('Content-Type', CONTENT_TYPE.test(a.contentType) ? a.contentType : 'application/octet-stream');
    res.set('Content-Security-Policy', "default-src 'none'; sandbox");
    res.send(a.content);
  });

  // `xmess resolve`'s function: ignored, linked to a practice, or opened as a new one.
  router.post('/messages/:id/resolve', async (req, res) => {
    const row = MESSAGE_ROW.test(param(req, 'id')) ? getMessage(deps.db, Number(param(req, 'id'))) : undefined;
    if (!row) return fail(deps, req, res, 404, 'notFound');
    if (!can(localsOf(res).actor, 'resolve')) return fail(deps, req, res, 403, 'forbidden');
    const as = oneOf(form(req).as, RESOLVE_AS);
    const practice = as === 'linked' ? text(form(req).practice, 64) ?? '' : null;
    if (!as || (practice !== null && !PRACTICE_ID.test(practice))) return fail(deps, req, res, 400, 'badRequest');
    try {
      const outcome = await resolveMessage(deps.pipeline, String(row.id), as, practice, text(form(req).note, 2000) ?? null, byWhom(res));
      if (outcome.planned > 0) deps.deliver();
      res.redirect(303, outcome.practice ? `/practices/${encodeURIComponent(outcome.practice)}?done=resolve` : `/messages/${row.id}?done=resolve`);
    } catch (err) {
      if (err instanceof XmessError && err.kind === 'input') return fail(deps, req, res, 409, 'badRequest', err.message);
      throw err;
    }
  });

  return router;
}
