/**
 * Entity mentions in an article, found over a `TextMap` of its body so every mention maps back to DOM positions.
 * The recogniser reads one block (paragraph, list item, heading) at a time: blocks are where Kompas breaks its
 * sentences, and a name never runs from one paragraph into the next.
 *
 * This module does not hold the recogniser: in the extension it runs in the background, and a page's scripts ask it
 * (`recognizeTextsOnce`). Node reads with it directly (local-mentions.ts).
 */
import type { TextMap } from '../dom-text/text-map.ts';
import type { Entity, EntityType } from '../ner/index.ts';
import { recognizeArticle, type ArticleOptions } from './article.ts';

/** One mention of an entity, as offsets into the map's text. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** The mention as written. */
  text: string;
}

/** `[start, end)` offsets of the blocks of `map`, skipping blocks with no visible character. */
export function blocksOf(map: TextMap): Array<{ start: number; end: number }> {
  const cuts = [0, ...map.breaks, map.text.length];
  const blocks: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end > start && /\S/.test(map.text.slice(start, end))) blocks.push({ start, end });
  }
  return blocks;
}

/**
 * Entities already recognised, by block text: one page's highlighting and its reader view share one, so that opening
 * the reader does not read the paragraphs the page has read. The recogniser is deterministic, so a text always gives
 * the same entities; a page holds one article, so the map stays small.
 */
export type BlockRecognitions = Map<string, readonly Entity[]>;

/** `entities` of a block that starts at `offset` of the map's text, as mentions. */
export function mentionsAt(entities: readonly Entity[], offset: number): Mention[] {
  return entities.map((entity) => ({
    start: entity.start + offset,
    end: entity.end + offset,
    type: entity.type,
    text: entity.text,
  }));
}

/**
 * Recognises texts somewhere else (in the extension, the background, where the recogniser is decoded once for every
 * page) and resolves to each text's entities, in the order given.
 */
export type RecognizeTexts = (texts: readonly string[]) => Promise<Entity[][]>;

/**
 * Each of `texts`' entities, from `recognitions` where a text was read before, else from one request to
 * `recognizeTexts` for the texts not read yet (each distinct text once), whose answers are kept there.
 */
export async function recognizeTextsOnce(
  texts: readonly string[], recognitions: BlockRecognitions, recognizeTexts: RecognizeTexts,
): Promise<Array<readonly Entity[]>> {
  const missing = [...new Set(texts.filter((text) => !recognitions.has(text)))];
  if (missing.length > 0) {
    const answers = await recognizeTexts(missing);
    if (answers.length !== missing.length) throw new Error(`${answers.length} recognitions for ${missing.length} texts`);
    missing.forEach((text, index) => recognitions.set(text, answers[index]!));
  }
  return texts.map((text) => recognitions.get(text)!);
}

/**
 * The mentions of the article made of `blocks` of `text`, in document order, read as one article
 * (`recognizeArticle`) with the recognising done by `recognizeTexts` through `recognitions`.
 */
export async function findArticleMentions(
  text: string, blocks: ReadonlyArray<{ start: number; end: number }>, recognitions: BlockRecognitions,
  recognizeTexts: RecognizeTexts, options: ArticleOptions = {},
): Promise<Mention[]> {
  const entities = await recognizeArticle(
    blocks.map((block) => text.slice(block.start, block.end)),
    (paragraphs) => recognizeTextsOnce(paragraphs, recognitions, recognizeTexts),
    options,
  );
  return blocks.flatMap((block, index) => mentionsAt(entities[index]!, block.start));
}

/** `findMentions` with the recognising done by `recognizeTexts`. */
export function findMentionsBy(
  map: TextMap, recognitions: BlockRecognitions, recognizeTexts: RecognizeTexts, options: ArticleOptions = {},
): Promise<Mention[]> {
  return findArticleMentions(map.text, blocksOf(map), recognitions, recognizeTexts, options);
}
