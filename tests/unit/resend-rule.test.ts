// The resend rule (README, "Resends"), near misses both ways: what is the same practice sent again
// and what is a new one from the same council.
import { describe, expect, it } from '@jest/globals';
import { findResend, isSameTitle } from '../../src/stages/classify/resend.js';

describe('the same or a near-same title', () => {
  it.each([
    ['Rebost compartit de barri', 'Rebost compartit de barri'],
    ['Rebost compartit de barri', 'REBOST COMPARTIT DEL BARRI'],
    ['«Rebost compartit» de barri', 'Rebost compartit, de barri.'],
    ['Rebost compartit de barri', 'Rebost compartit de bari'],
    ['Mercat de proximitat en línia', 'Mercat de proximitat en linia'],
    ['Horta comunitària compartida', 'Horta comunitària compartit'],
  ])('"%s" is "%s"', (a, b) => expect(isSameTitle(a, b)).toBe(true));

  it.each([
    ['Rebost compartit de barri', 'Rebost compartit de Sant Andreu'],
    ['Rebost compartit de Sant Andreu', 'Rebost compartit de Sant Adrià'],
    ['Mercat de proximitat en línia', 'Mercat de proximitat del barri Nord'],
    ['Mercat de proximitat', 'Mercat de proximitat en línia'],
    ['Menjador social de barri', 'Rebost social de barri'],
    ['Pla de joves', 'Pla de dones'],
    ['Rebost compartit de barri', null],
  ])('"%s" is not "%s"', (a, b) => expect(isSameTitle(a, b)).toBe(false));
});

describe('findResend', () => {
  const candidates = [
    { id: 'bp-a', titles: ['Rebost solidari del barri', 'Rebost compartit de barri'], sourceHash: null },
    { id: 'bp-b', titles: ['Fitxa de la pràctica'], sourceHash: 'abc123' },
  ];
  it('matches the very same attachment bytes whatever the title read from it', () => {
    expect(findResend({ title: 'Un altre títol', sourceHash: 'abc123' }, candidates)).toEqual({ id: 'bp-b', by: 'same-attachment' });
  });
  it('matches a title the practice had before a correction', () => {
    expect(findResend({ title: 'Rebost compartit de barri', sourceHash: null }, candidates)).toEqual({ id: 'bp-a', by: 'same-title' });
  });
  it('leaves a different attachment with a different title new', () => {
    expect(findResend({ title: 'Menjador social', sourceHash: 'def456' }, candidates)).toBeNull();
  });
});
