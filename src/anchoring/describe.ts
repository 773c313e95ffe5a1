/** Selectors for a span of article text: what is stored when the reader makes a highlight. */

import { offsetsOfRange, type ArticleText } from './article-text.ts';
import { CONTEXT_LENGTH, type HighlightSelectors } from './types.ts';

/**
 * Quote and position selectors for `text[start, end)` (normalised article text). Null for an empty or out-of-range
 * span.
 */
export function describeText(text: string, start: number, end: number): HighlightSelectors | null {
  if (start < 0 || end > text.length || start >= end) return null;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Selectors for a DOM Range (the reader's selection), trimmed of surrounding whitespace; null outside the article. */
export function describeRange(at: ArticleText, range: Range): HighlightSelectors | null {
  const offsets = offsetsOfRange(at, range);
  return offsets && describeText(at.text, offsets.start, offsets.end);
}
