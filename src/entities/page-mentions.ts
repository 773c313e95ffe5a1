/**
 * Mentions in the article body of a live kompas.com page. Only article text is read: not "Baca juga" links, promos,
 * banners, form fields, scripts, or the extension's own elements.
 */
import { buildTextMap, type TextMap } from '../dom-text/text-map.ts';
import { AFTER_ARTICLE_END_SELECTOR } from '../kompas/article-body.ts';
import { compactText } from '../kompas/banner-signatures.ts';
import { CLUTTER_SELECTOR } from '../kompas/clutter-selectors.ts';
import { CLUTTER_TEXTS } from '../kompas/clutter-texts.ts';
import { classifyCompactText } from '../clutter/classify-text.ts';
import { blocksOf, mentionsInBlock, type Mention } from './mentions.ts';
import { propagateNames } from './propagate.ts';

/** Elements whose text is never highlighted: clutter, controls, and the extension's own UI. */
export const PAGE_TEXT_IGNORE = [
  CLUTTER_SELECTOR,
  AFTER_ARTICLE_END_SELECTOR,
  '[data-kompas-reader-hidden]',
  'input', 'textarea', 'select', 'option', 'button', '[contenteditable]',
  'kompas-reader-button', 'kompas-reader-host', 'kompas-highlight',
].join(', ');

/** Whether a block's text is a promotion or a banner rather than article text. */
export function isClutterBlock(text: string): boolean {
  const compact = compactText(text);
  if (classifyCompactText(compact) !== null) return true;
  return CLUTTER_TEXTS.some((clutter) => compact.length <= clutter.maxLength && clutter.pattern.test(compact));
}

export function pageTextMap(body: Element): TextMap {
  return buildTextMap(body, { ignore: PAGE_TEXT_IGNORE });
}

/** The article blocks of a page map, clutter blocks left out. */
export function articleBlocks(map: TextMap): Array<{ start: number; end: number }> {
  return blocksOf(map).filter((block) => !isClutterBlock(map.text.slice(block.start, block.end)));
}

/** All mentions in a page map's article blocks, names the article introduced followed to their recurrences. */
export function findPageMentions(map: TextMap): Mention[] {
  const blocks = articleBlocks(map);
  const recognised = blocks.flatMap((block) => mentionsInBlock(map.text.slice(block.start, block.end), block.start));
  return propagateNames(map.text, blocks, recognised);
}
