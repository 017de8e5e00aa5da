// Lists of promoting organisations split into names, without breaking names that contain "i".
import { describe, it, expect } from '@jest/globals';
import { splitPromoters } from '../../src/stages/extract/promoters.js';
import { prosePromoters } from '../../src/stages/extract/prose.js';

describe('extract: promoters', () => {
  it('splits on commas, semicolons and slashes', () => {
    expect(splitPromoters(['Ajuntament de Ripoll, Cooperativa Teler; Associació Fil / Fundació Nus']))
      .toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler', 'Associació Fil', 'Fundació Nus']);
  });

  it('splits at "i"/"y" only before a new organisation', () => {
    expect(splitPromoters(["Ajuntament de Ripoll i l'Associació de Veïns i Veïnes del Carme"]))
      .toEqual(['Ajuntament de Ripoll', 'Associació de Veïns i Veïnes del Carme']);
    expect(splitPromoters(['Ayuntamiento de Ripoll y Cooperativa Tierra y Agua'])).toEqual(['Ayuntamiento de Ripoll', 'Cooperativa Tierra y Agua']);
  });

  it('keeps town names that contain "i" whole', () => {
    expect(splitPromoters(['Ajuntament de Sant Martí i la Vall, Cooperativa Teler'], ['Sant Martí i la Vall']))
      .toEqual(['Ajuntament de Sant Martí i la Vall', 'Cooperativa Teler']);
  });

  it('keeps a legal form after a comma with its name', () => {
    expect(splitPromoters(['Cooperativa Arrels, SCCL, Fundació Nus'])).toEqual(['Cooperativa Arrels, SCCL', 'Fundació Nus']);
  });

  it('reads one organisation per line or bullet, and joins wrapped lines', () => {
    expect(splitPromoters(['Ajuntament de Ripoll', 'Cooperativa Teler'])).toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler']);
    expect(splitPromoters(['- Ajuntament de Ripoll', '- Cooperativa', '  Teler Solidari'])).toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler Solidari']);
    expect(splitPromoters(['Ajuntament de Ripoll, Ateneu Cooperatiu de la Muntanya del', 'Nord, Fundació Nus']))
      .toEqual(['Ajuntament de Ripoll', 'Ateneu Cooperatiu de la Muntanya del Nord', 'Fundació Nus']);
  });

  it('reads promoters named in prose, up to the clause that follows', () => {
    expect(prosePromoters("el projecte «Horts», impulsat per l'Ajuntament de Ripoll i la Cooperativa Teler, consisteix en…"))
      .toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler']);
    expect(prosePromoters('la iniciativa X, promovida por el Ayuntamiento de Ripoll y la Asociación Nus, que ofrece…'))
      .toEqual(['Ayuntamiento de Ripoll', 'Asociación Nus']);
  });
});
