// What people decide after intake is told to those it concerns: the commission's decisions to the
// council (threaded on its submission, in its language, once), a reassignment to both advisors.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeCampaign, synthesis, type Campaign } from '../helpers/campaign.js';

let c: Campaign;
const byTitle = (t: string) => c.practices().find((p) => p.title === t)!;

beforeAll(() => {
  c = makeCampaign('xmess-decisions-');
  const r = c.ingest([
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', subject: 'Bona pràctica: rebost', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body: synthesis('Rebost compartit de barri') },
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<tard@viladeprova.cat>', subject: 'Bona pràctica fora de termini', received: 'Mon, 4 May 2020 10:00:00 +0200', body: synthesis('Mercat de proximitat en línia') },
    {
      from: 'Lucía <lucia@villaensayo.es>', messageId: '<huerto@villaensayo.es>', subject: 'Buena práctica', received: 'Wed, 22 Apr 2020 12:00:00 +0200',
      body: ['Buenos días,', '', 'Título: Huerto comunitario joven', 'Entidades promotoras: Ayuntamiento de Villa de Ensayo, Asociación Brotes',
        'Breve explicación: Jóvenes del municipio cultivan un huerto comunitario durante el confinamiento por la Covid-19.', 'Persona de contacto: Lucía Gil', '', 'Saludos'].join('\n'),
    },
  ]);
  expect(r.code).toBe(0);
});
afterAll(() => c.cleanup());

describe('xmess review tells the council', () => {
  it('mails the decision with the note, threaded on the submission, and the export keeps the decision', async () => {
    const p = byTitle('Rebost compartit de barri');
    const r = c.run('review', p.id, '--status', 'needs-info', '--note', 'Ens caldria el pressupost anual');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the council is told (bsola@viladeprova.cat)');
    const decisions = c.outboxRows().filter((o) => o.kind === 'decision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ to: ['bsola@viladeprova.cat'], inReplyTo: '<rebost@viladeprova.cat>', practices: [p.id], status: 'sent' });
    const mail = await c.mailOf(decisions[0]!);
    expect(mail.inReplyTo).toBe('<rebost@viladeprova.cat>');
    expect(mail.references).toContain('<rebost@viladeprova.cat>');
    expect(mail.text).toContain('necessita més informació');
    expect(mail.text).toContain('Ens caldria el pressupost anual');
    expect(byTitle('Rebost compartit de barri')).toMatchObject({ status: 'needs-info', decision: 'needs-info' });
  });

  it('mails once per decision: the same status again mails nobody, a new decision mails again', () => {
    const p = byTitle('Rebost compartit de barri');
    expect(c.run('review', p.id, '--status', 'needs-info').stdout).toContain('already needs-info');
    expect(c.outboxRows().filter((o) => o.kind === 'decision')).toHaveLength(1);
    expect(c.run('review', p.id, '--status', 'accepted').code).toBe(0);
    expect(c.outboxRows().filter((o) => o.kind === 'decision')).toHaveLength(2);
    expect(byTitle('Rebost compartit de barri').decision).toBe('accepted');
  });

  it('writes to a Spanish council in Spanish', async () => {
    const p = byTitle('Huerto comunitario joven');
    expect(c.run('review', p.id, '--status', 'rejected', '--note', 'No encaja en la convocatoria').code).toBe(0);
    const row = c.outboxRows().find((o) => o.kind === 'decision' && o.practices.includes(p.id))!;
    const mail = await c.mailOf(row);
    expect(mail.text).toContain('ha decidido no incluirla');
    expect(mail.text).toContain('No encaja en la convocatoria');
    expect(mail.inReplyTo).toBe('<huerto@villaensayo.es>');
    expect(byTitle('Huerto comunitario joven')).toMatchObject({ status: 'rejected', decision: 'rejected' });
  });
});

describe('xmess accept-late tells the council', () => {
  it('mails the council that the late practice is taken into account, and gives it an advisor', async () => {
    const p = byTitle('Mercat de proximitat en línia');
    expect(p).toMatchObject({ late: true, decision: null });
    const r = c.run('accept-late', p.id, '--note', 'Va arribar amb un dia de retard per una avaria');
    expect(r.code).toBe(0);
    const row = c.outboxRows().find((o) => o.kind === 'decision' && o.practices.includes(p.id))!;
    expect(row.inReplyTo).toBe('<tard@viladeprova.cat>');
    const mail = await c.mailOf(row);
    expect(mail.text).toContain('ha decidit tenir-la en compte');
    expect(mail.text).toContain('per una avaria');
    expect(byTitle('Mercat de proximitat en línia')).toMatchObject({ status: 'late-accepted', decision: 'late-accepted', advisor: expect.any(String) });
  });
});

describe('xmess assign tells both advisors', () => {
  it('the advisor who had it is told it is no longer theirs; the new one gets the task with its sheet', async () => {
    const p = byTitle('Rebost compartit de barri');
    const before = p.advisor!;
    const other = before === 'anna.puig@example.org' ? 'pau.riera@example.org' : 'anna.puig@example.org';
    expect(c.run('assign', p.id, other).stdout).toContain('both advisors are told');
    const rows = c.outboxRows().filter((o) => o.kind === 'reassignment' && o.practices.includes(p.id));
    expect(rows.map((o) => o.to[0]).sort()).toEqual([before, other].sort());
    const released = await c.mailOf(rows.find((o) => o.to[0] === before)!);
    expect(released.text).toContain('Ja no la tens assignada');
    const taken = await c.mailOf(rows.find((o) => o.to[0] === other)!);
    expect(taken.attachments.map((a) => a.filename)).toEqual([`fitxa-${p.id}.docx`]);
    expect(taken.text).toContain('abans la tenia');
    // Assigning to the same advisor again tells nobody.
    c.run('assign', p.id, other);
    expect(c.outboxRows().filter((o) => o.kind === 'reassignment' && o.practices.includes(p.id))).toHaveLength(2);
  });
});
