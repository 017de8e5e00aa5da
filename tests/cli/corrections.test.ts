// The acknowledgement promises "reply to this message to correct or complete it": a reply's values
// replace the old ones (kept in the history), the council gets a confirmation threaded on its reply,
// what cannot be read or must not be changed waits for a person. A practice sent again is the same
// practice: linked, never a second acknowledgement or task, and it never undoes a correction.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeCampaign, synthesis, type Campaign, type OutboxRow } from '../helpers/campaign.js';

let c: Campaign;
const RECEIVED = 'Tue, 21 Apr 2020 09:10:15 +0200';
const later = (h: number): string => `Tue, 21 Apr 2020 ${String(9 + h).padStart(2, '0')}:30:00 +0200`;
const practiceOf = (messageId: string) => c.practices().find((p) => p.messageId === messageId)!;
const messageOf = (messageId: string) => c.messages().find((m) => m.messageId === messageId)!;
const ackOf = (messageId: string): OutboxRow => c.outboxRows().find((o) => o.kind === 'acknowledgement' && o.inReplyTo === messageId)!;
const receiptsTo = (messageId: string): OutboxRow[] => c.outboxRows().filter((o) => o.kind === 'correction-receipt' && o.inReplyTo === messageId);

beforeAll(() => {
  c = makeCampaign('xmess-corrections-');
  expect(c.ingest([
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost@viladeprova.cat>', subject: 'Bona pràctica: rebost', received: RECEIVED, body: synthesis('Rebost compartit de barri') },
    { from: 'Berta <bsola@viladeprova.cat>', messageId: '<mercat@viladeprova.cat>', subject: 'Bona pràctica: mercat', received: RECEIVED, body: synthesis('Mercat de proximitat en línia', ['Telèfon: 93 111 22 33']) },
  ]).code).toBe(0);
});
afterAll(() => c.cleanup());

const reply = (to: string, id: string, body: string, hour = 1) => ({
  from: 'Berta <bsola@viladeprova.cat>', messageId: id, subject: 'Re: Bona pràctica', received: later(hour),
  headers: { 'In-Reply-To': ackOf(to).messageId, References: `${to} ${ackOf(to).messageId}` }, body,
});

describe('a correction by reply', () => {
  it('replaces labelled values, keeps the old ones in the history, and confirms what changed as a reply to the correction', async () => {
    const before = practiceOf('<rebost@viladeprova.cat>');
    const ack = ackOf('<rebost@viladeprova.cat>');
    const r = c.ingest([{
      from: 'Berta <bsola@viladeprova.cat>', messageId: '<correccio-1@viladeprova.cat>', subject: 'Re: Bona pràctica: rebost', received: later(1),
      headers: { 'In-Reply-To': ack.messageId, References: `<rebost@viladeprova.cat> ${ack.messageId}` },
      body: 'Bon dia,\n\nLes dades correctes són:\nTítol: Rebost solidari del barri\nEntitats promotores: Ajuntament de Vila de Prova; Cooperativa La Teixidora\nPersona de contacte: Marta Vidal\nTelèfon: 93 555 12 34\n\nGràcies',
    }]);
    expect(r.code).toBe(0);
    const after = practiceOf('<rebost@viladeprova.cat>');
    expect(after).toMatchObject({ id: before.id, title: 'Rebost solidari del barri', promoters: ['Ajuntament de Vila de Prova', 'Cooperativa La Teixidora'], contact: expect.objectContaining({ name: 'Marta Vidal', phone: '+34935551234' }) });
    expect(c.practices()).toHaveLength(2);
    expect(messageOf('<correccio-1@viladeprova.cat>')).toMatchObject({ kind: 'reply', status: 'processed' });
    const history = c.run('review', before.id).stdout;
    expect(history).toMatch(/corrected-by-reply .*"field":"title","previous":"Rebost compartit de barri","value":"Rebost solidari del barri"/);
    expect(history).toMatch(/corrected-by-reply .*"field":"contact.name","previous":"Berta Solà Riu"/);
    const [receipt] = receiptsTo('<correccio-1@viladeprova.cat>');
    expect(receipt).toMatchObject({ to: ['bsola@viladeprova.cat'], practices: [before.id] });
    const mail = await c.mailOf(receipt!);
    expect(mail.inReplyTo).toBe('<correccio-1@viladeprova.cat>');
    expect(mail.text).toContain('Rebost solidari del barri (abans: Rebost compartit de barri)');
    expect(mail.text).toContain('Marta Vidal');
  });

  it('reads a correction told in sentences: the phone, another promoter, the new contact person', () => {
    const id = practiceOf('<mercat@viladeprova.cat>').id;
    expect(c.ingest([reply('<mercat@viladeprova.cat>', '<correccio-2@viladeprova.cat>',
      "Bon dia,\n\nEl telèfon correcte és el 93 555 98 76. També hi participa l'Associació de Botiguers del Centre. La persona de contacte ara és la Marta Vidal, tècnica de comerç.\n\nGràcies")]).code).toBe(0);
    const p = c.practices().find((x) => x.id === id)!;
    expect(p.contact).toMatchObject({ phone: '+34935559876', name: 'Marta Vidal' });
    expect(p.promoters).toEqual(['Ajuntament de Vila de Prova', 'Cooperativa El Graner Comú', 'Associació de Botiguers del Centre']);
    expect(receiptsTo('<correccio-2@viladeprova.cat>')).toHaveLength(1);
  });

  it('sends a reply it cannot read to the review queue with the reason, never "nothing new"; a thank-you needs nobody', () => {
    expect(c.ingest([
      reply('<mercat@viladeprova.cat>', '<ja-parlarem@viladeprova.cat>', "Bon dia,\n\nAixò ho hauríem de parlar amb la regidora abans de concretar res més, us en direm alguna cosa la setmana vinent.\n\nBerta", 2),
      reply('<mercat@viladeprova.cat>', '<gracies@viladeprova.cat>', 'Moltes gràcies! Les dades són correctes.', 2),
    ]).code).toBe(0);
    expect(messageOf('<ja-parlarem@viladeprova.cat>')).toMatchObject({ status: 'needs-review', reason: expect.stringContaining('no change could be read') });
    expect(messageOf('<gracies@viladeprova.cat>')).toMatchObject({ status: 'processed', reason: expect.stringContaining('thanks or confirms') });
    expect(receiptsTo('<ja-parlarem@viladeprova.cat>')).toHaveLength(0);
  });

  it('holds a correction to a practice the commission accepted for a person, changing nothing', () => {
    const p = practiceOf('<mercat@viladeprova.cat>');
    expect(c.run('review', p.id, '--status', 'accepted').code).toBe(0);
    expect(c.ingest([reply('<mercat@viladeprova.cat>', '<tard-correccio@viladeprova.cat>', 'Bon dia,\n\nTelèfon: 93 000 00 01\n\nGràcies', 3)]).code).toBe(0);
    expect(messageOf('<tard-correccio@viladeprova.cat>')).toMatchObject({ status: 'needs-review', reason: expect.stringContaining('which the commission has accepted') });
    expect(c.practices().find((x) => x.id === p.id)!.contact.phone).toBe('+34935559876');
    expect(receiptsTo('<tard-correccio@viladeprova.cat>')).toHaveLength(0);
  });
});

