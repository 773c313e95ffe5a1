/**
 * Entity mentions on the original page through the CSS Custom Highlight API: the page's DOM is not touched, so its
 * scripts, layout and selection behave exactly as before. The registry is passed in, so the logic runs in tests
 * without a browser that implements the API.
 */
import { rangeFromOffsets } from '../dom-text/text-range.ts';
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

export const highlightName = (type: EntityType): string => `kompas-entity-${type}`;
/** The brief mark on the mention the panel jumps to. */
export const FOCUS_HIGHLIGHT = 'kompas-entity-focus';

/**
 * Registers one highlight per enabled type holding all its mentions' ranges; disabled types are removed. Ranges
 * are added one call at a time: Firefox's `Highlight.add` does not return the highlight, so chaining fails there.
 */
export function registerEntityHighlights(
  map: TextMap,
  mentions: readonly Mention[],
  enabled: Record<EntityType, boolean>,
  registry: HighlightRegistryLike,
  createHighlight: () => HighlightLike,
): Map<number, Range> {
  const ranges = new Map<number, Range>();
  const byType: Record<EntityType, HighlightLike | null> = { PER: null, LOC: null, ORG: null };
  mentions.forEach((mention, index) => {
    const range = rangeFromOffsets(map, mention.start, mention.end);
    if (!range) return;
    ranges.set(index, range);
    if (!enabled[mention.type]) return;
    const highlight = (byType[mention.type] ??= createHighlight());
    highlight.add(range);
  });
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    const highlight = byType[type];
    if (highlight) registry.set(highlightName(type), highlight);
    else registry.delete(highlightName(type));
  }
  return ranges;
}

export function clearEntityHighlights(registry: HighlightRegistryLike): void {
  for (const type of ['PER', 'LOC', 'ORG'] as const) registry.delete(highlightName(type));
  registry.delete(FOCUS_HIGHLIGHT);
}
