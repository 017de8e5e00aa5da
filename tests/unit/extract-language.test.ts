// Only Catalan and Spanish texts are syntheses: a document in another language that a council
// forwards or attaches (a list message, a manual) is not read as a good practice.
import { describe, expect, it } from '@jest/globals';
import { extractPractices } from '../../src/stages/extract/index.js';
import { isCatalanOrSpanish } from '../../src/stages/extract/language.js';
import { lexicon, municipalities } from '../fixtures/extract/harness.js';

const ENGLISH = [
  'De: Someone <someone@lists.example.org>',
  'Assumpte: Re: grammar of the header syntax',
  '',
  'I have no problem with changing the grammar to permit the period, as was suggested earlier on the list. However, I disagree with the idea that we should break every existing parser to get there.',
].join('\n');

const CATALAN = [
  'Projecte de banc de llavors',
  '',
  "L'Ajuntament i una associació de pagesos gestionen un banc de llavors locals que es presten a les famílies del municipi perquè en facin planter i les retornin a final de temporada.",
].join('\n');

describe('extract: the language of a loose attachment', () => {
  it('tells Catalan and Spanish from other languages', () => {
    expect(isCatalanOrSpanish(CATALAN)).toBe(true);
    expect(isCatalanOrSpanish('Hemos puesto en marcha un banco de semillas con las familias del pueblo y una asociación de agricultores.')).toBe(true);
    expect(isCatalanOrSpanish(ENGLISH)).toBe(false);
  });

  it('reads no practice from an English text attached to a council mail, but reads a Catalan one', () => {
    const input = (text: string) => ({
      subject: 'Documentació', from: { address: 'tecnica@example.cat', name: null }, municipalities, lexicon,
      sources: [{ origin: 'body', text: 'Adjunto el document.' }, { origin: 'attachment:document.txt', text }],
    });
    expect(extractPractices(input(ENGLISH)).practices).toEqual([]);
    expect(extractPractices(input(CATALAN)).practices).toHaveLength(1);
  });

  it('reads no practice from English prose in the body, however much it looks like a description', () => {
    const body = [
      'Hi all,',
      '',
      'Now, The Example Corporation has acquired its old rival, and with the new product line of servers, it is "The Intranet Company" for everyone who works with networks and wants them to run well.',
      '',
      'Regards,',
      'Sam',
    ].join('\n');
    const input = { subject: 'Re: product news', from: { address: 'sam@lists.example.org', name: 'Sam' }, municipalities, lexicon, sources: [{ origin: 'body', text: body }] };
    expect(extractPractices(input).practices).toEqual([]);
  });
});
