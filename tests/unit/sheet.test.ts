// The systematisation sheet's pure parts (issue 12): reading it with the submission label machinery,
// the merge rule, the status, who may return one, and the mails that speak of it.
import { describe, expect, it } from '@jest/globals';
import { campaignSchema } from '../../src/config/schema.js';
import type { MessageInfo, PracticeInfo } from '../../src/domain/follow-ups.js';
import { emptySheet, mergeSheet, sheetMissing, sheetStatus } from '../../src/domain/sheet.js';
import { planDeadlineWork } from '../../src/follow-ups/plan/plan.js';
import { sheetReceiptDraft } from '../../src/follow-ups/plan/sheet-receipt.js';
import { renderDraft } from '../../src/follow-ups/render/render-draft.js';
import { routeSheet, type SheetRouteInput, type SheetTarget } from '../../src/stages/classify/sheet-route.js';
import { classifyKey, sheetKeyOf } from '../../src/stages/extract/labels.js';
import { readSheet } from '../../src/stages/extract/sheet.js';
import { applySheet, sheetHistory } from '../../src/store/sheets.js';
import { openTestDb, seedSubmission, settings, templates } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

const body = (text: string, subject = 'Re: fitxa'): ReturnType<typeof readSheet> => readSheet(subject, [{ origin: 'body', text }]);

describe('reading a returned sheet', () => {
  it("names the sheet's fields in the network's Catalan wording and in Spanish", () => {
    expect(['Ajuntament o Consell Comarcal', 'Persona de referència', 'Mail de contacte', 'Àrea o Departament', 'Classificació simplificada', 'Descripció', 'Objectius',
      'Persones destinatàries', 'Recursos', 'Elements clau', 'Limitacions', 'Indicadors de resultat utilitzats', 'Aspectes a tenir en compte'].map(sheetKeyOf))
      .toEqual(['council', 'contactPerson', 'contactEmail', 'department', 'classification', 'description', 'objectives', 'beneficiaries', 'resources', 'keyElements', 'limitations', 'indicators', 'considerations']);
    expect(['Ayuntamiento o Consejo Comarcal', 'Correo de contacto', 'Área o Departamento', 'Clasificación simplificada', 'Objetivos', 'Personas destinatarias',
      'Elementos clave', 'Limitaciones', 'Indicadores de resultado utilizados', 'Aspectos a tener en cuenta'].map(sheetKeyOf))
      .toEqual(['council', 'contactEmail', 'department', 'classification', 'objectives', 'beneficiaries', 'keyElements', 'limitations', 'indicators', 'considerations']);
    // A submission reads them as labels too, so an answer never runs into the next one.
    expect(classifyKey('Elements clau')).toBe('other');
    expect(sheetKeyOf('Títol')).toBeNull();
  });

  it('reads labels with a colon, labels alone above their answer, and keeps an answer of several lines', () => {
    const r = body([
      'Bon dia,', '', 'Objectius: Crear ocupació local.', '', 'Recursos', 'Un local cedit.', 'Dues tècniques.', '',
      'Indicadors de resultat utilitzats:', 'Famílies ateses: 180', 'Tallers fets: 12', '', 'Salutacions,', 'Anna Puig',
    ].join('\n'));
    expect(r.fields).toEqual({ objectives: 'Crear ocupació local.', resources: 'Un local cedit.\nDues tècniques.', indicators: 'Famílies ateses: 180\nTallers fets: 12' });
    expect(r.sheetOnly).toBe(3);
  });

  it('reads the sender\'s own text, not the task mail quoted below it', () => {
    const r = body(['Elements clau: la cooperativa.', '', 'El dt., 2 de juny 2020, XMESS va escriure:', '> Recursos: no trobat', '> Objectius: res'].join('\n'));
    expect(r.fields).toEqual({ keyElements: 'la cooperativa.' });
  });

  it("finds the practice's id in the subject or an attachment, and the sheet's title", () => {
    const r = readSheet('Fitxa de bp-0123456789AB', [{ origin: 'body', text: 'Adjunto.' }, { origin: 'attachment:f.docx', text: 'Ficha de sistematización\nIdentificador: bp-00000000000f\nObjetivos: Algo.' }]);
    expect(r).toMatchObject({ practiceIds: ['bp-0123456789ab', 'bp-00000000000f'], titled: true, fields: { objectives: 'Algo.' }, origins: { objectives: 'attachment:f.docx' } });
  });
});

