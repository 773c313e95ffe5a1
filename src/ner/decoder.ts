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
 * For each tag, the previous tags BIO allows, in tag order: all of them before O or B-X, only B-X and I-X before I-X.
 * The Viterbi step reads only these (34 of 49 pairs), in the order a full scan would, so ties break the same way.
 */
const PREDECESSORS: readonly Uint8Array[] = TAGS.map((_, tag) =>
  Uint8Array.from(TAGS.flatMap((__, prev) => (ALLOWED_TRANSITIONS[prev * TAG_COUNT + tag] ? [prev] : []))));

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
      const predecessors = PREDECESSORS[t]!;
      for (let k = 0; k < predecessors.length; k++) {
        const p = predecessors[k]!;
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
