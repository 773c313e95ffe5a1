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

/** Bucket ids of a sentence's style cues: lower-cased words and adjacent pairs. */
export function domainCues(words: readonly string[], bucketMask: number): number[] {
  const cues: number[] = [];
  let previous = 0;
  for (const word of words) {
    const h = hashString(word.toLowerCase());
    cues.push(h & bucketMask, (Math.imul(previous, 31) ^ h) & bucketMask);
    previous = h;
  }
  return cues;
}

export function sentenceDomain(classifier: DomainClassifier, words: readonly string[]): Domain {
  let score = classifier.bias;
  for (const cue of domainCues(words, classifier.bucketMask)) score += classifier.weights[cue]!;
  return score > 0 ? DOMAIN_ENCYCLOPEDIC : DOMAIN_NEWS;
}
