/**
 * Mentions found by the recogniser in this JavaScript context, at once: the command-line checks, the benchmarks and
 * the tests read this way. The extension's scripts do not: the recogniser is the background's, which they ask
 * (mentions.ts, `RecognizeArticle`), so no page compiles or decodes it.
 */
import type { TextMap } from '../dom-text/text-map.ts';
import { recognize, type Entity } from '../ner/index.ts';
import { blocksOf, mentionsAt, type Mention } from './mentions.ts';
import { articleBlocks } from './page-mentions.ts';
import { followArticle } from './article.ts';

/** Entities already recognised, by block text: the recogniser is deterministic, so a text always gives the same. */
export type BlockRecognitions = Map<string, readonly Entity[]>;

/**
 * Recognises the mentions of one block; `offset` is where the block starts in the map's text. With `recognitions`,
 * a block read before is not read again.
 */
export function mentionsInBlock(text: string, offset: number, recognitions?: BlockRecognitions): Mention[] {
  let entities = recognitions?.get(text);
  if (entities === undefined) {
    entities = recognize(text);
    recognitions?.set(text, entities);
  }
  return mentionsAt(entities, offset);
}

/** Mentions in the given blocks of `text` read as one article (article.ts), recognised here and now. */
export function mentionsInBlocks(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }>,
  recognitions?: BlockRecognitions,
): Mention[] {
  const paragraphs = blocks.map((block) => text.slice(block.start, block.end));
  const recognised = paragraphs.map((paragraph) => mentionsInBlock(paragraph, 0, recognitions));
  const entities = followArticle(paragraphs, recognised);
  return blocks.flatMap((block, index) => mentionsAt(entities[index]!, block.start));
}

/** All mentions in the map's text, in document order. */
export function findMentions(map: TextMap, recognitions?: BlockRecognitions): Mention[] {
  return mentionsInBlocks(map.text, blocksOf(map), recognitions);
}

/** All mentions in a page map's article blocks, read in one go. */
export function findPageMentions(map: TextMap): Mention[] {
  return mentionsInBlocks(map.text, articleBlocks(map));
}
