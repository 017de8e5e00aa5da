import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJson, xmess } from '../helpers/cli.js';
import { buildMail } from '../helpers/mail.js';
import { sharedCorpus } from '../helpers/shared.js';
import { tempDir } from '../helpers/temp.js';

const synthesis = (title: string, extra = ''): string => [
  'Bon dia,', '', `Títol: ${title}`, 'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
  "Breu explicació: L'Ajuntament i una cooperativa de consum gestionen un rebost compartit per a famílies del barri durant el confinament per la Covid-19.",
  'Nom: Berta Solà Riu', 'Correu electrònic: bsola@viladeprova.cat', 'Telèfon: 93 111 22 33', extra, '', 'Salutacions,',
].join('\n');

interface Practice { id: string; title: string; late: boolean; status: string; advisor: string | null }
interface Outbox { id: string; kind: string; to: string[]; status: string }

let dir: ReturnType<typeof tempDir>;
let db: string;
let conf: string;
let outbox: string;
const args = (...more: string[]): string[] => [...more, '--db', db, '--config', conf];

beforeAll(() => {
  dir = tempDir('xmess-notify-cli-');
  db = join(dir.path, 'state', 'x.db');
  outbox = join(dir.path, 'state', 'outbox');
  conf = join(dir.path, 'conf');
  const mail = join(dir.path, 'mail');
  mkdirSync(conf);
  mkdirSync(mail);
  writeFileSync(join(conf, 'municipalities.json'), JSON.stringify([
    { name: 'Vila de Prova', domains: ['viladeprova.cat'], member: true, contact: 'ess@viladeprova.cat' },
    { name: 'Poble Callat', domains: ['poblecallat.cat'], member: true },
  ]));
  writeFileSync(join(conf, 'advisors.json'), JSON.stringify([
    { name: 'Anna Puig', email: 'anna.puig@example.org', themes: ['intercooperation'] },
    { name: 'Pau Riera', email: 'pau.riera@example.org', themes: ['covid-response'] },
  ]));
  writeFileSync(join(mail, '1.eml'), buildMail({ from: 'Berta <bsola@viladeprova.cat>', messageId: '<on-time@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: synthesis('Rebost compartit de barri') }));
  writeFileSync(join(mail, '2.eml'), buildMail({ from: 'Berta <bsola@viladeprova.cat>', subject: 'Bona pràctica fora de termini', messageId: '<late@viladeprova.cat>', received: 'Mon, 4 May 2020 10:00:00 +0200', body: synthesis('Mercat de proximitat en línia') }));
  const r = xmess(args('ingest', mail));
  expect(r.stdout).toMatch(/follow-ups planned 3, sent 0, written 3 to \S+outbox, pending 0, failed 0/);
});
afterAll(() => dir.cleanup());

const practices = (): Practice[] => exportJson<Practice>(db, 'practices');
const outboxRows = (): Outbox[] => exportJson<Outbox>(db, 'outbox');
const byTitle = (t: string): Practice => practices().find((p) => p.title === t)!;

describe('xmess export --what outbox', () => {
  it('lists every follow-up in the shape of CONTRACT.md, as JSON or CSV', () => {
    const rows = outboxRows();
    expect(rows.map((o) => o.kind).sort()).toEqual(['acknowledgement', 'advisor-task', 'late-notice']);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'kind', 'practices', 'messageId', 'inReplyTo', 'to', 'subject', 'status', 'attempts', 'sentAt', 'error']));
    const csv = xmess(args('export', '--what', 'outbox', '--format', 'csv'));
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toContain('messageId');
  });
});

