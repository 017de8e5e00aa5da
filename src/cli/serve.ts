// `xmess serve [--dashboard PORT] [--concurrency N] [--desk PORT [--desk-host ADDRESS]]`: the mailbox watched live, processed through the
// queues, follow-ups sent, schedules run; stops gracefully on SIGTERM/SIGINT within 10 s.
import type { CommonOptions } from './context.js';
import { listeningLine, parseDeskPort } from './desk.js';
import { DEFAULT_HOST } from '../desk/defaults.js';
import { withCommonOptions, type Register } from './program.js';
import { exitSoon, openServiceContext, parseCount, parsePort, requireImap, requireRedis } from './service-options.js';

export interface ServeFlags extends CommonOptions {
  dashboard?: string;
  concurrency?: string;
  desk?: string;
  deskHost?: string;
}

/** Two analyses at once: one can wait on an attachment's parser thread while the other parses MIME. */
const DEFAULT_CONCURRENCY = 2;

export async function serveCommand(opts: ServeFlags): Promise<number> {
  const dashboardPort = parsePort(opts.dashboard);
  const concurrency = parseCount(opts.concurrency, '--concurrency', 0, DEFAULT_CONCURRENCY);
  const deskPort = opts.desk === undefined ? undefined : parseDeskPort(opts.desk, '--desk');
  const ctx = openServiceContext(opts, (config) => {
    requireImap(config, 'serve', 'to import files without a mail server, use `xmess ingest PATH`');
    requireRedis(config, 'serve', 'without Redis, run `xmess poll --once --inline` periodically (e.g. from cron)');
  }, { create: true, writes: true });
  try {
    // Loaded on use: BullMQ, imapflow and bull-board would slow every other command's start by ~0.5 s.
    const { startServe } = await import('../service/serve.js');
    const { onShutdownSignal } = await import('../service/shutdown.js');
    const running = await startServe(ctx.config, ctx.pipeline, ctx.log, { concurrency, ...(dashboardPort !== undefined ? { dashboardPort } : {}) });
    // The desk in the same process: it sees new mail as the workers commit it (its live stream reads SQLite).
    let desk: { close(): Promise<void> } | null = null;
    if (deskPort !== undefined) {
      const { deskDeps, startDesk } = await import('../desk/server.js');
      const { usersPath } = await import('../desk/users.js');
      const host = opts.deskHost?.trim() || DEFAULT_HOST;
      const deps = deskDeps(ctx.config, ctx.pipeline, { ...ctx.pipeline.followUps!, db: ctx.db }, ctx.log);
      const started = await startDesk(deps, deskPort, host);
      desk = started;
      console.log(listeningLine(started.url, host, usersPath(ctx.config.configDir), deps.users.count()));
    }
    await onShutdownSignal(ctx.log);
    await desk?.close();
    await running.stop();
    ctx.log.info('xmess serve stopped');
    exitSoon(0);
    return 0;
  } finally {
    ctx.close();
  }
}

export const registerServe: Register = (program, wrap) => {
  withCommonOptions(program.command('serve').description('watch the mailbox (IMAP IDLE) and process, follow up and schedule through Redis queues'))
    .option('--dashboard <port>', 'serve the queue dashboard (bull-board) on 127.0.0.1:PORT')
    .option('--concurrency <n>', `analyses run at once in this process; 0 leaves them to \`xmess worker\` (default ${DEFAULT_CONCURRENCY})`)
    .option('--desk <port>', 'serve the web desk on PORT too (as `xmess desk`)')
    .option('--desk-host <address>', `address the desk listens on (default ${DEFAULT_HOST}: this machine only)`)
    .option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)')
    .action(wrap((opts: ServeFlags) => serveCommand(opts)));
};
