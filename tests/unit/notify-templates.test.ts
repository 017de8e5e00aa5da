import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { advisorTaskDraft, planDeadlineWork, planMessageFollowUps } from '../../src/follow-ups/plan/plan.js';
import { renderDraft } from '../../src/follow-ups/render/render-draft.js';
import { buildSheetDocx, SHEET_FIELDS, sheetSpec } from '../../src/follow-ups/render/sheet-docx.js';
import type { MessageInfo, NotifySettings, OutboxDraft, PracticeInfo } from '../../src/domain/follow-ups.js';
import { settings, templates } from '../helpers/notify.js';

const practice = (over: Partial<PracticeInfo> = {}): PracticeInfo => ({
  id: 'bp-0123456789ab', messageRow: 1, title: 'Rebost compartit de barri',
  promoters: ['Ajuntament de Vila de Prova', 'Cooperativa El Graner Comú'],
  summary: 'Un rebost compartit per a famílies del barri durant el confinament.',
  contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: null, role: 'Tècnica de promoció econòmica' },
  municipality: 'Vila de Prova', member: true, themes: ['covid-response', 'intercooperation'],
  themeEvidence: { 'covid-response': ['confinament'] }, priority: 2, late: false, status: 'received', advisor: null, source: 'body',
  evidence: { title: 'label "Títol" in body' }, missing: ['contact.phone'], language: 'ca', ...over,
});

const message = (over: Partial<MessageInfo> = {}): MessageInfo => ({
  rowId: 1, messageId: '<rebost-1@viladeprova.cat>', fromAddr: 'bsola@viladeprova.cat', fromName: 'Berta Solà Riu',
  subject: 'Bona pràctica: rebost compartit', receivedAt: '2020-04-21T07:10:00.000Z', refs: [], kind: 'submission', status: 'processed',
  reason: null, language: 'ca', ...over,
});

const NOW = new Date('2020-04-21T10:00:00+02:00');

function replyFor(m: MessageInfo, ps: PracticeInfo[], unreadable: { filename: string | null; reason: string }[] = [], s: NotifySettings = settings()): OutboxDraft {
  const plan = planMessageFollowUps({ message: m, practices: ps, unreadable, recentReplies: 0, loads: {}, settings: s, now: NOW });
  return plan.drafts.find((d) => d.kind === 'acknowledgement' || d.kind === 'late-notice')!;
}

const render = (d: OutboxDraft, s: NotifySettings = settings()) => renderDraft(d, templates(), s);

