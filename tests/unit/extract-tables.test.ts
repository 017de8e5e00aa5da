// Tables written in a mail's text (a spreadsheet row pasted as tab-separated cells, a horizontal
// table with the labels in its first row) are read as label/value pairs; and among the numbers of a
// signature (switchboard, direct line, fax) the direct line is the contact's phone.
import { describe, expect, it } from '@jest/globals';
import { extractPractices } from '../../src/stages/extract/index.js';
import { findPhone } from '../../src/stages/extract/phone.js';
import { unfoldTables } from '../../src/stages/extract/tables.js';
import { lexicon, municipalities } from '../fixtures/extract/harness.js';

const input = (body: string) => ({
  subject: 'Bones pràctiques', from: { address: 'promocio@olot.cat', name: null }, municipalities, lexicon, sources: [{ origin: 'body', text: body }],
});

describe('extract: tables written in text', () => {
  it('reads a pasted spreadsheet row under its header row as label/value pairs', () => {
    const body = [
      'Bon dia,', '', 'Us enganxo la fila del nostre full de càlcul:', '',
      'Títol\tEntitats promotores\tDescripció\tPersona de contacte\tCorreu\tTelèfon',
      "Mercat de la Terra\tAjuntament d'Olot i Cooperativa Pagesa del Fluvià\tUn mercat setmanal de productors de proximitat a la plaça, gestionat amb la cooperativa, que dona sortida directa a la producció de vint explotacions de la comarca.\tLaia Puigdemont\tlpuigdemont@olot.cat\t972 27 90 00",
      '', 'Salutacions,',
    ].join('\n');
    const [p] = extractPractices(input(body)).practices;
    expect(p?.title).toBe('Mercat de la Terra');
    expect(p?.contact).toMatchObject({ name: 'Laia Puigdemont', email: 'lpuigdemont@olot.cat', phone: '+34972279000' });
    expect(p?.promoters).toContain('Cooperativa Pagesa del Fluvià');
  });

  it('reads a horizontal table with the labels in its first row, one practice per row', () => {
    const lines = unfoldTables([
      '| Títol | Promotors | Contacte |',
      '|---|---|---|',
      '| Rebost solidari | Ajuntament i Càritas | Joan Vila |',
      '| Horts urbans | Ajuntament i Associació Terra Viva | Marta Roig |',
    ]);
    expect(lines).toEqual([
      'Títol: Rebost solidari', 'Promotors: Ajuntament i Càritas', 'Contacte: Joan Vila', '',
      'Títol: Horts urbans', 'Promotors: Ajuntament i Associació Terra Viva', 'Contacte: Marta Roig', '',
    ]);
  });

  it('leaves a vertical table (label and value on one row) and ordinary tabbed text as they are', () => {
    const vertical = ['Títol\tMercat de la Terra', 'Contacte\tLaia Puigdemont'];
    expect(unfoldTables(vertical)).toEqual(vertical);
    const prose = ['Horari\tdilluns a divendres', '9 h\t14 h'];
    expect(unfoldTables(prose)).toEqual(prose);
  });
});

describe('extract: the contact phone among a signature\'s numbers', () => {
  it('takes the direct line over the switchboard, and never the fax', () => {
    expect(findPhone('Standard : 01 44 55 66 77 | Ligne directe : 01 44 55 66 80 | Fax : 01 44 55 66 99')).toBe('+33144556680');
    expect(findPhone('Centraleta 972 27 90 00 · Línia directa 972 27 91 15 · Fax 972 27 01 01')).toBe('+34972279115');
    expect(findPhone('Fax 93 555 01 99\nTel. 93 555 01 12')).toBe('+34935550112');
    expect(findPhone('Centralita: 91 588 10 00')).toBe('+34915881000');
  });
});
