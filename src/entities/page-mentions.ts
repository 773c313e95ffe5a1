/**
 * Mentions in the article body of a live kompas.com page. Only article text is read: not "Baca juga" links, promos,
 * banners, form fields, scripts, or the extension's own elements.
 */
import { buildTextMap, type TextMap } from '../dom-text/text-map.ts';
import { articleFurnitureBelow, isClutterText } from '../kompas/article-furniture.ts';
import { blocksOf } from './mentions.ts';

export function pageTextMap(body: Element): TextMap {
  return buildTextMap(body, { ignore: articleFurnitureBelow(body) });
}

/** The article blocks of a page map; blocks that are clutter by their text alone are left out too. */
export function articleBlocks(map: TextMap): Array<{ start: number; end: number }> {
  return blocksOf(map).filter((block) => !isClutterText(map.text.slice(block.start, block.end), true));
}
