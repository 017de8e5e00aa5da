// The review queue empties: a needs-review message is closed by hand (ignored, linked to its practice,
// opened as a new practice), and a practice's wrong fields are corrected by hand with history.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeCampaign, synthesis, type Campaign } from '../helpers/campaign.js';

let c: Campaign;
let practiceId: string;

beforeAll(() => {
  c = makeCampaign('xmess-review-queue-');
  const r = c.ingest([
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', subject: 'Bona pràctica: rebost', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: synthesis('Rebost compartit de barri') },
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<pregunta@viladeprova.cat>', subject: 'Dubte sobre el termini', received: 'Tue, 21 Apr 2020 10:00:00 +0200', body: 'Bon dia, fins quan es poden enviar les pràctiques? Gràcies.' },
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<fitxa2@viladeprova.cat>', subject: 'Fitxa escanejada de nou', received: 'Tue, 21 Apr 2020 11:00:00 +0200', body: 'Us torno a enviar la fitxa.' },
    { from: 'Jordi <jordi@viladeprova.cat>', messageId: '<nova@viladeprova.cat>', subject: 'Xarxa de menjadors escolars', received: 'Wed, 22 Apr 2020 11:00:00 +0200', body: 'Us ho explico per telèfon.' },
  ]);
  expect(r.code).toBe(0);
  practiceId = c.practices()[0]!.id;
  expect(c.messages().filter((m) => m.status === 'needs-review')).toHaveLength(3);
});
afterAll(() => c.cleanup());

const digestReview = (): { subject: string }[] => JSON.parse(c.run('digest', '--format', 'json').stdout).needsReview;

describe('xmess resolve', () => {
  it('closes a question as ignored, by its Message-ID without <>; the digest no longer lists it', () => {
    expect(digestReview().map((r) => r.subject)).toContain('Dubte sobre el termini');
    const r = c.run('resolve', 'pregunta@viladeprova.cat', '--as', 'ignored', '--note', 'contestat per telèfon');
    expect(r.code).toBe(0);
    expect(c.messages().find((m) => m.messageId === '<pregunta@viladeprova.cat>')).toMatchObject({ status: 'ignored', resolved: true });
    expect(digestReview().map((r) => r.subject)).not.toContain('Dubte sobre el termini');
    expect(c.run('resolve', '<pregunta@viladeprova.cat>', '--as', 'ignored').stderr).toContain('needs no review');
  });

  it('links a resent file to the practice it belongs to', () => {
    expect(c.run('resolve', '<fitxa2@viladeprova.cat>', '--as', 'linked', practiceId).code).toBe(0);
    expect(c.messages().find((m) => m.messageId === '<fitxa2@viladeprova.cat>')).toMatchObject({ status: 'processed', resolved: true, practices: [practiceId] });
    expect(c.run('review', practiceId).stdout).toContain('message-linked');
    expect(c.run('resolve', 'nova@viladeprova.cat', '--as', 'linked', 'bp-000000000000').code).toBe(2);
  });

  it('opens a new practice from a message, filled from what was read, with an advisor', () => {
    const rowId = String(c.messages().findIndex((m) => m.messageId === '<nova@viladeprova.cat>') + 1);
    const r = c.run('resolve', rowId, '--as', 'new');
    expect(r.code).toBe(0);
    const opened = c.practices().find((p) => p.messageId === '<nova@viladeprova.cat>')!;
    expect(opened).toMatchObject({ title: 'Xarxa de menjadors escolars', contact: expect.objectContaining({ email: 'jordi@viladeprova.cat' }), advisor: expect.any(String) });
    expect(r.stdout).toContain(`opened as practice ${opened.id}`);
    expect(digestReview()).toHaveLength(0);
  });

  it('refuses what it cannot do, saying how', () => {
    expect(c.run('resolve', 'nobody@nowhere', '--as', 'ignored').stderr).toContain('no message "nobody@nowhere"');
    expect(c.run('resolve', 'rebost@viladeprova.cat', '--as', 'maybe').code).toBe(2);
  });
});

describe('xmess edit', () => {
  it('corrects fields by hand, keeps the old values in the history, and mails nobody', () => {
    const before = c.outboxRows().length;
    const r = c.run('edit', practiceId, '--set', 'contact.phone=93 555 61 14', '--set', 'promoters=Ajuntament de Vila de Prova; Cooperativa La Teixidora', '--set', 'themes=covid-response, Joventut');
    expect(r.code).toBe(0);
    const p = c.practices().find((x) => x.id === practiceId)!;
    expect(p.contact.phone).toBe('+34935556114');
    expect(p.promoters).toEqual(['Ajuntament de Vila de Prova', 'Cooperativa La Teixidora']);
    expect(p.themes).toEqual(['covid-response', 'youth']);
    expect(p.missing).not.toContain('contact.phone');
    const history = c.run('review', practiceId).stdout;
    expect(history).toMatch(/edited .*"field":"promoters","previous":\["Ajuntament de Vila de Prova","Cooperativa El Graner Comú"\]/);
    expect(c.outboxRows()).toHaveLength(before);
  });

  it('refuses an unknown field or a value that is not one, changing nothing', () => {
    const bad = c.run('edit', practiceId, '--set', 'budget=1000');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('field one of title, promoters');
    expect(c.run('edit', practiceId, '--set', 'contact.email=not-an-address').stderr).toContain('is not an e-mail address');
    expect(c.run('edit', practiceId, '--set', 'themes=gastronomy').stderr).toContain('"gastronomy" is not a theme');
  });
});
