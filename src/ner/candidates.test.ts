import { describe, expect, it } from 'vitest';
import { nameCandidates } from './candidates.ts';

const candidates = (sentence: string): number[] => Array.from(nameCandidates(sentence.split(' ')).slice(0, sentence.split(' ').length));

describe('nameCandidates', () => {
  it('keeps capitalised words, digits and their neighbours, and the first word', () => {
    expect(candidates('Ia mengatakan bahwa rapat di Jakarta berlangsung hingga malam hari')).toEqual([1, 1, 0, 0, 1, 1, 1, 0, 0, 0]);
    expect(candidates('harga naik pada 2024 menurut data resmi')).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('keeps a lower-case word between two capitalised ones, as inside "Kementerian ... dan Perlindungan Anak"', () => {
    expect(candidates('kata Kementerian Pemberdayaan Perempuan dan Perlindungan Anak kemarin sore')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('handles one-word and empty sentences', () => {
    expect(candidates('itu')).toEqual([1]);
    expect(nameCandidates([]).length).toBeGreaterThanOrEqual(0);
  });
});
