import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConll } from './conll.ts';
import { DOMAIN_ENCYCLOPEDIC, DOMAIN_NEWS, type Domain } from './domain.ts';
import { loadModel, tagWords } from './model.ts';
import { DEFAULT_TRAINING, train, type TrainingSentence } from './perceptron.ts';

function slice(file: string, domain: Domain, count: number): TrainingSentence[] {
  return parseConll(readFileSync(resolve(process.cwd(), 'data/ner', file), 'utf8'))
    .slice(0, count)
    .map((s) => ({ words: s.words, tags: s.tags!, domain }));
}

describe('train', () => {
  const sentences = [...slice('idner-news-2k/train.txt', DOMAIN_NEWS, 150), ...slice('nergrit/train.txt', DOMAIN_ENCYCLOPEDIC, 150)];
  const options = { ...DEFAULT_TRAINING, epochs: 3, bucketBits: 14, ensemble: 2 };

  it('is deterministic: the same data and seed give the same model', () => {
    const first = JSON.stringify(train(sentences, { PLC: 'jakarta' }, options));
    const second = JSON.stringify(train(sentences, { PLC: 'jakarta' }, options));
    expect(second).toBe(first);
    expect(JSON.stringify(train(sentences, { PLC: 'jakarta' }, { ...options, seed: options.seed + 1 }))).not.toBe(first);
  });

  it('learns its training data well enough to tag it back', () => {
    const model = loadModel(train(sentences, { PLC: 'jakarta' }, options));
    let correct = 0;
    let total = 0;
    for (const s of sentences.slice(0, 50)) {
      const tags = tagWords(model, s.words, s.domain);
      tags.forEach((t, i) => {
        total++;
        if (t === s.tags[i]) correct++;
      });
    }
    expect(correct / total).toBeGreaterThan(0.9);
  });
});
