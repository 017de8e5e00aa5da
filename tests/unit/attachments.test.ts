// Reading attachments through the real worker (dist/…/worker.js: `npm run build` first) on the
// committed fixtures of tests/fixtures/docs (made by scripts/make-fixtures.mjs).
import { afterAll, describe, expect, it } from '@jest/globals';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Attachment, AttachmentText } from '../../src/domain/types.js';
import { documentKind, openDocumentReader, readAttachmentText } from '../../src/stages/parse/attachments/index.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/stages/parse/attachments/limits.js';
import { readDocx } from '../../src/stages/parse/attachments/docx.js';
import { styleRuleMemo } from '../../src/stages/parse/attachments/mammoth-loader.js';
import { makeDocumentReader } from '../../src/stages/parse/attachments/pool.js';
import { tempDir } from '../helpers/temp.js';

/** The pool a program opens at start; one for this file, closed after it. */
const reader = openDocumentReader();

const DOCS = join(process.cwd(), 'tests', 'fixtures', 'docs');
const OCTET = 'application/octet-stream';

function attachment(filename: string, content: Buffer, contentType = OCTET): Attachment {
  return { filename, contentType, size: content.length, content };
}

const fixture = (name: string, contentType = OCTET): Attachment => attachment(name, readFileSync(join(DOCS, name)), contentType);

async function textOf(att: Attachment): Promise<string> {
  const result = await readAttachmentText(att, reader);
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
  return result.text;
}

async function reasonOf(att: Attachment): Promise<string> {
  const result: AttachmentText = await readAttachmentText(att, reader);
  if (result.ok) throw new Error(`expected a refusal, got text: ${result.text.slice(0, 80)}`);
  return result.reason;
}

afterAll(() => reader.close());

describe('PDF attachments', () => {
  it('reads the labels of a Catalan practice sheet and counts its pages', async () => {
    const result = await readAttachmentText(fixture('fitxa-bona-practica.pdf', 'application/pdf'), reader);
    expect(result).toMatchObject({ ok: true, kind: 'pdf', filename: 'fitxa-bona-practica.pdf', pages: 2 });
    const text = result.ok ? result.text : '';
    expect(text).toContain('Títol: Obrador compartit de cuina de proximitat');
    expect(text).toContain('Correu electrònic: acomas@ripollet.cat');
    expect(text).toContain('Famílies ateses: 180'); // page 2
    expect(text).not.toMatch(/-- \d+ of \d+ --/); // no pdf-parse page markers
  });

  it('reads a Spanish sheet', async () => {
    const text = await textOf(fixture('ficha-buena-practica.pdf'));
    expect(text).toContain('Título: Mercado de intercambio de material escolar');
    expect(text).toContain('Teléfono: 93 555 42 18');
  });

  it('says a scanned PDF has no text layer, naming the file', async () => {
    expect(await reasonOf(fixture('escanejat.pdf'))).toBe('escanejat.pdf: no text layer (scanned image?)');
  });

  it('calls a truncated PDF corrupt', async () => {
    expect(await reasonOf(fixture('malmes.pdf'))).toMatch(/^malmes\.pdf: corrupt or truncated PDF/);
  });

  it('recognises a password-protected PDF', async () => {
    expect(await reasonOf(fixture('protegit.pdf'))).toBe('protegit.pdf: password-protected PDF');
  });
});

