/**
 * Finding a highlight again, cheapest way first: the recorded position if the quote is still there, then the exact
 * quote (the closest to the old position, with context deciding between repeats), then the quote in two exact
 * pieces around inserted text, then an approximate quote near the old position, then anywhere. Returns null when nothing is close enough: the caller lists the highlight as not
 * found and keeps it.
 */

import { rangeOf, type ArticleText } from './article-text.ts';
import { matchExact, matchFuzzy, type Context } from './match-quote.ts';
import type { Anchor, Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

/**
 * Characters either side of the old position searched, in turn, before the whole article: first the highlight's own
 * paragraph and its neighbours (a word edited in place, the common case), then a few paragraphs added or removed above
 * it. The approximate search costs time in proportion to the text searched, so each window is many times cheaper than
 * a full pass, which still follows when they have no match.
 */
const NEAR_WINDOWS = [400, 3000];

/** Most text a split quote may have between its pieces: a "Baca juga" block or an ad, not whole paragraphs. */
const MAX_INTERRUPTION = 600;
/** Shortest piece of a split quote: shorter ones occur by chance. */
const MIN_PIECE = 8;

/** Longest `n` for which `present(n)` holds, given it holds for 0 and is monotonic; binary search. */
function longest(limit: number, present: (n: number) => boolean): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (present(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The occurrence of `needle` closest to `hint`, or -1. */
function closest(text: string, needle: string, hint: number): number {
  let best = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
    if (at > hint) break;
  }
  return best;
}

/**
 * The quote as two exact pieces with other text between them. The longest head of the quote (after its prefix) and
 * the longest tail (before its suffix) are found by binary search over `indexOf`, so this costs a few dozen scans:
 * cheap enough to try before the approximate search, which cannot bridge an interruption longer than its error budget.
 */
function matchSplit(text: string, quote: TextQuoteSelector, hint: number): Anchor | null {
  const exact = quote.exact;
  const prefix = quote.prefix.slice(-Math.min(quote.prefix.length, 16));
  const suffix = quote.suffix.slice(0, Math.min(quote.suffix.length, 16));
  const headLength = longest(exact.length - 1, (n) => text.includes(prefix + exact.slice(0, n)));
  const tailLength = longest(exact.length - 1, (n) => text.includes(exact.slice(exact.length - n) + suffix));
  if (headLength < MIN_PIECE || tailLength < MIN_PIECE || headLength + tailLength < exact.length) return null;
  // Cut where the pieces meet, at a space if there is one, so each piece is whole words.
  const overlap = exact.slice(exact.length - tailLength, headLength);
  const space = overlap.lastIndexOf(' ');
  const cut = exact.length - tailLength + (space >= 0 ? space : overlap.length);
  const head = exact.slice(0, cut).trimEnd();
  const tail = exact.slice(cut).trimStart();
  if (head.length < MIN_PIECE || tail.length < MIN_PIECE) return null;
  const headAt = closest(text, prefix + head, hint);
  if (headAt < 0) return null;
  const start = headAt + prefix.length;
  const headEnd = start + head.length;
  const tailAt = text.indexOf(tail + suffix, headEnd);
  if (tailAt < 0 || tailAt - headEnd > MAX_INTERRUPTION) return null;
  const end = tailAt + tail.length;
  const score = (head.length + tail.length) / exact.length;
  return { start, end, method: 'split', score: Math.min(1, score), parts: [{ start, end: headEnd }, { start: tailAt, end }] };
}

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
  const split = matchSplit(text, quote, position?.start ?? 0);
  if (split) return split;

  let fuzzy = null;
  for (const window of position ? NEAR_WINDOWS : []) {
    if (fuzzy || text.length <= 2 * window + exact.length) break;
    fuzzy = matchFuzzy(text, exact, context, {
      from: Math.max(0, position!.start - window),
      to: Math.min(text.length, position!.start + exact.length + window),
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