describe('xmess accept-late, assign and review', () => {
  it('accept-late gives a late practice an advisor and sends the task; refuses an on-time one', () => {
    const late = byTitle('Mercat de proximitat en línia');
    expect(late).toMatchObject({ late: true, status: 'late', advisor: null });
    const r = xmess(args('accept-late', late.id, '--note', 'la comissió ho admet'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/late → late-accepted; the council is told .*assigned to .*follow-ups planned 2, sent 0, written 2/);
    expect(byTitle('Mercat de proximitat en línia')).toMatchObject({ status: 'late-accepted', advisor: expect.any(String) });
    const onTime = xmess(args('accept-late', byTitle('Rebost compartit de barri').id));
    expect(onTime.code).toBe(2);
    expect(onTime.stderr).toContain('arrived on time');
  });

  it('assign overrides the advisor, notifies the new one, and says clearly what is wrong with bad input', () => {
    const p = byTitle('Rebost compartit de barri');
    const other = p.advisor === 'anna.puig@example.org' ? 'Pau Riera' : 'Anna Puig';
    const r = xmess(args('assign', p.id, other));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`(was ${p.advisor})`);
    expect(outboxRows().filter((o) => o.kind === 'advisor-task')).toHaveLength(2);
    expect(outboxRows().filter((o) => o.kind === 'reassignment').map((o) => o.to[0]).sort()).toEqual([p.advisor, other === 'Anna Puig' ? 'anna.puig@example.org' : 'pau.riera@example.org'].sort());
    expect(readdirSync(outbox)).toHaveLength(7);
    const unknown = xmess(args('assign', 'bp-000000000000', other));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no practice "bp-000000000000"');
    const nobody = xmess(args('assign', p.id, 'Joan Ningú'));
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('Anna Puig <anna.puig@example.org>');
  });

  it('review records the decision with its note, and shows the history', () => {
    const p = byTitle('Rebost compartit de barri');
    expect(xmess(args('review', p.id, '--status', 'needs-info', '--note', 'falta el pressupost')).stdout).toContain('received → needs-info');
    expect(xmess(args('review', p.id, '--status', 'maybe')).code).toBe(2);
    const history = xmess(args('review', p.id));
    expect(history.stdout).toMatch(/review .*falta el pressupost/);
    expect(history.stdout).toMatch(/assigned/);
    const digest = xmess(args('digest', '--format', 'json'));
    expect(JSON.parse(digest.stdout).needsReview).toContainEqual(expect.objectContaining({ reason: 'cal més informació: falta el pressupost' }));
  });
});

describe('xmess digest and deadlines', () => {
  it('writes the HTML digest to a file, naming every practice, and refuses a bad --since', () => {
    const out = join(dir.path, 'digest.html');
    expect(xmess(args('digest', '--format', 'html', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const p of practices()) expect(html).toContain(p.title);
    const bad = xmess(args('digest', '--since', 'yesterday'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "yesterday"');
  });

  it('deadlines reminds no council that has written or has no address; the digest lists the one without an address', () => {
    const r = xmess(args('deadlines', '--now', '2020-04-25T09:00:00+02:00'));
    expect(r.stdout).toMatch(/follow-ups planned 0/); // Vila de Prova has sent; Poble Callat has no address
    expect(xmess(args('digest')).stdout).toMatch(/Poble Callat .*sense adreça/s);
  });
});

describe('acceptance on the shared development corpus', () => {
  const corpus = sharedCorpus('dev');
  (corpus ? it : it.skip)('one acknowledgement or late notice per submission, none to machines, one task per on-time practice; a rerun adds nothing', () => {
    const state = join(dir.path, 'dev');
    const dev = ['ingest', corpus!, '--config', join(corpus!, 'config'), '--db', join(state, 'dev.db')];
    const first = xmess(dev);
    // 43 acknowledgements, notices and tasks, and the confirmation of the one reply that corrects its practice.
    expect(first.stdout).toMatch(/follow-ups planned 44, sent 0, written 44 to \S+, pending 0, failed 0/);
    const expected = JSON.parse(readFileSync(join(corpus!, 'expected.json'), 'utf8')) as Record<string, { kind: string; messageId: string; practices: unknown[]; late: boolean }>;
    const submissions = Object.values(expected).filter((e) => e.kind === 'submission');
    const rows = exportJson<Outbox & { inReplyTo: string | null }>(join(state, 'dev.db'), 'outbox');
    const replies = rows.filter((o) => o.kind === 'acknowledgement' || o.kind === 'late-notice');
    expect(replies.map((o) => o.inReplyTo).sort()).toEqual(submissions.map((e) => e.messageId).sort());
    expect(rows.filter((o) => o.kind === 'late-notice')).toHaveLength(submissions.filter((e) => e.late).length);
    expect(rows.filter((o) => o.kind === 'correction-receipt')).toHaveLength(1);
    const onTime = submissions.filter((e) => !e.late).reduce((n, e) => n + e.practices.length, 0);
    expect(rows.filter((o) => o.kind === 'advisor-task')).toHaveLength(onTime);
    const files = readdirSync(join(state, 'outbox'));
    expect(files).toHaveLength(rows.length);
    const mtimes = files.map((f) => statSync(join(state, 'outbox', f)).mtimeMs);
    expect(xmess(dev).stdout).toMatch(/follow-ups planned 0, sent 0, written 0, pending 0, failed 0/);
    expect(readdirSync(join(state, 'outbox')).map((f) => statSync(join(state, 'outbox', f)).mtimeMs)).toEqual(mtimes);
  });
});
