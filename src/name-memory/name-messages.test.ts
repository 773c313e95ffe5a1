import { describe, expect, it } from 'vitest';
import {
  MAX_RECALL_CHARACTERS,
  MAX_RECALL_TEXTS,
  MAX_REMEMBER_NAMES,
  parseNamesMessage,
  parseRecalledNames,
} from './name-messages.ts';

const DADAN = { name: 'Dadan Hindayana', type: 'PER' };

describe('parseNamesMessage', () => {
  it('reads the three messages', () => {
    expect(parseNamesMessage({ type: 'names/recall', texts: ['a', ''] })).toEqual({ type: 'names/recall', texts: ['a', ''] });
    expect(parseNamesMessage({ type: 'names/remember', names: [{ ...DADAN, count: 99 }, { name: 'BGN', type: 'ORG' }] }))
      .toEqual({ type: 'names/remember', names: [DADAN, { name: 'BGN', type: 'ORG' }] });
    expect(parseNamesMessage({ type: 'names/forget', everything: true })).toEqual({ type: 'names/forget' });
  });

  it.each([
    ['no type', { texts: [] }],
    ['an unknown type', { type: 'names/list' }],
    ['texts that are not a list of strings', { type: 'names/recall', texts: ['a', 1] }],
    ['too many texts', { type: 'names/recall', texts: Array.from({ length: MAX_RECALL_TEXTS + 1 }, () => 'a') }],
    ['too many characters', { type: 'names/recall', texts: ['x'.repeat(MAX_RECALL_CHARACTERS / 2), 'x'.repeat(MAX_RECALL_CHARACTERS / 2 + 1)] }],
    ['names that are not a list', { type: 'names/remember', names: DADAN }],
    ['too many names', { type: 'names/remember', names: Array.from({ length: MAX_REMEMBER_NAMES + 1 }, () => DADAN) }],
    ['a lower-case word', { type: 'names/remember', names: [DADAN, { name: 'hadir di', type: 'PER' }] }],
    ['a single capitalised word', { type: 'names/remember', names: [{ name: 'Dadan', type: 'PER' }] }],
    ['an unknown type of name', { type: 'names/remember', names: [{ name: 'Dadan Hindayana', type: 'MISC' }] }],
    ['a name longer than any name', { type: 'names/remember', names: [{ name: `Dadan ${'H'.repeat(200)}`, type: 'PER' }] }],
  ])('refuses %s', (_what, message) => {
    expect(() => parseNamesMessage(message)).toThrow();
  });

  it('takes as many texts and names as the limits allow', () => {
    const texts = Array.from({ length: MAX_RECALL_TEXTS }, () => 'x'.repeat(MAX_RECALL_CHARACTERS / MAX_RECALL_TEXTS));
    expect(parseNamesMessage({ type: 'names/recall', texts })).toEqual({ type: 'names/recall', texts });
    const names = Array.from({ length: MAX_REMEMBER_NAMES }, () => DADAN);
    expect(parseNamesMessage({ type: 'names/remember', names })).toEqual({ type: 'names/remember', names });
  });
});

describe('parseRecalledNames', () => {
  const texts = ['Dadan Hindayana hadir di Bogor.', 'BGN menyiapkan menu.'];

  it('takes the names the texts contain, and only those', () => {
    expect(parseRecalledNames({ names: [DADAN, { name: 'BGN', type: 'ORG' }, { name: 'Prabowo Subianto', type: 'PER' }] }, texts))
      .toEqual([DADAN, { name: 'BGN', type: 'ORG' }]);
  });

  it.each([[null], [{}], [{ names: [{ name: 'hadir di', type: 'PER' }] }], [{ names: [{ name: 'BGN' }] }]])(
    'refuses the malformed answer %j',
    (answer) => {
      expect(() => parseRecalledNames(answer, texts)).toThrow();
    },
  );
});
