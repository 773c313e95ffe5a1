import { nameCandidates } from './candidates.ts';
import { decode, decode2, secondOrderSteps } from './decoder.ts';
import { sentenceDomain, type Domain, type DomainClassifier } from './domain.ts';
import { sentenceEmissions } from './emissions.ts';
import { FEATURES_PER_TOKEN, type WordKnowledge } from './features.ts';
import { markGazetteer, prepareGazetteerInSteps, type GazetteerMark } from './gazetteer.ts';
import { buildKnownEntitiesInSteps, type KnownEntitiesData } from './known-entities.ts';
import { runInSlices, runToEnd, type Steps } from '../scheduling/steps.ts';
import { TAGS, TAG_COUNT, type Tag } from './types.ts';
import { decodeTagWeightsInSteps, type TagWeights } from './weight-codec.ts';
import { wordRecords, type WordRecord } from './word-records.ts';

/** The shipped model as stored in `model.json`. */
export interface ModelData {
  format: 'kompas-ner-perceptron/2';
  /** log2 of the number of hash buckets; each bucket holds one weight per tag. */
  bucketBits: number;
  /** Weight tags order, checked against TAGS when loading. */
  tags: string[];
  /** (TAG_COUNT + 1) * TAG_COUNT transition weights in the same integer units as the emission weights. */
  transitions: number[];
  /** Optional (TAG_COUNT + 1)^2 * TAG_COUNT tag-trigram weights (decoder.ts decode2). */
  trigrams?: number[];
  /** The non-zero weights (weight-codec.ts). */
  weights: TagWeights;
  /** Word class -> space-separated lower-cased words of that class. */
  wordClasses: Record<string, string>;
  /**
   * The style classifier (domain.ts): log2 buckets, bias, and its int8 weights as base64 of repeated (gap since the
   * previous index as LEB128, value as a signed byte).
   */
  domain: { bucketBits: number; bias: number; weights: string };
  /** Names seen in training (known-entities.ts). */
  knownEntities: KnownEntitiesData;
  /** Word clusters (features.ts, scripts/ner/clusters.ts): "coarse/fine" -> space-separated lower-cased words. */
  clusters?: Record<string, string>;
}

/** Word -> "coarse/fine" cluster from the shipped form (cluster -> space-separated words). */
export function clustersFromData(data: Record<string, string> | undefined): Map<string, string> {
  return runToEnd(wordGroupsInSteps(data ?? {}));
}

/** Words read in one step of `wordGroupsInSteps`. */
const WORDS_PER_STEP = 2_000;

/** Word -> group from groups of space-separated words (word classes, clusters), yielding every WORDS_PER_STEP words. */
function* wordGroupsInSteps(groups: Record<string, string>): Steps<Map<string, string>> {
  const byWord = new Map<string, string>();
  let count = 0;
  for (const [group, words] of Object.entries(groups)) {
    for (const word of words.split(' ')) {
      if (word === '') continue;
      byWord.set(word, group);
      if (++count % WORDS_PER_STEP === 0) yield;
    }
  }
  return byWord;
}

/** A model ready to tag: weights decoded once. */
export interface Model extends WordKnowledge {
  bucketMask: number;
  weights: Int8Array;
  transitions: Float64Array;
  /** Transition plus tag-trigram score of each step (decoder.ts secondOrderSteps), when the model has trigrams. */
  steps: Float64Array | null;
  domain: DomainClassifier;
}

/**
 * Decodes a model in steps (steps.ts) of well under a millisecond each: the weights, the known names, the word
 * classes and the clusters each take milliseconds in all, tens of them in code not yet optimised on a busy machine,
 * and a page should get the main thread back in between.
 */
