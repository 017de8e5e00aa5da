// Login, logout and the checks in front of every other route: a valid signed session cookie for a
// user still in desk-users.json with the same password, and a CSRF token on every form sent.
import type { CookieOptions, NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { fail, localsOf, render, type DeskDeps } from './context.js';
import {
  csrfToken, csrfValid, newSid, parseCookies, passwordMark, PRELOGIN_COOKIE, SESSION_COOKIE, SESSION_MS, sign, unsign, type Session,
} from './session.js';

/** Failed logins per client address in the window: a person mistyping is well under it, a guesser is stopped. */
const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;

const COOKIE_BASE = { httpOnly: true, sameSite: 'strict' as const, path: '/' };
/** Secure cookies only over HTTPS (behind a proxy that says so); on 127.0.0.1 the browser would drop them. */
const cookieOptions = (req: Request, maxAge?: number): CookieOptions => ({ ...COOKIE_BASE, secure: req.secure, ...(maxAge ? { maxAge } : {}) });

/** Sessions ended by logout before their expiry (kept in memory; they expire on their own anyway). */
const revoked = new Map<string, number>();

function forget(now: number): void {
  for (const [sid, exp] of revoked) if (exp < now) revoked.delete(sid);
}

/** Sets res.locals.user when the request carries a valid session. */
export function sessionLoader(deps: DeskDeps) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const s = unsign<Session>(deps.secret, parseCookies(req.headers.cookie)[SESSION_COOKIE]);
    const now = Date.now();
    const user = s && s.exp > now && !revoked.has(s.sid) ? deps.users.find(s.u) : undefined;
    if (s && user && s.pw === passwordMark(deps.secret, user.passwordHash)) {
      Object.assign(res.locals, { user, actor: { email: user.email, role: user.role }, sid: s.sid, csrf: csrfToken(deps.secret, s.sid) });
    }
    next();
  };
}

/** Pages need a session; a browser is sent to the login page, anything else gets 401. */
export function requireSession(req: Request, res: Response, next: NextFunction): void {
  if (localsOf(res).user) return next();
  if (req.method === 'GET' && req.accepts('html')) return res.redirect(303, '/login');
  res.status(401).type('text').send('log in first');
}

/** Every form carries `_csrf`, the HMAC of the session id: a form from another site cannot know it. */
export function requireCsrf(deps: DeskDeps) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const body = req.body as Record<string, unknown> | undefined;
    if (csrfValid(deps.secret, localsOf(res).sid, body?._csrf)) return next();
    fail(deps, req, res, 403, 'csrf');
  };
}

function preloginSid(deps: DeskDeps, req: Request, res: Response): string {
  const known = unsign<{ pre: string }>(deps.secret, parseCookies(req.headers.cookie)[PRELOGIN_COOKIE]);
  if (known?.pre) return known.pre;
  const pre = newSid();
  res.cookie(PRELOGIN_COOKIE, sign(deps.secret, { pre }), cookieOptions(req));
  return pre;
}

function loginPage(deps: DeskDeps, req: Request, res: Response, status: number, error: string | null): void {
  const pre = preloginSid(deps, req, res);
  Object.assign(res.locals, { csrf: csrfToken(deps.secret, `pre:${pre}`) });
  render(deps, req, res, 'login', { title: deps.views.word('loginTitle'), error, noUsers: deps.users.count() === 0 }, status);
}

export function authRoutes(deps: DeskDeps): Router {
  const router = express.Router();
  const limiter = rateLimit({
    windowMs: LOGIN_WINDOW_MS, limit: deps.loginLimit ?? LOGIN_ATTEMPTS, skipSuccessfulRequests: true,
    standardHeaders: 'draft-7', legacyHeaders: false,
    handler: (req, res) => loginPage(deps, req, res, 429, deps.views.word('tooMany')),
  });
  router.get('/login', (req, res) => (localsOf(res).user ? res.redirect(303, '/') : loginPage(deps, req, res, 200, null)));
  router.post('/login', limiter, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const pre = unsign<{ pre: string }>(deps.secret, parseCookies(req.headers.cookie)[PRELOGIN_COOKIE])?.pre;
    if (!pre || !csrfValid(deps.secret, `pre:${pre}`, body._csrf)) return loginPage(deps, req, res, 403, deps.views.word('csrf'));
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const user = await deps.users.verify(email, password);
    if (!user) {
      deps.log.warn({ email: email.slice(0, 200), ip: req.ip }, 'desk: failed login');
      return loginPage(deps, req, res, 401, deps.views.word('loginFailed'));
    }
    // A fresh session id at login: a token or cookie planted before cannot ride into the session.
    const session: Session = { u: user.email, sid: newSid(), exp: Date.now() + SESSION_MS, pw: passwordMark(deps.secret, user.passwordHash) };
    res.clearCookie(PRELOGIN_COOKIE, COOKIE_BASE);
    res.cookie(SESSION_COOKIE, sign(deps.secret, session), cookieOptions(req, SESSION_MS));
    deps.log.info({ user: user.email, role: user.role }, 'desk: login');
    res.redirect(303, '/');
  });
  router.post('/logout', requireSession, requireCsrf(deps), (req, res) => {
    const now = Date.now();
    forget(now);
    revoked.set(localsOf(res).sid, now + SESSION_MS);
    res.clearCookie(SESSION_COOKIE, COOKIE_BASE);
    res.redirect(303, '/login');
  });
  return router;
}
