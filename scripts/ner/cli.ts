/**
 * npm run --silent ner -- tag FILE   prints `token<TAB>tag` per token, a blank line between sentences
 * npm run --silent ner -- eval FILE  prints precision, recall and F1 per type and overall against the last column
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, parseConll } from '../../src/ner/conll.ts';
import { tagSentence } from '../../src/ner/recognize.ts';
import { formatEvaluation } from './report.ts';

const [command, file] = process.argv.slice(2);
if ((command !== 'tag' && command !== 'eval') || file === undefined) {
  process.stderr.write('usage: ner tag FILE | ner eval FILE\n');
  process.exit(2);
}

const sentences = parseConll(readFileSync(resolve(process.cwd(), file), 'utf8'));
if (command === 'tag') {
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const tags = tagSentence(sentence.words);
    chunks.push(sentence.words.map((w, i) => `${w}\t${tags[i]}`).join('\n'));
  }
  process.stdout.write(chunks.join('\n\n') + (chunks.length > 0 ? '\n' : ''));
} else {
  const gold = sentences.map((s, i) => {
    if (s.tags === null) throw new Error(`${file}: sentence ${i + 1} has no tag column to evaluate against`);
    return s.tags;
  });
  const predicted = sentences.map((s) => tagSentence(s.words));
  process.stdout.write(formatEvaluation(evaluate(gold, predicted)) + '\n');
}
