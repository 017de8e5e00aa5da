// Opens the SQLite file the way every process shares it safely: WAL, a busy timeout, foreign keys,
// and the schema migrated to the latest version.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../domain/errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** Writers from other processes (serve + xmess CLI) wait this long for the lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

export function openDb(file: string): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  } catch (err) {
    throw new ConfigError(`cannot open the database (${(err as Error).message}); check the --db path and its permissions`, file);
  }
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db, file);
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
