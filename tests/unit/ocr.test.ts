// Scans read by OCR, end to end through the inline pipeline: a scanned PDF and a photographed form,
// made here from text (pdfkit → pdftoppm at 200 dpi → rotated with ImageMagick → wrapped back into a
// PDF by pdfkit, as Debian's ImageMagick policy refuses to write PDF). With Tesseract they give
// drafts, kept on a message that stays needs-review; without it (XMESS_OCR=off, or a PATH without
// tesseract), a plain needs-review as before. Needs the Debian packages named below.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { storeRaw, type PipelineContext } from '../../src/pipeline/index.js';
import { processInline } from '../../src/pipeline/inline.js';
import { resolveMessage } from '../../src/pipeline/resolve.js';
import { ocrState } from '../../src/stages/parse/attachments/ocr.js';
import { openDb, statement } from '../../src/store/db.js';
import { getMessage } from '../../src/store/messages.js';
import { ocrDraftsOf } from '../../src/store/ocr-drafts.js';
import { documentReader, LEXICON, settings, templates } from '../helpers/notify.js';
import { tempDir } from '../helpers/temp.js';

const PACKAGES = 'tesseract-ocr tesseract-ocr-cat tesseract-ocr-spa tesseract-ocr-fra poppler-utils imagemagick';
const has = (bin: string): boolean => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const missing = ['tesseract', 'pdftoppm', 'convert'].filter((b) => !has(b));
if (missing.length) console.warn(`SKIPPED tests/unit/ocr.test.ts: ${missing.join(', ')} not installed (apt-get install -y --no-install-recommends ${PACKAGES})`);
const describeOcr = missing.length ? describe.skip : describe;

const FORM = [
  ['Títol', 'Rebost solidari del barri de Sant Pere'],
  ['Organitzacions promotores', 'Ajuntament de Vila de Prova i Cooperativa El Graner'],
  ['Breu explicació', 'Un rebost gestionat per veïns que reparteix aliments frescos a famílies del barri durant el confinament.'],
  ['Persona de contacte', 'Berta Solà Riu'],
  ['Correu electrònic', 'bsola@viladeprova.cat'],
  ['Telèfon', '93 111 22 33'],
];

function pdf(draw: (d: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const d = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 } });
    const chunks: Buffer[] = [];
    d.on('data', (c: Buffer) => chunks.push(c));
    d.on('end', () => resolve(Buffer.concat(chunks)));
    d.on('error', reject);
    draw(d);
    d.end();
  });
}

/** The form as a page image, at `dpi`, rotated by `degrees` as a scanner or a phone would leave it. */
async function formImage(dir: string, dpi: number, degrees: number, ext: 'png' | 'jpg'): Promise<Buffer> {
  const typed = await pdf((d) => {
    d.font('Helvetica-Bold').fontSize(16).text('Fitxa de bona pràctica');
    d.moveDown();
    for (const [k, v] of FORM) d.font('Helvetica').fontSize(12).text(`${k}: ${v}`).moveDown(0.4);
  });
  writeFileSync(join(dir, 'typed.pdf'), typed);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', join(dir, 'typed.pdf'), join(dir, 'page')]);
  const out = join(dir, `scan.${ext}`);
  execFileSync('convert', [join(dir, 'page.png'), '-background', 'white', '-rotate', String(degrees), ...(ext === 'jpg' ? ['-quality', '85'] : []), out]);
  return readFileSync(out);
}

/** An image-only PDF: the page image placed on an A4 page, no text layer. */
const scannedPdf = async (dir: string): Promise<Buffer> => {
  const image = await formImage(dir, 200, 1.2, 'png');
  return pdf((d) => { d.image(image, 0, 0, { width: d.page.width, height: d.page.height }); });
};

/** A mail with a short body and one attachment (base64). */
function mailWith(file: { name: string; type: string; bytes: Buffer }, id: string): Buffer {
  const b64 = file.bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from([
    'From: Berta <bsola@viladeprova.cat>', 'To: bonespractiques@xmess.example.org', 'Subject: Fitxa de bona pràctica',
    'Date: Tue, 14 Apr 2020 10:00:00 +0200', `Message-ID: <${id}@viladeprova.cat>`, 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '',
    'Bon dia, us adjuntem la fitxa.', '', '--b', `Content-Type: ${file.type}; name="${file.name}"`,
    `Content-Disposition: attachment; filename="${file.name}"`, 'Content-Transfer-Encoding: base64', '', b64, '--b--', '',
  ].join('\r\n'));
}

let dir: ReturnType<typeof tempDir>;
let ctx: PipelineContext;
const savedEnv = { XMESS_OCR: process.env.XMESS_OCR, PATH: process.env.PATH };
beforeEach(() => {
  dir = tempDir('xmess-ocr-');
  const s = settings();
  ctx = {
    db: openDb(join(dir.path, 'x.db')), rawDir: join(dir.path, 'raw'), municipalities: s.municipalities, lexicon: LEXICON, deadline: s.deadline, reader: documentReader(),
    followUps: { settings: s, renderer: templates(), outboxDir: join(dir.path, 'outbox') },
  };
});
afterAll(() => documentReader().close());
afterEach(async () => {
  process.env.XMESS_OCR = savedEnv.XMESS_OCR;
  if (savedEnv.XMESS_OCR === undefined) delete process.env.XMESS_OCR;
  process.env.PATH = savedEnv.PATH;
  ctx.db.close();
  dir.cleanup();
});

