import { hashString } from './hash.ts';

/**
 * The two annotation guidelines in the training data, told apart by writing style:
 * - NEWS: Kompas-style reporting (idner-news-2k), where a country acting or used as a modifier ("pemerintah
 *   Indonesia", "dolar AS") is not a LOC and "Provinsi" stays outside a place name;
 * - ENCYCLOPEDIC: Wikipedia-like prose (NERGrit), where every country mention is a place and "Provinsi", "Gunung",
 *   "Desa" belong to the name.
 * The tagger reads the guess as a feature, so one model serves both styles instead of averaging them.
 */
export const DOMAIN_NEWS = 0;
export const DOMAIN_ENCYCLOPEDIC = 1;
export type Domain = typeof DOMAIN_NEWS | typeof DOMAIN_ENCYCLOPEDIC;

/** Bag-of-words weights (lower-cased words and word bigrams hashed into buckets); positive means encyclopedic. */
export interface DomainClassifier {
  bucketMask: number;
  weights: Int8Array;
  bias: number;
}

/**
 * Hashes of lower-cased words, cached for callers that look words up one by one (news repeats its words); bounded,
 * cleared when full. The recogniser's word records keep their own and ask `hashLowerCase`.
 */
const lowerHashes = new Map<string, number>();
const LOWER_HASH_LIMIT = 50_000;

/** The hash of a word's lower-cased form, as the style cues use it. */
export function hashLowerCase(word: string): number {
  return hashString(word.toLowerCase());
}

/** `hashLowerCase`, cached. */
export function lowerHash(word: string): number {
  let h = lowerHashes.get(word);
  if (h === undefined) {
    h = hashLowerCase(word);
    if (lowerHashes.size >= LOWER_HASH_LIMIT) lowerHashes.clear();
    lowerHashes.set(word, h);
  }
  return h;
}

/** What a caller that has looked a word up already knows: its `lowerHash`. */
export interface StyleCueLookup {
  readonly lowerHash: number;
}

/**
 * Calls `visit` with the bucket of each of a sentence's style cues: lower-cased words and adjacent pairs.
 * `lookups[i]`, when given, holds token i's hash.
 */
function visitCues(words: readonly string[], bucketMask: number, visit: (bucket: number) => void, lookups?: ReadonlyArray<StyleCueLookup>): void {
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const h = lookups === undefined ? lowerHash(words[i]!) : lookups[i]!.lowerHash;
    visit(h & bucketMask);
    visit((Math.imul(previous, 31) ^ h) & bucketMask);
    previous = h;
  }
}

/** Bucket ids of a sentence's style cues (for training the classifier). */
export function domainCues(words: readonly string[], bucketMask: number): number[] {
  const cues: number[] = [];
  visitCues(words, bucketMask, (bucket) => cues.push(bucket));
  return cues;
}

export function sentenceDomain(classifier: DomainClassifier, words: readonly string[], lookups?: ReadonlyArray<StyleCueLookup>): Domain {
  const weights = classifier.weights;
  let score = classifier.bias;
  visitCues(words, classifier.bucketMask, (bucket) => {
    score += weights[bucket]!;
  }, lookups);
  return score > 0 ? DOMAIN_ENCYCLOPEDIC : DOMAIN_NEWS;
}
