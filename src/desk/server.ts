// Starts the desk on HOST:PORT (127.0.0.1 unless told otherwise) for `xmess desk` and `serve --desk`.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Config } from '../config/load.js';
import { readEnv } from '../config/env.js';
import { TEMPLATES_DIR } from '../config/paths.js';
import { errorMessage } from '../domain/errors.js';
import type { Logger } from '../log.js';
import type { FollowUpContext } from '../follow-ups/planner.js';
import type { PipelineContext } from '../pipeline/index.js';
import type { Db } from '../store/db.js';
import { deliverPending } from '../follow-ups/send/deliver.js';
import { createDeskApp } from './app.js';
import { makePublishPreview } from './publish-preview.js';
import type { DeskDeps } from './context.js';
import { loadSecret } from './session.js';
import { userDirectory, usersPath } from './users.js';
import { loadViews } from './views.js';

import { DEFAULT_HOST } from './defaults.js';

const KEEP_ALIVE_MS = 65_000;

export interface DeskServer {
  url: string;
  close(): Promise<void>;
}

/** One delivery at a time; an action during a run asks for exactly one more run after it. */
function makeDeliver(db: Db, config: Config, log: Logger): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) return void (again = true);
    running = true;
    deliverPending({ db, outboxDir: config.outboxDir, smtpUrl: config.smtpUrl, log })
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'desk: delivering follow-ups failed; `xmess send` or serve will retry'))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

export function deskDeps(config: Config, pipeline: PipelineContext, followUps: FollowUpContext, log: Logger): DeskDeps {
  const db = pipeline.db;
  return {
    db, followUps, pipeline, rawDir: config.rawDir, log,
    users: userDirectory(usersPath(config.configDir)),
    secret: loadSecret(config.configDir, readEnv().deskSecret),
    // The desk's pages exist in ca, es and en: a French campaign's desk is shown in English.
    views: loadViews(join(TEMPLATES_DIR, 'desk'), config.campaign.language === 'fr' ? 'en' : config.campaign.language, config.campaign.timezone),
    deliver: makeDeliver(db, config, log),
    publishPreview: makePublishPreview(config, db),
  };
}

export async function startDesk(deps: DeskDeps, port: number, host = DEFAULT_HOST): Promise<DeskServer> {
  const server: Server = createServer(createDeskApp(deps));
  // Longer than the 5 s default, so a browser (or a proxy) reusing a quiet connection does not find it
  // closed under it; headers just above it, as Node requires.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as { port: number }).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${actual}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
