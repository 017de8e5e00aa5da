// Robustness on odd and hostile real files from other projects' test suites (../shared/corpus/wild):
// every message is accounted for with a status, nothing crashes, memory stays bounded.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { exportJson, xmess } from '../helpers/cli.js';
import { sharedCorpus } from '../helpers/shared.js';
import { tempDir } from '../helpers/temp.js';

const wild = sharedCorpus('wild');
const run = wild ? describe : describe.skip;
/** The bound for a whole run over the wild corpus. */
const MAX_PEAK_MB = 512;

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('xmess-wild-');
});
afterAll(() => dir.cleanup());

type Msg = { status: string; reason: string | null; kind: string | null; origin: string };

function peakMb(stderr: string): number {
  return Number(/peak rss: ([\d.]+) MB/.exec(stderr)?.[1] ?? NaN);
}

async function attachmentMail(file: string): Promise<Buffer> {
  const composer = new MailComposer({
    from: 'Proves <proves@example.cat>', to: 'bonespractiques@xmess.example.org', subject: `Fitxa ${basename(file)}`,
    messageId: `<${basename(file)}@wild.test>`, date: new Date('2020-04-20T10:00:00Z'), text: 'Adjuntem la fitxa.',
    attachments: [{ filename: basename(file), content: readFileSync(file) }],
  });
  return composer.compile().build();
}

run('the wild corpus', () => {
  it.each(['eml', 'mbox'])('accounts for every message of wild/%s with a status and a reason, within the memory bound', (sub) => {
    const db = join(dir.path, `${sub}.db`);
    const r = xmess(['ingest', join(wild!, sub), '--db', db], { env: { XMESS_REPORT_PEAK_RSS: '1' } });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/unexpected error/);
    const [, read, fresh, dups] = /read (\d+), new (\d+), duplicates (\d+)/.exec(r.stdout)!.map(Number);
    const files = readdirSync(join(wild!, sub)).length;
    expect(read).toBeGreaterThanOrEqual(files);
    expect(fresh! + dups!).toBe(read);
    const messages = exportJson<Msg>(db, 'messages');
    expect(messages).toHaveLength(fresh!);
    for (const m of messages) {
      expect(['processed', 'needs-review', 'ignored', 'failed']).toContain(m.status);
      if (m.status !== 'processed') expect(m.reason).toBeTruthy();
    }
    // Each .eml file is one message: every file name appears as an origin, or its content was a duplicate.
    if (sub === 'eml') expect(new Set(messages.map((m) => basename(m.origin))).size + dups!).toBe(files);
    expect(peakMb(r.stderr)).toBeLessThan(MAX_PEAK_MB);
  });

  it('reads or rejects by name every wild PDF, DOCX and ODT sent as an attachment', async () => {
    const mails = join(dir.path, 'docs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(mails);
    let n = 0;
    for (const sub of ['pdf', 'docx', 'odt']) {
      for (const name of readdirSync(join(wild!, sub))) {
        writeFileSync(join(mails, `${String(++n).padStart(3, '0')}.eml`), await attachmentMail(join(wild!, sub, name)));
      }
    }
    const db = join(dir.path, 'docs.db');
    const r = xmess(['ingest', mails, '--db', db], { env: { XMESS_REPORT_PEAK_RSS: '1' } });
    expect([0, 1]).toContain(r.code);
    const messages = exportJson<Msg>(db, 'messages');
    expect(messages).toHaveLength(n);
    for (const m of messages) {
      expect(['processed', 'needs-review']).toContain(m.status);
      if (m.status === 'needs-review') expect(m.reason).toMatch(/\S+\.(pdf|docx|odt)|no good practice/i);
    }
    expect(peakMb(r.stderr)).toBeLessThan(MAX_PEAK_MB);
  });
});
