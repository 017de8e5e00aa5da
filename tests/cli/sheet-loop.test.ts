// The systematisation loop from the advisor's side (issue 12): the sample mailbox is ingested, each
// advisor's task mail is taken from the file outbox and answered with the completed sheet — the
// pre-filled DOCX completed, a DOCX of their own laid out differently, an ODT, a PDF, the labels in
// the body, in Catalan and Spanish — and the answers are ingested like any mail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { simpleParser, type ParsedMail } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { exportJson, xmess } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
// @ts-expect-error: the corpora's document builders are plain ES modules without types.
import { docx, odt, pdfForm, DOCX_TYPE, ODT_TYPE } from '../corpora/lib/docs.mjs';

type Sheet = Record<string, string | null>;
interface Practice { id: string; title: string | null; municipality: string | null; status: string; advisor: string | null; contact: { email: string | null }; sheet: Sheet; sheetSources: Record<string, { messageId: string; at: string }> }
interface Outbox { id: string; kind: string; practices: string[]; messageId: string; inReplyTo: string | null; to: string[]; subject: string }
interface Message { messageId: string; from: string; kind: string; status: string; reason: string | null; practices: string[] }

const CA_LABELS = ['Ajuntament o Consell Comarcal', 'Persona de referència', 'Mail de contacte', 'Àrea o Departament', 'Classificació simplificada', 'Descripció', 'Objectius', 'Persones destinatàries', 'Recursos', 'Elements clau', 'Limitacions', 'Indicadors de resultat utilitzats', 'Aspectes a tenir en compte'];
const ES_LABELS = ['Ayuntamiento o Consejo Comarcal', 'Persona de referencia', 'Correo de contacto', 'Área o Departamento', 'Clasificación simplificada', 'Descripción', 'Objetivos', 'Personas destinatarias', 'Recursos', 'Elementos clave', 'Limitaciones', 'Indicadores de resultado utilizados', 'Aspectos a tener en cuenta'];
const KEYS = ['council', 'contactPerson', 'contactEmail', 'department', 'classification', 'description', 'objectives', 'beneficiaries', 'resources', 'keyElements', 'limitations', 'indicators', 'considerations'];
/** The fields intake pre-fills in the sheet it sends; an advisor completes the others. */
const TO_COMPLETE = KEYS.slice(6).concat(['department']);

/** A completed sheet's answers, different for each practice (n), in Catalan or Spanish. */
function answers(n: number, lang: 'ca' | 'es'): Record<string, string> & { objectives: string; resources: string; keyElements: string; indicators: string; beneficiaries: string } {
  const ca = {
    council: `Ajuntament número ${n}`, contactPerson: `Marta Soler ${n}, tècnica d'ESS`, contactEmail: `msoler${n}@example.cat`,
    department: `Promoció Econòmica ${n}`, classification: 'Intercooperació', description: `Una botiga compartida de productes locals, experiència ${n}.`,
    objectives: `Donar sortida a la producció local i crear ${n + 2} llocs de treball.`, beneficiaries: `Petites productores de la comarca i ${n * 10} famílies consumidores.`,
    resources: `Un local municipal cedit.\nUna tècnica a mitja jornada i ${n * 1000} euros l'any.`, keyElements: `La cooperativa de segon grau i el suport de ${n} mercats.`,
    limitations: 'Poc espai d\'emmagatzematge.', indicators: `Vendes anuals; ${n * 7} productores associades.`, considerations: 'Cal un acord de cessió clar des del principi.',
  };
  const es = {
    council: `Ayuntamiento número ${n}`, contactPerson: `Marta Soler ${n}, técnica de ESS`, contactEmail: `msoler${n}@example.cat`,
    department: `Promoción Económica ${n}`, classification: 'Intercooperación', description: `Una tienda compartida de productos locales, experiencia ${n}.`,
    objectives: `Dar salida a la producción local y crear ${n + 2} puestos de trabajo.`, beneficiaries: `Pequeñas productoras de la comarca y ${n * 10} familias consumidoras.`,
    resources: `Un local municipal cedido.\nUna técnica a media jornada y ${n * 1000} euros al año.`, keyElements: `La cooperativa de segundo grado y el apoyo de ${n} mercados.`,
    limitations: 'Poco espacio de almacenaje.', indicators: `Ventas anuales; ${n * 7} productoras asociadas.`, considerations: 'Hace falta un acuerdo de cesión claro desde el principio.',
  };
  return lang === 'ca' ? ca : es;
}

