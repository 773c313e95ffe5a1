/**
 * Approximate string search: where a pattern occurs in a text with at most k edits (insertions, deletions,
 * substitutions). Myers' bit-parallel algorithm (J. ACM 1999) in Hyyrö's blocked form for patterns longer than 32:
 * each text character costs one pass over ceil(m / 32) machine words whatever k is, so a 300-character quote over a
 * 20,000-character article is about 200,000 word steps. Starts are found by running the same search backwards from
 * each chosen end over at most m + k characters.
 */

/** A stretch of text matching the pattern. */
export interface ApproxMatch {
  /** Offset of the first matched character. */
  start: number;
  /** Offset just past the last matched character. */
  end: number;
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/** Bit masks of where each character occurs in the pattern, 32 pattern positions per block. */
interface Pattern {
  length: number;
  blocks: number;
  peq: Map<number, Int32Array>;
  /** Bit of the pattern's last position within the last block. */
  lastBit: number;
}

const NO_MATCH_CACHE = new Map<number, Int32Array>();

function compile(pattern: string): Pattern {
  const blocks = Math.ceil(pattern.length / 32);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let masks = peq.get(code);
    if (!masks) peq.set(code, (masks = new Int32Array(blocks)));
    masks[i >> 5]! |= 1 << (i & 31);
  }
  return { length: pattern.length, blocks, peq, lastBit: 1 << ((pattern.length - 1) & 31) };
}

function zeros(blocks: number): Int32Array {
  let z = NO_MATCH_CACHE.get(blocks);
  if (!z) NO_MATCH_CACHE.set(blocks, (z = new Int32Array(blocks)));
  return z;
}

/**
 * Runs the search over `text[from, to)` (backwards when `reverse`), calling `visit(i, errors)` after each character
 * with the text index just consumed and the edit distance of the best alignment of the whole pattern ending there.
 */
function scan(
  p: Pattern,
  text: string,
  from: number,
  to: number,
  reverse: boolean,
  visit: (index: number, errors: number) => void,
): void {
  const { blocks, peq, lastBit } = p;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const none = zeros(blocks);
  let score = p.length;
  const last = blocks - 1;
  for (let step = 0, n = to - from; step < n; step++) {
    const index = reverse ? to - 1 - step : from + step;
    const eqs = peq.get(text.charCodeAt(index)) ?? none;
    let hIn = 0; // the top row of a search is all zeros: a match may start anywhere
    for (let b = 0; b < blocks; b++) {
      const pv = P[b]!;
      const mv = M[b]!;
      const hInNeg = hIn < 0 ? 1 : 0;
      const eq = eqs[b]! | hInNeg;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const mask = b === last ? lastBit : 0x80000000 | 0;
      const hOut = ((ph & mask) !== 0 ? 1 : 0) - ((mh & mask) !== 0 ? 1 : 0);
      ph = (ph << 1) | (hIn > 0 ? 1 : 0);
      mh = (mh << 1) | hInNeg;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hIn = hOut;
    }
    score += hIn;
    visit(index, score);
  }
}

/** Smallest edit distance between `pattern` and any substring of `text` (0 for an empty pattern). */
export function minErrors(text: string, pattern: string): number {
  if (pattern.length === 0) return 0;
  if (text.includes(pattern)) return 0;
  let best = pattern.length;
  scan(compile(pattern), text, 0, text.length, false, (_, errors) => {
    if (errors < best) best = errors;
  });
  return best;
}

export interface SearchOptions {
  /** Most edits a match may have. */
  maxErrors: number;
  /** Search only `text[from, to)`; the whole text by default. */
  from?: number;
  to?: number;
  /**
   * How many matches to return, fewest errors first. Long runs of neighbouring ends all match one place with a few
   * more errors; only the best end of each run is a candidate, and only the best few get the backwards pass.
   */
  limit?: number;
}

/** Matches of `pattern` in `text` with at most `maxErrors` edits, fewest errors first; empty when none. */
export function approxSearch(text: string, pattern: string, options: SearchOptions): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const k = Math.max(0, Math.floor(options.maxErrors));
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  const forward = compile(pattern);

  // Best end of each run of consecutive qualifying ends.
  const ends: { end: number; errors: number }[] = [];
  let runBest: { end: number; errors: number } | null = null;
  scan(forward, text, from, to, false, (index, errors) => {
    if (errors <= k) {
      if (!runBest) runBest = { end: index + 1, errors };
      else if (errors < runBest.errors) runBest = { end: index + 1, errors };
    } else if (runBest) {
      ends.push(runBest);
      runBest = null;
    }
  });
  if (runBest) ends.push(runBest);
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  const chosen = ends.slice(0, options.limit ?? 16);

  const backward = compile(pattern.split('').reverse().join(''));
  return chosen.map(({ end, errors }) => {
    // Backwards from `end`, the alignment start is where the reversed pattern's best alignment ends; among equally
    // good ones, the one giving a length closest to the pattern's.
    let start = end;
    let bestErrors = Infinity;
    let bestGap = Infinity;
    scan(backward, text, Math.max(from, end - m - k), end, true, (index, e) => {
      const gap = Math.abs(end - index - m);
      if (e < bestErrors || (e === bestErrors && gap < bestGap)) {
        bestErrors = e;
        bestGap = gap;
        start = index;
      }
    });
    return { start, end, errors: Math.min(errors, bestErrors) };
  });
}
