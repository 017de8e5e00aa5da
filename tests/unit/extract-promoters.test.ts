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

  it('reads "X, amb la Y i l\'Z" (a sentence after a comma) as three organisations', () => {
    expect(splitPromoters(["Ajuntament de Ripoll, amb la Cooperativa Teler del Ter i l'Ateneu Popular"], ['Ripoll']))
      .toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler del Ter', 'Ateneu Popular']);
    expect(splitPromoters(['Ayuntamiento de Ripoll, con la Asociación Vecinal del Centro'])).toEqual(['Ayuntamiento de Ripoll', 'Asociación Vecinal del Centro']);
  });

  it('reads "de la cooperativa X y de la Unión Y" as two organisations', () => {
    expect(splitPromoters(['Cooperativa Teler y de la Unión de Comerciantes de Ripoll'])).toEqual(['Cooperativa Teler', 'Unión de Comerciantes de Ripoll']);
  });

  it("drops the department in brackets after a council's name", () => {
    expect(splitPromoters(["Ajuntament de Ripoll (Servei d'Ocupació)", 'Xarxa de Consum Solidari (XCS)'])).toEqual(['Ajuntament de Ripoll', 'Xarxa de Consum Solidari (XCS)']);
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

  it('splits at "i"/"y" before a capitalised name when the council before it is complete', () => {
    expect(splitPromoters(['Ajuntament de Ripoll i Teixit Solidari de la Vall'], ['Ripoll'])).toEqual(['Ajuntament de Ripoll', 'Teixit Solidari de la Vall']);
    expect(splitPromoters(['Ayuntamiento de Ripoll y Tejiendo Futuro'], ['Ripoll'])).toEqual(['Ayuntamiento de Ripoll', 'Tejiendo Futuro']);
  });

  it('splits before a second name closed by a legal form', () => {
    expect(splitPromoters(['Associació Fil Comú i Fem Barri SCCL'])).toEqual(['Associació Fil Comú', 'Fem Barri SCCL']);
  });

  it('does not split names or towns that only contain "i" before a capital', () => {
    expect(splitPromoters(['Cooperativa Mar i Terra'])).toEqual(['Cooperativa Mar i Terra']);
    expect(splitPromoters(["Ajuntament de Vallfosca i Serra Alta"], ['Ripoll'])).toEqual(['Ajuntament de Vallfosca i Serra Alta']);
  });

  it('reads partners of the council in prose and names the council that tells the practice', () => {
    expect(prosePromoters('Des de l\'Ajuntament de Ripoll hem posat en marxa el projecte amb la Cooperativa Teler i l\'Associació Fil.'))
      .toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler', 'Associació Fil']);
    expect(prosePromoters('Una iniciativa que gestionamos con la Asociación Nus y la Fundación Lligam.'))
      .toEqual(['Ayuntamiento', 'Asociación Nus', 'Fundación Lligam']);
    expect(prosePromoters('El servei funciona cada dia. Hi participen la Fundació Nus i la Creu Roja.'))
      .toEqual(['Ajuntament', 'Fundació Nus', 'Creu Roja']);
    expect(prosePromoters('La borsa la gestiona una cooperativa, amb el suport de la Fundació Llar Oberta.'))
      .toEqual(['Ajuntament', 'Fundació Llar Oberta']);
  });

  it('adds no council when the partners named are not organisations', () => {
    expect(prosePromoters('Hi participen deu persones per edició i treballem amb joves del barri.')).toEqual([]);
  });

  it('names an organisation described first and named in brackets ("una cooperativa d\'arquitectes (Traç Comú)")', () => {
    expect(splitPromoters(["L'Ajuntament de la Seu d'Urgell, una cooperativa d'arquitectes (Traç Comú) i l'associació de famílies"]))
      .toEqual(["Ajuntament de la Seu d'Urgell", "Cooperativa d'arquitectes Traç Comú", 'Associació de famílies']);
  });

  it('splits on " + " and " & " between organisations', () => {
    expect(splitPromoters(['Ajuntament de Ripoll + Cooperativa Teler & Associació Fil']))
      .toEqual(['Ajuntament de Ripoll', 'Cooperativa Teler', 'Associació Fil']);
  });

  it('reads "amb"/"con" as joining two organisations only before an article and an organisation word', () => {
    expect(prosePromoters("El Rebost és una iniciativa de l'Ajuntament amb la Cooperativa Teler.")).toEqual(['Ajuntament', 'Cooperativa Teler']);
    expect(prosePromoters('Es una iniciativa municipal con la Asociación Hilo Rojo.')).toEqual(['Ayuntamiento', 'Asociación Hilo Rojo']);
    expect(splitPromoters(['Xarxa amb Cor'])).toEqual(['Xarxa amb Cor']);
    expect(prosePromoters('El projecte amb el Raval és nou.')).toEqual([]);
  });

  it('ends a prose name where the verb\'s object begins', () => {
    expect(prosePromoters('Desde el Ayuntamiento de Ripoll hemos puesto en marcha con la Cooperativa Teler los huertos escolares.'))
      .toEqual(['Ayuntamiento de Ripoll', 'Cooperativa Teler']);
  });
});
