// The practices table (filters, search) and a practice's page with its actions. Each action calls the
// function the CLI command calls (src/service/practice-actions.ts), signed with the desk user.
import express, { type Request, type Response, type Router } from 'express';
import { THEME_IDS } from '../../domain/types.js';
import { XmessError } from '../../domain/errors.js';
import { editPractice, parseSetting } from '../../pipeline/edit.js';
import { EDITABLE_FIELDS } from '../../store/changes.js';
import { acceptLatePractice, assignPracticeTo, findAdvisor, reviewPractice } from '../../service/practice-actions.js';
import { practiceSheet } from '../../service/practice-sheet.js';
import type { PracticeInfo } from '../../domain/follow-ups.js';
import { followUpsOfPractice, messagesOfPractice, practiceFacets, practiceRows } from '../../store/desk.js';
import { readPractice } from '../../follow-ups/store/facts.js';
import { practiceHistory, REVIEW_STATUSES } from '../../follow-ups/store/tasks.js';
import { byWhom, fail, localsOf, render, type DeskDeps } from '../context.js';
import { fieldRows, historyRows, sheetRows, themeName, timeline } from '../practice-view.js';
import { evidenceWords, sourceWords } from '../../follow-ups/render/words.js';
import { can, type Action } from '../roles.js';
import { form, oneOf, param, PRACTICE_ID, text, wantsRows } from './params.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PRACTICE_STATUSES = ['received', 'late', 'needs-info', 'accepted', 'late-accepted', 'rejected', 'sheet-incomplete', 'systematised'] as const;

/** The practice of the URL when the user may do `action` on it; otherwise the error page is sent and null returned. */
export function practiceFor(deps: DeskDeps, req: Request, res: Response, action: Action): PracticeInfo | null {
  const id = param(req, 'id');
  const p = PRACTICE_ID.test(id) ? readPractice(deps.db, id) : null;
  const actor = localsOf(res).actor;
  // An advisor is told "not found" for another's practice too: no telling which ids exist.
  if (!p || (actor.role === 'advisor' && !can(actor, 'practice', [p.advisor]))) {
    fail(deps, req, res, 404, 'notFound');
    return null;
  }
  if (!can(actor, action, [p.advisor])) {
    fail(deps, req, res, 403, 'forbidden');
    return null;
  }
  return p;
}

function listFilter(req: Request, res: Response) {
  const q = req.query;
  const late = q.late === '1' ? true : q.late === '0' ? false : undefined;
  const priority = /^[0-3]$/.test(String(q.priority ?? '')) ? Number(q.priority) : undefined;
  const actor = localsOf(res).actor;
  return {
    status: oneOf(q.status, PRACTICE_STATUSES), theme: oneOf(q.theme, THEME_IDS), municipality: text(q.municipality),
    advisor: text(q.advisor), q: text(q.q), ...(late === undefined ? {} : { late }), ...(priority === undefined ? {} : { minPriority: priority }),
    ...(actor.role === 'advisor' ? { onlyAdvisor: actor.email } : {}),
  };
}

function list(deps: DeskDeps, req: Request, res: Response): void {
  if (!can(localsOf(res).actor, 'practices')) return fail(deps, req, res, 403, 'forbidden');
  const f = listFilter(req, res);
  const lexicon = deps.followUps.settings.lexicon;
  const rows = practiceRows(deps.db, f).map((r) => ({
    ...r, late: r.late === 1, themeNames: (JSON.parse(r.themes) as string[]).map((t) => themeName(lexicon, t, deps.views.lang)).join('; '),
  }));
  if (wantsRows(req)) return void res.type('html').send(deps.views.fragment('practice-rows', { rows }));
  const facets = practiceFacets(deps.db);
  const opts = (values: readonly string[], chosen: string | undefined, label = (v: string) => v) =>
    values.map((v) => ({ value: v, label: label(v), selected: v === chosen }));
  render(deps, req, res, 'practices', {
    title: deps.views.word('practices'), rows, shown: rows.length, q: f.q ?? '',
    statuses: opts(PRACTICE_STATUSES, f.status, (s) => deps.views.word(`statuses.${s}`)),
    themes: opts(THEME_IDS, f.theme, (t) => themeName(lexicon, t, deps.views.lang)),
    municipalities: opts(facets.municipalities, f.municipality), advisors: opts(facets.advisors, f.advisor),
    late: { yes: f.late === true, no: f.late === false }, priorities: opts(['1', '2', '3'], f.minPriority?.toString()),
  });
}

function readable(deps: DeskDeps, p: PracticeInfo): { practice: PracticeInfo; fields: ReturnType<typeof fieldRows>; missing: string } {
  const labels = deps.followUps.renderer.labels(deps.views.lang);
  const fields = fieldRows(p, deps.views, deps.followUps.settings.lexicon).map((f) => ({ ...f, evidence: f.evidence === null ? null : evidenceWords(f.evidence, null, labels) }));
  return {
    practice: { ...p, source: sourceWords(p.source, null, labels) },
    fields,
    missing: p.missing.map((f) => labels.fields?.[f] ?? f).join(', '),
  };
}

