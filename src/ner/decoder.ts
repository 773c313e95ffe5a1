import { TAGS, TAG_COUNT } from './types.ts';

/**
 * allowed[prev * TAG_COUNT + tag]: BIO forbids I-X unless the previous tag is B-X or I-X. Row TAG_COUNT is the
 * sentence start, where no I- tag may appear.
 */
export const ALLOWED_TRANSITIONS: Uint8Array = (() => {
  const allowed = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let prev = 0; prev <= TAG_COUNT; prev++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      const name = TAGS[tag]!;
      let ok = true;
      if (name.startsWith('I-')) {
        const type = name.slice(2);
        const prevName = prev < TAG_COUNT ? TAGS[prev]! : 'O';
        ok = prevName === `B-${type}` || prevName === `I-${type}`;
      }
      allowed[prev * TAG_COUNT + tag] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/**
 * The tags that may precede b form a range, PREVIOUS_FIRST[b] to PREVIOUS_END[b]: every tag before O or B-X, only
 * B-X and I-X (b - 1 and b in TAGS) before I-X. The Viterbi steps read only these (34 of 49 pairs), in the order a
 * full scan would, so ties break the same way.
 */
const PREVIOUS_FIRST = Uint8Array.from(TAGS, (tag, b) => (tag.startsWith('I-') ? b - 1 : 0));
const PREVIOUS_END = Uint8Array.from(TAGS, (tag, b) => (tag.startsWith('I-') ? b + 1 : TAG_COUNT));

/** Viterbi tables reused between calls; they only grow. */
let scoreScratch = new Float64Array(64 * TAG_COUNT);
let backScratch = new Uint8Array(64 * TAG_COUNT);
/** The transitions with -Infinity where BIO forbids the step, so the inner loop needs no test. */
const allowedScores = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);

/**
 * Best BIO-valid tag sequence under first-order scores (Viterbi).
 * @param emissions n * TAG_COUNT scores, token-major
 * @param transitions (TAG_COUNT + 1) * TAG_COUNT scores: rows are the previous tag, the last row the sentence start
 * @param candidates when given, tokens where it is 0 are tagged O and their emissions are not read (candidates.ts)
 * @returns tag indices into TAGS
 */
export function decode(emissions: ArrayLike<number>, transitions: ArrayLike<number>, n: number, candidates?: ArrayLike<number>): Uint8Array {
  const T = TAG_COUNT;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scoreScratch.length < n * T) {
    scoreScratch = new Float64Array(n * T * 2);
    backScratch = new Uint8Array(n * T * 2);
  }
  const score = scoreScratch;
  const back = backScratch;
  const steps = allowedScores;
  for (let k = 0; k < steps.length; k++) steps[k] = ALLOWED_TRANSITIONS[k] ? transitions[k]! : -Infinity;
  for (let t = 0; t < T; t++) score[t] = steps[T * T + t]! + emissions[t]!;
  if (candidates !== undefined && !candidates[0]) {
    score[0] = steps[T * T]!;
    for (let t = 1; t < T; t++) score[t] = -Infinity;
  }
  let previousOutside = candidates !== undefined && !candidates[0];
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    // A token that cannot be part of a name is O: only that tag is scored, and its emissions are not read. After
    // another such token the only way in is from O.
    if (candidates !== undefined && !candidates[i]) {
      let best = score[prevRow]! + steps[0]!;
      let bestPrev = 0;
      if (!previousOutside) {
        for (let p = 1; p < T; p++) {
          const s = score[prevRow + p]! + steps[p * T]!;
          if (s > best) {
            best = s;
            bestPrev = p;
          }
        }
      }
      score[row] = best;
      back[row] = bestPrev;
      for (let t = 1; t < T; t++) score[row + t] = -Infinity;
      previousOutside = true;
      continue;
    }
    previousOutside = false;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let bestPrev = 0;
      for (let p = PREVIOUS_FIRST[t]!; p < PREVIOUS_END[t]!; p++) {
        const s = score[prevRow + p]! + steps[p * T + t]!;
        if (s > best) {
          best = s;
          bestPrev = p;
        }
      }
      score[row + t] = best + emissions[row + t]!;
      back[row + t] = bestPrev;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * T;
  for (let t = 1; t < T; t++) if (score[lastRow + t]! > score[lastRow + last]!) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/**
 * Second-order decoding (tag trigrams). The perceptron learns a score for every three consecutive tags as well as
 * for every two: "B-PER I-PER I-PER" vs "B-ORG I-ORG I-ORG" runs, "O B-LOC I-LOC" after a title. A state is the
 * pair (previous tag, tag); BIO leaves 34 of the 49 pairs valid.
 */

/** States per token: (previous tag, tag) at tag * (TAG_COUNT + 1) + previous, the previous tag possibly "before the sentence". */
const PAIRS = TAG_COUNT * (TAG_COUNT + 1);
/** Size of a steps table (see secondOrderSteps). */
export const SECOND_ORDER_STEPS = (TAG_COUNT + 1) * (TAG_COUNT + 1) * TAG_COUNT;

/**
 * The score of each step a, b -> c: the transition b -> c plus the trigram (a, b, c), at ((b * TAG_COUNT + c) *
 * (TAG_COUNT + 1) + a) so that the decoder reads the candidates for a in a row; TAG_COUNT stands for "before the
 * sentence" (as a and b at the first token, as a at the second). Built once per model. `out` is reused when given.
 * @param trigrams (TAG_COUNT + 1)^2 * TAG_COUNT scores, [(a * (TAG_COUNT + 1) + b) * TAG_COUNT + c]
 */
export function secondOrderSteps(transitions: ArrayLike<number>, trigrams: ArrayLike<number>, out = new Float64Array(SECOND_ORDER_STEPS)): Float64Array {
  const T = TAG_COUNT;
  for (let a = 0; a <= T; a++) {
    for (let b = 0; b <= T; b++) {
      for (let c = 0; c < T; c++) out[(b * T + c) * (T + 1) + a] = transitions[b * T + c]! + trigrams[(a * (T + 1) + b) * T + c]!;
    }
  }
  return out;
}

/** For each tag b, the tags that may follow it: O first, flattened with offsets. */
const NEXT_OFFSETS = new Uint8Array(TAG_COUNT + 1);
const NEXT_TAGS: Uint8Array = (() => {
  const tags: number[] = [];
  for (let b = 0; b < TAG_COUNT; b++) {
    NEXT_OFFSETS[b] = tags.length;
    for (let c = 0; c < TAG_COUNT; c++) if (ALLOWED_TRANSITIONS[b * TAG_COUNT + c]) tags.push(c);
  }
  NEXT_OFFSETS[TAG_COUNT] = tags.length;
  return Uint8Array.from(tags);
})();

let score2Scratch = new Float64Array(64 * PAIRS);

/**
 * Best BIO-valid tag sequence under second-order scores (Viterbi over tag pairs).
 * @param emissions n * TAG_COUNT scores, token-major
 * @param steps a secondOrderSteps table
 * @param candidates when given, tokens where it is 0 are tagged O and their emissions are not read (candidates.ts).
 *   Around them only pairs with O in the right place can be reached, so only those are scored: a run of ruled-out
 *   tokens costs one addition per token.
 * @returns tag indices into TAGS
 */
export function decode2(emissions: ArrayLike<number>, steps: Float64Array, n: number, candidates?: ArrayLike<number>): Uint8Array {
  const T = TAG_COUNT;
  const S = T;
  const A = T + 1;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (score2Scratch.length < n * PAIRS) score2Scratch = new Float64Array(n * PAIRS * 2);
  const score = score2Scratch;
  const nextOffsets = NEXT_OFFSETS;
  const nextTags = NEXT_TAGS;
  // Row 0: the pairs (before the sentence, c).
  const outside0 = candidates !== undefined && !candidates[0];
  for (let c = 0; c < T; c++) {
    score[c * A + S] = ALLOWED_TRANSITIONS[S * T + c] && (!outside0 || c === 0) ? steps[(S * T + c) * A + S]! + (outside0 ? 0 : emissions[c]!) : -Infinity;
  }
  // Only the best scores are kept going forward; the way back recomputes the best predecessor of the few pairs on
  // the path, which keeps the inner loop free of bookkeeping.
  let prev2Outside = false;
  let prevOutside = outside0;
  for (let i = 1; i < n; i++) {
    const row = i * PAIRS;
    const prevRow = row - PAIRS;
    const outside = candidates !== undefined && !candidates[i];
    const e = i * T;
    // After a ruled-out token the previous tag is O; after two, the one before that is O as well.
    const bEnd = prevOutside ? 1 : T;
    for (let b = 0; b < bEnd; b++) {
      const from = prevRow + b * A;
      const cFirst = nextOffsets[b]!;
      const cEnd = outside ? cFirst + 1 : nextOffsets[b + 1]!;
      const first = PREVIOUS_FIRST[b]!;
      if (i === 1 || prev2Outside) {
        // One possible tag before b: "before the sentence", or O (none if b is I-X).
        const a = i === 1 ? S : 0;
        const p = i === 1 || first === 0 ? score[from + a]! : -Infinity;
        for (let k = cFirst; k < cEnd; k++) {
          const c = nextTags[k]!;
          const best = p + steps[(b * T + c) * A + a]!;
          score[row + c * A + b] = outside ? best : best + emissions[e + c]!;
        }
      } else if (first !== 0) {
        // b is I-X: only B-X and I-X can come before it.
        const p0 = score[from + first]!;
        const p1 = score[from + first + 1]!;
        for (let k = cFirst; k < cEnd; k++) {
          const c = nextTags[k]!;
          const step = (b * T + c) * A + first;
          const best = Math.max(p0 + steps[step]!, p1 + steps[step + 1]!);
          score[row + c * A + b] = outside ? best : best + emissions[e + c]!;
        }
      } else {
        const p0 = score[from]!;
        const p1 = score[from + 1]!;
        const p2 = score[from + 2]!;
        const p3 = score[from + 3]!;
        const p4 = score[from + 4]!;
        const p5 = score[from + 5]!;
        const p6 = score[from + 6]!;
        for (let k = cFirst; k < cEnd; k++) {
          const c = nextTags[k]!;
          const step = (b * T + c) * A;
          const best = Math.max(p0 + steps[step]!, p1 + steps[step + 1]!, p2 + steps[step + 2]!, p3 + steps[step + 3]!,
            p4 + steps[step + 4]!, p5 + steps[step + 5]!, p6 + steps[step + 6]!);
          score[row + c * A + b] = outside ? best : best + emissions[e + c]!;
        }
      }
    }
    prev2Outside = prevOutside;
    prevOutside = outside;
  }
  // The best pair of the last row, among those the last step wrote.
  let bestB: number = S;
  let bestC = 0;
  let bestScore = -Infinity;
  if (n === 1) {
    for (let c = 0; c < T; c++) {
      if (score[c * A + S]! > bestScore) {
        bestScore = score[c * A + S]!;
        bestC = c;
      }
    }
  } else {
    const lastRow = (n - 1) * PAIRS;
    // Here prev2Outside tells whether token n - 2 was ruled out, prevOutside whether token n - 1 was.
    const bEnd = prev2Outside ? 1 : T;
    for (let b = 0; b < bEnd; b++) {
      const cEnd = prevOutside ? nextOffsets[b]! + 1 : nextOffsets[b + 1]!;
      for (let k = nextOffsets[b]!; k < cEnd; k++) {
        const c = nextTags[k]!;
        const s = score[lastRow + c * A + b]!;
        if (s > bestScore) {
          bestScore = s;
          bestB = b;
          bestC = c;
        }
      }
    }
  }
  tags[n - 1] = bestC;
  if (n > 1) tags[n - 2] = bestB;
  for (let i = n - 1; i >= 2; i--) {
    const b = tags[i - 1]!;
    const c = tags[i]!;
    // The tag before b: O after a ruled-out token (i - 2), else the best of those that may precede b.
    let a = 0;
    if (candidates === undefined || candidates[i - 2]) {
      const from = (i - 1) * PAIRS + b * A;
      const step = (b * T + c) * A;
      let best = -Infinity;
      for (let x = PREVIOUS_FIRST[b]!; x < PREVIOUS_END[b]!; x++) {
        const s = score[from + x]! + steps[step + x]!;
        if (s > best) {
          best = s;
          a = x;
        }
      }
    }
    tags[i - 2] = a;
  }
  return tags;
}
