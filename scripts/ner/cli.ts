/**
 * npm run --silent ner -- tag FILE   prints `token<TAB>tag` per token, a blank line between sentences
 * npm run --silent ner -- eval FILE  prints precision, recall and F1 per type and overall against the last column
 *
 * FILE is CoNLL. Its `-DOCSTART-` lines separate articles (and `tag` prints them back as `-DOCSTART-<TAB>O`): the
 * sentences of one article are read together, as the extension reads a story's paragraphs (src/entities/article.ts),
 * so a name found in one sentence is followed into the others. In a file without them every sentence is an article.
 *
 * --view guideline (default): each sentence tagged as the corpora score it; --view product: as the extension shows it.
 * --remember: names are remembered from article to article in file order, as the extension remembers them from the
 * articles a reader opens (src/name-memory), starting with an empty memory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PARAGRAPH_RECOGNIZERS, tagConllArticle, type ParagraphView } from '../../src/entities/conll-articles.ts';
import { articleMemoryOf, NameMemory } from '../../src/name-memory/name-memory.ts';
import { evaluate, formatConllDocuments, parseConllDocuments } from '../../src/ner/conll.ts';
import { formatEvaluation } from './report.ts';

const USAGE = 'usage: ner tag FILE | ner eval FILE   [--view guideline|product] [--remember]\n';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { view: { type: 'string', default: 'guideline' }, remember: { type: 'boolean', default: false } },
});
const [command, file] = positionals;
const view = values.view;
if ((command !== 'tag' && command !== 'eval') || file === undefined || (view !== 'guideline' && view !== 'product')) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const recognizeParagraphs = PARAGRAPH_RECOGNIZERS[view satisfies ParagraphView];

const documents = parseConllDocuments(readFileSync(resolve(process.cwd(), file), 'utf8'));
const memory = values.remember ? articleMemoryOf(new NameMemory()) : undefined;
// One article after another: with a memory, each reads what the earlier ones taught it.
const tagged = [];
for (const document of documents) {
  tagged.push({
    marked: document.marked,
    sentences: document.sentences,
    tags: await tagConllArticle(document.sentences.map((sentence) => sentence.words), recognizeParagraphs, { memory }),
  });
}

if (command === 'tag') {
  process.stdout.write(formatConllDocuments(tagged.map((document) => ({
    marked: document.marked,
    sentences: document.sentences.map((sentence, index) => ({ words: sentence.words, tags: document.tags[index]! })),
  }))));
} else {
  const sentences = tagged.flatMap((document) => document.sentences);
  const gold = sentences.map((sentence, index) => {
    if (sentence.tags === null) throw new Error(`${file}: sentence ${index + 1} has no tag column to evaluate against`);
    return sentence.tags;
  });
  process.stdout.write(formatEvaluation(evaluate(gold, tagged.flatMap((document) => document.tags))) + '\n');
}
