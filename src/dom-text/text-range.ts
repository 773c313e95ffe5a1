/** Conversions between DOM Ranges and offsets into a `TextMap`'s text. */

import { buildTextMap, offsetAt, positionAt, type TextMap, type TextMapOptions } from './text-map.ts';

/** A half-open span `[start, end)` of string offsets. */
export interface TextOffsets {
  start: number;
  end: number;
}

function mapOf(source: Node | TextMap, options?: TextMapOptions): TextMap {
  return 'starts' in source ? source : buildTextMap(source, options);
}

/**
 * A Range covering `[start, end)` of the text, or null when the offsets are out of range or reversed. Pass a map
 * built once when converting many spans of the same root.
 */
export function rangeFromOffsets(
  source: Node | TextMap,
  start: number,
  end: number,
  options?: TextMapOptions,
): Range | null {
  const boundaries = boundariesFromOffsets(mapOf(source, options), start, end);
  return boundaries && liveRangeOf(boundaries);
}

/**
 * A live Range over the boundary points of a static one (or of its init). Throws, as `setStart` does, when the
 * document has changed them away.
 */
export function liveRangeOf(boundaries: StaticRangeInit): Range {
  const range = boundaries.startContainer.ownerDocument!.createRange();
  range.setStart(boundaries.startContainer, boundaries.startOffset);
  range.setEnd(boundaries.endContainer, boundaries.endOffset);
  return range;
}

/**
 * The boundary points of `[start, end)` of the map's text, as a `StaticRange` takes them, or null when the offsets
 * are out of range or reversed.
 */
export function boundariesFromOffsets(map: TextMap, start: number, end: number): StaticRangeInit | null {
  if (start > end) return null;
  const from = positionAt(map, start, 'start');
  const to = positionAt(map, end, start === end ? 'start' : 'end');
  if (!from || !to) return null;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

/** The offsets a Range covers, or null when either end lies outside the root. */
export function offsetsFromRange(source: Node | TextMap, range: Range, options?: TextMapOptions): TextOffsets | null {
  const map = mapOf(source, options);
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start, end: Math.max(start, end) };
}
