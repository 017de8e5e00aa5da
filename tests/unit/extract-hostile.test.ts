// Reading untrusted mail must stay linear: a 200,000-character line built to make regular
// expressions backtrack (capitalised runs, quotes, apostrophes, conjunctions, cell gaps) is read in
// well under a second by every reader of the extract stage.
import { describe, it, expect } from '@jest/globals';
import { extractPractices } from '../../src/stages/extract/index.js';
import { parseLabelLine } from '../../src/stages/extract/labels.js';
import { splitPromoters } from '../../src/stages/extract/promoters.js';
import { findProseTitle, hasOwnDescription, proseContact, prosePromoters, proseSummary } from '../../src/stages/extract/prose.js';
import { lexicon, municipalities } from '../fixtures/extract/harness.js';

const LINE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LINE / unit.length)).slice(0, LINE);

const HOSTILE: Record<string, string> = {
  'capitalised words': fill('Aaaa '),
  'one endless word': `A${'a'.repeat(LINE)}`,
  'straight single quotes': fill(" 'A'b"),
  'unclosed guillemets': fill('«a '),
  'straight double quotes': fill('"A b '),
  'particles between capitals': fill('Xa de la '),
  'conjunctions after a council': fill('Ajuntament de Ripoll i Aa '),
  'conjunctions before capitals': fill(' i A'),
  'tabs after a label': fill('Títol\t'),
  'colons': fill('a:'),
  'elided articles': fill("l'A "),
  'appositions': fill('hem posat en marxa Aa Bb de Cc, un projecte '),
  'contact triggers': fill('Per a més informació podeu contactar amb Aa Bb, '),
};

describe('extract: hostile input', () => {
  for (const [name, line] of Object.entries(HOSTILE)) {
    it(`reads a 200k-character line of ${name} without backtracking`, () => {
      const started = Date.now();
      parseLabelLine(line);
      findProseTitle(line);
      prosePromoters(line, ['Sant Martí i la Vall']);
      proseSummary([line], 'Aa');
      proseContact(line, 'hostile');
      hasOwnDescription([line]);
      splitPromoters([line], ['Ripoll']);
      const result = extractPractices({
        subject: 'Bona pràctica', from: { name: 'Joana Vilaseca', address: 'joana@olot.cat' },
        sources: [{ origin: 'body', text: line }, { origin: 'attachment:x.pdf', text: `Entitats promotores: ${line}` }],
        municipalities, lexicon,
      });
      expect(result.practices.length).toBeLessThanOrEqual(20);
      // Linear work takes milliseconds; catastrophic backtracking takes minutes.
      expect(Date.now() - started).toBeLessThan(4000);
    }, 20_000);
  }
});
