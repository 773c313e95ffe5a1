/**
 * Entity mentions in an article, found over a `TextMap` of its body so every mention maps back to DOM positions.
 * The recogniser reads one block (paragraph, list item, heading) at a time: blocks are where Kompas breaks its
 * sentences, and a name never runs from one paragraph into the next.
 */
import type { TextMap } from '../dom-text/text-map.ts';
import { recognizeInSteps, type Entity, type EntityType } from '../ner/index.ts';
import { runToEnd, type Steps } from '../scheduling/steps.ts';
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

/**
 * Entities already recognised, by block text: one page's highlighting and its reader view share one, so that opening
 * the reader does not read the paragraphs the page has read. The recogniser is deterministic, so a text always gives
 * the same entities; a page holds one article, so the map stays small.
 */
export type BlockRecognitions = Map<string, readonly Entity[]>;

/**
 * Recognises the mentions of one block; `offset` is where the block starts in the map's text. With `recognitions`,
 * a block read before is not read again.
 */
export function mentionsInBlock(text: string, offset: number, recognitions?: BlockRecognitions): Mention[] {
  return runToEnd(mentionsInBlockSteps(text, offset, recognitions));
}

/**
 * The recognised mentions of `blocks` of `text`, in order, yielding after each sentence the recogniser reads
 * (scheduling/steps.ts) so that the page can have its main thread back in between. Names are not yet followed
 * (`propagateNames`).
 */
export function* blockMentionsInSteps(
  text: string, blocks: ReadonlyArray<{ start: number; end: number }>, recognitions?: BlockRecognitions,
): Steps<Mention[]> {
  const mentions: Mention[] = [];
  for (const block of blocks) {
    mentions.push(...(yield* mentionsInBlockSteps(text.slice(block.start, block.end), block.start, recognitions)));
  }
  return mentions;
}

/** `mentionsInBlock`, yielding after each sentence; a block read before takes no step. */
function* mentionsInBlockSteps(text: string, offset: number, recognitions?: BlockRecognitions): Steps<Mention[]> {
  let entities = recognitions?.get(text);
  if (entities === undefined) {
    entities = yield* recognizeInSteps(text);
    recognitions?.set(text, entities);
  }
  return mentionsAt(entities, offset);
}

function mentionsAt(entities: readonly Entity[], offset: number): Mention[] {
  return entities.map((entity) => ({
    start: entity.start + offset,
    end: entity.end + offset,
    type: entity.type,
    text: entity.text,
  }));
}

/** Mentions in the given blocks of `text`, names the article introduced followed to their recurrences. */
export function mentionsInBlocks(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }>,
  recognitions?: BlockRecognitions,
): Mention[] {
  const recognised = blocks.flatMap((block) => mentionsInBlock(text.slice(block.start, block.end), block.start, recognitions));
  return propagateNames(text, blocks, recognised);
}

/** All mentions in the map's text, in document order. */
export function findMentions(map: TextMap, recognitions?: BlockRecognitions): Mention[] {
  return mentionsInBlocks(map.text, blocksOf(map), recognitions);
}