/** What a reader sees of the HTML part: tags gone, entities decoded. */
const visible = (html: string | null): string =>
  (html ?? '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the acknowledgement, in the language of the message', () => {
  it('tells a Catalan sender what was understood, what is missing, and to reply to correct it', () => {
    const row = render(replyFor(message(), [practice()]));
    expect(row).toMatchObject({ kind: 'acknowledgement', subject: 'Re: Bona pràctica: rebost compartit', to: ['bsola@viladeprova.cat'], inReplyTo: '<rebost-1@viladeprova.cat>' });
    for (const text of [row.text, visible(row.html)]) {
      expect(text).toContain('Bon dia, Berta Solà Riu');
      expect(text).toContain('Rebost compartit de barri');
      expect(text).toContain('Ajuntament de Vila de Prova; Cooperativa El Graner Comú');
      expect(text).toContain('Un rebost compartit per a famílies del barri');
      expect(text).toContain('Tècnica de promoció econòmica');
      expect(text).toContain('Resposta a la covid-19, Intercooperació');
      expect(text).toContain('telèfon de contacte');
      expect(text).toContain('responeu aquest mateix missatge per corregir-la o completar-la');
    }
  });

  it('writes to a Spanish sender in Spanish, with the themes labelled in Spanish', () => {
    const row = render(replyFor(message({ language: 'es', subject: 'Buenas prácticas ESS' }), [practice({ language: 'es' })]));
    expect(row.lang).toBe('es');
    for (const text of [row.text, visible(row.html)]) {
      expect(text).toContain('Buenos días, Berta Solà Riu');
      expect(text).toContain('Respuesta a la covid-19, Intercooperación');
      expect(text).toContain('teléfono de contacto');
      expect(text).toContain('responda a este mismo mensaje para corregirlo o completarlo');
    }
  });

  it('writes to a French sender in French, and in French when a French campaign knows no language for the message', () => {
    const row = render(replyFor(message({ language: 'fr', subject: 'Appel à bonnes pratiques' }), [practice({ language: 'fr' })]));
    expect(row.lang).toBe('fr');
    for (const text of [row.text, visible(row.html)]) {
      expect(text).toContain('Bonjour Berta Solà Riu');
      expect(text).toContain('Voici ce que nous en avons compris');
      expect(text).toContain('téléphone de contact');
      expect(text).toContain('répondez simplement à ce message');
    }
    expect(replyFor(message({ language: null }), [practice({ language: null })], [], settings({}, { language: 'fr' })).lang).toBe('fr');
  });

  it('falls back to the campaign language, and to Catalan when the campaign writes English', () => {
    expect(replyFor(message({ language: null }), [practice({ language: null })], [], settings({}, { language: 'es' })).lang).toBe('es');
    expect(replyFor(message({ language: null }), [practice({ language: null })], [], settings({}, { language: 'en' })).lang).toBe('ca');
  });

  it('says which attachment could not be read and how to send it again, in both languages', () => {
    const unreadable = [{ filename: 'SCAN_0427.pdf', reason: 'SCAN_0427.pdf: no text layer (scanned image?)' }];
    const ca = render(replyFor(message({ status: 'needs-review' }), [], unreadable));
    // The reader's technical reason, told in the council's language.
    expect(ca.text).toContain('- SCAN_0427.pdf (no conté text, sembla una imatge escanejada)');
    expect(ca.text).toMatch(/PDF amb text .*DOCX o un ODT.*cos del missatge/s);
    expect(ca.html).toContain('SCAN_0427.pdf');
    const es = render(replyFor(message({ status: 'needs-review', language: 'es' }), [], unreadable));
    expect(es.text).toMatch(/PDF con texto .*DOCX o un ODT.*cuerpo del mensaje/s);
    expect(es.text).toContain('- SCAN_0427.pdf (no contiene texto, parece una imagen escaneada)');
    const locked = render(replyFor(message({ status: 'needs-review' }), [], [{ filename: 'f.docx', reason: 'f.docx: password-protected DOCX (encrypted zip)' }]));
    expect(locked.text).toContain('- f.docx (està protegit amb contrasenya)');
  });

  it('when only an unreadable attachment came, names it and asks to resend it as text, in the sender\'s language', () => {
    const scan = [{ filename: 'fitxa.pdf', reason: 'fitxa.pdf: no text layer (scanned image?)' }];
    const ca = render(replyFor(message({ status: 'needs-review' }), [], scan)).text;
    expect(ca).toContain('No hem pogut llegir aquests documents adjunts');
    expect(ca).toContain('fitxa.pdf');
    expect(ca).toContain('torneu-los a enviar');
    const es = render(replyFor(message({ status: 'needs-review', language: 'es' }), [], scan)).text;
    expect(es).toContain('fitxa.pdf');
    expect(es).toMatch(/vuelva|reenv|envíe/i);
  });

  it('shows the contact phone as people write it, not in the stored E.164 form', () => {
    const row = render(replyFor(message(), [practice({ contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: '+34931112233', role: null } })]));
    expect(row.text).toContain('+34 931 11 22 33');
    expect(row.text).not.toContain('+34931112233');
  });

  it('escapes HTML in the HTML part and leaves the text part readable', () => {
    const row = render(replyFor(message({ subject: 'R&D <script>alert(1)</script>' }), [practice({ title: 'Cuines <b>& co</b>' })]));
    expect(row.html).not.toContain('<script>');
    expect(row.html).toContain('Cuines &lt;b&gt;&amp; co&lt;/b&gt;');
    expect(row.text).toContain('Cuines <b>& co</b>');
  });
});

