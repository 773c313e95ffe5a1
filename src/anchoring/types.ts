/**
 * Selectors from the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/#selectors), as stored
 * with every highlight and written to exports unchanged. Offsets and quotes are over the article's *normalised*
 * text (see `article-text.ts`), so they mean the same in the reader view and on the original page.
 */

/** The highlighted words themselves, with some text either side to tell repeated quotes apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The highlighted text. */
  exact: string;
  /** Up to `CONTEXT_LENGTH` characters just before `exact`. */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` characters just after `exact`. */
  suffix: string;
}

/** Where the highlight was in the article text when it was made: the cheapest way to find it again. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offset of the first highlighted character. */
  start: number;
  /** Offset just past the last highlighted character. */
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** What every highlight carries: the quote (always), then the position it was made at. */
export type HighlightSelectors = [TextQuoteSelector, TextPositionSelector];

/** Characters of context kept before and after a quote, as the Hypothesis client keeps. */
export const CONTEXT_LENGTH = 32;

/**
 * How a highlight was found again, cheapest first: at its recorded position; by its exact quote; as its quote in two
 * pieces with other text between them (a "Baca juga" link or an ad injected into the highlighted passage); by an
 * approximate quote.
 */
export type AnchorMethod = 'position' | 'quote' | 'split' | 'fuzzy';

/** A highlight found in the article text. */
export interface Anchor {
  /** Offset in the normalised article text. */
  start: number;
  /** Offset just past the end, in the normalised article text. */
  end: number;
  method: AnchorMethod;
  /** Confidence between 0 and 1.0; 1.0 for a position or exact quote that agrees with its context. */
  score: number;
  /**
   * For a `split` anchor, the two pieces of the quote; the text between them is not the reader's and is not painted.
   * Absent otherwise: the whole of `[start, end)` is the highlight.
   */
  parts?: { start: number; end: number }[];
}
