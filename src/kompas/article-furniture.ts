/**
 * What sits inside a kompas.com article body without being the article: "Baca juga" links, promotions, ad slots,
 * banners, and what follows the end-of-article marker. Highlights and entity marks read the body with these left
 * out, so that the page gives the same article text as the reader view, which removed them before Readability ran.
 */
import { classifyCompactText } from '../clutter/classify-text.ts';
import { AFTER_ARTICLE_END_SELECTOR } from './article-body.ts';
import { BANNER_HINT, compactText } from './banner-signatures.ts';
import { CLUTTER_HINT, CLUTTER_TEXTS } from './clutter-texts.ts';
import { CLUTTER_SELECTOR, END_OF_ARTICLE_SELECTOR } from './clutter-selectors.ts';

/** Elements that are never article text: the extension's own, controls, and the page's furniture by selector. */
const NOT_ARTICLE_SELECTOR = [
  CLUTTER_SELECTOR,
  '[data-kompas-reader-hidden]',
  'input', 'textarea', 'select', 'option', 'button', '[contenteditable]',
  'kompas-reader-button', 'kompas-reader-host', 'teman-baca-toolbar', 'teman-baca-note-host',
].join(', ');
/** The same and what follows the end-of-article marker. */
const NEVER_ARTICLE_SELECTOR = `${NOT_ARTICLE_SELECTOR}, ${AFTER_ARTICLE_END_SELECTOR}`;

/** Blocks long enough to be article prose are never judged by text: clutter texts are short. */
const MAX_CLUTTER_BLOCK_LENGTH = 1_500;
const TEXT_JUDGED_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'BLOCKQUOTE', 'LI', 'UL', 'H2', 'H3', 'H4', 'STRONG', 'SPAN']);

/** A clutter or banner hint word: one pass over a paragraph rather than one per list. */
const ANY_HINT = new RegExp(`${CLUTTER_HINT.source}|${BANNER_HINT.source}`, 'i');

/** Whether a block's text is a promotion, a "Baca juga" link or a banner rather than article text. */
export function isClutterText(text: string, hasLink: boolean): boolean {
  // Every clutter text holds one of the hint words, and markup never splits inside a word (banner-signatures.ts):
  // most paragraphs are ruled out without compacting them.
  if (!ANY_HINT.test(text)) return false;
  const compact = compactText(text);
  if (compact.length === 0 || compact.length > MAX_CLUTTER_BLOCK_LENGTH) return false;
  if (classifyCompactText(compact) !== null) return true;
  return CLUTTER_TEXTS.some((clutter) =>
    compact.length <= clutter.maxLength && clutter.pattern.test(compact) && (!clutter.requiresLink || hasLink));
}

/** The `ignore` test for reading an article body: true for anything in it that is not the article. */
export function isArticleFurniture(element: Element): boolean {
  return element.matches(NEVER_ARTICLE_SELECTOR) || isFurnitureByText(element);
}

/**
 * `isArticleFurniture` for the elements below `root` as they are now, for reading the body once: the selector is
 * answered by one query over the subtree instead of a match per element, which is most of the cost of reading a body.
 */
export function articleFurnitureBelow(root: Element): (element: Element) => boolean {
  const bySelector = new Set(root.querySelectorAll(NOT_ARTICLE_SELECTOR));
  // What follows the end marker is walked rather than queried: happy-dom, where the unit tests run, misses
  // elements matched by `~` in querySelectorAll.
  for (const marker of Array.from(root.querySelectorAll(END_OF_ARTICLE_SELECTOR))) {
    for (let next = marker.nextElementSibling; next; next = next.nextElementSibling) bySelector.add(next);
  }
  return (element) => bySelector.has(element) || isFurnitureByText(element);
}

function isFurnitureByText(element: Element): boolean {
  if (!TEXT_JUDGED_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = element.textContent ?? '';
  // Most paragraphs hold none of the hint words: they are article text without compacting or matching anything.
  if (text.length > MAX_CLUTTER_BLOCK_LENGTH * 2 || !CLUTTER_HINT.test(text)) return false;
  return isClutterText(text, element.querySelector('a') !== null);
}