describe('DOCX attachments', () => {
  it('reads the promoters out of a two-column DOCX form', async () => {
    const lines = (await textOf(fixture('fitxa-formulari.docx'))).split('\n');
    const at = lines.indexOf('Organitzacions promotores: Ajuntament de Montornès del Vallès');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['Cooperativa Radi Solidari', 'Associació Juvenil La Corriola']);
    expect(lines).toContain('Títol: Taller cooperatiu de reparació de bicicletes');
    expect(lines.slice(lines.indexOf('Contacte de la persona de referència:'))).toEqual([
      'Contacte de la persona de referència:', 'Nom: Bernat Solé Pla', 'Càrrec: Tècnic de Joventut',
      'Correu electrònic: bsole@montornes.cat', 'Telèfon: 93 555 27 64',
    ]);
  });

  it('gives each practice of a header-row table its own block of labelled lines', async () => {
    const blocks = (await textOf(fixture('practiques-taula.docx'))).split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toMatch(/^Títol: Banc de llavors del Penedès\nOrganitzacions promotores: Ajuntament de Vilafranca del Penedès, Cooperativa Terra de Ceps\nBreu explicació: /);
    expect(blocks[2]).toMatch(/^Títol: Espai de cotreball per a cooperatives joves\n/);
    expect(blocks[2]).toContain('Contacte de la persona de referència: Pau Garriga Serra\npgarriga@vilafranca.cat\n93 555 18 52');
  });

  it('parses mammoth\'s style rules once per thread, and they still shape the text', async () => {
    const doc = new Document({ sections: [{ children: [
      new Paragraph({ text: 'Horts comunitaris', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Primer punt', bullet: { level: 0 } }),
      new Paragraph('Text normal.'),
    ] }] });
    const bytes = await Packer.toBuffer(doc);
    const first = await readDocx(bytes);
    // The default style map's list rule made the bullet; a heading is a block of its own.
    expect(first).toEqual({ ok: true, text: 'Horts comunitaris\n\n- Primer punt\n\nText normal.' });
    // mammoth's default style map has over 40 rules: parsed by the first document, reused after.
    const rules = styleRuleMemo?.size ?? 0;
    expect(rules).toBeGreaterThan(40);
    expect(await readDocx(bytes)).toEqual(first);
    expect(styleRuleMemo?.size).toBe(rules);
  });

  it('refuses a DOCX zip bomb by what it declares, without inflating it', async () => {
    expect(await reasonOf(fixture('zip-bomb.docx'))).toBe(
      'zip-bomb.docx: zip bomb refused: word/document.xml declares 200 MB uncompressed (limit 4 MB per XML part)');
  });

  it('refuses a DOCX whose entry inflates beyond the size it declares', async () => {
    expect(await reasonOf(fixture('zip-bomb-mentider.docx'))).toBe(
      'zip-bomb-mentider.docx: zip bomb refused: word/document.xml inflates beyond the 40 KB it declares');
  });

  it('refuses a zip with thousands of entries by their count', async () => {
    const many = await import('jszip').then(async ({ default: JSZip }) => {
      const zip = new JSZip();
      for (let i = 0; i < 1_500; i++) zip.file(`word/media/${i}.txt`, 'x', { createFolders: false });
      zip.file('word/document.xml', '<w:document/>', { createFolders: false });
      return zip.generateAsync({ type: 'nodebuffer' });
    });
    expect(await reasonOf(attachment('massa.docx', many))).toBe('massa.docx: refused: DOCX has 1,501 zip entries (limit 1,000)');
  });
});

describe('ODT attachments', () => {
  it('reads headings as labels, leaving out tracked deletions and comments', async () => {
    const text = await textOf(fixture('fitxa-titols.odt', 'application/vnd.oasis.opendocument.text'));
    expect(text).toContain('Títol\n\nBotiga gratuïta de roba i joguines');
    expect(text).toContain('- Associació Segona Vida\n- Cooperativa Fil de Retalls');
    expect(text).toContain('Telèfon: 93 555 36 71');
    expect(text).not.toContain('ESBORRAT');
    expect(text).not.toContain('COMENTARI');
  });

  it('linearises its tables like HTML ones: a form, then one block per row under the header row', async () => {
    const text = await textOf(fixture('ficha-tabla.odt'));
    expect(text).toContain('Título: Huerto comunitario intergeneracional\nOrganizaciones promotoras: Ayuntamiento de Barberà del Vallès\nAsociación Raíces Compartidas\n');
    expect(text).toContain('Persona de contacto:\nNombre: Sergio Lozano Prieto\n');
    expect(text).toContain('Indicador: Personas participantes\n2019: 35\n2020: 48\n\nIndicador: Kilos cosechados');
  });

  it('never resolves an external entity in an ODT', async () => {
    const result = await readAttachmentText(fixture('xxe.odt'), reader);
    expect(result).toMatchObject({ ok: false, kind: 'odt' });
    expect(JSON.stringify(result)).not.toMatch(/root:|nologin|\/bin\//);
    expect(result.ok ? '' : result.reason).toBe('xxe.odt: content.xml declares a DOCTYPE (refused: external entities are never resolved)');
  });
});

describe('other attachments', () => {
  it('reads a forwarded message with who wrote it and its subject', async () => {
    const eml = [
      'From: Judit Ferran Coll <jferran@santquirzevalles.cat>',
      'To: regidoria@santquirzevalles.cat',
      'Subject: =?UTF-8?Q?Fitxa_bona_pr=C3=A0ctica?=',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<table><tr><td>Títol</td><td>Botiga gratuïta de roba i joguines</td></tr></table>',
    ].join('\r\n');
    const text = await textOf(attachment('reenviat.eml', Buffer.from(eml), 'message/rfc822'));
    expect(text).toBe('De: Judit Ferran Coll <jferran@santquirzevalles.cat>\nAssumpte: Fitxa bona pràctica\n\nTítol: Botiga gratuïta de roba i joguines');
  });

  it('decodes a Latin-1 text attachment', async () => {
    const latin1 = Buffer.from('Títol: Banc de llavors\r\nCàrrec: Tècnica de Medi Rural\r\n', 'latin1');
    expect(await textOf(attachment('fitxa.txt', latin1, 'text/plain'))).toBe('Títol: Banc de llavors\nCàrrec: Tècnica de Medi Rural');
  });

  it('reads an HTML attachment with its table linearised', async () => {
    const html = Buffer.from('<html><head><meta charset="windows-1252"></head><body><table><tr><td>T\xedtol</td><td>Obrador</td></tr></table></body></html>', 'latin1');
    expect(await textOf(attachment('fitxa.html', html, 'text/html'))).toBe('Títol: Obrador');
  });

  it('refuses an attachment over the size limit by its size, unread', async () => {
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    huge.write('%PDF-1.4', 0, 'latin1');
    expect(await reasonOf(attachment('enorme.pdf', huge))).toBe('enorme.pdf: too large to read (20.0 MB, limit 20.0 MB)');
  });

  it('names the file and its type when it is not a document we read', async () => {
    expect(await reasonOf(attachment('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'))).toBe('logo.png: not a document type we read (image/png)');
  });
});

describe('document kind', () => {
  it('recognises a DOCX and an ODT sent as application/octet-stream without a useful name', () => {
    expect(documentKind(attachment('adjunt', readFileSync(join(DOCS, 'fitxa-formulari.docx'))))).toBe('docx');
    expect(documentKind(attachment('adjunt', readFileSync(join(DOCS, 'fitxa-titols.odt'))))).toBe('odt');
  });

  it('trusts the bytes of a PDF over a wrong label', () => {
    expect(documentKind(attachment('fitxa.doc', readFileSync(join(DOCS, 'fitxa-bona-practica.pdf')), 'application/msword'))).toBe('pdf');
  });

  it('falls back on the file name when neither bytes nor type tell', () => {
    expect(documentKind(attachment('fitxa.docx', readFileSync(join(DOCS, 'zip-bomb.docx')), 'application/zip'))).toBe('docx');
    expect(documentKind(attachment('notes.TXT', Buffer.from('hola')))).toBe('text');
  });
});

describe('the parsing worker', () => {
  // Stand-in readers: by the job's first byte they hang, exhaust their heap, fill ArrayBuffers
  // (outside any heap limit, as pdf.js does on bomb_giant.pdf), or answer at once.
  const script = `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', (job) => {
      if (job.bytes[0] === 1) for (;;) {}
      if (job.bytes[0] === 2) { const hog = []; for (;;) hog.push(new Array(100000).fill({})); }
      if (job.bytes[0] === 3) { const hog = []; for (;;) hog.push(Buffer.alloc(8 * 1024 * 1024, 1)); }
      parentPort.postMessage({ ok: true, text: 'read ' + job.kind });
    });`;
  const dir = tempDir('xmess-worker-');
  const workerUrl = pathToFileURL(join(dir.path, 'fake-worker.mjs'));
  writeFileSync(workerUrl, script);
  const reader = makeDocumentReader({ workerUrl, timeoutMs: 1000, heapMb: 16, youngMb: 8, memoryMb: 128, memoryCheckMs: 20, maxWorkers: 1, idleMs: 1000 });
  const job = (first: number) => ({ kind: 'pdf' as const, bytes: new Uint8Array([first]) });
  afterAll(async () => {
    await reader.close();
    dir.cleanup();
  });

  it('gives up on a document that hangs, naming the time limit', async () => {
    expect(await reader.read(job(1))).toEqual({ ok: false, reason: 'timed out after 1 s' });
  });

  it('survives a document that exhausts the worker heap', async () => {
    expect(await reader.read(job(2))).toEqual({ ok: false, reason: 'ran out of memory (worker heap limit 16 MB)' });
  });

  it('stops a document that fills memory outside the heap before the process does', async () => {
    // A reader of its own with a time limit far away: on a busy machine the 1 s limit above could
    // stop the document before it has filled 128 MB, and this is about the memory limit.
    const patient = makeDocumentReader({ workerUrl, timeoutMs: 60_000, heapMb: 16, youngMb: 8, memoryMb: 128, memoryCheckMs: 20, maxWorkers: 1, idleMs: 1000 });
    try {
      const before = process.memoryUsage.rss();
      expect(await patient.read(job(3))).toEqual({ ok: false, reason: 'ran out of memory (over 128 MB while reading)' });
      expect(process.memoryUsage.rss() - before).toBeLessThan(400 * 1024 * 1024);
    } finally {
      await patient.close();
    }
  });

  it('keeps reading the documents queued behind one that had to be stopped', async () => {
    const outcomes = await Promise.all([reader.read(job(1)), reader.read(job(0)), reader.read(job(0))]);
    expect(outcomes.map((o) => (o.ok ? o.text : o.reason))).toEqual(['timed out after 1 s', 'read pdf', 'read pdf']);
  });
});