describe('the merge rule and the status', () => {
  const first = mergeSheet(emptySheet(), { objectives: 'A', resources: 'B', keyElements: '  ' }).sheet;

  it('replaces what a later sheet states and keeps what it leaves blank', () => {
    const { sheet, changes } = mergeSheet(first, { resources: 'B2', objectives: 'A', indicators: 'C', beneficiaries: '' });
    expect(sheet).toMatchObject({ objectives: 'A', resources: 'B2', indicators: 'C', beneficiaries: null, keyElements: null });
    expect(changes).toEqual([{ key: 'resources', previous: 'B', value: 'B2' }, { key: 'indicators', previous: null, value: 'C' }]);
  });

  it('is systematised when the required fields are filled, by default or as campaign.json says', () => {
    expect(sheetMissing(first)).toEqual(['beneficiaries', 'keyElements', 'indicators']);
    expect(sheetStatus(first)).toBe('sheet-incomplete');
    expect(sheetStatus(first, ['objectives', 'resources'])).toBe('systematised');
    const base = { deadline: '2020-04-30T23:59:59+02:00', from: 'a@example.org', coordinator: 'b@example.org' };
    expect(campaignSchema.parse(base).sheetRequired).toEqual(['objectives', 'beneficiaries', 'resources', 'keyElements', 'indicators']);
    const bad = campaignSchema.safeParse({ ...base, sheetRequired: ['objectius'] });
    expect(bad.success ? '' : bad.error.issues[0]!.path.join('.')).toBe('sheetRequired.0');
  });
});

describe('who may return a sheet', () => {
  const target = (over: Partial<SheetTarget> = {}): SheetTarget => ({
    id: 'bp-0123456789ab', status: 'accepted', advisor: 'anna.puig@example.org', municipality: 'Vila de Prova', councilAddresses: ['bsola@viladeprova.cat'], ...over,
  });
  const sheet = body('Objectius: A\nRecursos: B');
  const input = (over: Partial<SheetRouteInput> = {}): SheetRouteInput => ({
    reading: sheet, from: 'anna.puig@example.org', named: [], thread: [target()], sheetMail: true, coordinator: 'coordinacio@xmess.example.org',
    staff: ['anna.puig@example.org', 'pau.riera@example.org'], municipalities: settings().municipalities, ...over,
  });

  it('applies a sheet from the advisor, the coordinator or any address of the council, whatever the decision so far', () => {
    for (const from of ['Anna.Puig@example.org', 'coordinacio@xmess.example.org', 'bsola@viladeprova.cat', 'alcaldia@ajuntament.viladeprova.cat']) {
      expect(routeSheet(input({ from, thread: [target({ status: 'received' })] }))).toMatchObject({ action: 'apply' });
    }
  });

  it('holds for review a stranger\'s sheet, one for a rejected practice, and an advisor\'s sheet naming no practice', () => {
    expect(routeSheet(input({ from: 'curios@example.net' }))).toMatchObject({ action: 'review', reason: expect.stringContaining('curios@example.net') });
    expect(routeSheet(input({ thread: [target({ status: 'rejected' })] }))).toMatchObject({ action: 'review', reason: expect.stringContaining('rejected') });
    expect(routeSheet(input({ thread: [], sheetMail: false }))).toMatchObject({ action: 'review', practiceIds: [] });
  });

  it("leaves a council's ordinary reply, or a stranger's form naming nothing, to the usual path", () => {
    expect(routeSheet(input({ reading: body('Telèfon: 93 111 22 33'), sheetMail: false }))).toEqual({ action: 'none' });
    expect(routeSheet(input({ from: 'nou@poblecallat.cat', thread: [], sheetMail: false }))).toEqual({ action: 'none' });
  });

  it('needs one answer of the sheet only when the mail names the practice or answers a mail about its sheet', () => {
    const one = body('Indicadors: 180 famílies ateses');
    expect(routeSheet(input({ reading: one }))).toMatchObject({ action: 'apply' });
    expect(routeSheet(input({ reading: one, sheetMail: false }))).toEqual({ action: 'none' });
  });
});

