/**
 * Entity mentions in an article, found over a `TextMap` of its body so every mention maps back to DOM positions.
 * The recogniser reads one block (paragraph, list item, heading) at a time: blocks are where Kompas breaks its
 * sentences, and a name never runs from one paragraph into the next.
 */
import type { TextMap } from '../dom-text/text-map.ts';
import { recognize, type EntityType } from '../ner/index.ts';
import { propagateNames } from './propagate.ts';

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

/** Recognises the mentions of one block; `offset` is where the block starts in the map's text. */
export function mentionsInBlock(text: string, offset: number): Mention[] {
  return recognize(text).map((entity) => ({
    start: entity.start + offset,
    end: entity.end + offset,
    type: entity.type,
    text: entity.text,
  }));
}

/** Mentions in the given blocks of `text`, names the article introduced followed to their recurrences. */
export function mentionsInBlocks(text: string, blocks: ReadonlyArray<{ start: number; end: number }>): Mention[] {
  const recognised = blocks.flatMap((block) => mentionsInBlock(text.slice(block.start, block.end), block.start));
  return propagateNames(text, blocks, recognised);
}

/** All mentions in the map's text, in document order. */
export function findMentions(map: TextMap): Mention[] {
  return mentionsInBlocks(map.text, blocksOf(map));
}
