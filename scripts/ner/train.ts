/**
 * Rebuilds src/ner/model.json from data/ner. Deterministic: the same data and options give a byte-identical file.
 * Usage: npm run ner:train [-- --epochs N --bucket-bits B --min-count C --out FILE]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_TRAINING, train, wordClassesFromNerp, type TrainingSentence } from '../../src/ner/perceptron.ts';
import { DOMAIN_ENCYCLOPEDIC, DOMAIN_NEWS, type Domain } from '../../src/ner/domain.ts';
import { readClusters, readGold, readRawTagged, SETS } from './data.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string' },
    'bucket-bits': { type: 'string' },
    'min-count': { type: 'string' },
    out: { type: 'string' },
  },
});

const options = {
  ...DEFAULT_TRAINING,
  ...(values.epochs !== undefined && { epochs: Number(values.epochs) }),
  ...(values['bucket-bits'] !== undefined && { bucketBits: Number(values['bucket-bits']) }),
  ...(values['min-count'] !== undefined && { minCount: Number(values['min-count']) }),
};
const out = resolve(process.cwd(), values.out ?? 'src/ner/model.json');

const started = performance.now();
const wordClasses = wordClassesFromNerp(readRawTagged(SETS.nerpTrain));

const sentences: TrainingSentence[] = [...readGold(SETS.idnerTrain).map((s) => ({ ...s, domain: DOMAIN_NEWS as Domain })), ...readGold(SETS.nergritTrain).map((s) => ({ ...s, domain: DOMAIN_ENCYCLOPEDIC as Domain }))];
const model = train(sentences, wordClasses, options, readClusters());
writeFileSync(out, JSON.stringify(model) + '\n');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`trained on ${sentences.length} sentences in ${seconds} s -> ${out}`);
