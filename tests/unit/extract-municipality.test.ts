// Which council sends a practice, and whether it is a member of the network.
import { describe, it, expect } from '@jest/globals';
import type { Municipality } from '../../src/domain/types.js';
import { configuredPlaceInText, councilName, placeFromAddress, unknownPlaceInText } from '../../src/stages/extract/municipality.js';

const config: Municipality[] = [
  { name: 'Ripoll', domains: ['ripoll.cat'], member: true },
  { name: 'El Masnou', domains: ['elmasnou.cat'], member: false },
  { name: "L'Hospitalet de Llobregat", domains: ['l-h.cat'], member: true },
  { name: 'Sant Martí i la Vall', domains: ['smv.cat'], member: true },
];

describe('extract: municipality', () => {
  it('matches the sender domain and its subdomains', () => {
    expect(placeFromAddress('anna@ripoll.cat', config)).toMatchObject({ name: 'Ripoll', member: true });
    expect(placeFromAddress('anna@correu.ripoll.cat', config)).toMatchObject({ name: 'Ripoll' });
    expect(placeFromAddress('anna@noripoll.cat', config)).toBeNull();
  });

  it('finds a configured council named with or without its article', () => {
    expect(configuredPlaceInText("Us escric des de l'Ajuntament del Masnou.", config, 'body')).toMatchObject({ name: 'El Masnou', member: false });
    expect(configuredPlaceInText('Ayuntamiento de Sant Martí i la Vall', config, 'body')).toMatchObject({ name: 'Sant Martí i la Vall' });
  });

  it('finds a configured council written in a short form', () => {
    expect(unknownPlaceInText("Àrea de Promoció - Ajuntament de l'Hospitalet", 'signature', config)).toMatchObject({ name: "L'Hospitalet de Llobregat", member: true });
  });

  it('names a council missing from the configuration, as not a member', () => {
    expect(unknownPlaceInText('Ajuntament de Sant Feliu de Guíxols i la Cooperativa Nus', 'body', config))
      .toEqual({ name: 'Sant Feliu de Guíxols', member: false, evidence: 'council named in body' });
  });

  it('writes the council as an organisation with Catalan contractions', () => {
    expect(councilName('El Masnou', 'ca')).toBe('Ajuntament del Masnou');
    expect(councilName("L'Hospitalet de Llobregat", 'ca')).toBe("Ajuntament de l'Hospitalet de Llobregat");
    expect(councilName('Olot', 'ca')).toBe("Ajuntament d'Olot");
    expect(councilName('Ripoll', 'es')).toBe('Ayuntamiento de Ripoll');
  });
});
