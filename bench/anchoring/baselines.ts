/**
 * The two approaches the benchmark compares ours with, each as its tool does it, over the raw `textContent` of the
 * root:
 * - Hypothesis: position selector first if the text there equals the quote, then `matchQuote` (exact occurrences,
 *   else approx-string-match with up to min(256, length / 2) errors), scored quote 50, prefix 20, suffix 20,
 *   position 2. `matchQuote` below follows hypothesis/client src/annotator/anchoring/match-quote.ts.
 * - Memex (and the older Hypothesis): dom-anchor-text-quote, diff-match-patch's bitap over 32-character slices,
 *   with the position selector's start as the hint.
 */

import approxSearch from 'approx-string-match';
import * as textPosition from 'dom-anchor-text-position';
import * as textQuote from 'dom-anchor-text-quote';

/** What each baseline stores for a highlight: W3C quote and position over `textContent`. */
export interface RawSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

function search(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  return 1 - search(text, str, str.length)[0]!.errors / str.length;
}

export function matchQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number },
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const matches = search(text, quote, Math.min(256, quote.length / 2));
  if (matches.length === 0) return null;
  const score = (m: Match) => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix) : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(m.start - context.hint) / text.length : 1;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };
  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: score(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!;
}

/** Selectors as both tools record them when the reader selects `range`. */
export function describeRaw(root: Node, range: Range): RawSelectors {
  const position = textPosition.fromRange(root, range);
  const text = root.textContent ?? '';
  return {
    exact: text.slice(position.start, position.end),
    prefix: text.slice(Math.max(0, position.start - 32), position.start),
    suffix: text.slice(position.end, position.end + 32),
    ...position,
  };
}

export function anchorHypothesis(root: Node, s: RawSelectors): Range | null {
  // TextPositionAnchor, accepted only if the quote is still there.
  const text = root.textContent ?? '';
  if (text.slice(s.start, s.end) === s.exact) return textPosition.toRange(root, { start: s.start, end: s.end });
  // TextQuoteAnchor.toRange reads the text again, as it does in the client.
  const match = matchQuote(root.textContent ?? '', s.exact, { prefix: s.prefix, suffix: s.suffix, hint: s.start });
  return match && textPosition.toRange(root, match);
}

export function anchorMemex(root: Node, s: RawSelectors): Range | null {
  try {
    return textQuote.toRange(root, { exact: s.exact, prefix: s.prefix, suffix: s.suffix }, { hint: s.start });
  } catch {
    return null;
  }
}