function page(deps: DeskDeps, req: Request, res: Response): void {
  const p = practiceFor(deps, req, res, 'practice');
  if (!p) return;
  const actor = localsOf(res).actor;
  const mine = [p.advisor];
  render(deps, req, res, 'practice', {
    // Evidence, source and missing fields in the words the mails use, not the extractor's codes.
    title: p.title ?? p.id, ...readable(deps, p), sheet: sheetRows(p), history: historyRows(practiceHistory(deps.db, p.id)),
    timeline: timeline(messagesOfPractice(deps.db, p.id), followUpsOfPractice(deps.db, p.id)),
    done: oneOf(req.query.done, ['review', 'accept-late', 'assign', 'edit', 'resolve'] as const) ? deps.views.word('done') : null,
    can: {
      review: can(actor, 'review', mine), acceptLate: can(actor, 'accept-late', mine) && p.late && p.status === 'late',
      assign: can(actor, 'assign', mine) && deps.followUps.settings.advisors.length > 0, edit: can(actor, 'edit', mine), sheet: can(actor, 'sheet', mine),
      preview: deps.publishPreview !== undefined,
    },
    reviewStatuses: REVIEW_STATUSES.map((s) => ({ value: s, label: deps.views.word(`statuses.${s}`) })),
    advisors: deps.followUps.settings.advisors.map((a) => ({ email: a.email, name: a.name, selected: a.email.toLowerCase() === p.advisor?.toLowerCase() })),
  });
}

/** Runs an action; a refusal the domain explains (a usage error) is shown, the rest goes to the error handler. */
function act(deps: DeskDeps, req: Request, res: Response, action: Action, run: (p: PracticeInfo) => { planned: number }): void {
  const p = practiceFor(deps, req, res, action);
  if (!p) return;
  try {
    const outcome = run(p);
    if (outcome.planned > 0) deps.deliver();
  } catch (err) {
    if (err instanceof XmessError && err.kind === 'input') return fail(deps, req, res, 409, 'badRequest', err.message);
    throw err;
  }
  res.redirect(303, `/practices/${encodeURIComponent(p.id)}?done=${action}`);
}

export function practiceRoutes(deps: DeskDeps): Router {
  const router = express.Router();
  router.get('/practices', (req, res) => list(deps, req, res));
  router.get('/practices/:id', (req, res) => page(deps, req, res));
  router.post('/practices/:id/review', (req, res) => {
    const status = oneOf(form(req).status, REVIEW_STATUSES);
    if (!status) return fail(deps, req, res, 400, 'badRequest');
    act(deps, req, res, 'review', (p) => reviewPractice(deps.followUps, p, status, text(form(req).note, 2000) ?? null, byWhom(res)));
  });
  router.post('/practices/:id/accept-late', (req, res) =>
    act(deps, req, res, 'accept-late', (p) => acceptLatePractice(deps.followUps, p, text(form(req).note, 2000) ?? null, byWhom(res))));
  router.post('/practices/:id/assign', (req, res) => {
    const who = text(form(req).advisor);
    if (!who) return fail(deps, req, res, 400, 'badRequest');
    act(deps, req, res, 'assign', (p) => assignPracticeTo(deps.followUps, p, findAdvisor(deps.followUps.settings.advisors, who), byWhom(res)));
  });
  // `xmess edit`'s function: one field, checked and normalised as on the command line, with history.
  router.post('/practices/:id/edit', (req, res) => {
    const field = oneOf(form(req).field, EDITABLE_FIELDS);
    const value = typeof form(req).value === 'string' ? (form(req).value as string).slice(0, 10_000) : '';
    if (!field) return fail(deps, req, res, 400, 'badRequest');
    act(deps, req, res, 'edit', (p) => {
      const { db, municipalities, lexicon } = deps.pipeline;
      editPractice({ db, municipalities, lexicon }, p.id, [parseSetting(`${field}=${value}`, lexicon)], byWhom(res));
      return { planned: 0 };
    });
  });
  router.get('/practices/:id/publish-preview', (req, res) => {
    const p = practiceFor(deps, req, res, 'practice');
    const preview = p && deps.publishPreview?.(p.id);
    if (!p) return;
    if (!preview) return fail(deps, req, res, 404, 'notFound');
    // A page of its own, sandboxed: it is what the public site will show, not part of the desk.
    res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.type('html').send(preview.html);
  });
  router.get('/practices/:id/sheet', (req, res) => {
    const p = practiceFor(deps, req, res, 'sheet');
    if (!p) return;
    const sheet = practiceSheet(deps.followUps, p);
    res.attachment(sheet.filename);
    res.set('Content-Type', DOCX_TYPE);
    res.send(sheet.docx);
  });
  return router;
}
