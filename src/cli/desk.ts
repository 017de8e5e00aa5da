// `xmess desk [--port 8080] [--host 127.0.0.1]`: the web desk on its own (with `serve`, use
// `serve --desk PORT` instead). Says where it listens; stops on SIGINT/SIGTERM.
import { DEFAULT_DESK_PORT, DEFAULT_HOST } from '../desk/defaults.js';
import { UsageError } from '../domain/errors.js';
import { openContext } from './context.js';
import { followUpContext, withOutboxOption, type FollowUpOptions } from './follow-up-context.js';
import { withCommonOptions, type Register } from './program.js';

export interface DeskOptions extends FollowUpOptions {
  port?: string;
  host?: string;
}



export function parseDeskPort(value: string | undefined, flag: string): number {
  if (value === undefined) return DEFAULT_DESK_PORT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${flag} must be a port number from 0 to 65535, not "${value}"`);
  return n;
}

/** The line printed at start: where, and a warning when it listens beyond this machine. */
export function listeningLine(url: string, host: string, usersFile: string, users: number): string {
  const reach = host === DEFAULT_HOST || host === 'localhost' || host === '::1'
    ? 'only this machine can reach it (use --host to listen elsewhere, behind HTTPS)'
    : `listening on ${host}: other machines can reach it; put it behind HTTPS`;
  const who = users ? `${users} user(s) in ${usersFile}` : `no users yet: create one with \`xmess desk-user add EMAIL --role coordinator\` (${usersFile})`;
  return `xmess desk: ${url} — ${reach}; ${who}`;
}

export async function deskCommand(opts: DeskOptions): Promise<number> {
  const port = parseDeskPort(opts.port, '--port');
  const host = opts.host?.trim() || DEFAULT_HOST;
  const ctx = openContext(opts);
  try {
    // Loaded on use: Express, helmet and bcrypt would slow every other command's start.
    const { deskDeps, startDesk } = await import('../desk/server.js');
    const { usersPath } = await import('../desk/users.js');
    const deps = deskDeps(ctx.config, ctx.pipeline, followUpContext(ctx), ctx.log);
    const desk = await startDesk(deps, port, host);
    console.log(listeningLine(desk.url, host, usersPath(ctx.config.configDir), deps.users.count()));
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await desk.close();
    return 0;
  } finally {
    await ctx.close();
  }
}

export const registerDesk: Register = (program, wrap) => {
  withOutboxOption(withCommonOptions(program.command('desk').description('the web desk: inbox, practices and their actions, behind a login')))
    .option('--port <port>', `port to listen on (default ${DEFAULT_DESK_PORT})`)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST}: this machine only)`)
    .action(wrap((opts: DeskOptions) => deskCommand(opts)));
};
