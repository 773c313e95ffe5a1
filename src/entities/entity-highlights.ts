/**
 * Entity mentions on the original page through the CSS Custom Highlight API: the page's DOM is not touched, so its
 * scripts, layout and selection behave exactly as before. The registry is passed in, so the logic runs in tests
 * without a browser that implements the API.
 *
 * The ranges are static. The browser updates every live Range of a document on every change to it, the page's own
 * scripts' and the reader view's included, and an article has hundreds of mentions: with live ranges, marking the
 * reader's mentions took twice as long. A static range costs nothing until it is painted; it does not follow the
 * page's changes, so whoever registers them registers them again when the article's text nodes change.
 */
import { boundariesFromOffsets } from '../dom-text/text-range.ts';
import type { TextMap } from '../dom-text/text-map.ts';
import type { EntityType } from '../ner/index.ts';
import type { Mention } from './mentions.ts';

/** The parts of `CSS.highlights` and `Highlight` we use. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}
export interface HighlightLike {
  add(range: AbstractRange): unknown;
}

/**
 * Which colours the page's highlights take: the light palette's on a light page, the dark's on a dark one. A
 * highlight's look is fixed by its name in the manifest's stylesheet, so the palette is chosen by name, in script,
 * without adding anything to the page.
 */
export type PagePalette = 'light' | 'dark';
export const PAGE_PALETTES: readonly PagePalette[] = ['light', 'dark'];

export const highlightName = (type: EntityType, palette: PagePalette = 'light'): string =>
  palette === 'light' ? `kompas-entity-${type}` : `kompas-entity-${palette}-${type}`;
/** The brief mark on the mention the panel jumps to. */
export const FOCUS_HIGHLIGHT = 'kompas-entity-focus';

/**
 * Registers one highlight per enabled type holding all its mentions' ranges (made by `createRange`, a `StaticRange`
 * in the browser), under the names of `palette`; disabled types, and every name of the other palettes, are removed. Returns every mention's range, by index. Ranges are added one call
 * at a time: Firefox's `Highlight.add` does not return the highlight, so chaining fails there.
 */
export function registerEntityHighlights(
  map: TextMap,
  mentions: readonly Mention[],
  enabled: Record<EntityType, boolean>,
  registry: HighlightRegistryLike,
  createHighlight: () => HighlightLike,
  createRange: (boundaries: StaticRangeInit) => AbstractRange,
  palette: PagePalette = 'light',
): Map<number, AbstractRange> {
  const ranges = new Map<number, AbstractRange>();
  const byType: Record<EntityType, HighlightLike | null> = { PER: null, LOC: null, ORG: null };
  mentions.forEach((mention, index) => {
    const boundaries = boundariesFromOffsets(map, mention.start, mention.end);
    if (!boundaries) return;
    const range = createRange(boundaries);
    ranges.set(index, range);
    if (!enabled[mention.type]) return;
    const highlight = (byType[mention.type] ??= createHighlight());
    highlight.add(range);
  });
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    const highlight = byType[type];
    if (highlight) registry.set(highlightName(type, palette), highlight);
    else registry.delete(highlightName(type, palette));
    for (const other of PAGE_PALETTES) if (other !== palette) registry.delete(highlightName(type, other));
  }
  return ranges;
}

export function clearEntityHighlights(registry: HighlightRegistryLike): void {
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    for (const palette of PAGE_PALETTES) registry.delete(highlightName(type, palette));
  }
  registry.delete(FOCUS_HIGHLIGHT);
}