function* decodeModel(data: ModelData): Steps<Model> {
  if (data.format !== 'kompas-ner-perceptron/2') throw new Error(`Unknown NER model format: ${String(data.format)}`);
  if (data.tags.join(' ') !== TAGS.join(' ')) throw new Error('NER model tags do not match this recogniser');
  const buckets = 1 << data.bucketBits;
  // Not the model's, but what tagging with it needs first, and as costly on a page's first run.
  yield* prepareGazetteerInSteps();
  const lexicon = yield* wordGroupsInSteps(data.wordClasses);
  const weights = yield* decodeTagWeightsInSteps(data.weights, buckets * TAG_COUNT);
  yield;
  const domainBuckets = 1 << data.domain.bucketBits;
  const domain = { bucketMask: domainBuckets - 1, bias: data.domain.bias, weights: decodeSparse(data.domain.weights, domainBuckets) };
  yield;
  const known = yield* buildKnownEntitiesInSteps(data.knownEntities);
  const clusters = yield* wordGroupsInSteps(data.clusters ?? {});
  return {
    bucketMask: buckets - 1,
    weights,
    transitions: Float64Array.from(data.transitions),
    steps: data.trigrams === undefined ? null : secondOrderSteps(data.transitions, data.trigrams),
    lexicon,
    domain,
    known,
    clusters,
  };
}

export function loadModel(data: ModelData): Model {
  return runToEnd(decodeModel(data));
}

/** The longest stretch of decoding between two pauses, in milliseconds. */
const DECODING_SLICE_MS = 4;

/**
 * `loadModel`, awaiting `pause()` whenever decoding has run for a few milliseconds, so that no task of it is long
 * even where the code runs slowly. `now` is the clock (performance.now by default).
 */
export function loadModelInSteps(data: ModelData, pause: () => Promise<void>, now: () => number = () => performance.now()): Promise<Model> {
  return runInSlices(decodeModel(data), pause, DECODING_SLICE_MS, now);
}

/** The style classifier's weights: base64 of repeated (gap since the previous index as LEB128, signed byte). */
function decodeSparse(base64: string, size: number): Int8Array {
  const weights = new Int8Array(size);
  const bytes = base64ToBytes(base64);
  let index = -1;
  let p = 0;
  while (p < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[p++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    index += gap;
    weights[index] = (bytes[p++]! << 24) >> 24;
  }
  return weights;
}

/**
 * Sums each token's feature weights into `emissions` (n * TAG_COUNT): the definition of the emission scores, as
 * training sees them. Tagging computes the same sums faster (emissions.ts).
 */
export function emissionScores(model: Model, features: Uint32Array, n: number, emissions: Float64Array): void {
  const { weights, bucketMask } = model;
  const perToken = FEATURES_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    const base = i * perToken;
    for (let f = 0; f < perToken; f++) {
      const b = (features[base + f]! & bucketMask) * 7;
      s0 += weights[b]!;
      s1 += weights[b + 1]!;
      s2 += weights[b + 2]!;
      s3 += weights[b + 3]!;
      s4 += weights[b + 4]!;
      s5 += weights[b + 5]!;
      s6 += weights[b + 6]!;
    }
    const o = i * 7;
    emissions[o] = s0;
    emissions[o + 1] = s1;
    emissions[o + 2] = s2;
    emissions[o + 3] = s3;
    emissions[o + 4] = s4;
    emissions[o + 5] = s5;
    emissions[o + 6] = s6;
  }
}

/** Scratch buffer reused between sentences (it only grows); tagging stays pure because nothing escapes it. */
let emissionScratch = new Float64Array(64 * TAG_COUNT);

/**
 * Tags one sentence of already-split words; the domain is guessed from the sentence unless given. `gazetteerMarks`
 * and the words' `records` may be passed when the caller has them already.
 */
export function tagWords(
  model: Model, words: readonly string[], domain?: Domain,
  gazetteerMarks?: ReadonlyArray<GazetteerMark | null>, records: readonly WordRecord[] = wordRecords(model, words),
): Tag[] {
  const n = words.length;
  if (n === 0) return [];
  if (emissionScratch.length < n * TAG_COUNT) emissionScratch = new Float64Array(n * TAG_COUNT * 2);
  const candidates = nameCandidates(words, records);
  sentenceEmissions(model, words, records, domain ?? sentenceDomain(model.domain, words, records), emissionScratch,
    gazetteerMarks ?? markGazetteer(words, records), candidates);
  const best = model.steps === null ? decode(emissionScratch, model.transitions, n, candidates) : decode2(emissionScratch, model.steps, n, candidates);
  const tags = new Array<Tag>(n);
  for (let i = 0; i < n; i++) tags[i] = TAGS[best[i]!]!;
  return tags;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
