// Every fixture message in tests/fixtures/extract, read as a council's mail would be: each test is
// named after the behaviour its fixture shows.
import { describe, it, expect } from '@jest/globals';
import { extractPractices, extractReplyUpdate } from '../../src/stages/extract/index.js';
import { comparePractices, compareUpdate, loadFixtures } from '../fixtures/extract/harness.js';

const fixtures = loadFixtures();

describe('extract: fixture messages', () => {
  it('has a varied set of fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  for (const f of fixtures.filter((x) => x.expected.mode === 'submission')) {
    it(`${f.behaviour} (${f.name})`, () => {
      const result = extractPractices(f.input);
      expect(comparePractices(f.expected.practices ?? [], result.practices)).toEqual([]);
      if (f.expected.language) expect(result.language).toBe(f.expected.language);
    });
  }

  for (const f of fixtures.filter((x) => x.expected.mode === 'reply')) {
    it(`${f.behaviour} (${f.name})`, () => {
      expect(compareUpdate(f.expected.update ?? {}, extractReplyUpdate(f.input))).toEqual([]);
    });
  }

  it('takes no practice from a reply that only adds a detail', () => {
    for (const f of fixtures.filter((x) => x.expected.mode === 'reply')) {
      expect(extractPractices(f.input).practices).toEqual([]);
    }
  });
});
