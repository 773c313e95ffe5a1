/**
 * The one message that reads a whole article's entities, content script -> background. Kept apart from
 * `parseMessage`, which the start-up script carries, as the content parts' request is: only the background parses it,
 * and the page's names it carries are checked by their own parser.
 */
import { parsePageNames, type PageNames } from '../kompas/page-names.ts';
import { isRecord } from '../validation/is-record.ts';
import { InvalidMessageError } from './messages.ts';

export const ENTITY_ARTICLE_REQUEST = 'entities/article';

/**
 * Content script -> background: the entities of each paragraph of one article, read as the product reads an article
 * (src/entities/article.ts): each paragraph recognised, then the page's own names, the remembered names and the names
 * the article introduces followed across it. All of it runs in the background, where the recogniser is decoded once
 * for every page and the name memory is kept, so a page spends its main thread on reading and highlighting alone.
 */
export interface EntityArticleRequest {
  type: typeof ENTITY_ARTICLE_REQUEST;
  paragraphs: string[];
  /** What the page lists for its article (tags, keyword links, title, caption), as `readPageNames` reads it. */
  pageNames: PageNames;
  /**
   * Whether the names this article teaches go to the name memory: the page's first reading of its article does;
   * a reading again after the page changed, and the reader view of the same article, only recall.
   */
  remember: boolean;
}

/**
 * What one `entities/article` may ask: a kompas.com article of every page is a few hundred paragraphs and some
 * 100,000 characters at most; more is not an article, and would hold the recogniser for seconds.
 */
export const MAX_RECOGNIZE_TEXTS = 2_000;
export const MAX_RECOGNIZE_CHARACTERS = 1_000_000;

export const isEntityArticleRequest = (value: unknown): boolean => isRecord(value) && value.type === ENTITY_ARTICLE_REQUEST;

/** Returns the typed request, or throws `InvalidMessageError` saying what is wrong with it. */
export function parseEntityArticleRequest(value: unknown): EntityArticleRequest {
  if (!isRecord(value) || value.type !== ENTITY_ARTICLE_REQUEST) throw new InvalidMessageError('not an entities/article request');
  const paragraphs = value.paragraphs;
  if (!Array.isArray(paragraphs) || !paragraphs.every((text): text is string => typeof text === 'string')) {
    throw new InvalidMessageError('entities/article needs a list of paragraphs');
  }
  if (paragraphs.length > MAX_RECOGNIZE_TEXTS) {
    throw new InvalidMessageError(`entities/article takes at most ${MAX_RECOGNIZE_TEXTS} paragraphs, not ${paragraphs.length}`);
  }
  const characters = paragraphs.reduce((sum, text) => sum + text.length, 0);
  if (characters > MAX_RECOGNIZE_CHARACTERS) {
    throw new InvalidMessageError(`entities/article takes at most ${MAX_RECOGNIZE_CHARACTERS} characters, not ${characters}`);
  }
  if (typeof value.remember !== 'boolean') throw new InvalidMessageError('entities/article needs `remember`, true or false');
  let pageNames: PageNames;
  try {
    pageNames = parsePageNames(value.pageNames);
  } catch (error) {
    throw new InvalidMessageError(`entities/article: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { type: ENTITY_ARTICLE_REQUEST, paragraphs, pageNames, remember: value.remember };
}
