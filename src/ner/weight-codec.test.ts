import { describe, expect, it } from 'vitest';
import { decodeTagWeights, encodeTagWeights, MAX_STORED_WEIGHT } from './weight-codec.ts';

describe('tag weight codec', () => {
  it('decodes what it encodes: sparse buckets, every tag, the extreme values and long gaps', () => {
    const weights = new Int8Array(7 * 100_000);
    let state = 7;
    for (let i = 0; i < weights.length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      if (state % 13 === 0) weights[i] = ((state >>> 8) % (2 * MAX_STORED_WEIGHT + 1)) - MAX_STORED_WEIGHT;
    }
    weights.fill(0, 7 * 1000, 7 * 90_000);
    weights[0] = MAX_STORED_WEIGHT;
    weights[6] = -MAX_STORED_WEIGHT;
    weights[weights.length - 1] = 1;
    const decoded = decodeTagWeights(encodeTagWeights(weights, 7), weights.length);
    // As bytes: a deep comparison of 700,000 elements takes the test runner seconds.
    expect(decoded.length).toBe(weights.length);
    expect(Buffer.from(decoded.buffer).equals(Buffer.from(weights.buffer))).toBe(true);
  });

  it('writes one JSON-safe character per symbol', () => {
    const weights = new Int8Array(7 * 10).fill(-3);
    const stored = encodeTagWeights(weights, 7);
    expect(stored.tags).toHaveLength(10);
    expect(stored.values).toHaveLength(70);
    expect(`${stored.buckets}${stored.tags}${stored.values}`).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses weights it cannot store, and corrupt input', () => {
    expect(() => encodeTagWeights(Int8Array.of(0, 0, 0, 0, 0, 0, MAX_STORED_WEIGHT + 1), 7)).toThrow(/range/);
    expect(() => decodeTagWeights({ buckets: 'C', tags: 'B', values: '!' }, 7)).toThrow(/Corrupt/);
    expect(() => decodeTagWeights({ buckets: 'E', tags: 'B', values: 'A' }, 7)).toThrow(/Corrupt/);
  });
});
