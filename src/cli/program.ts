// Shared pieces of every command's definition: the common options and the action wrapper that
// turns a command's returned exit code into the process's.
import type { Command } from 'commander';

export type ExitCode = number;
export type SetExitCode = (code: ExitCode) => void;
export type Register = (program: Command, wrap: Wrap) => void;
export type Wrap = <A extends unknown[]>(fn: (...args: A) => Promise<ExitCode>) => (...args: A) => Promise<void>;

export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file (default data/xmess.db; env XMESS_DB)')
    .option('--config <dir>', 'configuration folder (default config/; env XMESS_CONFIG)')
    .option('--deadline <iso>', 'override the campaign deadline, ISO-8601 (env XMESS_DEADLINE)');
}

export function makeWrap(setCode: SetExitCode): Wrap {
  return (fn) => async (...args) => setCode(await fn(...args));
}