describe('the late notice', () => {
  const late = { ...practice({ late: true, status: 'late' }) };
  it('tells the sender, in Catalan or Spanish, that it arrived after the deadline and the commission will decide', () => {
    const ca = render(replyFor(message({ receivedAt: '2020-05-04T08:15:00.000Z' }), [late]));
    expect(ca.kind).toBe('late-notice');
    expect(ca.text).toContain('després de la data límit');
    expect(ca.text).toContain('30 d’abril del 2020');
    expect(ca.text).toContain('- Rebost compartit de barri');
    expect(ca.html).toContain('La comissió valorarà');
    const es = render(replyFor(message({ language: 'es', receivedAt: '2020-05-04T08:15:00.000Z' }), [{ ...late, language: 'es' }]));
    expect(es.text).toContain('después de la fecha límite');
    expect(es.html).toContain('La comisión valorará');
  });
});

describe("the advisor's task", () => {
  const advisor = settings().advisors[1]!;
  const draft = (s: NotifySettings) => advisorTaskDraft(practice(), advisor, ['covid-response'], message(), s, NOW);

  it('carries the record, its priority flags and evidence, what is missing, the contact, and the pre-filled sheet (Catalan)', () => {
    const row = render(draft(settings()));
    expect(row).toMatchObject({ kind: 'advisor-task', to: ['pau.riera@example.org'], subject: '[XMESS] Bona pràctica assignada: Rebost compartit de barri' });
    for (const text of [row.text, visible(row.html)]) {
      expect(text).toContain('bp-0123456789ab');
      expect(text).toContain('criteris: Resposta a la covid-19; Intercooperació');
      expect(text).toContain('«confinament»');
      // The extractor's note ('label "Títol" in body') said as a person would.
      expect(text).toMatch(/el cos del missatge del [^\n]*, etiqueta «Títol»/);
      expect(text).not.toContain('label "');
      expect(text).toContain('telèfon de contacte');
      expect(text).toContain('bsola@viladeprova.cat');
      expect(text).toContain('rebost-1@viladeprova.cat');
      expect(text).toContain('fitxa-bp-0123456789ab.docx');
    }
    expect(row.attachments).toEqual([{ type: 'sheet', spec: expect.objectContaining({ filename: 'fitxa-bp-0123456789ab.docx' }) }]);
    expect(row.headers['Auto-Submitted']).toBe('auto-generated');
  });

  it('is in Spanish when the campaign is', () => {
    const row = render(draft(settings({}, { language: 'es' })), settings({}, { language: 'es' }));
    expect(row.subject).toBe('[XMESS] Buena práctica asignada: Rebost compartit de barri');
    expect(row.text).toContain('Te hemos asignado esta buena práctica');
    expect(row.html).toContain('criterios: Respuesta a la covid-19; Intercooperación');
  });
});

