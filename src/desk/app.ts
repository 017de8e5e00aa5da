// The desk as an Express 5 app: security headers first, then the assets, login, and every other
// route behind a session and (for forms) a CSRF token. Built from its dependencies, so tests run it
// on a real port against a real SQLite file.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths.js';
import { authRoutes, requireCsrf, requireSession, sessionLoader } from './auth.js';
import { fail, localsOf, type DeskDeps } from './context.js';
import { assetRoutes } from './routes/assets.js';
import { inboxRoutes } from './routes/inbox.js';
import { liveRoutes } from './routes/live.js';
import { practiceRoutes } from './routes/practices.js';

export const ASSETS_DIR = join(PROJECT_ROOT, 'assets', 'desk');
/** Forms are a few fields and a note; anything bigger is not from the desk. */
const MAX_FORM_BYTES = '64kb';

const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'"], connectSrc: ["'self'"],
      fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
      // The mail's HTML is shown in a sandboxed srcdoc frame, which inherits this policy: no remote loads.
      frameSrc: ["'self'"],
    },
  },
  // Served over plain HTTP on 127.0.0.1 by default; HSTS belongs to the TLS proxy in front, if any.
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
});

export function createDeskApp(deps: DeskDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use(assetRoutes(ASSETS_DIR));
  app.use(express.urlencoded({ extended: false, limit: MAX_FORM_BYTES, parameterLimit: 50 }));
  app.use(sessionLoader(deps));
  app.use(authRoutes(deps));
  app.use(requireSession);
  app.use(requireCsrf(deps));
  app.get('/', (_req, res) => res.redirect(303, localsOf(res).actor.role === 'advisor' ? '/practices' : '/inbox'));
  app.use(inboxRoutes(deps));
  app.use(practiceRoutes(deps));
  app.use(liveRoutes(deps));
  app.use((req: Request, res: Response) => fail(deps, req, res, 404, 'notFound'));
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) return fail(deps, req, res, status, 'badRequest');
    deps.log.error({ err: err instanceof Error ? err.stack : String(err), path: req.path }, 'desk: request failed');
    fail(deps, req, res, 500, 'error');
  });
  return app;
}
