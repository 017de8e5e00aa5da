// Words people read: no English and no internal codes in the mails, the advisor's sheet or the digest;
// where a value came from said as a person would; theme evidence as the council wrote it; phones
// formatted for reading; a promoter the council did not write shown as an assumption to confirm.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { makeCampaign, type Campaign } from '../helpers/campaign.js';

let c: Campaign;
beforeAll(() => {
  c = makeCampaign('xmess-words-');
  expect(c.ingest([
    {
      from: 'Berta <bsola@viladeprova.cat>', messageId: '<punt-lila@viladeprova.cat>', subject: 'Bona pràctica', received: 'Tue, 21 Apr 2020 09:10:15 +0200',
      body: ['Títol: Punt lila a les festes', 'Organitzacions promotores: Ajuntament de Vila de Prova, Cooperativa El Graner Comú',
        'Breu explicació: Un punt d’atenció amb perspectiva de gènere durant la pandèmia i les festes.', 'Nom: Berta Solà Riu', 'Telèfon: 935556114'].join('\n'),
    },
    { from: 'Jordi <jordi@viladeprova.cat>', messageId: '<sense-promotors@viladeprova.cat>', subject: 'Bona pràctica', received: 'Tue, 21 Apr 2020 10:10:15 +0200',
      body: ['Títol: Banc del temps', "Breu explicació: Un banc del temps on el veïnat intercanvia hores d'ajuda.", 'Nom: Jordi Mas'].join('\n') },
    { from: 'Jordi <jordi@viladeprova.cat>', messageId: '<pregunta@viladeprova.cat>', subject: 'Dubte', received: 'Tue, 21 Apr 2020 11:10:15 +0200', body: 'Fins quan es pot enviar?' },
  ]).code).toBe(0);
});
afterAll(() => c.cleanup());

const INTERNAL = [/label "/, /sender domain/, /promoters:/, /\bin body\b/, /Font: body/, /attachment:/, /\bdefault\b/];

describe('what the advisor reads', () => {
  it('says where each value came from and why each theme, in Catalan, quoting the council as written', async () => {
    const task = c.outboxRows().find((o) => o.kind === 'advisor-task' && o.practices.includes(c.practices().find((p) => p.title === 'Punt lila a les festes')!.id))!;
    const mail = await c.mailOf(task);
    for (const re of INTERNAL) expect(mail.text).not.toMatch(re);
    expect(mail.text).toContain('títol de la pràctica: el cos del missatge del 21 d’abril del 2020, etiqueta «Títol»');
    expect(mail.text).toContain('«perspectiva de gènere»');
    expect(mail.text).toContain("l'ajuntament la promou amb entitats de l'economia social");
    expect(mail.text).toContain('+34 935 55 61 14');
    const sheet = mail.attachments.find((a) => a.filename?.endsWith('.docx'))!;
    const xml = await (await JSZip.loadAsync(sheet.content)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Font: el cos del missatge del 21 d’abril del 2020');
    expect(xml).toContain('+34 935 55 61 14');
  });
});

describe('what the council reads', () => {
  it('shows a promoter it did not write as an assumption to confirm', async () => {
    const ack = c.outboxRows().find((o) => o.kind === 'acknowledgement' && o.inReplyTo === '<sense-promotors@viladeprova.cat>')!;
    const mail = await c.mailOf(ack);
    expect(mail.text).toMatch(/Entitats promotores: no les indiqueu; suposem que és .*confirmeu-nos-ho/);
  });
});

describe('what the coordinator reads', () => {
  it("gives the review list's reasons in the campaign's language", () => {
    const d = JSON.parse(c.run('digest', '--format', 'json').stdout) as { needsReview: { subject: string; reason: string }[] };
    expect(d.needsReview).toContainEqual(expect.objectContaining({ subject: 'Dubte', reason: expect.stringContaining('no hi hem trobat cap bona pràctica') }));
  });
});
