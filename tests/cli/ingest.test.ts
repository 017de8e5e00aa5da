import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { exportJson, xmess } from '../helpers/cli.js';
import { buildMail } from '../helpers/mail.js';
import { tempDir } from '../helpers/temp.js';

const SYNTHESIS = [
  'Bon dia,',
  '',
  'Us enviem la nostra bona pràctica:',
  '',
  'Títol: Rebost compartit de barri',
  'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri durant el confinament per la Covid-19.",
  'Contacte de la persona de referència:',
  '   Nom: Berta Solà Riu',
  '   Correu electrònic: bsola@viladeprova.cat',
  '   Telèfon: 93 111 22 33',
  '',
  'Salutacions,',
  'Berta',
].join('\n');

let dir: ReturnType<typeof tempDir>;
let db: string;
let conf: string;
let mail: string;

beforeAll(() => {
  dir = tempDir('xmess-cli-');
  db = join(dir.path, 'state', 'x.db');
  conf = join(dir.path, 'conf');
  mail = join(dir.path, 'mail');
  mkdirSync(conf);
  mkdirSync(mail);
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([{ name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true }]));
  writeFileSync(join(mail, '1-submission.eml'), buildMail({
    from: 'Berta Solà Riu <bsola@viladeprova.cat>', subject: 'Bona pràctica: rebost compartit', messageId: '<rebost-1@viladeprova.cat>',
    received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: SYNTHESIS,
  }));
  writeFileSync(join(mail, '2-late.eml'), buildMail({
    from: 'Berta Solà Riu <bsola@viladeprova.cat>', subject: 'Bona pràctica fora de termini', messageId: '<rebost-2@viladeprova.cat>',
    received: 'Mon, 4 May 2020 10:00:00 +0200', body: SYNTHESIS.replace('Rebost compartit de barri', 'Mercat de proximitat en línia'),
  }));
  writeFileSync(join(mail, '3-ooo.eml'), buildMail({ subject: 'Resposta automàtica: Bona pràctica', headers: { 'Auto-Submitted': 'auto-replied' }, messageId: '<ooo@viladeprova.cat>' }));
  writeFileSync(join(mail, '4-broken.eml'), 'this is not a mail at all\u0000\u0001');
});
afterAll(() => dir.cleanup());

const args = (...more: string[]) => [...more, '--db', db, '--config', conf];

describe('xmess ingest, end to end in a temporary folder', () => {
  it('imports a folder, prints the practices and the counts, and accounts for every message', () => {
    const r = xmess(args('ingest', mail));
    expect(r.stdout).toContain('Rebost compartit de barri');
    expect(r.stdout).toMatch(/read 4, new 4, duplicates 0, processed 2, needs review \d+, ignored 1, failed \d+/);
    expect([0, 1]).toContain(r.code);
    const messages = exportJson<{ messageId: string; status: string; reason: string | null; kind: string }>(db, 'messages');
    expect(messages).toHaveLength(4);
    for (const m of messages) {
      expect(m.status).not.toBe('pending');
      if (m.status !== 'processed') expect(m.reason).toBeTruthy();
    }
    expect(messages.find((m) => m.messageId === '<ooo@viladeprova.cat>')).toMatchObject({ kind: 'auto-reply', status: 'ignored' });
  });

  it('exports each practice as CONTRACT.md describes, with lateness against the deadline', () => {
    const practices = exportJson<Record<string, unknown>>(db, 'practices');
    expect(practices).toHaveLength(2);
    const onTime = practices.find((p) => p.title === 'Rebost compartit de barri')!;
    expect(onTime).toMatchObject({
      messageId: '<rebost-1@viladeprova.cat>', from: 'bsola@viladeprova.cat', municipality: 'Vila de Prova', member: true, late: false,
      contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: '+34931112233' },
    });
    expect(onTime.receivedAt).toBe('2020-04-21T07:10:15.000Z');
    expect(practices.find((p) => p.title === 'Mercat de proximitat en línia')).toMatchObject({ late: true, status: 'late' });
  });

  it('changes nothing when the same mail is imported again', () => {
    const before = exportJson(db, 'practices');
    const r = xmess(args('ingest', mail));
    expect(r.stdout).toMatch(/read 4, new 0, duplicates 4/);
    expect(exportJson(db, 'practices')).toEqual(before);
    expect(exportJson(db, 'messages')).toHaveLength(4);
  });

  it('honours --deadline over the campaign file', () => {
    const other = join(dir.path, 'deadline.db');
    xmess(['ingest', mail, '--db', other, '--config', conf, '--deadline', '2020-05-31']);
    expect(exportJson<{ late: boolean }>(other, 'practices').every((p) => p.late === false)).toBe(true);
  });

  it('writes CSV that spreadsheets open: BOM, one row per practice, lists joined with "; "', () => {
    const out = join(dir.path, 'p.csv');
    expect(xmess(args('export', '--format', 'csv', '--out', out)).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('contact.email');
    expect(csv).toContain('Ajuntament de Vila de Prova; Cooperativa El Graner Comú');
  });

  it('reprocesses a stored message from its raw bytes without creating a new practice', () => {
    const before = exportJson<{ id: string }>(db, 'practices').map((p) => p.id).sort();
    const r = xmess(args('reprocess', '--all'));
    expect(r.stdout).toMatch(/reprocessed 4 message/);
    expect(exportJson<{ id: string }>(db, 'practices').map((p) => p.id).sort()).toEqual(before);
  });
});

