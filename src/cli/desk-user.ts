// `xmess desk-user add EMAIL --role coordinator|commission|advisor [--name NAME] [--password-stdin]`:
// creates (or updates) a desk user in desk-users.json. The password is asked without echo, or read
// from standard input for scripts; only its bcrypt hash is stored.
import { Option } from 'commander';
import { createInterface } from 'node:readline';
import { readEnv } from '../config/env.js';
import { loadConfig } from '../config/load.js';
import { UsageError } from '../domain/errors.js';
import type { Role } from '../desk/users.js';
import type { CommonOptions } from './context.js';
import { withCommonOptions, type Register } from './program.js';

export interface DeskUserOptions extends CommonOptions {
  role: Role;
  name?: string;
  passwordStdin?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  // One line: the trailing newline of `echo` or a file is not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without showing what is typed. */
function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError('no terminal to ask the password on: pass it on standard input with --password-stdin');
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) process.stderr.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    asked = true;
  });
}

async function password(opts: DeskUserOptions): Promise<string> {
  if (opts.passwordStdin) return readStdin();
  const first = await prompt('Password: ');
  const again = await prompt('Password again: ');
  if (first !== again) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}

export async function deskUserAddCommand(email: string, opts: DeskUserOptions): Promise<number> {
  const config = loadConfig(opts, readEnv());
  const { addUser, usersPath } = await import('../desk/users.js');
  const file = usersPath(config.configDir);
  const { replaced } = addUser(file, { email, role: opts.role, name: opts.name?.trim() || null, password: await password(opts) });
  console.log(`${replaced ? 'updated' : 'added'} ${email.trim().toLowerCase()} (${opts.role}) in ${file}`);
  return 0;
}

export const registerDeskUser: Register = (program, wrap) => {
  const group = program.command('desk-user').description('the users of the web desk (desk-users.json in the config folder)');
  withCommonOptions(group.command('add').description('create a desk user, or give an existing one a new password, role or name'))
    .argument('<email>', "the person's e-mail (their login)")
    .addOption(new Option('--role <role>', 'coordinator (everything), commission (reviews), advisor (own practices)').choices(['coordinator', 'commission', 'advisor']).makeOptionMandatory())
    .option('--name <name>', 'the name shown on the desk (optional)')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(wrap((email: string, opts: DeskUserOptions) => deskUserAddCommand(email, opts)));
};
