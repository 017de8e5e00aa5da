// Layout-aware reading of documents, on PDFs and DOCX files these tests make: a form in two columns
// written line by line across the page, a form over two pages with a running header and footer, a
// DOCX with tracked changes and bold lines. Through the real worker (`npm run build` first).
import { afterAll, describe, expect, it } from '@jest/globals';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import type { Attachment } from '../../src/domain/types.js';
import { openDocumentReader, readAttachmentText } from '../../src/stages/parse/attachments/index.js';

function pdfBytes(draw: (d: PDFKit.PDFDocument) => void): Promise<Buffer> {
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

const attachment = (filename: string, content: Buffer): Attachment => ({ filename, contentType: 'application/octet-stream', size: content.length, content });

async function textOf(filename: string, content: Buffer): Promise<string> {
  const result = await readAttachmentText(attachment(filename, content), reader);
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
  return result.text;
}

const reader = openDocumentReader();
afterAll(() => reader.close());

describe('a PDF form in two columns', () => {
  // Each row of the page is written left cell then right cell, as layout programs emit it.
  const left = ['Títol', 'Horts urbans compartits al barri', 'del Carme, oberts a tothom', '', 'Entitats promotores', 'Associació de Veïns del Carme', 'Cooperativa La Terra'];
  const right = ['Persona de contacte', 'Marta Vidal Puig', '', 'Telèfon', '93 555 12 34', '', 'Correu', 'mvidal@example.cat'];
  const make = (): Promise<Buffer> => pdfBytes((d) => {
    d.font('Helvetica-Bold').fontSize(15).text('Fitxa de bona pràctica', 50, 60, { lineBreak: false });
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      for (const [col, x] of [[left, 50], [right, 310]] as const) {
        const t = col[i];
        if (t) d.font('Helvetica').fontSize(10).text(t, x, 110 + i * 13.5, { lineBreak: false });
      }
    }
  });

  it('reads the left column to its end before the right one', async () => {
    const lines = (await textOf('dues-columnes.pdf', await make())).split('\n').filter(Boolean);
    expect(lines[0]).toBe('Fitxa de bona pràctica');
    const at = (t: string): number => lines.indexOf(t);
    expect(lines.slice(at('Títol'), at('Títol') + 3)).toEqual(['Títol', 'Horts urbans compartits al barri', 'del Carme, oberts a tothom']);
    expect(lines.slice(at('Entitats promotores'), at('Entitats promotores') + 3)).toEqual(['Entitats promotores', 'Associació de Veïns del Carme', 'Cooperativa La Terra']);
    expect(at('Cooperativa La Terra')).toBeLessThan(at('Persona de contacte'));
    expect(lines.slice(at('Telèfon'), at('Telèfon') + 2)).toEqual(['Telèfon', '93 555 12 34']);
    // No line mixes the two columns.
    expect(lines.some((l) => l.includes('Horts') && l.includes('Marta'))).toBe(false);
  });

  it('still reads a label/value table row by row', async () => {
    const rows = [['Títol:', 'Mercat de segona mà'], ['Telèfon:', '93 555 98 76'], ['Correu:', 'mercat@example.cat'], ['Promotors:', 'Ajuntament i AMPA']];
    const bytes = await pdfBytes((d) => rows.forEach(([k, v], i) => {
      d.font('Helvetica-Bold').fontSize(10).text(k!, 70, 100 + i * 16, { lineBreak: false });
      d.font('Helvetica').fontSize(10).text(v!, 200, 100 + i * 16, { lineBreak: false });
    }));
    const text = await textOf('taula.pdf', bytes);
    expect(text).toContain('Títol: Mercat de segona mà\nTelèfon: 93 555 98 76');
  });
});

