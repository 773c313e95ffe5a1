/**
 * One article read as the product reads it: each paragraph recognised, then the article-level steps over all of them
 * (names the article introduced followed to their later mentions, and the single words of a person's name used as
 * its short form). The extension's page highlighting, its reader view and the command line all read through
 * `recognizeArticle`, so a story is tagged the same wherever it is read.
 *
 * Recognising the paragraphs is an input: the extension asks its background (and keeps what it already has), Node
 * runs the recogniser in place, and the command line may tag by the corpora's guideline rather than the product's view.
 */
import type { PageNames } from '../kompas/page-names.ts';
import type { Entity, EntityType } from '../ner/types.ts';
import type { Mention } from './mentions.ts';
import { addPageNames, pageNameCandidates, pageNameTexts } from './page-name-mentions.ts';
import { propagateNames } from './propagate.ts';
import { addRememberedNames, namesToRemember } from './remembered-names.ts';

/** A name known for an article from somewhere other than its own text. */
export interface ArticleName {
  /** The name as written, capitalised. */
  name: string;
  type: EntityType;
}

/** What an article may be read with beside its paragraphs. */
export interface ArticleOptions {
  /**
   * Names the page itself lists for this article (src/kompas/page-names.ts): its editors' tags, keyword links, title
   * and the lead image's caption. Marked where the article writes them, before names are followed
   * (page-name-mentions.ts).
   */
  pageNames?: PageNames;
  /**
   * Names remembered from articles read before that this article writes: marked where no mention of the
   * recogniser's overlaps them, after the page's names and before names are followed (remembered-names.ts).
   */
  rememberedNames?: readonly ArticleName[];
  /**
   * A memory of names across articles: `recognizeArticle` asks it for the names the paragraphs write (as
   * `rememberedNames`) and gives it the names the article teaches (`namesToRemember`).
   */
  memory?: ArticleMemory;
}

/** Names remembered from article to article (src/name-memory): in the extension's background, or in memory. */
export interface ArticleMemory {
  /** The remembered names that `paragraphs` write. */
  recall(paragraphs: readonly string[]): readonly ArticleName[] | Promise<readonly ArticleName[]>;
  /** Takes the names an article gives to remember. */
  remember(names: readonly ArticleName[]): void | Promise<void>;
}

/** The recogniser's entities of a text other than the article's paragraphs (the page's title, caption, names). */
export type TextEntities = (text: string) => readonly Entity[] | undefined;

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
  // The page's own texts go in the same request as the paragraphs: they type the names the page lists.
  const extra = options.pageNames ? pageNameTexts(options.pageNames) : [];
  const [all, remembered] = await Promise.all([
    recognizeParagraphs([...paragraphs, ...extra]),
    options.memory ? options.memory.recall(paragraphs) : options.rememberedNames,
  ]);
  if (all.length !== paragraphs.length + extra.length) {
    throw new Error(`${all.length} recognitions for ${paragraphs.length + extra.length} paragraphs`);
  }
  const ofExtra = new Map(extra.map((text, index) => [text, all[paragraphs.length + index]!]));
  const entities = followArticle(paragraphs, all.slice(0, paragraphs.length), { ...options, rememberedNames: remembered },
    (text) => ofExtra.get(text));
  if (options.memory) await options.memory.remember(namesToRemember(paragraphs, entities, options.pageNames?.listed));
  return entities;
}

/**
 * The article-level steps of `recognizeArticle` over paragraphs already recognised, for callers that must not wait:
 * `recognised[i]` are the entities of `paragraphs[i]` read on its own.
 */
export function followArticle(
  paragraphs: readonly string[], recognised: readonly (readonly Entity[])[], options: ArticleOptions = {},
  textEntities: TextEntities = () => undefined,
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
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  const withPageNames = options.pageNames
    ? addPageNames(text, blocks, mentions, pageNameCandidates(options.pageNames, text, mentions, textEntities))
    : mentions;
  const withRemembered = options.rememberedNames?.length
    ? addRememberedNames(text, blocks, withPageNames, options.rememberedNames)
    : withPageNames;
  const followed = propagateNames(text, blocks, withRemembered);

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
