// French is read end to end from one lexicon file (src/stages/extract/lexicon/fr.ts): the language
// is told from Catalan and Spanish, French labels are read as the form's fields, French phone
// numbers are normalised to +33, and a French town's council is named as French councils name it.
import { describe, expect, it } from '@jest/globals';
import type { Municipality } from '../../src/domain/types.js';
import { extractPractices } from '../../src/stages/extract/index.js';
import { detectLanguage, isCouncilLanguage } from '../../src/stages/extract/language.js';
import { detectThemes } from '../../src/stages/extract/themes.js';
import { councilName } from '../../src/stages/extract/lexicon/index.js';
import { findPhones, normalisePhone } from '../../src/stages/extract/phone.js';
import { lexicon } from '../fixtures/extract/harness.js';

const towns: Municipality[] = [
  { name: 'Villeurbanne', domains: ['mairie-villeurbanne.fr'], member: true },
  { name: 'Le Mans', domains: ['lemans.fr'], member: true },
  { name: 'Angers', domains: ['ville.angers.fr'], member: false },
];

const input = (from: string, subject: string, body: string) => ({
  subject, from: { address: from, name: null }, municipalities: towns, lexicon, sources: [{ origin: 'body', text: body }],
});

describe('extract: French', () => {
  it('tells French from Catalan and Spanish, and English apart from all three', () => {
    expect(detectLanguage(['Nous avons mis en place avec les associations du quartier une épicerie solidaire ouverte trois jours par semaine.'])).toBe('fr');
    expect(detectLanguage(["L'Ajuntament i les entitats del barri gestionen un rebost solidari obert tres dies per setmana."])).toBe('ca');
    expect(detectLanguage(['El Ayuntamiento y las asociaciones del barrio gestionan una despensa solidaria abierta tres días por semana.'])).toBe('es');
    expect(isCouncilLanguage('Nous avons mis en place avec les associations du quartier une épicerie solidaire ouverte trois jours par semaine.')).toBe(true);
    expect(isCouncilLanguage('We have set up a shared grocery with the neighbourhood associations, which is open three days a week.')).toBe(false);
  });

  it('reads a French form written in the body, with French labels and a French phone number', () => {
    const body = [
      'Bonjour,',
      '',
      'Veuillez trouver ci-dessous notre contribution.',
      '',
      'Titre du projet : La Recyclerie des Gratte-Ciel',
      'Structures porteuses : Ville de Villeurbanne, association Les Ateliers du Réemploi',
      "Description : Une recyclerie municipale gérée avec une association d'insertion collecte les objets des habitants, les répare et les revend à petit prix ; douze salariés en insertion y travaillent.",
      'Personne à contacter : Claire Dubois',
      'Fonction : chargée de mission ESS',
      'Courriel : claire.dubois@mairie-villeurbanne.fr',
      'Téléphone : 04 78 03 67 12',
      '',
      'Cordialement,',
      'Claire Dubois',
    ].join('\n');
    const r = extractPractices(input('claire.dubois@mairie-villeurbanne.fr', 'Appel à bonnes pratiques', body));
    expect(r.language).toBe('fr');
    expect(r.practices).toHaveLength(1);
    const p = r.practices[0]!;
    expect(p.title).toBe('La Recyclerie des Gratte-Ciel');
    expect(p.contact.name).toBe('Claire Dubois');
    expect(p.contact.email).toBe('claire.dubois@mairie-villeurbanne.fr');
    expect(p.contact.phone).toBe('+33478036712');
    expect(p.municipality).toBe('Villeurbanne');
    expect(p.promoters.join(' | ')).toMatch(/Ateliers du Réemploi/);
  });

  it('normalises French numbers as written, and keeps reading Spanish ones', () => {
    expect(findPhones('Tél. 02 43 47 38 00 — portable 06 12 34 56 78')).toEqual(['+33243473800', '+33612345678']);
    expect(findPhones('Tel. 93 555 01 12')).toEqual(['+34935550112']);
    expect(normalisePhone('+33 (0)1 42 76 40 40')).toBe('+33142764040');
    expect(normalisePhone('01.42.76.40.40')).toBe('+33142764040');
  });

  it('names a French council as French towns name themselves', () => {
    expect(councilName('Angers', 'fr')).toBe("Ville d'Angers");
    expect(councilName('Le Mans', 'fr')).toBe('Ville du Mans');
    expect(councilName('Villeurbanne', 'fr')).toBe('Ville de Villeurbanne');
    expect(councilName('Olot', 'ca')).toBe("Ajuntament d'Olot");
    expect(councilName('El Masnou', 'es')).toBe('Ayuntamiento del Masnou');
  });

  it('recognises the themes in French with the project\'s theme lexicon, quoting the words as written', () => {
    const r = detectThemes("Une ressourcerie où des jeunes en service civique réparent les vélos, avec des clauses d'insertion dans le marché public de collecte des déchets.", [], lexicon);
    expect(r.themes).toEqual(expect.arrayContaining(['youth', 'ecological-transition', 'public-procurement']));
    expect(r.evidence['youth']).toContain('jeunes');
    expect(r.evidence['ecological-transition']).toContain('déchets');
  });

  it('reads a French summary under the wordings French forms use', () => {
    for (const label of ['Descriptif', 'En quelques mots', 'Le projet en bref']) {
      const body = [`Titre : Atelier vélo solidaire`, `${label} : Un atelier où les habitants apprennent à réparer leur vélo avec des bénévoles et des salariés en insertion, deux soirs par semaine.`, 'Contact : Paul Martin, paul.martin@lemans.fr'].join('\n');
      const [p] = extractPractices(input('paul.martin@lemans.fr', 'Bonne pratique', body)).practices;
      expect(p?.summary).toMatch(/^Un atelier où les habitants/);
    }
  });
});
