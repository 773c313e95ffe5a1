/**
 * Finding a highlight again, cheapest way first: the recorded position if the quote is still there, then the exact
 * quote (the closest to the old position, with context deciding between repeats), then an approximate quote near the
 * old position, then anywhere. Returns null when nothing is close enough: the caller lists the highlight as not
 * found and keeps it.
 */

import { rangeOf, type ArticleText } from './article-text.ts';
import { matchExact, matchFuzzy, type Context } from './match-quote.ts';
import type { Anchor, Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

/**
 * Characters either side of the old position searched before the whole article. Covers a few paragraphs added or
 * removed above the highlight; the approximate search costs time in proportion to the text searched, so on a long
 * article this window is many times cheaper than a full pass, which still follows if the window has no match.
 */
const NEAR_WINDOW = 3000;

function pick(selectors: readonly Selector[]): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of selectors) {
    if (s.type === 'TextQuoteSelector') quote ??= s;
    else if (s.type === 'TextPositionSelector') position ??= s;
  }
  return { quote, position };
}

/** Anchors selectors in normalised article text; offsets in the result are offsets in `text`. */
export function anchorInText(text: string, selectors: readonly Selector[]): Anchor | null {
  const { quote, position } = pick(selectors);
  if (!quote || quote.exact.length === 0) {
    // Without a quote there is nothing to check a position against; trust it only if it fits the text.
    if (position && position.start >= 0 && position.end <= text.length && position.start < position.end) {
      return { start: position.start, end: position.end, method: 'position', score: 1 };
    }
    return null;
  }
  const exact = quote.exact;
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const context: Context = { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const found = matchExact(text, exact, context);
  if (found) return { start: found.start, end: found.end, method: 'quote', score: found.score };

  let fuzzy = null;
  if (position && text.length > 2 * NEAR_WINDOW + exact.length) {
    fuzzy = matchFuzzy(text, exact, context, {
      from: Math.max(0, position.start - NEAR_WINDOW),
      to: Math.min(text.length, position.start + exact.length + NEAR_WINDOW),
    });
  }
  fuzzy ??= matchFuzzy(text, exact, context);
  return fuzzy && { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score };
}

/** An anchor with the DOM Range it covers. */
export interface DomAnchor extends Anchor {
  range: Range;
}

/** Anchors selectors in a root read with `articleText`; null when not found. */
export function anchorInArticle(at: ArticleText, selectors: readonly Selector[]): DomAnchor | null {
  const anchor = anchorInText(at.text, selectors);
  const range = anchor && rangeOf(at, anchor.start, anchor.end);
  return anchor && range ? { ...anchor, range } : null;
}

/** Outcome of anchoring every highlight of an article. */
export interface AnchoringReport<T> {
  anchored: { item: T; anchor: Anchor }[];
  /** Highlights whose text is no longer in the article: shown as "not found", never dropped. */
  notFound: T[];
}

/** Anchors many items over one reading of the article text. */
export function anchorAll<T extends { selectors: readonly Selector[] }>(text: string, items: readonly T[]): AnchoringReport<T> {
  const report: AnchoringReport<T> = { anchored: [], notFound: [] };
  for (const item of items) {
    const anchor = anchorInText(text, item.selectors);
    if (anchor) report.anchored.push({ item, anchor });
    else report.notFound.push(item);
  }
  return report;
}
