// Commands that cannot hurt: a wrong --db is refused (never a new empty database), the database used
// is named on stderr, user errors are one line naming the file, an archive is imported without
// mailing anyone, a dry run writes nothing, and follow-ups that cannot be written exit 3.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCampaign, synthesis, type Campaign } from '../helpers/campaign.js';
import { xmess } from '../helpers/cli.js';

let c: Campaign;
const submission = (n: number, from = 'bsola@viladeprova.cat') => ({
  from, messageId: `<arxiu-${n}@viladeprova.cat>`, subject: `Bona pràctica ${n}`, received: 'Tue, 21 Apr 2019 09:10:15 +0200', body: synthesis(`Pràctica de l'arxiu número ${n}`),
});

beforeAll(() => {
  c = makeCampaign('xmess-safe-');
});
afterAll(() => c.cleanup());

describe('a missing or wrong database is refused', () => {
  it.each([['export'], ['digest'], ['deadlines'], ['review', 'bp-000000000000'], ['send'], ['edit', 'bp-000000000000', '--set', 'title=x'], ['resolve', '1', '--as', 'ignored']])(
    '%s refuses a database that does not exist, naming the path and the folder, and creates nothing', (...cmd) => {
      const missing = join(c.dir, 'typo', 'x.db');
      const r = xmess([...cmd, '--db', missing, '--config', c.conf]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(missing);
      expect(r.stderr).toContain(`the folder ${join(c.dir, 'typo')} does not exist`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(c.dir, 'typo'))).toBe(false);
    });

  it('a file that is not a database is one line naming it, no stack trace', () => {
    const notDb = join(c.dir, 'mailbox.mbox');
    writeFileSync(notDb, 'From someone Tue Apr 21 09:10:15 2020\nSubject: x\n\nhello\n'.repeat(50));
    const r = xmess(['export', '--db', notDb, '--config', c.conf]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${notDb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is not an xmess database`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--out into a folder that does not exist says so, without a stack trace', () => {
    expect(c.ingest([submission(100)], '--no-follow-ups').code).toBe(0);
    const out = join(c.dir, 'no-such-folder', 'p.csv');
    const r = c.run('export', '--format', 'csv', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${out}: cannot write: the folder ${join(c.dir, 'no-such-folder')} does not exist`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('commands that write name the database on stderr', () => {
    const r = c.run('deadlines', '--now', '2020-04-10T09:00:00+02:00');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`xmess: database ${c.db}`);
  });
});

describe('importing an archive mails nobody', () => {
  it('--no-follow-ups records every practice and plans nothing, then or when reprocessed', () => {
    const mails = Array.from({ length: 12 }, (_, n) => submission(n + 1));
    const r = c.ingest(mails, '--no-follow-ups');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('none planned (--no-follow-ups)');
    expect(c.practices().filter((p) => p.title.startsWith("Pràctica de l'arxiu"))).toHaveLength(13);
    expect(c.outboxRows()).toHaveLength(0);
    expect(c.run('reprocess', '--all').code).toBe(0);
    expect(c.outboxRows()).toHaveLength(0);
  });

  it('a default ingest of mail from one sender summarises the rate limit in one line with a count', () => {
    const mails = Array.from({ length: 14 }, (_, n) => ({ ...submission(200 + n, 'arxiu@viladeprova.cat'), received: 'Tue, 21 Apr 2020 09:10:15 +0200' }));
    const r = c.ingest(mails);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('rate limit'));
    expect(lines).toEqual([expect.stringMatching(/^xmess ingest: warning: 4× follow-up held back: rate limit/)]);
    expect(r.stdout).toMatch(/held back 4/);
  });

  it('--dry-run says what would be recorded and sent, and writes nothing', () => {
    const before = { practices: c.practices().length, outbox: c.outboxRows().length, files: existsSync(c.outbox) ? readdirSync(c.outbox).length : 0 };
    const r = c.ingest([{ ...submission(300, 'nova@viladeprova.cat'), received: 'Tue, 21 Apr 2020 09:10:15 +0200' }], '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run: read 1, new 1, .*practices 1; follow-ups that would be sent 2 \(acknowledgement 1, advisor-task 1\)/);
    expect(c.practices()).toHaveLength(before.practices);
    expect(c.outboxRows()).toHaveLength(before.outbox);
    expect(existsSync(c.outbox) ? readdirSync(c.outbox).length : 0).toBe(before.files);
  });
});

describe('follow-ups that cannot be written', () => {
  it('exit 3 when the outbox folder cannot be made, and say why', () => {
    // A file where the folder should be: refused alike by root and users (permissions are not, for root).
    const blocker = join(c.dir, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const r = c.ingest([{ ...submission(400, 'altra@viladeprova.cat'), received: 'Tue, 21 Apr 2020 09:10:15 +0200' }], '--outbox', join(blocker, 'outbox'));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/sent 0, written 0, pending 2 \(the outbox folder cannot be written \(ENOTDIR/);
  });
});