describe('a reply to the acknowledgement lands on the same record', () => {
  it('replaces the title the council corrects and fills the phone it adds, keeping the rest', () => {
    const d = tempDir('xmess-reply-');
    try {
      const replyDb = join(d.path, 'x.db');
      const box = join(d.path, 'mail');
      mkdirSync(box);
      writeFileSync(join(box, '1.eml'), buildMail({
        from: 'Berta Solà Riu <bsola@viladeprova.cat>', subject: 'Bona pràctica: rebost compartit', messageId: '<rebost-r1@viladeprova.cat>',
        received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: SYNTHESIS.replace('   Telèfon: 93 111 22 33\n', ''),
      }));
      writeFileSync(join(box, '2.eml'), buildMail({
        from: 'Berta Solà Riu <bsola@viladeprova.cat>', subject: 'RE: Bona pràctica: rebost compartit', messageId: '<rebost-r2@viladeprova.cat>',
        received: 'Wed, 22 Apr 2020 10:00:00 +0200', headers: { 'In-Reply-To': '<rebost-r1@viladeprova.cat>', References: '<rebost-r1@viladeprova.cat>' },
        body: "Bon dia,\n\nGràcies. El nom definitiu de la pràctica és «Rebost del Barri Vell». El meu telèfon és el 93 111 22 33.\n\nBerta",
      }));
      expect(xmess(['ingest', box, '--db', replyDb, '--config', conf]).code).toBe(0);
      const [practice, ...others] = exportJson<{ title: string; contact: { phone: string | null }; promoters: string[] }>(replyDb, 'practices');
      expect(others).toHaveLength(0);
      expect(practice).toMatchObject({ title: 'Rebost del Barri Vell', promoters: ['Ajuntament de Vila de Prova', 'Cooperativa El Graner Comú'] });
      expect(practice?.contact.phone).toMatch(/93 ?111 ?22 ?33|931112233/);
      const reply = exportJson<{ messageId: string; status: string; reason: string }>(replyDb, 'messages').find((m) => m.messageId === '<rebost-r2@viladeprova.cat>');
      expect(reply).toMatchObject({ status: 'processed' });
      expect(reply?.reason).toMatch(/corrected title, contact\.phone of bp-/);
    } finally {
      d.cleanup();
    }
  });
});

describe('xmess on bad input says what is wrong and where', () => {
  it('exits 2 on an unknown flag', () => {
    const r = xmess(args('ingest', mail, '--frobnicate'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('exits 2 and lists the commands when no command is given; --version prints the version', () => {
    const none = xmess([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ingest');
    const version = xmess(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on a bad --format', () => {
    expect(xmess(args('export', '--format', 'xml')).code).toBe(2);
  });

  it('exits 1 and names the folder when the config is missing', () => {
    const r = xmess(['ingest', mail, '--db', db, '--config', join(dir.path, 'nowhere')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(dir.path, 'nowhere', 'municipalities.json'));
  });

  it('exits 1 and names the file and key of an invalid config', () => {
    const bad = join(dir.path, 'badconf');
    mkdirSync(bad);
    writeFileSync(join(bad, 'municipalities.json'), JSON.stringify([{ name: 'X', domains: ['not a domain'], member: 'yes' }]));
    const r = xmess(['export', '--db', db, '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/badconf\/municipalities\.json: key "0\.domains\.0"/);
  });

  it('imports what it can and names the path it could not read', () => {
    const other = join(dir.path, 'partial.db');
    const r = xmess(['ingest', join(mail, '1-submission.eml'), join(dir.path, 'missing.mbox'), '--db', other, '--config', conf]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir.path, 'missing.mbox')}: cannot read: no such file or folder`);
    expect(r.stdout).toMatch(/read 1, new 1/);
  });

  it('runs the README quick start on the sample mailbox', () => {
    const sampleDb = join(dir.path, 'sample.db');
    const r = xmess(['ingest', join(PROJECT_ROOT, 'data', 'sample'), '--db', sampleDb]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/read \d+, new \d+, duplicates 0/);
    expect(exportJson(sampleDb, 'practices').length).toBeGreaterThan(3);
  });
});
