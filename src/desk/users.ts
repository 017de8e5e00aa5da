// The desk's people: desk-users.json in the config folder (name, e-mail, role, bcrypt hash). Read
// again when the file changes, so `xmess desk-user add` takes effect without restarting the desk.
import bcrypt from 'bcryptjs';
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, UsageError } from '../domain/errors.js';

export const ROLES = ['coordinator', 'commission', 'advisor'] as const;
export type Role = (typeof ROLES)[number];
export const USERS_FILE = 'desk-users.json';
/** bcrypt's cost: ~100 ms a check on a small server, slow enough for guessing, quick enough for a login. */
const BCRYPT_COST = 11;
/** bcrypt reads only the first 72 bytes; a longer password would silently lose its end. */
const MAX_PASSWORD_BYTES = 72;
const MIN_PASSWORD_CHARS = 10;

const userSchema = z.object({
  name: z.string().nullable().optional(),
  email: z.string().email(),
  role: z.enum(ROLES),
  passwordHash: z.string().regex(/^\$2[aby]\$\d\d\$/, 'a bcrypt hash ($2b$…)'),
});
const usersSchema = z.array(userSchema);
export type DeskUser = z.infer<typeof userSchema>;

export const usersPath = (configDir: string): string => join(configDir, USERS_FILE);

export function readUsers(file: string): DeskUser[] {
  if (!existsSync(file)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`not valid JSON (${(err as Error).message}); fix it or recreate it with xmess desk-user add`, file);
  }
  const r = usersSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ConfigError(`key "${issue.path.join('.')}": ${issue.message}`, file);
  }
  return r.data.map((u) => ({ ...u, email: u.email.toLowerCase() }));
}

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_CHARS) throw new UsageError(`the password must have at least ${MIN_PASSWORD_CHARS} characters`);
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) throw new UsageError(`the password must fit in ${MAX_PASSWORD_BYTES} bytes (bcrypt ignores the rest)`);
}

/** Adds a user, or replaces the one with the same e-mail (a new password or role); the file is private (0600). */
export function addUser(file: string, u: { email: string; role: Role; name: string | null; password: string }): { replaced: boolean } {
  checkPassword(u.password);
  const users = readUsers(file);
  const email = u.email.trim().toLowerCase();
  if (!z.string().email().safeParse(email).success) throw new UsageError(`"${u.email}" is not an e-mail address`);
  const entry: DeskUser = { name: u.name, email, role: u.role, passwordHash: bcrypt.hashSync(u.password, BCRYPT_COST) };
  const replaced = users.some((x) => x.email === email);
  const next = replaced ? users.map((x) => (x.email === email ? entry : x)) : [...users, entry];
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, file);
  chmodSync(file, 0o600);
  return { replaced };
}

/**
 * A hash to compare against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong
 * password (no telling which e-mails have accounts). Made cheaply at cost 4, then labelled with the
 * real cost: the comparison runs at that cost and never matches.
 */
let dummyHash: string | null = null;
const dummy = (): string => (dummyHash ??= bcrypt.hashSync('no such user', 4).replace(/^\$2b\$04\$/, `$2b$${BCRYPT_COST}$`));

export interface UserDirectory {
  find(email: string): DeskUser | undefined;
  verify(email: string, password: string): Promise<DeskUser | null>;
  count(): number;
}

/** The users of the file, re-read when its modification time changes. */
export function userDirectory(file: string): UserDirectory {
  let mtime = -1;
  let users: DeskUser[] = [];
  const current = (): DeskUser[] => {
    const m = existsSync(file) ? statSync(file).mtimeMs : 0;
    if (m !== mtime) {
      users = readUsers(file);
      mtime = m;
    }
    return users;
  };
  const find = (email: string): DeskUser | undefined => current().find((u) => u.email === email.trim().toLowerCase());
  return {
    find,
    count: () => current().length,
    async verify(email, password) {
      const u = find(email);
      const ok = await bcrypt.compare(password.slice(0, 200), u?.passwordHash ?? dummy());
      return u && ok ? u : null;
    },
  };
}
