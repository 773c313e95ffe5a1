import { describe, expect, it } from 'vitest';
import { buildKnownEntities } from './known-entities.ts';
import { tokenOffsets } from './tokenizer.ts';
import { recordsAt, wordRecords } from './word-records.ts';

const model = () => ({ known: buildKnownEntities({ PER: 'Antony Blinken', LOC: 'Jakarta', ORG: 'Partai Demokrat' }) });

describe('word records', () => {
  it('gives every token of a form one record, found from the token\'s place in the text', () => {
    const text = 'Blinken tiba di Jakarta. Di Jakarta, Antony Blinken bertemu Partai Demokrat.';
    const offsets = tokenOffsets(text);
    const records = recordsAt(model(), text, offsets);
    records.forEach((record, k) => expect(record.word).toBe(text.slice(offsets[2 * k], offsets[2 * k + 1])));
    const jakarta = records.filter((record) => record.word === 'Jakarta');
    expect(jakarta).toHaveLength(2);
    expect(jakarta[0]).toBe(jakarta[1]);
    expect(records.find((record) => record.word === 'Antony')!.knownNames?.[0]?.words).toEqual(['Antony', 'Blinken']);
    expect(records.find((record) => record.word === 'Di')!.startsLikeName).toBe(true);
    expect(records.find((record) => record.word === 'di')!.startsLikeName).toBe(false);
  });

  it('tells apart forms that differ in case, length or a character, and finds them again as the table grows and starts over', () => {
    const owner = model();
    const forms = Array.from({ length: 25_000 }, (_, i) => `kata${i.toString(36)}`);
    forms.push('Kata0', 'kata', 'kata00', 'kätä0');
    const first = wordRecords(owner, forms);
    first.forEach((record, i) => expect(record.word).toBe(forms[i]));
    const again = wordRecords(owner, forms);
    again.forEach((record, i) => {
      expect(record.word).toBe(forms[i]);
      expect(record.lowerHash).toBe(first[i]!.lowerHash);
      expect(record.startsLikeName).toBe(first[i]!.startsLikeName);
    });
    expect(new Set(first.slice(-4).map((record) => record.word)).size).toBe(4);
  });
});
