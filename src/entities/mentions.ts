/**
 * Entity mentions in an article, found over a `TextMap` of its body so every mention maps back to DOM positions.
 * The recogniser reads one block (paragraph, list item, heading) at a time: blocks are where Kompas breaks its
 * sentences, and a name never runs from one paragraph into the next.
 *
 * This module does not hold the recogniser: in the extension it runs in the background, and a page's scripts ask it
 * (`recognizeBlocks`). Node reads with it directly (local-mentions.ts).
 */
import type { TextMap } from '../dom-text/text-map.ts';
import type { PageNames } from '../kompas/page-names.ts';
import type { Entity, EntityType } from '../ner/index.ts';
import { mentionsWithPageNames, pageNameTexts } from './page-name-mentions.ts';
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
 * The recognised mentions of `blocks` of `text`, in order, from `recognizeTexts`: one request for every block text
 * not in `recognitions` (each distinct text once), whose answers are kept there. Names are not yet followed.
 * `alsoTexts` (the page's title, caption and listed names: `pageNameTexts`) go in the same request, and their
 * entities into `recognitions` too.
 */
export async function recognizeBlocks(
  text: string, blocks: ReadonlyArray<{ start: number; end: number }>, recognitions: BlockRecognitions,
  recognizeTexts: RecognizeTexts, alsoTexts: readonly string[] = [],
): Promise<Mention[]> {
  const blockTexts = blocks.map((block) => text.slice(block.start, block.end));
  const missing = [...new Set([...blockTexts, ...alsoTexts].filter((blockText) => !recognitions.has(blockText)))];
  if (missing.length > 0) {
    const answers = await recognizeTexts(missing);
    if (answers.length !== missing.length) throw new Error(`${answers.length} recognitions for ${missing.length} texts`);
    missing.forEach((blockText, index) => recognitions.set(blockText, answers[index]!));
  }
  return blocks.flatMap((block, index) => mentionsAt(recognitions.get(blockTexts[index]!)!, block.start));
}

/**
 * `findMentions` with the recognising done by `recognizeTexts`; with `pageNames`, the names the page itself lists
 * are marked too (page-name-mentions.ts) before names are followed.
 */
export async function findMentionsBy(
  map: TextMap, recognitions: BlockRecognitions, recognizeTexts: RecognizeTexts, pageNames?: PageNames,
): Promise<Mention[]> {
  const blocks = blocksOf(map);
  const recognised = await recognizeBlocks(map.text, blocks, recognitions, recognizeTexts, pageNames ? pageNameTexts(pageNames) : []);
  const merged = pageNames ? mentionsWithPageNames(map.text, blocks, recognised, pageNames, recognitions) : recognised;
  return propagateNames(map.text, blocks, merged);
}
