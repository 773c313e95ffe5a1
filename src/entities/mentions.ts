/**
 * Entity mentions in an article, found over a `TextMap` of its body so every mention maps back to DOM positions.
 * The recogniser reads one block (paragraph, list item, heading) at a time: blocks are where Kompas breaks its
 * sentences, and a name never runs from one paragraph into the next.
 *
 * This module does not hold the recogniser: in the extension it runs in the background, which a page's scripts ask
 * for a whole article's entities (`RecognizeArticle`). Node reads with it directly (local-mentions.ts).
 */
import type { TextMap } from '../dom-text/text-map.ts';
import type { Entity, EntityType } from '../ner/index.ts';

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
 * Reads an article's paragraphs somewhere else and resolves to each one's entities (offsets into that paragraph), in
 * the order given. In the extension the background does it, with the article-level steps of `recognizeArticle`
 * (article.ts); Node reads in place.
 */
export type RecognizeArticle = (paragraphs: readonly string[]) => Promise<readonly (readonly Entity[])[]>;

/** The mentions of the article made of `blocks` of `text`, in document order, read by `recognizeArticle`. */
export async function findArticleMentions(
  text: string, blocks: ReadonlyArray<{ start: number; end: number }>, recognizeArticle: RecognizeArticle,
): Promise<Mention[]> {
  const entities = await recognizeArticle(blocks.map((block) => text.slice(block.start, block.end)));
  if (entities.length !== blocks.length) throw new Error(`${entities.length} recognitions for ${blocks.length} paragraphs`);
  return blocks.flatMap((block, index) => mentionsAt(entities[index]!, block.start));
}

/** `findArticleMentions` over every block of `map`. */
export function findMentionsBy(map: TextMap, recognizeArticle: RecognizeArticle): Promise<Mention[]> {
  return findArticleMentions(map.text, blocksOf(map), recognizeArticle);
}
