import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../src/config/paths.js';
import { buildCatalogue } from '../../src/stages/publish/catalogue.js';
import { makePost, postLength, POST_LIMIT, truncate } from '../../src/stages/publish/posts.js';
import { isPublished, selectPublished } from '../../src/stages/publish/select.js';
import { loadPublishTemplates } from '../../src/stages/publish/templates.js';
import type { PracticeRecord, PublishOptions } from '../../src/stages/publish/types.js';
import { slugify } from '../../src/stages/publish/facets.js';

const templates = loadPublishTemplates(join(TEMPLATES_DIR, 'publish'));
const options = (over: Partial<PublishOptions> = {}): PublishOptions => ({
  lang: 'ca', baseUrl: 'https://xmess.example.org/bp', withContacts: false, since: null, timezone: 'Europe/Madrid',
  themeLabels: { 'covid-response': { ca: 'Resposta a la Covid-19', es: 'Respuesta a la Covid-19' }, youth: { ca: 'Joventut', es: 'Juventud' } },
  priorityThemes: ['youth'], tagAuthority: 'xmess.example.org', tagDate: '2020', emptyUpdated: '2020-04-30T21:59:59.000Z', ...over,
});
const record = (over: Partial<PracticeRecord> = {}): PracticeRecord => ({
  id: 'bp-000000000001', receivedAt: '2020-04-21T07:12:00.000Z', municipality: 'Vila de Prova', title: 'Rebost compartit',
  promoters: ['Ajuntament de Vila de Prova'], summary: 'Un rebost.', contact: { name: 'Berta Solà Riu', email: 'bsola@viladeprova.cat', phone: '+34931112233', role: 'Tècnica' },
  themes: ['covid-response', 'youth'], priority: 2, status: 'accepted', language: 'ca', ...over,
});
const page = (r: PracticeRecord, opts = options()): string =>
  buildCatalogue(selectPublished([r], new Map(), opts), opts, templates).files.get(`practices/${r.id}.html`)!.toString('utf8');

describe('which practices are published', () => {
  it('follows the commission\'s decision when the record carries one, whatever the status became since', () => {
    expect(isPublished({ status: 'systematised', decision: 'accepted' })).toBe(true);
    expect(isPublished({ status: 'sheet-incomplete', decision: 'late-accepted' })).toBe(true);
    expect(isPublished({ status: 'systematised', decision: 'rejected' })).toBe(false);
    expect(isPublished({ status: 'needs-info', decision: 'needs-info' })).toBe(false);
  });

  it('falls back on the status where the record has no decision', () => {
    expect(['accepted', 'late-accepted'].map((status) => isPublished({ status }))).toEqual([true, true]);
    expect(['received', 'late', 'needs-info', 'rejected', 'sheet-incomplete'].some((status) => isPublished({ status }))).toBe(false);
  });
});

describe('the systematisation sheet on the practice page', () => {
  const sheet = { council: 'Ajuntament de Vila de Prova', contactPerson: 'Berta Solà Riu', contactEmail: 'bsola@viladeprova.cat', department: 'Promoció econòmica',
    classification: null, description: 'Un rebost compartit <b>de barri</b>.', objectives: 'Cap família sense menjar.', beneficiaries: null, resources: null,
    keyElements: null, limitations: null, indicators: '120 famílies', considerations: null };

  it('shows the fields the sheet has, escaped, and leaves out the contact person without --with-contacts', () => {
    const html = page(record({ status: 'systematised', decision: 'accepted', sheet }));
    expect(html).toContain('<h2>Fitxa de sistematització</h2>');
    expect(html).toContain('<dt>Àrea o Departament</dt><dd class="text">Promoció econòmica</dd>');
    expect(html).toContain('Un rebost compartit &lt;b&gt;de barri&lt;/b&gt;.');
    expect(html).not.toContain('Classificació simplificada');
    expect(html).not.toContain('Berta');
    expect(html).not.toContain('bsola@');
  });

  it('shows the contact person with --with-contacts', () => {
    const html = page(record({ decision: 'accepted', sheet }), options({ withContacts: true }));
    expect(html).toContain('<dt>Persona de referència</dt><dd class="text">Berta Solà Riu</dd>');
  });

  it('has no sheet section when the sheet is empty or only says whom to contact', () => {
    const empty = Object.fromEntries(Object.keys(sheet).map((k) => [k, null]));
    expect(page(record({ sheet: empty }))).not.toContain('Fitxa de sistematització');
    expect(page(record({ sheet: { ...empty, contactPerson: 'Berta Solà Riu' } }))).not.toContain('Fitxa de sistematització');
  });
});

describe('posts', () => {
  const words = { untitled: '(sense títol)', networkTags: ['#XMESS', '#ESS'], themeTags: { 'covid-response': '#COVID19', youth: '#Joventut' } };
  const [published] = selectPublished([record()], new Map(), options());

  it('shortens a long title at a word, with an ellipsis, to fit 280 characters with the full link', () => {
    const title = 'Programa municipal de suport a les cooperatives de treball associat de joves que surten de la formació professional i volen emprendre en el sector de les cures, '.repeat(2);
    const link = 'https://xmess.example.org/bones-practiques/practices/bp-000000000001.html';
    const post = makePost({ ...published!, title }, link, 'ca', words);
    expect(postLength(post.text)).toBeLessThanOrEqual(POST_LIMIT);
    expect(post.text).toMatch(/\w… \(Vila de Prova\) https:\/\/xmess\.example\.org\/bones-practiques\/practices\/bp-000000000001\.html #XMESS #ESS #COVID19 #Joventut$/);
  });

  it('drops theme tags and then the council before the title becomes unreadable', () => {
    const link = `https://xmess.example.org/${'a'.repeat(200)}`;
    const post = makePost(published!, link, 'ca', words);
    expect(postLength(post.text)).toBeLessThanOrEqual(POST_LIMIT);
    expect(post.text).toBe(`Rebost compartit (Vila de Prova) ${link} #XMESS #ESS`);
  });

  it('counts characters as people do (an emoji is one)', () => {
    expect(postLength('🌱 hort')).toBe(6);
    expect(truncate('🌱'.repeat(10), 5)).toBe('🌱🌱🌱🌱…');
  });
});

describe('filter pages', () => {
  it('slugs municipality names into file names without accents or punctuation', () => {
    expect(slugify("L'Hospitalet de Llobregat")).toBe('l-hospitalet-de-llobregat');
    expect(slugify('Sant Martí de Tous')).toBe('sant-marti-de-tous');
  });

  it('gives two names that fold to the same slug a page each', () => {
    const rs = [record({ id: 'bp-000000000001', municipality: 'Sant Martí' }), record({ id: 'bp-000000000002', municipality: 'Sant Marti' })];
    const files = buildCatalogue(selectPublished(rs, new Map(), options()), options(), templates).files;
    expect([...files.keys()].filter((k) => k.startsWith('municipalities/')).sort()).toEqual(['municipalities/sant-marti-2.html', 'municipalities/sant-marti.html']);
  });

  it('writes the pages in Spanish with --lang es, the Catalan practice marked as such', () => {
    const html = page(record(), options({ lang: 'es' }));
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toContain('<h1 lang="ca">Rebost compartit</h1>');
    expect(html).toContain('Entidades promotoras');
  });
});
