import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPath } from '../../src/transports/files/walk.js';
import type { ReadItem } from '../../src/transports/files/types.js';
import { buildMail } from '../helpers/mail.js';
import { tempDir } from '../helpers/temp.js';

async function collect(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readPath(path)) items.push(item);
  return items;
}

const subjects = (items: ReadItem[]) => items.map((i) => (i.type === 'error' ? `error: ${i.error}` : /Subject: (.*)/.exec(i.raw.bytes.toString())?.[1]?.trim()));

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('reading mail from files', () => {
  it('reads an mbox message by message, unescaping ">From " body lines', async () => {
    const a = buildMail({ subject: 'one', body: 'Hola\n>From the start\nFrom here on, this line is body text' }).toString().replace(/\r\n/g, '\n');
    const b = buildMail({ subject: 'two' }).toString().replace(/\r\n/g, '\n');
    const file = join(dir.path, 'inbox.mbox');
    writeFileSync(file, `From tecnica@example.cat Tue Apr 14 10:00:00 2020\n${a}\nFrom MAILER-DAEMON Wed Apr 15 11:00:00 2020\n${b}\n`);
    const items = await collect(file);
    expect(subjects(items)).toEqual(['one', 'two']);
    const first = items[0]!.type === 'message' ? items[0]!.raw : null;
    expect(first?.bytes.toString()).toContain('\nFrom the start');
    expect(first?.bytes.toString()).toContain('From here on, this line is body text');
    expect(first?.origin).toBe(`${file}#1`);
  });

  it('splits an mbox correctly whatever the chunk boundaries (a large mbox)', async () => {
    const file = join(dir.path, 'big.mbox');
    const parts: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body = 'x'.repeat(5000 + ((i * 7919) % 9000)) + '\n';
      parts.push(`From someone@example.cat Tue Apr 14 10:00:00 2020\n${buildMail({ subject: `m${i}`, body }).toString()}\n`);
    }
    writeFileSync(file, parts.join(''));
    const items = await collect(file);
    expect(items).toHaveLength(300);
    expect(subjects(items)[299]).toBe('m299');
  });

  it('walks folders recursively for .eml files and Maildir folders, in a stable order', async () => {
    mkdirSync(join(dir.path, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir.path, 'a', 'b', '2.eml'), buildMail({ subject: 'nested' }));
    writeFileSync(join(dir.path, '1.eml'), buildMail({ subject: 'top' }));
    writeFileSync(join(dir.path, 'notes.txt'), 'not mail');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir.path, 'md', sub), { recursive: true });
    writeFileSync(join(dir.path, 'md', 'new', '1587.M1.host'), buildMail({ subject: 'maildir new' }));
    writeFileSync(join(dir.path, 'md', 'cur', '1586.M1.host:2,S'), buildMail({ subject: 'maildir cur' }));
    expect(subjects(await collect(dir.path))).toEqual(['top', 'nested', 'maildir new', 'maildir cur']);
  });

  it('reports a missing path and an unreadable file by name instead of stopping', async () => {
    const missing = join(dir.path, 'nope.eml');
    expect(await collect(missing)).toEqual([{ type: 'error', origin: missing, error: 'cannot read: no such file or folder' }]);
    const empty = join(dir.path, 'empty.eml');
    writeFileSync(empty, '');
    expect(subjects(await collect(empty))).toEqual(['error: empty file']);
  });

  it('reports a path that is neither a file nor a folder (a device)', async () => {
    expect(await collect('/dev/null')).toEqual([{ type: 'error', origin: '/dev/null', error: 'not a file or folder' }]);
  });
});
