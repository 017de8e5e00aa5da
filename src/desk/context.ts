// What the desk's routes share: the database, the follow-up context the CLI commands use, the users,
// the session key, the pages, and the delivery run after an action (as the commands run one).
import type { Request, Response } from 'express';
import type { Logger } from '../log.js';
import type { FollowUpContext } from '../follow-ups/planner.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { Db } from '../store/db.js';
import type { PublishPreview } from './publish-preview.js';
import type { Actor } from './roles.js';
import type { DeskUser, UserDirectory } from './users.js';
import type { Views } from './views.js';

export interface DeskDeps {
  db: Db;
  followUps: FollowUpContext;
  /** What resolve and edit need (the same context `xmess resolve` and `xmess edit` use). */
  pipeline: PipelineContext;
  rawDir: string;
  users: UserDirectory;
  secret: Buffer;
  views: Views;
  log: Logger;
  /** The practice's page as `xmess publish` would write it. */
  publishPreview?: PublishPreview;
  /** Starts a delivery of what the actions planned; never waited for by a page. */
  deliver: () => void;
  /** Failed logins allowed per address in LOGIN_WINDOW_MS (tests lower it). */
  loginLimit?: number;
  /** How often the live stream looks for changes. */
  liveIntervalMs?: number;
}

/** The logged-in person of this request (set by the session middleware). */
export interface DeskLocals {
  user: DeskUser;
  actor: Actor;
  sid: string;
  csrf: string;
}

export const localsOf = (res: Response): DeskLocals => res.locals as unknown as DeskLocals;

/** How an action is signed in the practice's history. */
export const byWhom = (res: Response): string => `${localsOf(res).user.email} (desk)`;

/** Renders a page with what every page needs: who is logged in, the CSRF token, the menu. */
export function render(deps: DeskDeps, req: Request, res: Response, name: string, model: Record<string, unknown>, status = 200): void {
  const l = localsOf(res);
  const user = l.user ? { email: l.user.email, name: l.user.name ?? l.user.email, role: l.user.role, isAdvisor: l.user.role === 'advisor' } : null;
  res.status(status).type('html').send(deps.views.page(name, { ...model, user, csrf: l.csrf, path: req.path }));
}

export function fail(deps: DeskDeps, req: Request, res: Response, status: number, messageKey: string, detail?: string): void {
  render(deps, req, res, 'error', { title: deps.views.word('error'), message: deps.views.word(messageKey), detail: detail ?? null }, status);
}