async function process1(file: { name: string; type: string; bytes: Buffer }, id = 'scan'): Promise<number> {
  const rowId = storeRaw(ctx, { bytes: mailWith(file, id), origin: 'test' }).id;
  await processInline(ctx, rowId);
  return rowId;
}
const practiceCount = (): number => (statement(ctx.db, 'SELECT COUNT(*) AS n FROM practices').get() as { n: number }).n;

describeOcr('a scanned PDF', () => {
  it('is read by OCR into a draft; the message stays needs-review and no practice is exported', async () => {
    const rowId = await process1({ name: 'fitxa-escanejada.pdf', type: 'application/pdf', bytes: await scannedPdf(dir.path) });
    expect(getMessage(ctx.db, rowId)).toMatchObject({ status: 'needs-review', reason: 'read by OCR, to be checked' });
    expect(practiceCount()).toBe(0);
    const drafts = ocrDraftsOf(ctx.db, rowId);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.title).toMatch(/Rebost solidari/);
    expect(drafts[0]!.contact.email).toBe('bsola@viladeprova.cat');
    const att = statement(ctx.db, 'SELECT ok, ocr FROM attachments WHERE message_id = ?').get(rowId);
    expect(att).toEqual({ ok: 1, ocr: 1 });
    // The acknowledgement echoes what OCR read and asks the council to confirm or correct it.
    const ack = statement(ctx.db, "SELECT body_text FROM outbox WHERE template = 'acknowledgement'").get() as { body_text: string } | undefined;
    expect(ack?.body_text).toMatch(/reconeixement de text \(OCR\)/);
    expect(ack?.body_text).toMatch(/Rebost solidari/);
    expect(ack?.body_text).toMatch(/confirmeu-nos-ho responent aquest missatge/);
    // A person who checked the scan confirms the drafts: `xmess resolve MESSAGE --as new`.
    const resolved = await resolveMessage(ctx, String(rowId), 'new', null, null, 'coordinator');
    expect(getMessage(ctx.db, rowId)).toMatchObject({ status: 'processed' });
    expect(practiceCount()).toBe(1);
    expect(statement(ctx.db, 'SELECT title FROM practices WHERE id = ?').get(resolved.practice)).toEqual({ title: drafts[0]!.title });
  }, 120_000);

  it('is read once: the same scan sent again is answered from the cache beside the raw archive', async () => {
    const bytes = await scannedPdf(dir.path);
    await process1({ name: 'fitxa.pdf', type: 'application/pdf', bytes }, 'first');
    const cacheDir = join(dir.path, 'ocr-cache');
    const files = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    // Mark the cached text: a second OCR would not give it back.
    const path = join(cacheDir, files[0]!);
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { text: string };
    writeFileSync(path, JSON.stringify({ ...cached, text: cached.text.replace(/Rebost solidari/, 'Rebost de la memòria cau') }));
    const again = await process1({ name: 'fitxa (2).pdf', type: 'application/pdf', bytes }, 'second');
    expect(ocrDraftsOf(ctx.db, again)[0]!.title).toMatch(/Rebost de la memòria cau/);
  }, 120_000);

  it('stays a plain needs-review, unread, when OCR is off', async () => {
    process.env.XMESS_OCR = 'off';
    const rowId = await process1({ name: 'fitxa-escanejada.pdf', type: 'application/pdf', bytes: await scannedPdf(dir.path) });
    const row = getMessage(ctx.db, rowId)!;
    expect(row).toMatchObject({ status: 'needs-review' });
    expect(row.reason).toBe('unreadable attachment: fitxa-escanejada.pdf: no text layer (scanned image?)');
    expect(ocrDraftsOf(ctx.db, rowId)).toEqual([]);
  }, 60_000);
});

describeOcr('a photographed form', () => {
  it('sent as JPEG is read by OCR into a draft', async () => {
    const bytes = await formImage(dir.path, 150, -2, 'jpg');
    const rowId = await process1({ name: 'IMG_2041.jpg', type: 'image/jpeg', bytes });
    expect(getMessage(ctx.db, rowId)).toMatchObject({ status: 'needs-review', reason: 'read by OCR, to be checked' });
    const drafts = ocrDraftsOf(ctx.db, rowId);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.contact.phone).toBe('+34931112233');
    expect(practiceCount()).toBe(0);
  }, 120_000);

  it('is not read, and the message is a plain needs-review, when tesseract is not on the PATH', async () => {
    process.env.PATH = '/nonexistent';
    const bytes = await formImageWithPath(dir.path);
    const rowId = await process1({ name: 'IMG_2041.png', type: 'image/png', bytes });
    expect(getMessage(ctx.db, rowId)).toMatchObject({ status: 'needs-review', reason: 'no good practice found in the body or the attachments' });
    expect(ocrDraftsOf(ctx.db, rowId)).toEqual([]);
    expect(await ocrState(process.env)).toMatchObject({ on: false, off: expect.stringContaining('tesseract-ocr-cat') });
  }, 60_000);
});

/** formImage needs pdftoppm and convert from the real PATH, made before the test hides tesseract. */
async function formImageWithPath(path: string): Promise<Buffer> {
  const hidden = process.env.PATH;
  process.env.PATH = savedEnv.PATH;
  try {
    return await formImage(path, 150, 1.5, 'png');
  } finally {
    process.env.PATH = hidden;
  }
}
