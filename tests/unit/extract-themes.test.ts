// Themes from the practice's own words (config/themes.json) and the priority they add up to.
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ThemeLexicon } from '../../src/domain/types.js';
import { detectThemes, intercooperationFromPromoters } from '../../src/stages/extract/themes.js';

const lexicon: ThemeLexicon = JSON.parse(readFileSync(new URL('../../config/themes.json', import.meta.url), 'utf8'));
const themesOf = (text: string, promoters: string[] = []) => detectThemes(text, promoters, lexicon).themes;

describe('extract: themes', () => {
  it('tags the pandemic in Catalan and Spanish', () => {
    expect(themesOf("Durant l'estat d'alarma, repartim àpats a famílies confinades")).toEqual(['covid-response']);
    expect(themesOf('A raíz de la crisis de la COVID-19 organizamos compras')).toEqual(['covid-response']);
  });

  it('tags procurement, youth, ecological transition and feminism from their own words', () => {
    expect(themesOf('Els plecs incorporen clàusules socials')).toEqual(['public-procurement']);
    expect(themesOf('Programa per a joves de 16 a 29 anys')).toEqual(['youth']);
    expect(themesOf('Alumnos de 4º de la ESO crean una cooperativa')).toEqual(['youth']);
    expect(themesOf("Punt de reutilització i reparació que redueix els residus")).toEqual(['ecological-transition']);
    expect(themesOf('Itinerari adreçat a dones migrades amb perspectiva de gènere')).toEqual(['feminism-intersectionality']);
    expect(themesOf("L'Ajuntament encarrega els àpats a una cooperativa per mitjà de contractes menors")).toEqual(['public-procurement']);
    expect(themesOf('Compramos ordenadores reacondicionados para las escuelas')).toEqual(['ecological-transition']);
    expect(themesOf('Els ordinadors renovats substitueixen els antics')).toEqual(['ecological-transition']);
    expect(themesOf("Préstecs per a les entitats aturades per les mesures de contenció del virus")).toEqual(['covid-response']);
    expect(themesOf('Els mobles de la deixalleria es reparen en un taller')).toEqual(['ecological-transition']);
    expect(themesOf("Joves netegen els sotaboscos per a la prevenció d'incendis")).toEqual(['youth', 'ecological-transition']);
  });

  it('does not read accented or similar words as theme words', () => {
    expect(themesOf("Un equip compost per cinc persones dóna suport a l'adjudicació d'habitatges socials")).toEqual([]);
    expect(themesOf('Eso es lo que hacemos con las familias')).toEqual([]);
  });

  it('does not tag feminism from a promoter name alone', () => {
    expect(themesOf('Rutes en bicicleta a les escoles', ['Ajuntament de Ripoll', 'Associació Dones Ciclistes'])).toEqual(['intercooperation', 'ecological-transition']);
  });

  it('treats the council with a social-economy organisation, or several councils, as intercooperation', () => {
    expect(intercooperationFromPromoters(['Ajuntament de Ripoll', 'Cooperativa Teler'])).not.toBeNull();
    expect(intercooperationFromPromoters(['Ajuntament de Ripoll', 'Ajuntament de Campdevànol'])).not.toBeNull();
    expect(intercooperationFromPromoters(['Consell Comarcal del Ripollès'])).not.toBeNull();
  });

  it('does not treat a council alone, or with other administrations or a company, as intercooperation', () => {
    expect(intercooperationFromPromoters(['Ajuntament de Ripoll'])).toBeNull();
    expect(intercooperationFromPromoters(['Ajuntament de Ripoll', 'Diputació de Tarragona', 'Servei Local d\'Ocupació'])).toBeNull();
    expect(intercooperationFromPromoters(['Ajuntament de Ripoll', 'Neteges Ripoll, S.L.'])).toBeNull();
  });

  it('counts covid, intercooperation and any special-interest theme toward priority', () => {
    const r = detectThemes('Durant la pandèmia, contractes reservats amb clàusules socials per a joves', ['Ajuntament de Ripoll', 'Cooperativa Teler'], lexicon);
    expect(r.themes).toEqual(['covid-response', 'intercooperation', 'public-procurement', 'youth']);
    expect(r.priority).toBe(3);
    expect(detectThemes('Taller de cuina', ['Ajuntament de Ripoll'], lexicon).priority).toBe(0);
  });

  it('keeps the phrases that matched as evidence, quoted as the text writes them', () => {
    expect(detectThemes('Punt de reutilització', [], lexicon).evidence['ecological-transition']).toEqual(['reutilització']);
    const r = detectThemes("Durant la pandèmia, l'Ajuntament va obrir un rebost amb clàusules   socials.", [], lexicon);
    expect(r.evidence['covid-response']).toEqual(['pandèmia']);
    expect(r.evidence['public-procurement']).toEqual(['clàusules socials']);
  });

  it('tags electric vehicles, on-demand transport and lending libraries of objects as ecological transition', () => {
    expect(themesOf('El repartiment es fa amb furgonetes elèctriques')).toEqual(['ecological-transition']);
    expect(themesOf('Un servei de transport a demanda per als nuclis disseminats')).toEqual(['ecological-transition']);
    expect(themesOf("Una biblioteca d'objectes per demanar-los en préstec en lloc de comprar-los")).toEqual(['ecological-transition']);
    expect(themesOf('Banco de tiempo entre vecinos')).toEqual([]);
  });
});
