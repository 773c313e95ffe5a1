/** Where the article's own text sits on a kompas.com page: today's layout, the old one, and the AMP copies. */
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

/**
 * The dateline that opens a Kompas news article: "JAKARTA, KOMPAS.com - " or "KOMPAS.com - " (KOMPAS.md). A text
 * signature, because the class names of the AMP copies' body are not known.
 */
const DATELINE = /^\s*(?:[A-Z][A-Za-z .'()/-]{1,60},\s*)?KOMPAS\.com\s*[-–—]/;
/** Fewest paragraphs a container must hold to count as the body when no dateline marks it (columns have none). */
const MIN_BODY_PARAGRAPHS = 3;

/** Whether `doc` is an AMP page: `<html amp>` or `<html ⚡>`, as the AMP format requires. */
export function isAmpDocument(doc: Document): boolean {
  const root = doc.documentElement;
  return root !== null && (root.hasAttribute('amp') || root.hasAttribute('⚡'));
}

/**
 * The body of an AMP copy whose container has none of the known class names: the parent of the paragraph that opens
 * with the dateline, or else the element holding the most paragraphs as its own children.
 */
function findAmpBody(doc: Document): Element | null {
  const paragraphs = Array.from(doc.body?.getElementsByTagName('p') ?? []);
  const opening = paragraphs.find((p) => DATELINE.test(p.textContent ?? ''));
  if (opening?.parentElement && opening.parentElement !== doc.body) return opening.parentElement;
  const counts = new Map<Element, number>();
  for (const p of paragraphs) if (p.parentElement) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  let best: Element | null = null;
  let most = MIN_BODY_PARAGRAPHS - 1;
  for (const [parent, count] of counts) {
    if (count > most && parent !== doc.body) {
      best = parent;
      most = count;
    }
  }
  return best;
}

/** The element holding the article body, or null on pages without one. */
export function findArticleBody(doc: Document): Element | null {
  for (const selector of ARTICLE_BODY_SELECTORS) {
    const body = doc.querySelector(selector);
    if (body) return body;
  }
  return isAmpDocument(doc) ? findAmpBody(doc) : null;
}

/**
 * Inside the body container, what follows the `#EndOfArticle` marker (banners, promos, tags) is not article text.
 * As a selector, so text walkers can skip it.
 */
export const AFTER_ARTICLE_END_SELECTOR = `${END_OF_ARTICLE_SELECTOR} ~ *`;