describe('the mails about the sheet', () => {
  const practice: PracticeInfo = {
    id: 'bp-0123456789ab', messageRow: 1, title: 'Rebost compartit de barri', promoters: [], summary: null,
    contact: { name: null, email: null, phone: null, role: null }, municipality: 'Vila de Prova', member: true, themes: [], themeEvidence: {}, priority: 0,
    late: false, status: 'sheet-incomplete', advisor: 'anna.puig@example.org', source: 'body', evidence: {}, missing: [], language: 'es',
    sheet: { ...emptySheet(), objectives: 'Crear empleo.', resources: 'Un local.' },
  };
  const message: MessageInfo = {
    rowId: 9, messageId: '<fitxa-1@example.org>', fromAddr: 'anna.puig@example.org', fromName: 'Anna Puig', subject: 'Re: tarea', receivedAt: '2020-06-02T09:00:00.000Z',
    refs: ['<task@xmess.example.org>'], kind: 'reply', status: 'processed', reason: null, language: 'es',
  };
  const s = settings();

  it('answers in Spanish with what was recorded and what is missing, as a reply to the carrying message', () => {
    const { draft } = sheetReceiptDraft({ message, practice, stated: ['objectives', 'resources'], missing: ['beneficiaries', 'keyElements', 'indicators'], status: 'sheet-incomplete', recentReplies: 0, settings: s, now: new Date() });
    const row = renderDraft(draft!, templates(), s);
    expect(row).toMatchObject({ kind: 'sheet-receipt', inReplyTo: '<fitxa-1@example.org>', to: ['anna.puig@example.org'], subject: 'Re: tarea' });
    expect(row.text).toContain('Objetivos: Crear empleo.');
    expect(row.text).toMatch(/Todavía falta:\n {2}- Personas destinatarias\n {2}- Elementos clave\n {2}- Indicadores de resultado utilizados/);
  });

  it('never answers a machine', () => {
    const { draft, noReply } = sheetReceiptDraft({ message: { ...message, fromAddr: 'noreply@example.org' }, practice, stated: [], missing: [], status: 'systematised', recentReplies: 0, settings: s, now: new Date() });
    expect(draft).toBeNull();
    expect(noReply).toContain('no-reply');
  });

  it("reminds the advisor of what the sheet still lacks", () => {
    const task = { practice, advisor: 'anna.puig@example.org', assignedAt: '2020-04-10T08:00:00.000Z' };
    const [d] = planDeadlineWork({ now: new Date('2020-04-25T09:00:00+02:00'), settings: s, silentMembers: [], openTasks: [task], digest: null });
    const row = renderDraft(d!, templates(), s);
    expect(row.text).toMatch(/La fitxa de sistematització encara no té:\n {2}- Persones destinatàries\n {2}- Elements clau\n {2}- Indicadors de resultat utilitzats/);
  });
});

describe('the stored sheet', () => {
  it('keeps every earlier value, where each came from, and never lets an older sheet undo a newer one', () => {
    const dir = tempDir('xmess-sheet-store-');
    const db = openTestDb(dir.path);
    try {
      const { practiceIds: [id] } = seedSubmission(db);
      const first = seedSubmission(db, { kind: 'reply', messageId: '<first@example.org>' });
      const second = seedSubmission(db, { kind: 'reply', messageId: '<second@example.org>' });
      const apply = (m: { rowId: number; messageId: string }, at: string, stated: Record<string, string>) =>
        applySheet(db, { practiceId: id!, stated, messageRow: m.rowId, messageId: m.messageId, at, required: ['objectives', 'resources'] });
      expect(apply(first, '2020-06-01T09:00:00.000Z', { objectives: 'A', resources: 'B' })).toMatchObject({ status: 'systematised', changed: ['objectives', 'resources'] });
      expect(apply(second, '2020-06-05T09:00:00.000Z', { resources: 'B2' })).toMatchObject({ changed: ['resources'], missing: [] });
      // The first sheet processed again (reprocess) changes nothing.
      expect(apply(first, '2020-06-01T09:00:00.000Z', { objectives: 'A', resources: 'B' })).toMatchObject({ changed: [] });
      const row = db.prepare('SELECT sheet, sheet_sources, status, systematised_at FROM practices WHERE id = ?').get(id) as Record<string, string>;
      expect(JSON.parse(row.sheet!)).toMatchObject({ objectives: 'A', resources: 'B2', indicators: null });
      expect(JSON.parse(row.sheet_sources!)).toEqual({ objectives: { messageId: '<first@example.org>', at: '2020-06-01T09:00:00.000Z' }, resources: { messageId: '<second@example.org>', at: '2020-06-05T09:00:00.000Z' } });
      expect(row).toMatchObject({ status: 'systematised', systematised_at: '2020-06-01T09:00:00.000Z' });
      expect(sheetHistory(db, id!).map((h) => [h.field, h.previous, h.value])).toEqual([['objectives', null, 'A'], ['resources', null, 'B'], ['resources', 'B', 'B2']]);
    } finally {
      db.close();
      dir.cleanup();
    }
  });
});
