import { describe, expect, it } from 'vitest';
import { readGold, SETS } from '../../scripts/ner/data.ts';
import { DOMAIN_ENCYCLOPEDIC, DOMAIN_NEWS, type Domain } from './domain.ts';
import { sentenceEmissions } from './emissions.ts';
import { sentenceFeatures } from './features.ts';
import { emissionScores, type Model } from './model.ts';
import { shippedModel } from './recognize.ts';
import { TAG_COUNT } from './types.ts';
import { wordRecords } from './word-records.ts';

/** The definition: every feature of sentenceFeatures hashed and its weights summed. */
function referenceEmissions(model: Model, words: readonly string[], domain: Domain): Float64Array {
  const out = new Float64Array(words.length * TAG_COUNT);
  emissionScores(model, sentenceFeatures(words, model, domain), words.length, out);
  return out;
}

function emissions(model: Model, words: readonly string[], domain: Domain): Float64Array {
  const out = new Float64Array(words.length * TAG_COUNT);
  sentenceEmissions(model, words, wordRecords(model, words), domain, out);
  return out;
}

/** The shipped model with every bucket filled, so that a template summed in the wrong place cannot hide in a zero. */
function denseModel(): Model {
  const shipped = shippedModel();
  const weights = new Int8Array(shipped.weights.length);
  let state = 12345;
  for (let i = 0; i < weights.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    weights[i] = ((state >>> 16) % 31) - 15;
  }
  return { ...shipped, weights };
}

const sentences = [...readGold(SETS.idnerDev), ...readGold(SETS.nergritValid)].map((s) => s.words);

describe('sentenceEmissions', () => {
  it('equals the summed weights of every feature, for every tuning sentence in both styles', () => {
    for (const model of [shippedModel(), denseModel()]) {
      let mismatches = 0;
      for (const words of sentences) {
        for (const domain of [DOMAIN_NEWS, DOMAIN_ENCYCLOPEDIC] as const) {
          const expected = referenceEmissions(model, words, domain);
          const actual = emissions(model, words, domain);
          if (expected.some((value, i) => value !== actual[i])) mismatches++;
        }
      }
      expect(mismatches).toBe(0);
    }
  });

  it('gives the same scores for a word whether or not it was scored before (the caches change no result)', () => {
    const model = denseModel();
    const words = ['Menteri', 'Luar', 'Negeri', 'AS', 'Antony', 'Blinken', 'tiba', 'di', 'Jakarta', ',', 'Senin', '.'];
    const first = emissions(model, words, DOMAIN_NEWS);
    for (const other of sentences.slice(0, 50)) emissions(model, other, DOMAIN_NEWS);
    expect(emissions(model, words, DOMAIN_NEWS)).toEqual(first);
    expect(first).toEqual(referenceEmissions(model, words, DOMAIN_NEWS));
  });

  it('scores sentences of one and two words, where the padding reaches the centre from both sides', () => {
    const model = denseModel();
    for (const words of [['Jokowi'], ['Kata', 'Jokowi'], ['(', 'AS', ')']]) {
      expect(emissions(model, words, DOMAIN_ENCYCLOPEDIC)).toEqual(referenceEmissions(model, words, DOMAIN_ENCYCLOPEDIC));
    }
  });
});
