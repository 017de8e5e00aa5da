// Titles read from the subject line, and the language of a message.
import { describe, it, expect } from '@jest/globals';
import type { Municipality } from '../../src/domain/types.js';
import { titleFromSubject } from '../../src/stages/extract/title.js';
import { detectLanguage } from '../../src/stages/extract/language.js';

const config: Municipality[] = [{ name: 'Ripoll', domains: ['ripoll.cat'], member: true }, { name: 'El Masnou', domains: ['elmasnou.cat'], member: true }];

describe('extract: title from the subject', () => {
  it.each([
    ['Bona pràctica: Fira de la cooperació', 'Fira de la cooperació'],
    ['RE: RV: Proposta de bona pràctica - Horts del riu', 'Horts del riu'],
    ['Bona pràctica (fora de termini) - Ripoll Recupera', 'Ripoll Recupera'],
    ['Fitxa bona pràctica - Moneda local (Ripoll)', 'Moneda local'],
    ['Bona pràctica Ripoll: punt de reparació', 'punt de reparació'],
    ['Buena práctica - Huertos sociales - Ayuntamiento del Masnou', 'Huertos sociales'],
  ])('reads "%s" as "%s"', (subject, title) => {
    expect(titleFromSubject(subject, config)).toBe(title);
  });

  it.each([['Bones pràctiques ESS - Ripoll'], ['Bona pràctica - Ajuntament del Masnou'], ['Proposta per al recull de bones pràctiques'], ['Fitxes (2)']])(
    'finds no title in "%s"', (subject) => {
      expect(titleFromSubject(subject, config)).toBeNull();
    });
});

describe('extract: language', () => {
  it('tells Catalan from Spanish by their own words and spelling', () => {
    expect(detectLanguage(['Us fem arribar la bona pràctica amb les dades de contacte.'])).toBe('ca');
    expect(detectLanguage(['Os hacemos llegar la buena práctica con los datos de contacto.'])).toBe('es');
  });

  it('is not swayed by Catalan place names in a Spanish text', () => {
    expect(detectLanguage(['Ayuntamiento de Tàrrega y la asociación del Solsonès: las familias de Olèrdola participan.'])).toBe('es');
  });

  it('answers Catalan, the call language, when nothing tells', () => {
    expect(detectLanguage([''])).toBe('ca');
  });
});
