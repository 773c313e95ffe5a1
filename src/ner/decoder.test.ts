import { describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS, decode, decode2, secondOrderSteps } from './decoder.ts';
import { TAGS, TAG_COUNT, type Tag } from './types.ts';

const index = (tag: Tag): number => TAGS.indexOf(tag);

/** Emissions that prefer the given tag at each position by `margin`. */
function emissionsFor(preferred: Tag[], margin = 5): Float64Array {
  const emissions = new Float64Array(preferred.length * TAG_COUNT);
  preferred.forEach((tag, i) => (emissions[i * TAG_COUNT + index(tag)] = margin));
  return emissions;
}

const noTransitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
const decodeTags = (emissions: Float64Array, n: number, transitions = noTransitions): Tag[] =>
  Array.from(decode(emissions, transitions, n), (t) => TAGS[t]!);

function isValidBio(tags: readonly Tag[]): boolean {
  return tags.every((tag, i) => !tag.startsWith('I-') || (i > 0 && tags[i - 1]!.slice(2) === tag.slice(2) && tags[i - 1] !== 'O'));
}

describe('decode', () => {
  it('follows the emissions when they form a valid sequence', () => {
    const tags: Tag[] = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG'];
    expect(decodeTags(emissionsFor(tags), tags.length)).toEqual(tags);
  });

  it('never starts a sentence or follows O with an I- tag', () => {
    expect(decodeTags(emissionsFor(['I-PER', 'O', 'I-LOC']), 3)).toSatisfy(isValidBio);
    expect(decodeTags(emissionsFor(['I-PER']), 1)[0]).not.toBe('I-PER');
  });

  it('never continues an entity of another type', () => {
    const tags = decodeTags(emissionsFor(['B-PER', 'I-ORG', 'I-LOC']), 3);
    expect(tags).toSatisfy(isValidBio);
  });

  it('keeps every path valid under random scores', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + (trial % 12);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, rand);
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, rand);
      expect(decodeTags(emissions, n, transitions)).toSatisfy(isValidBio);
    }
  });

  it('lets transitions outweigh a weak emission', () => {
    const transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
    transitions[index('B-PER') * TAG_COUNT + index('I-PER')] = 10;
    const emissions = emissionsFor(['B-PER', 'O'], 3);
    expect(decodeTags(emissions, 2, transitions)).toEqual(['B-PER', 'I-PER']);
  });

  it('allows exactly the BIO transitions', () => {
    const allowed = (prev: Tag | null, tag: Tag): boolean =>
      ALLOWED_TRANSITIONS[(prev === null ? TAG_COUNT : index(prev)) * TAG_COUNT + index(tag)] === 1;
    expect(allowed(null, 'I-LOC')).toBe(false);
    expect(allowed('O', 'I-LOC')).toBe(false);
    expect(allowed('B-PER', 'I-LOC')).toBe(false);
    expect(allowed('B-LOC', 'I-LOC')).toBe(true);
    expect(allowed('I-LOC', 'I-LOC')).toBe(true);
    expect(allowed('I-LOC', 'B-LOC')).toBe(true);
    expect(allowed('I-ORG', 'O')).toBe(true);
  });

  it('tags O where candidates rule a token out, and decodes the rest as the best path around it', () => {
    let seed = 11;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
    /** Brute force over every tag sequence: the best valid one with O on the ruled-out tokens. */
    const bestPath = (emissions: Float64Array, transitions: Float64Array, n: number, candidates: number[]): number[] => {
      let best: number[] = [];
      let bestScore = -Infinity;
      for (let code = 0; code < TAG_COUNT ** n; code++) {
        const tags = Array.from({ length: n }, (_, i) => Math.floor(code / TAG_COUNT ** i) % TAG_COUNT);
        if (tags.some((tag, i) => !candidates[i] && tag !== 0)) continue;
        if (!isValidBio(tags.map((t) => TAGS[t]!))) continue;
        let total = 0;
        tags.forEach((tag, i) => {
          total += transitions[(i === 0 ? TAG_COUNT : tags[i - 1]!) * TAG_COUNT + tag]!;
          if (candidates[i]) total += emissions[i * TAG_COUNT + tag]!;
        });
        if (total > bestScore) [best, bestScore] = [tags, total];
      }
      return best;
    };
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + (trial % 4);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, rand);
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, rand);
      const candidates = Array.from({ length: n }, (_, i) => ((trial >> i) & 1 ? 0 : 1));
      expect(Array.from(decode(emissions, transitions, n, candidates)), `trial ${trial}`).toEqual(bestPath(emissions, transitions, n, candidates));
    }
  });

  it('returns nothing for an empty sentence', () => {
    expect(decode(new Float64Array(0), noTransitions, 0)).toHaveLength(0);
  });
});

describe('decode2', () => {
  let seed = 5;
  const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
  const trigramCount = (TAG_COUNT + 1) * (TAG_COUNT + 1) * TAG_COUNT;

  /** Brute force: the best valid sequence under bigram + trigram scores, with O on the ruled-out tokens. */
  const bestScore = (emissions: Float64Array, transitions: Float64Array, trigrams: Float64Array, n: number, candidates: number[]) => {
    const total = (tags: number[]): number => {
      if (tags.some((tag, i) => !candidates[i] && tag !== 0) || !isValidBio(tags.map((t) => TAGS[t]!))) return -Infinity;
      let sum = 0;
      tags.forEach((tag, i) => {
        const b = i === 0 ? TAG_COUNT : tags[i - 1]!;
        const a = i < 2 ? TAG_COUNT : tags[i - 2]!;
        sum += transitions[b * TAG_COUNT + tag]! + trigrams[(a * (TAG_COUNT + 1) + b) * TAG_COUNT + tag]!;
        if (candidates[i]) sum += emissions[i * TAG_COUNT + tag]!;
      });
      return sum;
    };
    let best = -Infinity;
    for (let code = 0; code < TAG_COUNT ** n; code++) {
      best = Math.max(best, total(Array.from({ length: n }, (_, i) => Math.floor(code / TAG_COUNT ** i) % TAG_COUNT)));
    }
    return { best, total };
  };

  it('finds the best path under tag-trigram scores, around ruled-out tokens too', () => {
    for (let trial = 0; trial < 120; trial++) {
      const n = 1 + (trial % 5);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, rand);
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, rand);
      const trigrams = Float64Array.from({ length: trigramCount }, rand);
      const candidates = Array.from({ length: n }, (_, i) => ((trial >> i) & 1 ? 0 : 1));
      const { best, total } = bestScore(emissions, transitions, trigrams, n, candidates);
      const tags = Array.from(decode2(emissions, secondOrderSteps(transitions, trigrams), n, candidates));
      expect(total(tags), `trial ${trial}`).toBe(best);
    }
  });

  it('decodes as decode does when the trigrams are all zero', () => {
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 9);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, () => Math.round(rand() * 100));
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => Math.round(rand() * 10));
      const candidates = Array.from({ length: n }, (_, i) => ((trial * 7) >> i) & 1 ? 0 : 1);
      const steps = secondOrderSteps(transitions, new Float64Array(trigramCount));
      expect(Array.from(decode2(emissions, steps, n, candidates))).toEqual(Array.from(decode(emissions, transitions, n, candidates)));
    }
  });

  it('returns nothing for an empty sentence', () => {
    expect(decode2(new Float64Array(0), new Float64Array(trigramCount), 0)).toHaveLength(0);
  });
});
