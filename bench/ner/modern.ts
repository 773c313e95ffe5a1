/**
 * npm run bench:ner:modern [-- FILE] — the recogniser on today's news: the kompas-modern dev set (2024-26 Kompas.com
 * articles, hand-tagged to the idner-news-2k guideline). Its text is not ours to redistribute, so it is read from
 * the shared folder beside the project (default ../shared/data/ner/kompas-modern/dev.txt from the working directory)
 * and the benchmark says so and stops where that folder is absent. Prints figures only; nothing here is a gate.
 *
 * Each article is read twice: sentence by sentence (every sentence an article of its own, no context) and as an
 * article, as the extension reads a story (src/entities/article.ts). Both in the guideline view (the model's tags, as
 * the corpora score them and `ner eval` prints) and in the product view (what the extension shows, which also marks
 * every listed country and city). Recall is split by whether the gold name occurs as an entity anywhere in the
 * training data (data/ner: idner-news-2k, NERGrit and NERP train), which is where today's news differs.
 *
 * Then remembered names (src/name-memory): the articles read as articles in file order with a memory carried from
 * one to the next, as a reader's extension remembers names, beside the same without, and the time the memory's
 * lookups add to reading an article, with the memory full (5,000 names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PARAGRAPH_RECOGNIZERS, tagConllArticle, type ParagraphView } from '../../src/entities/conll-articles.ts';
import { articleMemoryOf, DEFAULT_MEMORY_LIMITS, NameMemory } from '../../src/name-memory/name-memory.ts';
import { evaluate, parseConllDocuments, tagsToSpans, type ConllDocument, type Evaluation } from '../../src/ner/conll.ts';
import type { EntityType, Tag } from '../../src/ner/types.ts';
import { readGold, SETS } from '../../scripts/ner/data.ts';

const DEFAULT_FILE = '../shared/data/ner/kompas-modern/dev.txt';
const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

const file = resolve(process.cwd(), process.argv[2] ?? DEFAULT_FILE);
if (!existsSync(file)) {
  console.log(`kompas-modern: ${file} is not here (it is kept outside the repository); nothing measured.`);
  process.exit(0);
}

const documents = parseConllDocuments(readFileSync(file, 'utf8'));
const sentences = documents.flatMap((document) => document.sentences);
const gold = sentences.map((sentence, index) => {
  if (sentence.tags === null) throw new Error(`${file}: sentence ${index + 1} has no tag column`);
  return sentence.tags;
});

/** Every name tagged as an entity in the data the model learnt from, as written (tokens joined by spaces). */
function trainingNames(): Set<string> {
  const names = new Set<string>();
  for (const set of [SETS.idnerTrain, SETS.nergritTrain, SETS.nerpTrain]) {
    for (const sentence of readGold(set)) {
      for (const span of tagsToSpans(sentence.tags)) names.add(sentence.words.slice(span.start, span.end).join(' '));
    }
  }
  return names;
}
const known = trainingNames();

type Mode = 'sentences' | 'articles';

async function tagAll(view: ParagraphView, mode: Mode, memory?: NameMemory): Promise<Tag[][]> {
  const options = memory ? { memory: articleMemoryOf(memory) } : {};
  const read = (sentencesOfArticle: ConllDocument['sentences']) =>
    tagConllArticle(sentencesOfArticle.map((sentence) => sentence.words), PARAGRAPH_RECOGNIZERS[view], options);
  const tags: Tag[][] = [];
  for (const document of documents) {
    if (mode === 'articles') tags.push(...(await read(document.sentences)));
    else for (const sentence of document.sentences) tags.push(...(await read([sentence])));
  }
  return tags;
}

