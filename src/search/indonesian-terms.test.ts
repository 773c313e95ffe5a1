import { describe, expect, it } from 'vitest';
import { STEM_CACHE_SIZE, STOP_WORDS, fold, processTerm, queryTerms, stem, stemCacheSize, tokenize } from './indonesian-terms.ts';

describe('fold', () => {
  it('lowers case, removes diacritics and applies NFKC', () => {
    expect(fold('Kafé')).toBe('kafe');
    expect(fold('SUKARNO')).toBe('sukarno');
    expect(fold('ﬁnal')).toBe('final'); // the fi ligature, a compatibility character
    expect(fold('Ｊａｋａｒｔａ')).toBe('jakarta'); // full-width letters
  });
});

describe('tokenize', () => {
  it('keeps letters, digits and inner apostrophes, and splits at hyphens and punctuation', () => {
    expect(tokenize("  Jum'at (4/3), anak-anak G20…\n\n“Menyerang”")).toEqual(["Jum'at", '4', '3', 'anak', 'anak', 'G20', 'Menyerang']);
  });
});

describe('processTerm', () => {
  it('reduces inflected forms to one term whatever their case and punctuation', () => {
    const terms = ['Menyerang', 'diserang,', '“serangan”', 'PENYERANGAN', 'serangannya'].map(processTerm);
    expect(new Set(terms)).toEqual(new Set(['serang']));
  });

  it('drops stop words and keeps numbers as they are', () => {
    for (const word of ['yang', 'Dan', 'DI', 'tersebut']) expect(processTerm(word)).toBeNull();
    expect(STOP_WORDS.has('tidak')).toBe(false);
    expect(processTerm('2024')).toBe('2024');
    expect(processTerm('G20')).toBe('g20');
  });

  it('joins a word written with and without its apostrophe', () => {
    expect(processTerm("Jum'at")).toBe(processTerm('Jumat'));
  });

  it('keeps news words Sastrawi lacks as their own base', () => {
    expect(processTerm('Pemilu')).toBe('pemilu');
  });
});

describe('stem cache', () => {
  it('stays within its bound', () => {
    // Distinct made-up words, more than the cache holds; each must still get a stem.
    for (let n = 0; n < STEM_CACHE_SIZE + 10; n++) stem(`kata${n}x`);
    expect(stemCacheSize()).toBe(STEM_CACHE_SIZE);
    expect(stem('menyerang')).toBe('serang');
  });
});

describe('queryTerms', () => {
  it('treats the last word as still being typed unless the query ends with a space', () => {
    expect(queryTerms('menyerang pemb')).toEqual({ whole: ['serang'], typing: { term: stem('pemb'), folded: 'pemb' } });
    expect(queryTerms('menyerang pembangunan ')).toEqual({ whole: ['serang', 'bangun'], typing: null });
  });

  it('drops stop words and repeated terms', () => {
    expect(queryTerms('serangan yang diserang dan ')).toEqual({ whole: ['serang'], typing: null });
    expect(queryTerms('yang dan')).toEqual({ whole: [], typing: null });
  });
});
