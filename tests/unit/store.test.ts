import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { storeRaw } from '../../src/pipeline/index.js';
import { openDb, statement, type Db } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { getMessage } from '../../src/store/messages.js';
import { rawPath, sha256 } from '../../src/store/raw-archive.js';
import { buildMail } from '../helpers/mail.js';
import { tempDir } from '../helpers/temp.js';

let dir: ReturnType<typeof tempDir>;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  db = openDb(join(dir.path, 'x.db'));
});
afterEach(() => {
  db.close();
  dir.cleanup();
});

describe('the store', () => {
  it('migrates a new database to the latest schema, in WAL mode', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('prepares each statement once per connection, and a reused one returns whole rows even after a plucked use', () => {
    const sql = 'SELECT id, status FROM messages WHERE id = ?';
    db.prepare(`INSERT INTO messages (raw_hash, message_id, origin, size, created_at) VALUES ('h', '<m@x>', 'test', 1, 'now')`).run();
    expect(statement(db, sql)).toBe(statement(db, sql));
    expect(statement(db, sql).pluck().get(1)).toBe(1);
    expect(statement(db, sql).get(1)).toEqual({ id: 1, status: 'pending' });
    const other = openDb(join(dir.path, 'x.db'));
    expect(statement(other, sql)).not.toBe(statement(db, sql));
    other.close();
  });

  it('archives the raw bytes before anything else, under their hash', () => {
    const bytes = buildMail({ subject: 'arxiu' });
    const r = storeRaw({ db, rawDir: join(dir.path, 'raw') }, { bytes, origin: 'test' });
    expect(r.duplicate).toBe(false);
    expect(existsSync(rawPath(join(dir.path, 'raw'), sha256(bytes)))).toBe(true);
    expect(getMessage(db, r.id)).toMatchObject({ status: 'pending', subject: 'arxiu', origin: 'test' });
  });

  it('stores the same message once, by content and by Message-ID', () => {
    const ctx = { db, rawDir: join(dir.path, 'raw') };
    const bytes = buildMail({ messageId: '<same@example.cat>' });
    expect(storeRaw(ctx, { bytes, origin: 'a' }).duplicate).toBe(false);
    expect(storeRaw(ctx, { bytes, origin: 'b' })).toMatchObject({ duplicate: true, by: 'content' });
    const resent = buildMail({ messageId: '<same@example.cat>', subject: 'different bytes' });
    expect(storeRaw(ctx, { bytes: resent, origin: 'c' })).toMatchObject({ duplicate: true, by: 'message-id' });
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(1);
  });

  it('gives a message without Message-ID a stable synthetic one', () => {
    const ctx = { db, rawDir: join(dir.path, 'raw') };
    const r = storeRaw(ctx, { bytes: buildMail({ messageId: '' }), origin: 'a' });
    expect(getMessage(db, r.id)?.message_id).toMatch(/^<[0-9a-f]{32}@no-message-id\.xmess\.invalid>$/);
  });
});