/** Recall of the gold names that occur in training (`seen`) and of those that do not, per type and overall. */
interface SplitRecall { found: number; gold: number }
function recallBySeen(predicted: readonly Tag[][]): Record<'seen' | 'unseen', Record<EntityType | 'ALL', SplitRecall>> {
  const empty = (): Record<EntityType | 'ALL', SplitRecall> => ({ PER: { found: 0, gold: 0 }, LOC: { found: 0, gold: 0 }, ORG: { found: 0, gold: 0 }, ALL: { found: 0, gold: 0 } });
  const result = { seen: empty(), unseen: empty() };
  sentences.forEach((sentence, index) => {
    const found = new Set(tagsToSpans(predicted[index]!).map((span) => `${span.start}:${span.end}:${span.type}`));
    for (const span of tagsToSpans(gold[index]!)) {
      const split = result[known.has(sentence.words.slice(span.start, span.end).join(' ')) ? 'seen' : 'unseen'];
      const hit = found.has(`${span.start}:${span.end}:${span.type}`) ? 1 : 0;
      for (const key of [span.type, 'ALL'] as const) {
        split[key].gold++;
        split[key].found += hit;
      }
    }
  });
  return result;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const ratio = ({ found, gold: total }: SplitRecall): string => `R ${pct(total === 0 ? 0 : found / total)} (${found}/${total})`;

const counts = Object.fromEntries(TYPES.map((type) => [type, gold.flatMap((tags) => tagsToSpans(tags)).filter((span) => span.type === type).length]));
const byAlone = recallBySeen(gold);
console.log(`kompas-modern dev: ${documents.length} articles, ${sentences.length} sentences, `
  + `${sentences.reduce((sum, sentence) => sum + sentence.words.length, 0)} tokens, `
  + `entities PER ${counts.PER}, LOC ${counts.LOC}, ORG ${counts.ORG}; `
  + `${byAlone.unseen.ALL.gold} of them names never tagged in the training data`);

for (const view of ['guideline', 'product'] as const) {
  const runs: Array<{ mode: Mode; evaluation: Evaluation; split: ReturnType<typeof recallBySeen> }> = [];
  for (const mode of ['sentences', 'articles'] as const) {
    const predicted = await tagAll(view, mode);
    runs.push({ mode, evaluation: evaluate(gold, predicted), split: recallBySeen(predicted) });
  }
  console.log(`\n${`${view} view`.padEnd(28)}${runs.map(({ mode }) => (mode === 'sentences' ? 'sentence by sentence' : 'as articles').padEnd(34)).join(' | ')}`);
  for (const type of [...TYPES, 'ALL'] as const) {
    const cells = runs.map(({ evaluation }) => {
      const score = evaluation[type];
      return `P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`.padEnd(34);
    });
    console.log(`  ${(type === 'ALL' ? 'overall' : type).padEnd(26)}${cells.join(' | ')}`);
  }
  for (const split of ['seen', 'unseen'] as const) {
    for (const type of ['ALL', ...TYPES] as const) {
      const label = `${split === 'seen' ? 'recall, in training' : 'recall, unseen'} ${type === 'ALL' ? '' : type}`;
      console.log(`  ${label.padEnd(26)}${runs.map((run) => ratio(run.split[split][type]).padEnd(34)).join(' | ')}`);
    }
  }
}

console.log('\nremembered names (articles in file order, guideline view)');
const withoutMemory = evaluate(gold, await tagAll('guideline', 'articles'));
const memory = new NameMemory();
const withMemory = evaluate(gold, await tagAll('guideline', 'articles', memory));
for (const [label, evaluation] of [['without memory', withoutMemory], ['with memory', withMemory]] as const) {
  const score = evaluation.ALL;
  console.log(`  ${label.padEnd(26)}P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`);
}
console.log(`  ${memory.size} names remembered from ${documents.length} articles`);

// A full memory: the dev set's own names and filler names that share its capitalised words, so lookups meet long lists.
const capitalised = [...new Set(sentences.flatMap((sentence) => sentence.words).filter((word) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(word)))];
const filler = Array.from({ length: DEFAULT_MEMORY_LIMITS.maxNames - memory.size }, (_, index) => ({
  name: `${capitalised[index % capitalised.length]!} Zq${index}`, type: 'PER' as const,
}));
memory.remember(filler, Date.now());
const articles = documents.map((document) => document.sentences.map((sentence) => sentence.words));
const ROUNDS = 5;
async function readAll(remembering: boolean): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const words of articles) {
      await tagConllArticle(words, PARAGRAPH_RECOGNIZERS.guideline, remembering
        ? { memory: { recall: (paragraphs) => memory.namesIn(paragraphs, Date.now()), remember: () => undefined } }
        : {});
    }
  }
  return performance.now() - started;
}
// Alternated, best of three each: the two differ by less than the machine's noise between runs.
let plain = Infinity;
let remembering = Infinity;
for (let run = 0; run < 3; run++) {
  plain = Math.min(plain, await readAll(false));
  remembering = Math.min(remembering, await readAll(true));
}
let lookups = 0;
const lookupStarted = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  for (const words of articles) lookups += memory.namesIn(words.map((sentence) => sentence.join(' ')), Date.now()).length;
}
const lookupMs = performance.now() - lookupStarted;
console.log(`  reading every article ${ROUNDS}x: ${plain.toFixed(0)} ms without memory, ${remembering.toFixed(0)} ms with a full `
  + `memory (${memory.size} names): ${(100 * (remembering / plain - 1)).toFixed(1)}% more; the lookups alone `
  + `${lookupMs.toFixed(1)} ms = ${(100 * lookupMs / plain).toFixed(2)}% of reading (${lookups / ROUNDS} names found per pass)`);
