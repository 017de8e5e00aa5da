import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { planFollowUps } from '../../src/follow-ups/planner.js';
import { automaticHeaders, cleanHeaderText, isValidAddress, MAX_HEADER_TEXT, replyReferences } from '../../src/follow-ups/plan/headers.js';
import type { Db } from '../../src/store/db.js';
import { exportOutbox } from '../../src/follow-ups/store/outbox.js';
import { deliverPending } from '../../src/follow-ups/send/deliver.js';
import { followUpContext, openTestDb, practice, seedSubmission } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

const headerBlock = (eml: string): string => eml.slice(0, eml.indexOf('\r\n\r\n'));

describe('text taken from mail is made safe before it reaches a header', () => {
  it('turns CR and LF into spaces, so a subject cannot add a header', () => {
    expect(cleanHeaderText('Bona pràctica\r\nBcc: everyone@evil.example')).toBe('Bona pràctica Bcc: everyone@evil.example');
    expect(cleanHeaderText('a\rb\nc\u0085d')).toBe('a b c d');
  });

  it('drops bidi controls, line and paragraph separators and zero-width characters', () => {
    const tricky = 'Ajuntament\u202Egpj.exe\u202C de\u2028Prova\u2029 \u200Bdel\u2066 Vallès\uFEFF';
    expect(cleanHeaderText(tricky)).toBe('Ajuntament gpj.exe de Prova del Vallès');
  });

  it('keeps accents and bounds the length', () => {
    expect(cleanHeaderText('  Vilanova   de   Prova ')).toBe('Vilanova de Prova');
    const long = cleanHeaderText('x'.repeat(1000));
    expect(long.length).toBe(MAX_HEADER_TEXT);
    expect(long.endsWith('…')).toBe(true);
  });

  it('accepts plain addresses and refuses anything that could smuggle a header or a second recipient', () => {
    for (const ok of ['bsola@viladeprova.cat', 'anna.puig+xmess@example.org', "o'brien@x.cat"]) expect(isValidAddress(ok)).toBe(true);
    for (const bad of ['', 'bsola', 'bsola@', '@x.cat', 'a@b', 'a b@x.cat', 'a@x.cat\r\nBcc: z@y.cat', 'a@x.cat, b@y.cat', '"a"@x.cat', 'a..b@x.cat', 'àlex@x.cat', `${'a'.repeat(65)}@x.cat`]) {
      expect(isValidAddress(bad)).toBe(false);
    }
  });

  it('marks replies auto-replied and other automatic mail auto-generated (RFC 3834)', () => {
    expect(automaticHeaders(true)['Auto-Submitted']).toBe('auto-replied');
    expect(automaticHeaders(false)['Auto-Submitted']).toBe('auto-generated');
  });

  it('threads a reply under the whole chain it answers, ignoring malformed ids', () => {
    expect(replyReferences(['<a@x>', 'junk', '<b@x>'], '<c@x>')).toEqual(['<a@x>', '<b@x>', '<c@x>']);
  });
});

let dir: ReturnType<typeof tempDir>;
let db: Db;
beforeEach(() => {
  dir = tempDir('xmess-headers-');
  db = openTestDb(dir.path);
});
afterEach(() => {
  db.close();
  dir.cleanup();
});

describe('a hostile submission cannot inject headers into our acknowledgement', () => {
  it('writes one Subject line, the original To, no extra header, no invisible characters', async () => {
    const { rowId } = seedSubmission(db, {
      fromName: 'Berta\r\nBcc: everyone@evil.example\u202E',
      subject: 'Bona pràctica\r\nBcc: everyone@evil.example\u2028X-Evil: 1',
      practices: [practice({ title: 'Rebost\nCc: other@evil.example' })],
    });
    const ctx = followUpContext(db);
    planFollowUps(ctx, rowId);
    await deliverPending({ db, outboxDir: join(dir.path, 'outbox') });
    for (const row of exportOutbox(db)) {
      const raw = readFileSync(join(dir.path, 'outbox', `${row.id}.eml`));
      const head = headerBlock(raw.toString('utf8'));
      expect(head).not.toMatch(/^(Bcc|Cc|X-Evil):/im);
      expect(head.match(/^Subject:/gim)).toHaveLength(1);
      expect(head.match(/^To:/gim)).toHaveLength(1);
      // Decoded, as a mail client shows them: still one line, no bidi or separator characters.
      const parsed = await simpleParser(raw);
      const shown = [parsed.subject ?? '', ...(Array.isArray(parsed.to) ? parsed.to : [parsed.to]).flatMap((t) => t?.value.map((v) => v.name) ?? [])];
      for (const text of shown) expect(text).not.toMatch(/[\r\n\u202E\u2028\u2029]/);
      expect(parsed.headers.has('bcc') || parsed.headers.has('cc') || parsed.headers.has('x-evil')).toBe(false);
    }
    expect(exportOutbox(db).find((o) => o.kind === 'acknowledgement')?.subject).toBe('Re: Bona pràctica Bcc: everyone@evil.example X-Evil: 1');
  });

  it('gives up, without sending, a follow-up whose recipient is not a valid address', async () => {
    const { rowId } = seedSubmission(db);
    planFollowUps(followUpContext(db), rowId);
    // A row damaged after planning (by hand, or an older version): the sender checks every address again.
    db.prepare(`UPDATE outbox SET to_addrs = ? WHERE kind = 'advisor-task'`).run(JSON.stringify(['anna.puig@example.org\r\nBcc: x@evil.example']));
    const r = await deliverPending({ db, outboxDir: join(dir.path, 'outbox') });
    expect(r).toMatchObject({ written: 1, failed: 1, pending: 0 });
    expect(exportOutbox(db).find((o) => o.kind === 'advisor-task')).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/invalid address/) });
  });
});
