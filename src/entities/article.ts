/**
 * One article read as the product reads it: each paragraph recognised, then the article-level steps over all of them
 * (names the article introduced followed to their later mentions, and the single words of a person's name used as
 * its short form). The extension's page highlighting, its reader view and the command line all read through
 * `recognizeArticle`, so a story is tagged the same wherever it is read.
 *
 * Recognising the paragraphs is an input: the extension asks its background (and keeps what it already has), Node
 * runs the recogniser in place, and the command line may tag by the corpora's guideline rather than the product's view.
 */
import type { Entity, EntityType } from '../ner/types.ts';
import type { Mention } from './mentions.ts';
import { propagateNames } from './propagate.ts';

/** A name known for an article from somewhere other than its own text. */
export interface ArticleName {
  /** The name as written, capitalised. */
  name: string;
  type: EntityType;
}

/**
 * What an article may be read with beside its paragraphs. Reserved for later steps: no step reads them yet, and
 * an article is tagged the same with or without them.
 */
export interface ArticleOptions {
  /** Names the page itself lists for this article: its editors' tags, keyword links, the lead image's caption. */
  pageNames?: readonly ArticleName[];
  /** Names remembered from articles read before. */
  rememberedNames?: readonly ArticleName[];
}

/**
 * Recognises paragraphs on their own, each without the others, and gives each one's entities in the order given
 * (offsets into that paragraph).
 */
export type RecognizeParagraphs = (paragraphs: readonly string[]) => readonly (readonly Entity[])[] | Promise<readonly (readonly Entity[])[]>;

/** Between paragraphs in the text the article-level steps read: not a word character, so no name runs across it. */
const PARAGRAPH_SEPARATOR = '\n';

/**
 * The entities of each paragraph of one article: recognised by `recognizeParagraphs`, then followed across the
 * article. Names travel between paragraphs of this article only; another article starts with none.
 */
export async function recognizeArticle(
  paragraphs: readonly string[], recognizeParagraphs: RecognizeParagraphs, options: ArticleOptions = {},
): Promise<Entity[][]> {
  const recognised = await recognizeParagraphs(paragraphs);
  if (recognised.length !== paragraphs.length) {
    throw new Error(`${recognised.length} recognitions for ${paragraphs.length} paragraphs`);
  }
  return followArticle(paragraphs, recognised, options);
}

/**
 * The article-level steps of `recognizeArticle` over paragraphs already recognised, for callers that must not wait:
 * `recognised[i]` are the entities of `paragraphs[i]` read on its own.
 */
export function followArticle(
  paragraphs: readonly string[], recognised: readonly (readonly Entity[])[], _options: ArticleOptions = {},
): Entity[][] {
  const blocks: Array<{ start: number; end: number }> = [];
  const mentions: Mention[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    blocks.push({ start: offset, end: offset + paragraph.length });
    for (const entity of recognised[index] ?? []) {
      mentions.push({ start: entity.start + offset, end: entity.end + offset, type: entity.type, text: entity.text });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
  const followed = propagateNames(paragraphs.join(PARAGRAPH_SEPARATOR), blocks, mentions);

  // Back to each paragraph's own offsets: mentions come in text order and never cross a paragraph's end.
  const entities: Entity[][] = paragraphs.map(() => []);
  let index = 0;
  for (const mention of followed) {
    while (mention.start >= blocks[index]!.end) index++;
    const start = blocks[index]!.start;
    entities[index]!.push({ start: mention.start - start, end: mention.end - start, type: mention.type, text: mention.text });
  }
  return entities;
}
