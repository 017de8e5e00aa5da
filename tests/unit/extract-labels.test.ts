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
    ['Correu electrònic', 'email'], ['E-mail', 'email'], ['Adreça electrònica', 'email'], ['C/e', 'email'], ['A/e', 'email'],
    ['Tel.', 'phone'], ['Telèfon de contacte', 'phone'], ['Móvil', 'phone'], ['Tfno.', 'phone'],
    ['Municipi', 'council'], ['Ajuntament o Consell Comarcal', 'council'], ['Objectius', 'summaryAlt'], ['Pressupost', 'other'],
    ['Qui', 'promoters'], ['Quiénes', 'promoters'], ['Què', 'summary'], ['¿Qué es?', 'summary'],
    ['Quines entitats la promouen?', 'promoters'], ['¿Qué entidades la impulsan?', 'promoters'], ["Qui n'és la persona de contacte?", 'contact'], ['Per a dubtes', 'contact'],
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

  it.each([
    "Qui l'impulsa", 'Qui la promou?', 'QUI HI PARTICIPA', 'Qui hi col·labora', 'Impulsa', 'Impulsen', 'Impulsada per',
    'Promou', 'Promouen', 'Promoguda per', 'Hi participen', 'Participen', 'Col·laboren', 'Hi col·laboren', 'Col.laboren',
    'Entitats que hi participen', 'Entitats col·laboradores', 'Agents implicats', 'Socis', 'Partners',
    'Promueve', 'Promueven', 'Impulsan', 'Participan', 'Colaboran', '¿Quién lo impulsa?', 'Quiénes participan',
    'Entidades colaboradoras', 'Agentes implicados', 'Socios', 'Entidades que participan', 'Con la colaboración de',
  ])('reads "%s" as a promoters label', (label) => {
    expect(classifyKey(label)).toBe('promoters');
  });

  it.each(['Impulsa Coop Joven', 'Participació', 'Persones participants', 'Organització del servei'])(
    'does not read "%s" as a promoters label', (key) => {
      expect(classifyKey(key)).not.toBe('promoters');
    });

  it('lets a known label before a tab own the line when the value has a colon of its own', () => {
    expect(parseLabelLine('Títol\tGraner Comú: botiga a granel')).toMatchObject({ field: 'title', value: 'Graner Comú: botiga a granel' });
    expect(parseLabelLine('Promueven\tAyuntamiento de Ripoll y Cooperativa Teler')).toMatchObject({ field: 'promoters' });
    expect(parseLabelLine('Nombre del proyecto     Huerta Viva: huertos para mayores')).toMatchObject({ field: 'title', value: 'Huerta Viva: huertos para mayores' });
  });

  it('keeps the colon when two spaces are only a typo inside the label', () => {
    expect(parseLabelLine('Nom  i cognoms: Joana Riba Costa')).toMatchObject({ field: 'name', value: 'Joana Riba Costa' });
  });

  it('reads labels numbered with Roman numerals', () => {
    expect(parseLabelLine('II. Entitats promotores')).toMatchObject({ field: 'promoters', value: '' });
    expect(parseLabelLine('IV) Persona de contacte: Joana Vilaseca')).toMatchObject({ field: 'contact', value: 'Joana Vilaseca' });
  });

  it('takes the line below a label alone as its value, even when that line has a colon', () => {
    for (const label of ['NOM DEL PROJECTE', '*DENOMINACIÓ*', '1. Títol', 'Nombre de la experiencia']) {
      const items = readForm([label, '', 'Graner Comú: botiga a granel', 'Descripció: Botiga cooperativa.']);
      const entries = items.flatMap((i) => (i.kind === 'entry' ? [i.entry] : []));
      expect(entries.map((e) => e.field)).toEqual(['title', 'summary']);
      expect(entries[0]?.lines.filter(Boolean)).toEqual(['Graner Comú: botiga a granel']);
    }
  });

  it('still reads a known label right below a label alone as a label', () => {
    const items = readForm(['PERSONA DE CONTACTE', 'Nom: Joana Vilaseca', 'Telèfon: 972 00 00 00']);
    expect(items.flatMap((i) => (i.kind === 'entry' ? [i.entry.field] : []))).toEqual(['contact', 'name', 'phone']);
  });
});