describe('a PDF form over two pages', () => {
  const summary = Array.from({ length: 9 }, (_, i) => `Frase ${i + 1} de la descripció del projecte que continua`).join(' ');
  const make = (): Promise<Buffer> => pdfBytes((d) => {
    let page = 0;
    const furniture = (): void => {
      page += 1;
      const bottom = d.page.margins.bottom;
      d.page.margins.bottom = 0;
      const { x, y } = d;
      d.font('Helvetica').fontSize(8).text('Consell Comarcal del Pla · Servei de Promoció Econòmica', 70, 36, { lineBreak: false });
      d.text(`Pàgina ${page} de 2`, 70, d.page.height - 44, { lineBreak: false });
      d.page.margins.bottom = bottom;
      d.x = x; d.y = y;
      d.font('Helvetica').fontSize(10.5);
    };
    d.on('pageAdded', furniture);
    furniture();
    d.font('Helvetica-Bold').fontSize(15).text('Fitxa de bona pràctica', 70, 80);
    d.font('Helvetica').fontSize(10.5).text('Paràgraf de presentació. '.repeat(150).trim(), { lineGap: 2 });
    d.font('Helvetica-Bold').text('Descripció');
    d.font('Helvetica').text(summary, { lineGap: 2 });
    d.font('Helvetica-Bold').text('Telèfon');
    d.font('Helvetica').text('93 555 44 11');
  });

  it('drops the running header and footer and keeps a field broken by the page break whole', async () => {
    const bytes = await make();
    const result = await readAttachmentText(attachment('dues-pagines.pdf', bytes), reader);
    expect(result).toMatchObject({ ok: true, pages: 2 });
    const text = result.ok ? result.text : '';
    expect(text).not.toContain('Consell Comarcal del Pla');
    expect(text).not.toMatch(/Pàgina \d de 2/);
    const description = text.slice(text.indexOf('Descripció'), text.indexOf('Telèfon'));
    // The description runs on over the break: no blank or separator line inside it.
    expect(description.trim().split('\n').every((l) => l.trim().length > 0)).toBe(true);
    expect(description.replace(/\s+/g, ' ')).toContain('Frase 9 de la descripció');
  });

  it('marks where a page ends between blocks with a page separator line', async () => {
    const bytes = await pdfBytes((d) => {
      d.font('Helvetica').fontSize(11).text('Primera pàgina, que acaba aquí.');
      d.addPage();
      d.text('Segona pàgina.');
    });
    expect(await textOf('separador.pdf', bytes)).toBe('Primera pàgina, que acaba aquí.\n\f\nSegona pàgina.');
  });
});

describe('a DOCX with tracked changes and bold lines', () => {
  const make = (): Promise<Buffer> => Packer.toBuffer(new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: 'Títol', bold: true })] }),
        new Paragraph({
          children: [
            new TextRun('Banc del temps '),
            new DeletedTextRun({ text: 'de Vilanova', id: 1, author: 'Tècnica', date: '2020-04-20T10:00:00Z' }),
            new InsertedTextRun({ text: 'del Barri Antic', id: 2, author: 'Tècnica', date: '2020-04-20T10:00:00Z' }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: 'Telèfon: ' }), new DeletedTextRun({ text: '93 000 00 00', id: 3, author: 'T', date: '2020-04-20T10:00:00Z' }), new InsertedTextRun({ text: '93 555 71 72', id: 4, author: 'T', date: '2020-04-20T10:00:00Z' })] }),
        new Paragraph({ children: [new TextRun({ text: 'Correu: ', bold: true }), new TextRun('banc@example.cat')] }),
      ],
    }],
  }));

  it('reads the changes as accepted: inserted text kept, deleted text gone', async () => {
    const text = await textOf('canvis.docx', await make());
    expect(text).toContain('Banc del temps del Barri Antic');
    expect(text).toContain('Telèfon: 93 555 71 72');
    expect(text).not.toContain('Vilanova');
    expect(text).not.toContain('93 000 00 00');
  });

  it('keeps a wholly bold paragraph as a heading line of its own, and an inline bold label on its line', async () => {
    const text = await textOf('canvis.docx', await make());
    expect(text).toMatch(/^Títol\n\nBanc del temps/);
    expect(text).toContain('\nCorreu: banc@example.cat');
  });
});