describe('a resend', () => {
  it('the same mail sent again (new Message-ID) is linked: no second practice, acknowledgement, task or mail, and the correction stands', () => {
    const rows = c.outboxRows().length;
    const r = c.ingest([{ from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost-bis@viladeprova.cat>', subject: 'Bona pràctica: rebost', received: later(4), body: synthesis('Rebost compartit de barri') }]);
    expect(r.code).toBe(0);
    expect(c.practices()).toHaveLength(2);
    expect(c.outboxRows()).toHaveLength(rows);
    const original = practiceOf('<rebost@viladeprova.cat>');
    expect(messageOf('<rebost-bis@viladeprova.cat>')).toMatchObject({ status: 'processed', practices: [original.id], reason: expect.stringContaining('nothing new') });
    // What the council corrected by reply is not undone by the old values coming back.
    expect(original).toMatchObject({ title: 'Rebost solidari del barri', contact: expect.objectContaining({ name: 'Marta Vidal' }) });
  });

  it('a near-same title with a new value updates the practice as a correction, confirmed once', () => {
    const before = practiceOf('<rebost@viladeprova.cat>');
    const rows = c.outboxRows().length;
    expect(c.ingest([{ from: 'Berta <bsola@viladeprova.cat>', messageId: '<rebost-ter@viladeprova.cat>', subject: 'Bona pràctica', received: later(5),
      body: synthesis('Rebost solidari dels barris', ['Càrrec: Tècnica de consum']) }]).code).toBe(0);
    expect(c.practices()).toHaveLength(2);
    expect(practiceOf('<rebost@viladeprova.cat>')).toMatchObject({ id: before.id, contact: expect.objectContaining({ role: 'Tècnica de consum' }) });
    expect(c.outboxRows().map((o) => o.kind).slice(rows)).toEqual(['correction-receipt']);
  });

  it('a genuinely new practice from the same council stays new, and a near miss of a title is not merged', () => {
    expect(c.ingest([
      { from: 'Berta <bsola@viladeprova.cat>', messageId: '<menjador@viladeprova.cat>', subject: 'Bona pràctica', received: later(6), body: synthesis('Menjador social de barri') },
      { from: 'Berta <bsola@viladeprova.cat>', messageId: '<mercat-nord@viladeprova.cat>', subject: 'Bona pràctica', received: later(7), body: synthesis('Mercat de proximitat del barri Nord') },
    ]).code).toBe(0);
    expect(c.practices().map((p) => p.title)).toEqual(expect.arrayContaining(['Menjador social de barri', 'Mercat de proximitat del barri Nord']));
    expect(c.practices()).toHaveLength(4);
    expect(c.outboxRows().filter((o) => o.kind === 'acknowledgement' && ['<menjador@viladeprova.cat>', '<mercat-nord@viladeprova.cat>'].includes(o.inReplyTo!))).toHaveLength(2);
  });
});