describe('the systematisation sheet (DOCX)', () => {
  it("has the network's published fields, in order, filled where known and blank elsewhere", async () => {
    const spec = sheetSpec({ ...practice(), themeLabels: ['Resposta a la covid-19', 'Intercooperació'] });
    expect(spec.fields.map((f) => f.label)).toEqual([...SHEET_FIELDS]);
    expect(Object.fromEntries(spec.fields.map((f) => [f.label, f.value]))).toMatchObject({
      'Ajuntament o Consell Comarcal': 'Vila de Prova', 'Persona de referència': 'Berta Solà Riu, Tècnica de promoció econòmica',
      'Mail de contacte': 'bsola@viladeprova.cat', 'Àrea o Departament': '', 'Classificació simplificada': 'Resposta a la covid-19; Intercooperació',
      'Descripció': 'Un rebost compartit per a famílies del barri durant el confinament.', Objectius: '', 'Aspectes a tenir en compte': '',
    });
    const zip = await JSZip.loadAsync(buildSheetDocx(spec));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    let at = 0;
    for (const label of SHEET_FIELDS) {
      const found = text.indexOf(label, at);
      expect(found).toBeGreaterThan(at - 1);
      at = found;
    }
    expect(text).toContain('Rebost compartit de barri');
    expect(text).toContain('bsola@viladeprova.cat');
  });

  it('opens in a DOCX reader with every value intact, whatever characters the council used', async () => {
    const spec = sheetSpec({
      ...practice(),
      title: 'Cures & "comunitat" <pilot>',
      summary: 'Primera línia\nSegona línia\tamb tabulació\u0007 i un control que XML no admet',
      themeLabels: ['Resposta a la covid-19'],
    });
    const { value } = await mammoth.extractRawText({ buffer: buildSheetDocx(spec) });
    expect(value).toContain('Fitxa de sistematització de bona pràctica');
    expect(value).toContain('Cures & "comunitat" <pilot>');
    expect(value).toContain('Primera línia\n');
    expect(value).toContain('Segona línia\tamb tabulació i un control que XML no admet');
    expect(value).not.toContain('\u0007');
    for (const label of SHEET_FIELDS) expect(value).toContain(label);
    // Headings carry Word's heading styles, so the sheet has an outline.
    const { value: html } = await mammoth.convertToHtml({ buffer: buildSheetDocx(spec) });
    expect(html).toContain('<h1>Cures &amp; "comunitat" &lt;pilot&gt;</h1>');
    expect(html).toContain('<h2>Fitxa de sistematització de bona pràctica</h2>');
    expect(html).toMatch(/<table>.*<strong>Mail de contacte<\/strong>.*bsola@viladeprova\.cat/s);
  });

  it('gives the same bytes for the same sheet, so a resend attaches an identical file', () => {
    const spec = sheetSpec({ ...practice(), themeLabels: [] });
    expect(buildSheetDocx(spec).equals(buildSheetDocx(spec))).toBe(true);
    expect(buildSheetDocx(spec).equals(buildSheetDocx({ ...spec, heading: 'Una altra' }))).toBe(false);
  });
});

describe('the reminders', () => {
  const s = settings();
  const before = new Date('2020-04-25T09:00:00+02:00');
  const council = s.municipalities[0]!;

  it('reminds a member council that has sent nothing, in Catalan and in Spanish', () => {
    for (const [lang, words] of [['ca', ['encara no hem rebut cap bona pràctica de Vila de Prova', 'La data límit és el 30 d’abril del 2020']], ['es', ['todavía no hemos recibido ninguna buena práctica de Vila de Prova', 'La fecha límite es el 30 de abril de 2020']]] as const) {
      const ls = settings({}, { language: lang });
      const [d] = planDeadlineWork({ now: before, settings: ls, silentMembers: [council], openTasks: [], digest: null });
      const row = render(d!, ls);
      expect(row).toMatchObject({ kind: 'reminder', to: ['ess@viladeprova.cat'] });
      for (const w of words) {
        expect(row.text).toContain(w);
        expect(visible(row.html)).toContain(w);
      }
    }
  });

  it("reminds an advisor of a task still open after the configured days, saying its true age, in Catalan and in Spanish", () => {
    // Assigned on 10 April, reminded on 25 April at 09:00: 14 full days open (the threshold is 7), and no command line in the mail.
    for (const [lang, words] of [['ca', ['continua oberta després de 14 dies', 'telèfon de contacte']], ['es', ['sigue abierta después de 14 días', 'teléfono de contacto']]] as const) {
      const ls = settings({}, { language: lang });
      const task = { practice: practice({ advisor: 'anna.puig@example.org' }), advisor: 'anna.puig@example.org', assignedAt: '2020-04-10T08:00:00.000Z' };
      const [d] = planDeadlineWork({ now: before, settings: ls, silentMembers: [], openTasks: [task], digest: null });
      const row = render(d!, ls);
      expect(row).toMatchObject({ kind: 'reminder', template: 'advisor-reminder', to: ['anna.puig@example.org'], practices: ['bp-0123456789ab'] });
      for (const w of words) {
        expect(row.text).toContain(w);
        expect(visible(row.html)).toContain(w);
      }
    }
    expect(render(planDeadlineWork({ now: before, settings: settings(), silentMembers: [], openTasks: [{ practice: practice({ advisor: 'anna.puig@example.org' }), advisor: 'anna.puig@example.org', assignedAt: '2020-04-10T08:00:00.000Z' }], digest: null })[0]!, settings()).text).not.toContain('xmess review');
  });
});
