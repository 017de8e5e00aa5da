import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { digestNow, planFollowUps } from '../../src/follow-ups/planner.js';
import { renderDigest, TEXT_WIDTH, wrapText } from '../../src/follow-ups/render/digest-render.js';
import type { Db } from '../../src/store/db.js';
import { setStatus } from '../../src/follow-ups/store/tasks.js';
import { followUpContext, openTestDb, practice, seedSubmission } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

let dir: ReturnType<typeof tempDir>;
let db: Db;
const NOW = new Date('2020-05-02T10:00:00+02:00');
const LONG = 'Una pràctica amb un títol molt i molt llarg que no cap en cap columna de cap taula de terminal, ni de bon tros';
const titles = ['Rebost compartit de barri', 'Cuines <b>comunitàries</b> & menjadors | escolars', LONG, 'Reparem: punt de reutilització', 'Habitatge cooperatiu jove'];

beforeAll(() => {
  dir = tempDir('xmess-digest-');
  db = openTestDb(dir.path);
  const ctx = followUpContext(db);
  const seeds = [
    seedSubmission(db, { practices: [practice({ title: titles[0]! }), practice({ title: titles[1]!, themes: ['public-procurement'], priority: 3, missing: [] })] }),
    seedSubmission(db, { from: 'ajuntament@poblecallat.cat', receivedAt: '2020-04-28T12:00:00+02:00', practices: [practice({ title: titles[2]!, municipality: 'Poble Callat', themes: ['youth'], summary: `${'Paraulallarguíssimasenseespaisquenocapenunalínia'.repeat(4)} i una frase normal.` })] }),
    seedSubmission(db, { from: 'reus@convidada.cat', receivedAt: '2020-05-01T10:00:00+02:00', practices: [practice({ title: titles[3]!, municipality: 'Ciutat Convidada', member: false })] }),
    seedSubmission(db, { from: 'x@viladeprova.cat', practices: [], unreadable: [{ filename: 'SCAN.pdf', reason: 'SCAN.pdf: no text layer' }] }),
    seedSubmission(db, { from: 'jove@viladeprova.cat', language: 'es', practices: [practice({ title: titles[4]!, themes: ['youth', 'ecological-transition'] })] }),
  ];
  for (const s of seeds) planFollowUps(ctx, s.rowId);
  setStatus(db, seeds[0]!.practiceIds[0]!, 'needs-info', { note: 'falta el pressupost | i el calendari', by: 'test', type: 'review' });
  db.prepare(`UPDATE outbox SET status = 'failed', attempts = 10, error = '550 5.1.1 mailbox unavailable' WHERE kind = 'acknowledgement' AND to_addrs LIKE '%jove%'`).run();
});
afterAll(() => {
  db.close();
  dir.cleanup();
});

const digest = (lang: 'ca' | 'es' | 'en' = 'ca', since: Date | null = null) => digestNow(followUpContext(db, { campaign: { ...followUpContext(db).settings.campaign, language: lang } }), NOW, since);
const render = (format: 'text' | 'markdown' | 'html' | 'json', lang: 'ca' | 'es' | 'en' = 'ca', since: Date | null = null) =>
  renderDigest(digest(lang, since), format, followUpContext(db).renderer);

describe("the coordinator's digest", () => {
  it('counts by municipality, theme, status and advisor, with late, review, missing, open tasks, failed sends and silent members', () => {
    const d = digest();
    expect(d.totals).toEqual({ practices: 5, onTime: 4, late: 1, messages: 5, needsReview: 2, openTasks: 4, failedSends: 1, silentMembers: 1 });
    expect(d.byMunicipality).toContainEqual({ municipality: 'Vila de Prova', member: 'sí', practices: 3 });
    expect(d.byMunicipality).toContainEqual({ municipality: 'Ciutat Convidada', member: 'no', practices: 1 });
    expect(d.byTheme).toContainEqual({ theme: 'Joventut', practices: 2 });
    expect(d.byStatus).toEqual([{ status: 'rebuda', practices: 3 }, { status: 'fora de termini', practices: 1 }, { status: 'cal més informació', practices: 1 }]);
    expect(d.byAdvisor.map((a) => a.advisor)).toEqual(['Anna Puig', 'Pau Riera']);
    expect(d.late.map((l) => l.title)).toEqual([titles[3]]);
    expect(d.needsReview.map((r) => r.reason)).toEqual(['cal que una persona el llegeixi', 'cal més informació: falta el pressupost | i el calendari']);
    expect(d.missing.map((m) => m.missing)).toContain('telèfon de contacte');
    expect(d.failedSends).toEqual([expect.objectContaining({ kind: 'acknowledgement', to: ['jove@viladeprova.cat'], error: '550 5.1.1 mailbox unavailable' })]);
    expect(d.silentMembers).toEqual([{ municipality: 'Sense Adreça', contact: null }]);
    expect(d.practices[0]).toMatchObject({ title: titles[1], priority: 3 });
  });

  it('names every practice in its HTML, escaped, ready to paste into a newsletter', () => {
    const html = render('html');
    for (const t of titles.filter((t) => !t.includes('<'))) expect(html).toContain(t);
    expect(html).toContain('Cuines &lt;b&gt;comunitàries&lt;/b&gt; &amp; menjadors | escolars');
    expect(html).not.toContain('<b>comunitàries');
    expect(html).toContain('sense adreça: no se li ha enviat recordatori');
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });

  it('keeps every line of the text digest within 100 columns', () => {
    const text = render('text');
    const long = text.split('\n').filter((l) => [...l].length > TEXT_WIDTH);
    expect(long).toEqual([]);
    expect(text).toContain('Xifres');
    expect(text).toContain('Rebost compartit de barri');
  });

  it('escapes Markdown table cells so a pipe in a note cannot break the table', () => {
    const md = render('markdown');
    expect(md).toContain('falta el pressupost \\| i el calendari');
    expect(md).toContain('Cuines &lt;b&gt;comunitàries&lt;/b&gt; & menjadors \\| escolars');
  });

  it('is written in the campaign language: Spanish or English', () => {
    expect(render('text', 'es')).toContain('Resumen de la convocatoria de buenas prácticas');
    expect(render('html', 'es')).toContain('Por municipio');
    expect(render('markdown', 'en')).toContain('# Good practices call: digest');
    expect(digest('en').byStatus[0]).toEqual({ status: 'received', practices: 3 });
  });

  it('gives scripts JSON with the same content and ISO dates', () => {
    const json = JSON.parse(render('json')) as ReturnType<typeof digest>;
    expect(json.totals.practices).toBe(5);
    expect(json.iso.deadline).toBe('2020-04-30T21:59:59.000Z');
  });

  it('with --since, counts only what arrived since then', () => {
    const d = digest('ca', new Date('2020-04-28T00:00:00+02:00'));
    expect(d.practices.map((p) => p.title).sort()).toEqual([titles[2], titles[3]].sort());
    expect(d.openTasks).toHaveLength(4);
  });
});

describe('text wrapping', () => {
  it('never exceeds the width, even for a word longer than a line', () => {
    const lines = wrapText(`${'x'.repeat(250)} a b c`, 40, '   ');
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(`${'x'.repeat(250)}abc`);
  });
});
