/**
 * Which entity palette suits the original page, read from the page's real background rather than the system's
 * light or dark preference: Kompas stays white when the system is dark, and the dark palette's pale underlines fall
 * to 2:1 on it.
 */
import { colour, contrastRatio, over, parseColour, type Rgba } from '../colour/contrast.ts';
import { ENTITY_PALETTE } from './entity-palette.ts';
import type { PagePalette } from './entity-highlights.ts';

/** The canvas behind a page whose elements paint no background of their own. */
const CANVAS = colour('#ffffff');

/**
 * The colour `element`'s text is seen on: its own background laid over its ancestors' up to the first opaque one
 * (or the canvas). Background images are not read: the article body of a news page sits on a plain colour.
 */
export function effectiveBackground(element: Element): Rgba {
  const view = element.ownerDocument.defaultView;
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node && view; node = node.parentElement) {
    const layer = parseColour(view.getComputedStyle(node).backgroundColor);
    if (!layer || layer.a === 0) continue;
    layers.push(layer);
    if (layer.a >= 1) break;
  }
  return layers.reduceRight((behind, layer) => over(layer, behind), CANVAS);
}

/** The palette whose weakest underline stands out most against `background`. */
export function paletteFor(background: Rgba): PagePalette {
  const weakest = (palette: PagePalette) =>
    Math.min(...Object.values(ENTITY_PALETTE[palette]).map((look) => contrastRatio(colour(look.line), background)));
  return weakest('dark') > weakest('light') ? 'dark' : 'light';
}
