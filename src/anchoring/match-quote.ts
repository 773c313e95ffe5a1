/**
 * Finding a quote in text that may have changed since the quote was taken: exact occurrences first, approximate
 * ones when there are none, each scored by how well the quote, the text around it and its position agree with what
 * was recorded. The scoring follows the Hypothesis client's `match-quote.ts`.
 */

import { approxSearch, minErrors } from './approx-search.ts';

/** A place in the text where the quote was found. */
export interface Match {
  /** Offset of the first matched character. */
  start: number;
  /** Offset just past the last matched character. */
  end: number;
  /** Edit distance between the quote and the matched text. */
  errors: number;
  /** Score for the match between 0 and 1.0, where 1.0 is a perfect match for the quote and its context. */
  score: number;
}

/** What else is known about where the quote was. */
export interface Context {
  /** Text expected just before the quote. */
  prefix?: string;
  /** Text expected just after the quote. */
  suffix?: string;
  /** Offset where the quote is expected to start. */
  hint?: number;
}

/** How much each agreement counts. The quote matters most; position only breaks ties between equal candidates. */
export const WEIGHTS = {
  /** Similarity of the matched text to the quote. */
  quote: 50,
  /** Similarity of the text before the match to the recorded prefix. */
  prefix: 20,
  /** Similarity of the text after the match to the recorded suffix. */
  suffix: 20,
  /** Closeness of the match to the hinted offset. */
  position: 2,
} as const;

const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Error budget of a fuzzy match: half the quote, as Hypothesis allows, so a highlight of a few words still anchors
 * after one of them is rewritten. The cost of the search does not grow with it; the risk of a wrong match does, and
 * `matchQuote` answers that by asking the context to confirm heavily edited matches. Capped because past 256 edits
 * the "same" passage is a different one.
 */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/** Matches with more errors than this share of the quote must have their prefix or suffix agree. */
const UNCONFIRMED_ERROR_SHARE = 0.25;
/**
 * Quotes shorter than this must have any inexact match confirmed by context: a word or two with a letter changed
 * ("menit itu" / "telit itu") is as likely another passage as the same one edited.
 */
const UNCONFIRMED_MIN_LENGTH = 32;
/** Least context similarity that confirms a heavily edited match. */
const CONFIRMING_CONTEXT_SCORE = 0.5;
/** Exact occurrences scored at most; beyond this the quote is too common for context to pick one reliably anyway. */
const MAX_EXACT_CANDIDATES = 1000;

/** Similarity of `text` to `expected` between 0 and 1; 1 when there was no expectation. */
function contextScore(text: string, expected: string | undefined): number {
  if (!expected) return 1;
  if (text.length === 0) return 0;
  return 1 - minErrors(text, expected) / expected.length;
}

function score(text: string, quote: string, start: number, end: number, errors: number, context: Context): Match {
  const prefixScore = context.prefix
    ? contextScore(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix)
    : 1;
  const suffixScore = context.suffix ? contextScore(text.slice(end, end + context.suffix.length), context.suffix) : 1;
  const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(start - context.hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * (1 - errors / quote.length) +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return { start, end, errors, score: raw / MAX_SCORE };
}

/** The best exact occurrence of `quote`, or null when it does not occur. */
export function matchExact(text: string, quote: string, context: Context = {}): Match | null {
  if (quote.length === 0) return null;
  const first = text.indexOf(quote);
  if (first < 0) return null;
  let best: Match | null = null;
  let count = 0;
  for (let at = first; at >= 0 && count < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1), count++) {
    const candidate = score(text, quote, at, at + quote.length, 0, context);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

export interface FuzzyOptions {
  /** Search only `text[from, to)`. */
  from?: number;
  to?: number;
}

/** The best approximate occurrence of `quote`, or null when none is close enough or confirmed by its context. */
export function matchFuzzy(text: string, quote: string, context: Context = {}, options: FuzzyOptions = {}): Match | null {
  if (quote.length === 0) return null;
  const maxErrors = maxErrorsFor(quote);
  const candidates = approxSearch(text, quote, { maxErrors, from: options.from, to: options.to, limit: 16 });
  let best: Match | null = null;
  for (const c of candidates) {
    const candidate = score(text, quote, c.start, c.end, c.errors, context);
    if (c.errors > quote.length * UNCONFIRMED_ERROR_SHARE || (c.errors > 0 && quote.length < UNCONFIRMED_MIN_LENGTH)) {
      const prefixScore = contextScore(text.slice(Math.max(0, c.start - (context.prefix?.length ?? 0)), c.start), context.prefix);
      const suffixScore = contextScore(text.slice(c.end, c.end + (context.suffix?.length ?? 0)), context.suffix);
      const confirmed = (context.prefix && prefixScore >= CONFIRMING_CONTEXT_SCORE) ||
        (context.suffix && suffixScore >= CONFIRMING_CONTEXT_SCORE);
      if (!confirmed) continue;
    }
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best && snapToWords(text, quote, best);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/**
 * Moves the ends of an approximate match to word boundaries where the quote had them. Edit distance is indifferent
 * between "perca" + a deletion and "percaya" + a substitution when the quote's last word was rewritten, but a reader
 * highlights whole words: a cut word is extended to its end, and a space the quote did not have is left out.
 */
function snapToWords(text: string, quote: string, match: Match): Match {
  let { start, end } = match;
  if (isWordChar(quote[0])) {
    while (start < end && text[start] === ' ') start++;
    while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  }
  if (isWordChar(quote[quote.length - 1])) {
    while (end > start && text[end - 1] === ' ') end--;
    while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  }
  return start < end ? { ...match, start, end } : match;
}

/** Exact first (cheap, and what nearly every revisit needs), approximate when the quote no longer occurs as-is. */
export function matchQuote(text: string, quote: string, context: Context = {}): Match | null {
  return matchExact(text, quote, context) ?? matchFuzzy(text, quote, context);
}
