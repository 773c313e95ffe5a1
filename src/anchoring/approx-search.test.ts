import { describe, expect, it } from 'vitest';
import { approxSearch, minErrors } from './approx-search.ts';

/** Plain dynamic programming: the edit distance of the best alignment of `pattern` ending at each text position. */
function referenceEnds(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost);
    }
    column = next;
    ends.push(column[pattern.length]!);
  }
  return ends;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Deterministic pseudo-random generator so failures reproduce. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('approxSearch', () => {
  it('agrees with dynamic programming on random texts, for patterns of one and several blocks', () => {
    const next = random(7);
    const alphabet = 'abcd ';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (const length of [1, 5, 31, 32, 33, 64, 65, 100]) {
      for (let round = 0; round < 5; round++) {
        const pattern = word(length);
        const text = word(300);
        const reference = referenceEnds(text, pattern);
        const best = Math.min(...reference);
        expect(minErrors(text, pattern)).toBe(best);
        const matches = approxSearch(text, pattern, { maxErrors: best + 1 });
        expect(matches.length).toBeGreaterThan(0);
        expect(matches[0]!.errors).toBe(best);
        // The reported span really is that close to the pattern.
        expect(editDistance(text.slice(matches[0]!.start, matches[0]!.end), pattern)).toBe(best);
      }
    }
  });

  it('finds an edited sentence and reports its span', () => {
    const text = 'Pembuka. Pertemuan para menteri luar negeri G-20 di India berakhir tanpa komunike. Penutup.';
    const [match] = approxSearch(text, 'Pertemuan para menteri luar negeri G20 di Delhi berakhir tanpa komunike', {
      maxErrors: 20,
    });
    expect(text.slice(match!.start, match!.end)).toBe('Pertemuan para menteri luar negeri G-20 di India berakhir tanpa komunike');
  });

  it('searches only the window it is given', () => {
    const text = 'kata kunci ... kata kunci';
    const matches = approxSearch(text, 'kata kunci', { maxErrors: 0, from: 5 });
    expect(matches.map((m) => m.start)).toEqual([15]);
  });
});
