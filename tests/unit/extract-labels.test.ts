// How form labels are recognised, whatever their wording, case, bullets or numbering.
import { describe, it, expect } from '@jest/globals';
import { classifyKey, parseLabelLine } from '../../src/stages/extract/labels.js';
import { readForm } from '../../src/stages/extract/form.js';

describe('extract: form labels', () => {
  it.each([
    ['Títol', 'title'], ['Títol de la bona pràctica', 'title'], ['Nom de la iniciativa', 'title'], ['Nombre del proyecto', 'title'],
    ["Nom de l'experiència", 'title'], ['Denominación', 'title'],
    ['Organitzacions promotores', 'promoters'], ['Entitats impulsores', 'promoters'], ['Qui la impulsa?', 'promoters'],
    ['Entidades participantes', 'promoters'], ['Promotores', 'promoters'], ['Entitats que hi participen', 'promoters'],
    ['Breu explicació', 'summary'], ['Descripció', 'summary'], ['Resum', 'summary'], ['¿En qué consiste?', 'summary'],
    ['Breve descripción', 'summary'], ['Descripció de la pràctica (màx. 10 línies)', 'summary'],
    ['Persona de contacte', 'contact'], ['Contacte de la persona de referència', 'contact'], ['Datos de contacto', 'contact'],
    ['Dades de la persona de contacte', 'contact'], ['Responsable', 'contact'], ['Per a més informació', 'contact'],
    ['Nom i cognoms', 'name'], ['Nombre', 'name'], ['Cognoms', 'surname'], ['Càrrec', 'role'], ['Cargo', 'role'],
    ['Correu electrònic', 'email'], ['E-mail', 'email'], ['Adreça electrònica', 'email'],
    ['Tel.', 'phone'], ['Telèfon de contacte', 'phone'], ['Móvil', 'phone'], ['Tfno.', 'phone'],
    ['Municipi', 'council'], ['Objectius', 'summaryAlt'], ['Pressupost', 'other'],
  ])('reads "%s" as a %s label', (label, field) => {
    expect(classifyKey(label)).toBe(field);
  });

  it('reads a label with colon, bullet, numbering or bold markers and keeps the value', () => {
    for (const line of ['Títol: Xarxa de suport', '- Títol: Xarxa de suport', '1. Títol: Xarxa de suport', '**Títol:** Xarxa de suport', '*Títol:* Xarxa de suport', 'TÍTOL: Xarxa de suport']) {
      expect(parseLabelLine(line)).toMatchObject({ field: 'title', value: 'Xarxa de suport' });
    }
  });

  it('reads a label alone on its line, with the value to come below', () => {
    expect(parseLabelLine('BREU EXPLICACIÓ')).toMatchObject({ field: 'summary', value: '' });
    expect(parseLabelLine('Organitzacions promotores:')).toMatchObject({ field: 'promoters', value: '' });
  });

  it('reads a phone or an e-mail label written without colon', () => {
    expect(parseLabelLine('Tel. 93.555.44.33')).toMatchObject({ field: 'phone', value: '93.555.44.33' });
    expect(parseLabelLine('E-mail anna@example.cat')).toMatchObject({ field: 'email', value: 'anna@example.cat' });
  });

  it('does not take a sentence with a colon, a time or a URL for a label', () => {
    expect(parseLabelLine('Us fem arribar dues bones pràctiques: la primera és aquesta')).toBeNull();
    expect(parseLabelLine('A les 9:30 comença el taller')).toBeNull();
    expect(parseLabelLine('https://example.cat/fitxa')).toBeNull();
  });

  it('does not take a heading that starts with a bare noun for a title label', () => {
    expect(parseLabelLine('Bona pràctica - Ajuntament de Ripoll')).toBeNull();
  });

  it('runs a value over the following lines until the next label, explanations across paragraphs', () => {
    const items = readForm(['Títol: Xarxa de', 'suport veïnal', 'Breu explicació:', '', 'Primer paràgraf.', '', 'Segon paràgraf.', 'Contacte: Anna']);
    const entries = items.flatMap((i) => (i.kind === 'entry' ? [i.entry] : []));
    expect(entries.map((e) => e.field)).toEqual(['title', 'summary', 'contact']);
    expect(entries[0]?.lines).toEqual(['Xarxa de', 'suport veïnal']);
    expect(entries[1]?.lines.filter(Boolean)).toEqual(['Primer paràgraf.', 'Segon paràgraf.']);
  });

  it('marks "BONA PRÀCTICA 2" and "Fitxa 1" as practice headings', () => {
    const items = readForm(['BONA PRÀCTICA 2: Horts al terrat', 'Títol: Horts al terrat', 'Fitxa 1', 'Títol: Una altra']);
    expect(items.filter((i) => i.kind === 'section')).toEqual([
      { kind: 'section', heading: 'Horts al terrat' }, { kind: 'section', heading: '' },
    ]);
  });

  it('does not read a numbered list inside an explanation as practice headings', () => {
    const items = readForm(['Descripció: El projecte té tres fases:', '1. Diagnosi del barri', '2. Formació', 'Contacte: Anna Roca']);
    expect(items.some((i) => i.kind === 'section')).toBe(false);
  });
});
