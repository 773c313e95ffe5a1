/**
 * The text highlights are anchored in: the article's DOM text with every run of whitespace, and every block boundary,
 * collapsed to one space, and none at either end.
 *
 * Why: the reader view and the original page render the same article with different markup. The page has newlines
 * and indentation between paragraphs (or none: `<p>a</p><p>b</p>` has the DOM text "ab"), `&nbsp;` after datelines,
 * and double spaces; our reader view has none of those. Over the collapsed text, both views give the same string,
 * so a position or quote taken in one is found as-is in the other. Each collapsed character remembers the raw span it
 * stands for, so offsets go back to DOM positions exactly.
 */

import { buildTextMap, type TextMap, type TextMapOptions } from '../dom-text/text-map.ts';
import { rangeFromOffsets, offsetsFromRange, type TextOffsets } from '../dom-text/text-range.ts';
import { textRuns, type TextRun } from '../dom-text/text-runs.ts';

/** Normalised text with, per character, the span of raw text it came from. */
export interface NormalizedText {
  text: string;
  /** `rawStart[i]`: raw offset where character `i` begins. */
  rawStart: Int32Array;
  /** `rawEnd[i]`: raw offset where character `i` ends; equals `rawStart[i]` for a space standing for a block break. */
  rawEnd: Int32Array;
}

export interface ArticleText extends NormalizedText {
  map: TextMap;
}

/** Whitespace as browsers collapse it, plus the no-break and typographic spaces Kompas pages use. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Collapses whitespace (and the zero-width `breaks`) in `raw` to single spaces, trimming both ends. */
export function normalizeText(raw: string, breaks: readonly number[] = []): NormalizedText {
  const rawStart = new Int32Array(raw.length);
  const rawEnd = new Int32Array(raw.length);
  const parts: string[] = [];
  let length = 0;
  let chunkStart = -1; // raw start of the run of kept characters not yet copied, copied with one slice
  let spaceStart = -1; // raw span of whitespace (and breaks) waiting to become one space; -1 when none
  let spaceEnd = -1;
  let nextBreak = 0;
  const flush = (at: number) => {
    if (chunkStart >= 0) parts.push(raw.slice(chunkStart, at));
    chunkStart = -1;
  };
  for (let i = 0; i < raw.length; i++) {
    while (nextBreak < breaks.length && breaks[nextBreak]! < i) nextBreak++;
    if (breaks[nextBreak] === i && spaceStart < 0) {
      flush(i);
      spaceStart = spaceEnd = i;
    }
    if (isSpace(raw.charCodeAt(i))) {
      flush(i);
      if (spaceStart < 0) spaceStart = i;
      spaceEnd = i + 1;
      continue;
    }
    if (spaceStart >= 0) {
      if (length > 0) {
        parts.push(' ');
        rawStart[length] = spaceStart;
        rawEnd[length] = spaceEnd;
        length++;
      }
      spaceStart = -1;
    }
    if (chunkStart < 0) chunkStart = i;
    rawStart[length] = i;
    rawEnd[length] = i + 1;
    length++;
  }
  flush(raw.length);
  return { text: parts.join(''), rawStart: rawStart.subarray(0, length), rawEnd: rawEnd.subarray(0, length) };
}

/** Reads a root's text once for anchoring and describing highlights. */
export function articleText(root: Node, options?: TextMapOptions): ArticleText {
  const map = buildTextMap(root, options);
  return { ...normalizeText(map.text, map.breaks), map };
}

/** Raw (DOM text) offsets of a normalised span. */
export function toRawOffsets(at: NormalizedText, start: number, end: number): TextOffsets | null {
  if (start < 0 || end > at.text.length || start >= end) return null;
  return { start: at.rawStart[start]!, end: at.rawEnd[end - 1]! };
}

/** The normalised span covering raw `[start, end)`: characters whose raw span overlaps it; whitespace-only gives null. */
export function fromRawOffsets(at: NormalizedText, start: number, end: number): TextOffsets | null {
  const n = at.text.length;
  // First character ending after `start`.
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at.rawEnd[mid]! > start) high = mid;
    else low = mid + 1;
  }
  const from = low;
  // First character starting at or after `end`.
  low = from;
  high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at.rawStart[mid]! >= end) high = mid;
    else low = mid + 1;
  }
  let to = low;
  let first = from;
  // A selection's edges often take in the space beyond a word; the highlight should not.
  while (first < to && at.text.charCodeAt(first) === 0x20) first++;
  while (to > first && at.text.charCodeAt(to - 1) === 0x20) to--;
  return first < to ? { start: first, end: to } : null;
}

/** DOM Range of a normalised span. */
export function rangeOf(at: ArticleText, start: number, end: number): Range | null {
  const raw = toRawOffsets(at, start, end);
  return raw && rangeFromOffsets(at.map, raw.start, raw.end);
}

/** Normalised span of a DOM Range (e.g. the user's selection), or null when it covers no article text. */
export function offsetsOfRange(at: ArticleText, range: Range): TextOffsets | null {
  const raw = offsetsFromRange(at.map, range);
  return raw && fromRawOffsets(at, raw.start, raw.end);
}

/** Per-text-node runs of a normalised span, for wrapping in highlight elements. */
export function runsOf(at: ArticleText, start: number, end: number): TextRun[] {
  const raw = toRawOffsets(at, start, end);
  return raw ? textRuns(at.map, raw.start, raw.end) : [];
}
