/**
 * Tuning aid: trains in memory with the given options and prints dev/valid scores, without touching the shipped
 * model. Usage: node --import tsx scripts/ner/experiment.ts [--epochs N] [--bucket-bits B] [--min-count C] [--errors SET]
 * [--first-order] (tag bigrams only, as before the trigrams)
 */
import { parseArgs } from 'node:util';
import { evaluate } from '../../src/ner/conll.ts';
import { loadModel, tagWords } from '../../src/ner/model.ts';
import { DEFAULT_TRAINING, train, wordClassesFromNerp, type TrainingSentence } from '../../src/ner/perceptron.ts';
import { tagSentence } from '../../src/ner/recognize.ts';
import { DOMAIN_ENCYCLOPEDIC, DOMAIN_NEWS, type Domain } from '../../src/ner/domain.ts';
import { readClusters, readGold, readRawTagged, SETS } from './data.ts';
import { formatEvaluation } from './report.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string' },
    'bucket-bits': { type: 'string' },
    'min-count': { type: 'string' },
    'no-nergrit': { type: 'boolean' },
    'no-idner': { type: 'boolean' },
    errors: { type: 'string' },
    oracle: { type: 'boolean' },
    levels: { type: 'string' },
    seed: { type: 'string' },
    ensemble: { type: 'string' },
    dropout: { type: 'string' },
    drop: { type: 'string' },
    quantile: { type: 'string' },
    'idner-weight': { type: 'string' },
    clusters: { type: 'string' },
    'first-order': { type: 'boolean' },
  },
});
const options = {
  ...DEFAULT_TRAINING,
  ...(values.epochs !== undefined && { epochs: Number(values.epochs) }),
  ...(values['bucket-bits'] !== undefined && { bucketBits: Number(values['bucket-bits']) }),
  ...(values['min-count'] !== undefined && { minCount: Number(values['min-count']) }),
  ...(values.levels !== undefined && { levels: Number(values.levels) }),
  ...(values.seed !== undefined && { seed: Number(values.seed) }),
  ...(values.ensemble !== undefined && { ensemble: Number(values.ensemble) }),
  ...(values.dropout !== undefined && { wordDropout: Number(values.dropout) }),
  ...(values.drop !== undefined && { dropBelow: Number(values.drop) }),
  ...(values.quantile !== undefined && { quantile: Number(values.quantile) }),
  ...(values['first-order'] && { secondOrder: false }),
};
const wordClasses = wordClassesFromNerp(readRawTagged(SETS.nerpTrain));
const sentences: TrainingSentence[] = [
  ...(values['no-idner'] ? [] : Array.from({ length: Number(values['idner-weight'] ?? 1) }, () => readGold(SETS.idnerTrain).map((s) => ({ ...s, domain: DOMAIN_NEWS as Domain }))).flat()),
  ...(values['no-nergrit'] ? [] : readGold(SETS.nergritTrain).map((s) => ({ ...s, domain: DOMAIN_ENCYCLOPEDIC as Domain }))),
];
const clusters = values.clusters === 'none' ? {} : readClusters(values.clusters ?? 'clusters.txt');
const data = train(sentences, wordClasses, options, clusters);
const model = loadModel(data);
const json = JSON.stringify(data);
const { gzipSync } = await import('node:zlib');
console.log(`model ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzipped`);
for (const [name, set] of [['idner dev', SETS.idnerDev], ['nergrit valid', SETS.nergritValid]] as const) {
  const gold = readGold(set);
  const predicted = gold.map((s) => (values.oracle ? tagWords(model, s.words, (name.startsWith('idner') ? DOMAIN_NEWS : DOMAIN_ENCYCLOPEDIC) as Domain) : tagSentence(s.words, model)));
  console.log(`${name}\n${formatEvaluation(evaluate(gold.map((s) => s.tags), predicted))}`);
  if (values.errors === name.split(' ')[0]) {
    gold.forEach((s, i) => {
      const p = predicted[i]!;
      if (s.tags.some((t, j) => t !== p[j])) {
        console.log(s.words.map((w, j) => (s.tags[j] === p[j] ? (s.tags[j] === 'O' ? w : `[${w}/${s.tags[j]}]`) : `{${w} ${s.tags[j]}>${p[j]}}`)).join(' '));
      }
    });
  }
}
