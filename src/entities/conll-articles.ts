/**
 * Articles of a CoNLL file read as the product reads an article (article.ts): each sentence is a paragraph, its
 * tokens joined by single spaces, and the entities found are given back as one BIO tag per token. The command line
 * and the benchmarks read corpora this way.
 */
import { tagsToSpans } from '../ner/conll.ts';
import { articleStyle, recognize, tagSentence } from '../ner/recognize.ts';
import type { Entity, Tag } from '../ner/types.ts';
import { recognizeArticle, type ArticleOptions, type RecognizeParagraphs } from './article.ts';

/** Between a sentence's tokens in its paragraph: CoNLL tokens never hold whitespace, so it splits them back exactly. */
const TOKEN_SEPARATOR = ' ';

/** Where each token of `words` starts in `words.join(' ')`. */
function tokenStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length + TOKEN_SEPARATOR.length;
  }
  return starts;
}

/**
 * One tag per token of `words` from `entities` over `words.join(' ')`: a token is inside an entity when they share a
 * character, and begins it when it is the first such token. A token an earlier entity already took stays with it.
 */
export function tagsOfEntities(words: readonly string[], entities: readonly Entity[]): Tag[] {
  const starts = tokenStarts(words);
  const tags: Tag[] = words.map(() => 'O');
  for (const entity of entities) {
    let begun = false;
    for (let i = 0; i < words.length; i++) {
      const overlaps = starts[i]! < entity.end && starts[i]! + words[i]!.length > entity.start;
      if (!overlaps || tags[i] !== 'O') continue;
      tags[i] = `${begun ? 'I' : 'B'}-${entity.type}`;
      begun = true;
    }
  }
  return tags;
}

/** The entities that `tags` give `words`, as offsets into `words.join(' ')`. */
export function entitiesOfTags(words: readonly string[], tags: readonly Tag[]): Entity[] {
  const starts = tokenStarts(words);
  const text = words.join(TOKEN_SEPARATOR);
  return tagsToSpans(tags).map((span) => {
    const start = starts[span.start]!;
    const end = starts[span.end - 1]! + words[span.end - 1]!.length;
    return { start, end, type: span.type, text: text.slice(start, end) };
  });
}

/**
 * How each paragraph is recognised on its own. `product`: as the extension shows it (`recognize`, which also marks
 * every listed country and city, and skips "Baca juga" lines). `guideline`: the model's tags as the corpora score
 * them (`tagSentence`), every sentence of an article by the article's guideline (`articleStyle`), which is what
 * `ner tag` and `ner eval` print unless asked otherwise.
 */
export type ParagraphView = 'product' | 'guideline';

export const PARAGRAPH_RECOGNIZERS: Record<ParagraphView, RecognizeParagraphs> = {
  product: (paragraphs) => paragraphs.map((paragraph) => recognize(paragraph)),
  guideline: (paragraphs) => {
    const sentences = paragraphs.map((paragraph) => (paragraph === '' ? [] : paragraph.split(TOKEN_SEPARATOR)));
    // One article, one guideline (`articleStyle`); a paragraph read alone keeps its own.
    const style = sentences.length > 1 ? articleStyle(sentences) : undefined;
    return sentences.map((words) => entitiesOfTags(words, tagSentence(words, undefined, undefined, undefined, style)));
  },
};

/** The tags of each sentence of one article given as its sentences' tokens, read by `recognizeArticle`. */
export async function tagConllArticle(
  sentences: readonly (readonly string[])[], recognizeParagraphs: RecognizeParagraphs, options: ArticleOptions = {},
): Promise<Tag[][]> {
  const entities = await recognizeArticle(sentences.map((words) => words.join(TOKEN_SEPARATOR)), recognizeParagraphs, options);
  return sentences.map((words, index) => tagsOfEntities(words, entities[index]!));
}