const labelsOf = (lang: 'ca' | 'es'): string[] => (lang === 'ca' ? CA_LABELS : ES_LABELS);
const flat = (s: string | null | undefined): string | null => (s ? s.replace(/\s+/g, ' ').trim() : null);
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The pre-filled DOCX of the task mail, its blank answers written into their cells as Word would. */
async function completePrefilled(bytes: Buffer, values: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  for (const key of TO_COMPLETE) {
    const label = CA_LABELS[KEYS.indexOf(key)]!;
    const paragraphs = values[key]!.split('\n').map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
    xml = xml.split('<w:tr>').map((row) => (row.includes(`>${esc(label)}</w:t>`)
      ? row.replace(/(<\/w:tc><w:tc><w:tcPr>.*?<\/w:tcPr>)(.*?)(<\/w:tc>)/, (_m, a: string, _old: string, c: string) => a + paragraphs + c)
      : row)).join('<w:tr>');
  }
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const bodyLabels = (values: Record<string, string>, lang: 'ca' | 'es', keys = KEYS): string =>
  keys.map((k) => `${labelsOf(lang)[KEYS.indexOf(k)]}: ${values[k]}`).join('\n');

interface Answer { from: string; subject: string; inReplyTo?: string; text: string; attachment?: { filename: string; content: Buffer; contentType: string }; received: string }

let seq = 0;
async function writeAnswer(dir: string, a: Answer): Promise<string> {
  seq++;
  const messageId = `<answer-${seq}@example.net>`;
  const mail = new MailComposer({
    from: a.from, to: 'bonespractiques@xmess.example.org', subject: a.subject, messageId, date: new Date(a.received),
    ...(a.inReplyTo ? { inReplyTo: a.inReplyTo, references: [a.inReplyTo] } : {}),
    headers: { Received: `from mx.example.net by mx.xmess.example.org; ${new Date(a.received).toUTCString().replace('GMT', '+0000')}` },
    text: a.text, attachments: a.attachment ? [a.attachment] : [],
  });
  writeFileSync(join(dir, `answer-${seq}.eml`), await mail.compile().build());
  return messageId;
}

let dir: ReturnType<typeof tempDir>;
let db: string;
const conf = join(PROJECT_ROOT, 'config');
const args = (...more: string[]): string[] => [...more, '--db', db, '--config', conf];
// Each export runs the real binary; read once after each ingest (refresh()) and shared by the tests.
let state: { practices: Practice[]; outbox: Outbox[]; messages: Message[] };
const refresh = (): void => {
  state = { practices: exportJson<Practice>(db, 'practices'), outbox: exportJson<Outbox>(db, 'outbox'), messages: exportJson<Message>(db, 'messages') };
};
const practices = (): Practice[] => state.practices;
const outbox = (): Outbox[] => state.outbox;
const messages = (): Message[] => state.messages;
let before: Practice[];
let tasks: { practice: Practice; mail: ParsedMail; messageId: string }[];
const sent: Record<string, string> = {};
const byPlace = (re: RegExp): { practice: Practice; mail: ParsedMail; messageId: string } => tasks.find((t) => re.test(t.practice.municipality ?? ''))!;

beforeAll(async () => {
  dir = tempDir('xmess-sheet-loop-');
  db = join(dir.path, 'state', 'x.db');
  const ingest = xmess(args('ingest', join(PROJECT_ROOT, 'data', 'sample')));
  expect(ingest.code).toBe(0);
  refresh();
  before = practices();
  const box = join(dir.path, 'state', 'outbox');
  const parsed = await Promise.all(readdirSync(box).map((f) => simpleParser(readFileSync(join(box, f)))));
  const taskRows = outbox().filter((o) => o.kind === 'advisor-task');
  tasks = taskRows.map((o) => ({ practice: before.find((p) => p.id === o.practices[0])!, mail: parsed.find((m) => m.messageId === o.messageId)!, messageId: o.messageId }));
  expect(tasks.length).toBe(7);

  const answersDir = join(dir.path, 'answers');
  mkdirSync(answersDir);
  const reply = (t: (typeof tasks)[number]): Pick<Answer, 'from' | 'subject' | 'inReplyTo'> => ({ from: t.practice.advisor!, subject: `Re: ${t.mail.subject}`, inReplyTo: t.messageId });

  // Castellar: the pre-filled DOCX of the task mail, completed, as a reply to the task.
  const castellar = byPlace(/Castellar/);
  const prefilled = castellar.mail.attachments.find((x) => x.filename?.endsWith('.docx'))!.content;
  sent.castellar = await writeAnswer(answersDir, { ...reply(castellar), text: 'Bon dia,\n\nUs retorno la fitxa completada.\n\nSalutacions', received: '2020-06-02T09:00:00Z',
    attachment: { filename: 'fitxa-completada.docx', content: await completePrefilled(prefilled, answers(1, 'ca')), contentType: DOCX_TYPE } });
  // Palau-solità: the advisor's own DOCX, each label in bold above its answer, sent as a new mail naming the practice.
  const palau = byPlace(/Palau/);
  const own = await docx([{ p: 'Fitxa de sistematització', style: 'Heading1' }, ...CA_LABELS.flatMap((l, i) => [{ p: [{ t: l, b: true }] }, ...answers(2, 'ca')[KEYS[i]!]!.split('\n')])]);
  sent.palau = await writeAnswer(answersDir, { from: palau.practice.advisor!, subject: `Fitxa de ${palau.practice.id}`, text: 'Adjunto la fitxa.', received: '2020-06-03T09:00:00Z',
    attachment: { filename: 'fitxa palau.docx', content: own, contentType: DOCX_TYPE } });
  // Sant Martí Sarroca / Monjos: a PDF with the Spanish labels above each answer, replying to the task.
  const monjos = byPlace(/Monjos|Sarroca/);
  sent.monjos = await writeAnswer(answersDir, { ...reply(monjos), text: 'Buenos días,\n\nAdjunto la ficha.\n\nSaludos', received: '2020-06-04T09:00:00Z',
    attachment: { filename: 'ficha.pdf', content: await pdfForm(ES_LABELS.map((l, i) => [l, answers(3, 'es')[KEYS[i]!]!]), { heading: 'Ficha de sistematización' }), contentType: 'application/pdf' } });
  // Collbató: an ODT table, labels in the first column.
  const collbato = byPlace(/Collbat/);
  sent.collbato = await writeAnswer(answersDir, { ...reply(collbato), text: 'Aquí la teniu.', received: '2020-06-05T09:00:00Z',
    attachment: { filename: 'fitxa.odt', content: await odt([{ h: 'Fitxa de sistematització' }, { table: CA_LABELS.map((l, i) => [l, answers(4, 'ca')[KEYS[i]!]!]), labels: 'column' }]), contentType: ODT_TYPE } });
  // Artés: three answers written in the body; the rest comes later.
  const artes = byPlace(/Art/);
  sent.artes = await writeAnswer(answersDir, { ...reply(artes), text: `Bon dia,\n\nDe moment tenim això:\n\n${bodyLabels(answers(5, 'ca'), 'ca', ['objectives', 'beneficiaries', 'resources'])}\n\nSalutacions,\nL'equip`, received: '2020-06-06T09:00:00Z' });
  // Berguedà: the council itself sends the Spanish labels in the body for its second practice, naming its id.
  const bergueda = tasks.filter((t) => /Bergued/.test(t.practice.municipality ?? '')).sort((a, b) => a.practice.id.localeCompare(b.practice.id));
  const councilSubmitter = 'csala@ccbergueda.cat';
  sent.council = await writeAnswer(answersDir, { from: councilSubmitter, subject: `Ficha de sistematización ${bergueda[1]!.practice.id}`, text: `Hola,\n\n${bodyLabels(answers(6, 'es'), 'es')}\n\nUn saludo,\nCarme`, received: '2020-06-07T09:00:00Z' });
  // A stranger sends a sheet naming the other practice of Berguedà.
  sent.stranger = await writeAnswer(answersDir, { from: 'curios@example.net', subject: `Fitxa ${bergueda[0]!.practice.id}`, text: bodyLabels(answers(7, 'ca'), 'ca'), received: '2020-06-08T09:00:00Z' });
  const r = xmess(args('ingest', answersDir));
  expect(r.code).toBe(0);
  refresh();
}, 120_000);
afterAll(() => dir.cleanup());

const find = (id: string): Practice => practices().find((p) => p.id === id)!;

describe('a completed sheet mailed back completes the record', () => {
  it('reads every field of the pre-filled DOCX completed, keeping what intake had filled in', () => {
    const t = byPlace(/Castellar/);
    const p = find(t.practice.id);
    const want = answers(1, 'ca');
    for (const k of TO_COMPLETE) expect(flat(p.sheet[k])).toBe(flat(want[k]));
    expect(p.sheet.resources).toBe(want.resources); // two paragraphs stay two lines
    expect(p.sheet.council).toBe(t.practice.municipality);
    expect(p.status).toBe('systematised');
    expect(p.sheetSources.objectives).toEqual({ messageId: sent.castellar, at: '2020-06-02T09:00:00.000Z' });
  });

  it.each([
    ['a DOCX laid out with labels above the answers, naming the practice in the subject', /Palau/, 2, 'ca'],
    ['a PDF with the Spanish labels', /Monjos|Sarroca/, 3, 'es'],
    ['an ODT table', /Collbat/, 4, 'ca'],
  ] as const)('reads %s', (_what, place, n, lang) => {
    const p = find(byPlace(place).practice.id);
    const want = answers(n, lang);
    for (const k of KEYS) expect([k, flat(p.sheet[k])]).toEqual([k, flat(want[k])]);
    expect(p.status).toBe('systematised');
  });

  it("applies the council's own sheet written in the body in Spanish", () => {
    const ids = tasks.filter((t) => /Bergued/.test(t.practice.municipality ?? '')).map((t) => t.practice.id).sort();
    const p = find(ids[1]!);
    const want = answers(6, 'es');
    for (const k of KEYS) expect([k, flat(p.sheet[k])]).toEqual([k, flat(want[k])]);
    expect(p.status).toBe('systematised');
  });

  it('keeps a partial sheet incomplete, with what it lacks, and never as a new practice or with an acknowledgement', () => {
    const p = find(byPlace(/Art/).practice.id);
    expect(p.status).toBe('sheet-incomplete');
    expect(p.sheet).toMatchObject({ objectives: answers(5, 'ca').objectives, keyElements: null, indicators: null });
    expect(practices()).toHaveLength(before.length);
    const kinds = outbox().map((o) => o.kind);
    expect(kinds.filter((k) => k === 'acknowledgement' || k === 'late-notice')).toHaveLength(before.length - 1); // one per submission, as before (Berguedà sent two practices in one)
    expect(messages().filter((m) => Object.values(sent).includes(m.messageId)).every((m) => m.kind === 'reply')).toBe(true);
  });

  it('answers each applied sheet with a receipt threaded to the message that carried it', () => {
    const receipts = outbox().filter((o) => o.kind === 'sheet-receipt');
    const carried = [sent.castellar, sent.palau, sent.monjos, sent.collbato, sent.artes, sent.council];
    expect(receipts.map((r) => r.inReplyTo).sort()).toEqual([...carried].sort());
    const partial = receipts.find((r) => r.inReplyTo === sent.artes)!;
    const eml = readdirSync(join(dir.path, 'state', 'outbox')).map((f) => readFileSync(join(dir.path, 'state', 'outbox', f), 'utf8')).find((s) => s.includes(partial.messageId))!;
    expect(eml).toMatch(/Encara hi falta/);
    expect(eml).toMatch(/Elements clau/);
  });

  it("holds a stranger's sheet for review, unapplied and unanswered", () => {
    const ids = tasks.filter((t) => /Bergued/.test(t.practice.municipality ?? '')).map((t) => t.practice.id).sort();
    const m = messages().find((x) => x.messageId === sent.stranger)!;
    expect(m).toMatchObject({ status: 'needs-review', practices: [] });
    expect(m.reason).toContain(ids[0]);
    expect(m.reason).toContain('curios@example.net');
    expect(find(ids[0]!).sheet.objectives).toBeNull();
    expect(outbox().some((o) => o.inReplyTo === sent.stranger)).toBe(false);
  });
});

describe('a sheet held for review', () => {
  it('is applied once a person links it to its practice', () => {
    const id = tasks.filter((t) => /Bergued/.test(t.practice.municipality ?? '')).map((t) => t.practice.id).sort()[0]!;
    const r = xmess(args('resolve', sent.stranger!, '--as', 'linked', id, '--note', 'la tècnica ho confirma'));
    expect(r.code).toBe(0);
    refresh();
    const p = find(id);
    expect(flat(p.sheet.keyElements)).toBe(flat(answers(7, 'ca').keyElements));
    expect(p.sheetSources.keyElements?.messageId).toBe(sent.stranger);
    expect(p.status).toBe('systematised');
  });
});

describe('a second answer completes a partial sheet', () => {
  let receiptId: string;
  beforeAll(async () => {
    receiptId = outbox().find((o) => o.kind === 'sheet-receipt' && o.inReplyTo === sent.artes)!.messageId;
    const more = join(dir.path, 'more');
    mkdirSync(more);
    const want = answers(5, 'ca');
    sent.artes2 = await writeAnswer(more, {
      from: byPlace(/Art/).practice.advisor!, subject: 'Re: la fitxa', inReplyTo: receiptId, received: '2020-06-10T09:00:00Z',
      text: `Hola,\n\n${bodyLabels({ ...want, resources: 'Un local municipal.' }, 'ca', ['resources', 'keyElements', 'indicators'])}\n\nGràcies`,
    });
    expect(xmess(args('ingest', more)).code).toBe(0);
    refresh();
  });

  it('fills what was missing, replaces what it restates, keeps what it leaves blank, and says so', () => {
    const p = find(byPlace(/Art/).practice.id);
    const want = answers(5, 'ca');
    expect(p.status).toBe('systematised');
    expect(p.sheet).toMatchObject({ objectives: want.objectives, beneficiaries: want.beneficiaries, resources: 'Un local municipal.', keyElements: want.keyElements, indicators: want.indicators });
    expect(p.sheetSources.objectives?.messageId).toBe(sent.artes);
    expect(p.sheetSources.resources?.messageId).toBe(sent.artes2);
    const receipt = outbox().find((o) => o.kind === 'sheet-receipt' && o.inReplyTo === sent.artes2);
    expect(receipt).toBeDefined();
  });

  it('writes the current sheet as a DOCX with everything known', async () => {
    const id = byPlace(/Art/).practice.id;
    const out = join(dir.path, 'fitxa.docx');
    const r = xmess(args('sheet', id, '--out', out));
    expect(r.code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain(esc(answers(5, 'ca').keyElements!));
    expect(xml).toContain(id);
    expect(xmess(args('sheet', 'bp-000000000000', '--out', out)).code).toBe(2);
  });

  it('exports the sheet as sheet.* columns in CSV', () => {
    const csv = xmess(args('export', '--format', 'csv'));
    const head = csv.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
    expect(head).toEqual(expect.arrayContaining(KEYS.map((k) => `sheet.${k}`)));
  });

  it('shows per advisor the sheets to come, incomplete and systematised, and what was systematised since a date', () => {
    const d = JSON.parse(xmess(args('digest', '--format', 'json', '--since', '2020-06-05T00:00:00Z')).stdout) as { byAdvisor: { sheetsOpen: number; sheetsIncomplete: number; systematised: number }[]; systematised: { id: string }[] };
    const sum = (k: 'sheetsOpen' | 'sheetsIncomplete' | 'systematised'): number => d.byAdvisor.reduce((n, a) => n + a[k], 0);
    expect([sum('sheetsOpen'), sum('sheetsIncomplete'), sum('systematised')]).toEqual([0, 0, 7]);
    const bergueda = tasks.filter((t) => /Bergued/.test(t.practice.municipality ?? '')).map((t) => t.practice.id);
    expect(d.systematised.map((s) => s.id).sort()).toEqual([byPlace(/Collbat/).practice.id, byPlace(/Art/).practice.id, ...bergueda].sort());
  });
});
