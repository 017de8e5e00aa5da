// The `xmess` command line: parses flags (commander), dispatches to one thin file per command, and
// maps errors to the exit codes of CONTRACT.md (0 success, 1 failure, 2 usage error).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { PROJECT_ROOT } from '../config/paths.js';
import { XmessError, UsageError } from '../domain/errors.js';
import { registerAcceptLate } from './accept-late.js';
import { registerAssign } from './assign.js';
import { registerDeadlines } from './deadlines.js';
import { registerSheet } from './sheet.js';
import { registerDesk } from './desk.js';
import { registerDeskUser } from './desk-user.js';
import { registerDigest } from './digest.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { makeWrap, type Register } from './program.js';
import { registerPublish } from './publish.js';
import { registerReprocess } from './reprocess.js';
import { registerReview } from './review.js';
import { registerServe } from './serve.js';
import { registerWorker } from './worker.js';
import { registerPoll } from './poll.js';
import { registerStatus } from './status.js';
import { registerRetry } from './retry.js';
import { registerEdit } from './edit.js';
import { registerResolve } from './resolve.js';
import { registerSend } from './send.js';

/** One registration per command; each lives in its own file beside this one. */
const COMMANDS: Register[] = [registerIngest, registerExport, registerReprocess, registerServe, registerWorker, registerPoll, registerStatus, registerRetry,
  // Follow-ups (issue #4).
  registerDigest, registerAssign, registerReview, registerAcceptLate, registerDeadlines,
  // After intake (issue 11).
  registerEdit, registerResolve, registerSend,
  // Dissemination (issue #13).
  registerPublish,
  // The systematisation sheet (issue 12).
  registerSheet,

  // The web desk (issue #16).
  registerDesk, registerDeskUser];

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('xmess')
    .description('Intake of good practices e-mailed by councils to the XMESS network')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run `xmess --help` for the commands and options)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const wrap = makeWrap(setCode);
  for (const register of COMMANDS) register(program, wrap);
  return program;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function run(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  if (argv.length <= 2) {
    // No command is a usage error: say what there is, on stderr, and exit 2 (a script that forgot its command must notice).
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      console.error(`xmess: ${err.message}`);
      return 2;
    }
    if (err instanceof XmessError) {
      console.error(`xmess: ${err.message}`);
      return 1;
    }
    const sys = err as NodeJS.ErrnoException;
    if (sys.code && sys.path) {
      // A file-system error reached here without a message of ours: still one line naming the file, no stack.
      console.error(`xmess: ${sys.path}: ${sys.code} (${sys.syscall ?? 'access'} failed); check the path and its permissions`);
      return 1;
    }
    console.error(`xmess: unexpected error (please report it): ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}
