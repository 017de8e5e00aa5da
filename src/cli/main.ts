// The `xmess` command line: parses flags (commander), dispatches to one thin file per command, and
// maps errors to the exit codes of CONTRACT.md (0 success, 1 failure, 2 usage error).
import { Command, CommanderError, Option } from 'commander';
import { XmessError, UsageError } from '../domain/errors.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { reprocessCommand } from './reprocess.js';

type Action = (...args: never[]) => Promise<number>;

function common(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database file (default data/xmess.db; env XMESS_DB)')
    .option('--config <dir>', 'configuration folder (default config/; env XMESS_CONFIG)')
    .option('--deadline <iso>', 'override the campaign deadline, ISO-8601 (env XMESS_DEADLINE)');
}

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('xmess')
    .description('Intake of good practices e-mailed by councils to the XMESS network')
    .exitOverride()
    .showHelpAfterError('(run `xmess --help` for the commands and options)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const wrap = (fn: Action) => async (...args: unknown[]) => setCode(await (fn as (...a: unknown[]) => Promise<number>)(...args));

  common(program.command('ingest').description('import .eml files, folders, mbox files or Maildirs, processed inline (no servers)'))
    .argument('<paths...>', 'files or folders to import')
    .option('--outbox <dir>', 'folder for follow-ups when SMTP_URL is not set (default: outbox/ beside the database)')
    .action(wrap((paths: string[], opts: object) => ingestCommand(paths, opts)));

  common(program.command('export').description('print practices, messages or the outbox as JSON or CSV'))
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
    .addOption(new Option('--what <what>', 'practices, messages or outbox').choices(['practices', 'messages', 'outbox']).default('practices'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(wrap((opts: { format: string; what: string }) => exportCommand(opts)));

  common(program.command('reprocess').description('run stored messages through the stages again (after an extractor update)'))
    .argument('[id]', 'Message-ID, practice id or message row id')
    .option('--all', 'every stored message')
    .action(wrap((id: string | undefined, opts: object) => reprocessCommand(id, opts)));
  return program;
}

export async function run(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
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
    console.error(`xmess: unexpected error: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}
