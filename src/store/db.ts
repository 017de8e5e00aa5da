// Opens the SQLite file the way every process shares it safely: WAL, a busy timeout, foreign keys,
// and the schema migrated to the latest version.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../domain/errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** Writers from other processes (serve + xmess CLI) wait this long for the lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  /** False: a missing file is an error instead of a new, empty database (a --db typo must not start a second campaign). */
  create?: boolean;
}

/** The error for a database file that is not there, naming the path and the folder looked in. */
export function missingDatabase(file: string): ConfigError {
  const folder = dirname(resolve(file));
  const why = existsSync(folder) ? `the folder ${folder} has no such file` : `the folder ${folder} does not exist`;
  return new ConfigError(`no database here (${why}); check --db (or XMESS_DB) and the folder you run from, or create one with \`xmess ingest\``, file);
}

export function openDb(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:' && opts.create === false && !existsSync(file)) throw missingDatabase(file);
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  } catch (err) {
    throw new ConfigError(`cannot open the database (${(err as Error).message}); check the --db path and its permissions`, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, file);
  } catch (err) {
    db.close();
    if (err instanceof ConfigError) throw err;
    // SQLITE_NOTADB and friends: a wrong file given as --db (a mailbox, a CSV) must not be touched further.
    throw new ConfigError(`is not an xmess database (${(err as Error).message}); check --db`, file);
  }
  return db;
}

export function migrate(db: Db, file = 'database'): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new ConfigError(`schema version ${current} is newer than this xmess knows (${MIGRATIONS.length}); upgrade xmess`, file);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export const nowIso = (): string => new Date().toISOString();

type Statement = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * `db.prepare(sql)`, compiled once per connection: preparing is most of the cost of the small
 * statements the pipeline runs per message (a CPU profile of a 2,000-message ingest put it first
 * among SQLite's costs). A cached statement comes back with pluck off, as a fresh one would.
 */
export function statement(db: Db, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql)));
  else if (stmt.reader) stmt.pluck(false);
  return stmt;
}
