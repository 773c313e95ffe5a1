/** Where the article's own text sits on a kompas.com page, in today's layout and the old one. */
import { END_OF_ARTICLE_SELECTOR } from './clutter-selectors.ts';

/**
 * Body containers, most specific first: today's `read__content`, then the 2015 layouts' (news sections, and the
 * otomotif section's `div-read`).
 */
export const ARTICLE_BODY_SELECTORS: readonly string[] = [
  '.read__content .clearfix',
  '.read__content',
  '.kcm-read-text',
  '.kcm-read-content-text',
  '.div-read',
];

/** The element holding the article body, or null on pages without one. */
export function findArticleBody(doc: Document): Element | null {
  for (const selector of ARTICLE_BODY_SELECTORS) {
    const body = doc.querySelector(selector);
    if (body) return body;
  }
  return null;
}

/**
 * Inside the body container, what follows the `#EndOfArticle` marker (banners, promos, tags) is not article text.
 * As a selector, so text walkers can skip it.
 */
export const AFTER_ARTICLE_END_SELECTOR = `${END_OF_ARTICLE_SELECTOR} ~ *`;
