/**
 * npm run bench:ner — accuracy on the tuning sets, speed of recognize() and the shipped model's size.
 * Prints figures only; nothing here asserts a time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluate } from '../../src/ner/conll.ts';
import { recognize, shippedModel, tagSentence } from '../../src/ner/recognize.ts';
import { tokenize } from '../../src/ner/tokenizer.ts';
import { readGold, SETS } from '../../scripts/ner/data.ts';
import { formatEvaluation } from '../../scripts/ner/report.ts';

// Decoded before anything is timed.
shippedModel();
const modelPath = resolve(process.cwd(), 'src/ner/model.json');
const modelBytes = readFileSync(modelPath);
console.log(`model: ${modelBytes.length} bytes raw, ${gzipSync(modelBytes, { level: 9 }).length} bytes gzipped (src/ner/model.json)`);

for (const [name, set] of [['idner-news-2k dev', SETS.idnerDev], ['NERGrit valid', SETS.nergritValid]] as const) {
  const gold = readGold(set);
  const predicted = gold.map((s) => tagSentence(s.words));
  console.log(`\n${name} (${gold.length} sentences)\n${formatEvaluation(evaluate(gold.map((s) => s.tags), predicted))}`);
}

// A long article-like text: the dev sentences detokenised into paragraphs, repeated to about a million tokens.
const paragraphs = readGold(SETS.idnerDev).map((s) => s.words.join(' ').replace(/ ([.,:;!?)])/g, '$1'));
const unit = `JAKARTA, KOMPAS.com - ${paragraphs.join('\n\n')}`;
const tokensPerUnit = tokenize(unit).length;
const repeats = Math.max(1, Math.round(1_000_000 / tokensPerUnit));
const text = Array.from({ length: repeats }, () => unit).join('\n\n');
const tokenCount = tokenize(text).length;

recognize(unit); // warm-up so the JIT has compiled the hot loops before timing

function tokensPerSecond(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return tokenCount / (best / 1000);
}

const tokeniserRate = tokensPerSecond(() => tokenize(text));
let entities = 0;
const recogniserRate = tokensPerSecond(() => {
  entities = recognize(text).length;
});
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`\nspeed on ${fmt(tokenCount)} tokens (${fmt(text.length)} chars, ${fmt(entities)} entities), one thread, best of 3:`);
console.log(`  tokenize() alone: ${fmt(tokeniserRate)} tokens/s`);
console.log(`  recognize():      ${fmt(recogniserRate)} tokens/s (${(recogniserRate / tokeniserRate).toFixed(2)} x the tokenizer alone)`);
