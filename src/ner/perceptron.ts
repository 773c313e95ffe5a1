/**
 * Training of the structured averaged perceptron behind `model.json`. Pure code (no file access) so that the
 * determinism test can train a tiny model in-process; the runtime never imports this module.
 */
import { decode, decode2, secondOrderSteps, SECOND_ORDER_STEPS } from './decoder.ts';
import { domainCues, type Domain } from './domain.ts';
import { FEATURES_PER_TOKEN, sentenceFeatures, WORD_IDENTITY_SLOTS, type WordClassLexicon } from './features.ts';
import { clustersFromData, type ModelData } from './model.ts';
import { tagsToSpans } from './conll.ts';
import { buildKnownEntities, collectKnownEntities } from './known-entities.ts';
import { TAGS, TAG_COUNT, type Tag } from './types.ts';
import { encodeTagWeights } from './weight-codec.ts';

export interface TrainingSentence {
  words: readonly string[];
  tags: readonly Tag[];
  /** The guideline the sentence was annotated under; it trains the style classifier and conditions features. */
  domain: Domain;
}

export interface TrainingOptions {
  epochs: number;
  bucketBits: number;
  /** Buckets seen fewer times than this in training get no weight: smaller model, less overfitting to one-offs. */
  minCount: number;
  seed: number;
  /** Weights are stored as round(w * scale) in int8; the scale maps this quantile of |w| to `levels`. */
  quantile: number;
  domainBucketBits: number;
  /** Independent runs (different shuffles) whose weights are summed. */
  ensemble: number;
  /** Number of folds for the names each training sentence may see (known-entities.ts). */
  knownEntityFolds: number;
  /** Chance that a token's word-identity features are hidden in one training pass (see WORD_IDENTITY_SLOTS). */
  wordDropout: number;
  /** Largest stored magnitude (at most MAX_STORED_WEIGHT): fewer levels, fewer distinct symbols, a smaller model. */
  levels: number;
  /** Quantised weights of at most this magnitude are dropped (stored as zero): most of them are noise. */
  dropBelow: number;
  /**
   * Learn a score per three consecutive tags as well as per two, decoded by decode2: it sees lists of one type across
   * a separator ("LOC , LOC"), which O hides from a bigram (README: +0.65 F1 on NERGrit valid, idner dev unchanged).
   */
  secondOrder: boolean;
}

/** The shipped model's settings; each was compared on idner dev and NERGrit valid over several seeds (README). */
export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 15,
  bucketBits: 18,
  minCount: 2,
  seed: 20240601,
  quantile: 0.999,
  domainBucketBits: 14,
  ensemble: 8,
  knownEntityFolds: 10,
  wordDropout: 0.3,
  levels: 15,
  dropBelow: 1,
  secondOrder: true,
};

/** A small deterministic PRNG (mulberry32): the same seed always gives the same epoch orders. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged weights kept with the usual lazy trick: avg = w - u / c, where u accumulates c * delta. */
class AveragedVector {
  readonly w: Float64Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
  }
  add(i: number, delta: number, c: number): void {
    this.w[i]! += delta;
    this.u[i]! += c * delta;
  }
  averaged(c: number): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i]! - this.u[i]! / c;
    return out;
  }
}

/**
 * Trains the tagger and the style classifier; `wordClasses` (from wordClassesFromNerp) and `clusterData` (word
 * clusters, scripts/ner/clusters.ts) ship inside the model.
 */
export function train(sentences: readonly TrainingSentence[], wordClasses: Record<string, string>, options: TrainingOptions = DEFAULT_TRAINING, clusterData: Record<string, string> = {}): ModelData {
  const T = TAG_COUNT;
  const lexicon: WordClassLexicon = new Map(Object.entries(wordClasses).flatMap(([cls, words]) => words.split(' ').map((w): [string, string] => [w, cls])));
  const mask = (1 << options.bucketBits) - 1;
  const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

  // Each fold's sentences see only the names of the other folds (see known-entities.ts).
  const folds = options.knownEntityFolds;
  const spans = sentences.map((s) => ({ words: s.words, spans: tagsToSpans(s.tags) }));
  const knownEntities = collectKnownEntities(spans);
  const clusters = clustersFromData(clusterData);
  const foldKnowledge = Array.from({ length: folds }, (_, f) => ({
    lexicon,
    clusters,
    known: buildKnownEntities(collectKnownEntities(spans.filter((_, i) => i % folds !== f))),
  }));
  const encoded: EncodedSentence[] = sentences.map((s, index) => {
    // Training uses each corpus's own guideline; at run time the style classifier supplies the domain.
    const raw = sentenceFeatures(s.words, foldKnowledge[index % folds]!, s.domain);
    const buckets = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) buckets[i] = raw[i]! & mask;
    return { buckets, gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t)!), n: s.words.length };
  });
  const counts = new Uint32Array(mask + 1);
  for (const s of encoded) for (const b of s.buckets) counts[b]!++;
  for (const s of encoded) for (let i = 0; i < s.buckets.length; i++) if (counts[s.buckets[i]!]! < options.minCount) s.buckets[i] = -1;

  // Several runs over different shuffles, summed: averaging out the order each run happened to see makes the
  // weights steadier on unseen text than one longer run.
  const weights = new Float64Array((mask + 1) * T);
  const transitions = new Float64Array((T + 1) * T);
  const trigrams = new Float64Array((T + 1) * (T + 1) * T);
  for (let run = 0; run < options.ensemble; run++) {
    const result = trainRun(encoded, options.epochs, mask, options.seed + run, options.wordDropout, options.secondOrder);
    for (let i = 0; i < weights.length; i++) weights[i]! += result.weights[i]!;
    for (let i = 0; i < transitions.length; i++) transitions[i]! += result.transitions[i]!;
    for (let i = 0; i < trigrams.length; i++) trigrams[i]! += result.trigrams[i]!;
  }
  const scale = quantisationScale(weights, options.quantile, options.levels);
  const domain = trainDomainClassifier(sentences, options);
  return {
    format: 'kompas-ner-perceptron/2',
    bucketBits: options.bucketBits,
    tags: [...TAGS],
    transitions: Array.from(transitions, (t) => Math.round(t * scale)),
    ...(options.secondOrder && { trigrams: Array.from(trigrams, (t) => Math.round(t * scale)) }),
    weights: encodeTagWeights(quantise(weights, scale, options.levels, options.dropBelow), T),
    wordClasses,
    domain,
    knownEntities,
    clusters: clusterData,
  };
}

interface EncodedSentence {
  /** FEATURES_PER_TOKEN bucket ids per token; -1 marks a pruned feature. */
  buckets: Int32Array;
  gold: Uint8Array;
  n: number;
}

/** One structured-perceptron run (Collins 2002) with Viterbi decoding; returns the averaged weights. */
function trainRun(encoded: readonly EncodedSentence[], epochs: number, mask: number, seed: number, wordDropout: number, secondOrder: boolean): { weights: Float64Array; transitions: Float64Array; trigrams: Float64Array } {
  const T = TAG_COUNT;
  const F = FEATURES_PER_TOKEN;
  const weights = new AveragedVector((mask + 1) * T);
  const transitions = new AveragedVector((T + 1) * T);
  const trigrams = new AveragedVector((T + 1) * (T + 1) * T);
  const order = encoded.map((_, i) => i);
  const rand = random(seed);
  let c = 1;
  let emissions = new Float64Array(64 * T);
  const steps = new Float64Array(SECOND_ORDER_STEPS);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    for (const index of order) {
      const { gold, n } = encoded[index]!;
      let buckets = encoded[index]!.buckets;
      if (wordDropout > 0) {
        buckets = buckets.slice();
        for (let i = 0; i < n; i++) {
          if (rand() >= wordDropout) continue;
          for (const slot of WORD_IDENTITY_SLOTS) buckets[i * F + slot] = -1;
        }
      }
      if (emissions.length < n * T) emissions = new Float64Array(n * T * 2);
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < T; t++) {
          let s = 0;
          for (let f = 0; f < F; f++) {
            const b = buckets[i * F + f]!;
            if (b >= 0) s += weights.w[b * T + t]!;
          }
          emissions[i * T + t] = s;
        }
      }
      const predicted = secondOrder ? decode2(emissions, secondOrderSteps(transitions.w, trigrams.w, steps), n) : decode(emissions, transitions.w, n);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        if (g !== p) {
          for (let f = 0; f < F; f++) {
            const b = buckets[i * F + f]!;
            if (b < 0) continue;
            weights.add(b * T + g, 1, c);
            weights.add(b * T + p, -1, c);
          }
        }
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : predicted[i - 1]!;
        if (g !== p || gPrev !== pPrev) {
          transitions.add(gPrev * T + g, 1, c);
          transitions.add(pPrev * T + p, -1, c);
        }
        if (secondOrder) {
          const g2 = i < 2 ? T : gold[i - 2]!;
          const p2 = i < 2 ? T : predicted[i - 2]!;
          if (g !== p || gPrev !== pPrev || g2 !== p2) {
            trigrams.add((g2 * (T + 1) + gPrev) * T + g, 1, c);
            trigrams.add((p2 * (T + 1) + pPrev) * T + p, -1, c);
          }
        }
      }
      c++;
    }
  }
  return { weights: weights.averaged(c), transitions: transitions.averaged(c), trigrams: trigrams.averaged(c) };
}

/** A binary averaged perceptron over style cues: news (negative) vs encyclopedic prose (positive). */
function trainDomainClassifier(sentences: readonly TrainingSentence[], options: TrainingOptions): ModelData['domain'] {
  const mask = (1 << options.domainBucketBits) - 1;
  const weights = new AveragedVector(mask + 1 + 1);
  const biasIndex = mask + 1;
  const examples = sentences.map((s) => ({ cues: domainCues(s.words, mask), y: s.domain === 0 ? -1 : 1 }));
  const order = examples.map((_, i) => i);
  const rand = random(options.seed ^ 0x5bd1e995);
  let c = 1;
  for (let epoch = 0; epoch < 10; epoch++) {
    shuffle(order, rand);
    for (const index of order) {
      const { cues, y } = examples[index]!;
      let score = weights.w[biasIndex]!;
      for (const cue of cues) score += weights.w[cue]!;
      if (score * y <= 0) {
        for (const cue of cues) weights.add(cue, y, c);
        weights.add(biasIndex, y, c);
      }
      c++;
    }
  }
  const averaged = weights.averaged(c);
  const scale = quantisationScale(averaged.subarray(0, biasIndex), options.quantile, 127);
  return { bucketBits: options.domainBucketBits, bias: Math.round(averaged[biasIndex]! * scale), weights: encodeSparse(quantise(averaged.subarray(0, biasIndex), scale, 127, 0)) };
}

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** Scale that maps the given quantile of non-zero |w| to `levels`; the few larger weights are clipped. */
function quantisationScale(weights: Float64Array, quantile: number, levels: number): number {
  const magnitudes: number[] = [];
  for (const w of weights) if (w !== 0) magnitudes.push(Math.abs(w));
  magnitudes.sort((a, b) => a - b);
  const reference = magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * quantile))] ?? 1;
  return levels / reference;
}

/** round(w * scale) clipped to ±levels; magnitudes of at most `dropBelow` become zero. */
function quantise(weights: Float64Array, scale: number, levels: number, dropBelow: number): Int8Array {
  const out = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.max(-levels, Math.min(levels, Math.round(weights[i]! * scale)));
    if (Math.abs(q) > dropBelow) out[i] = q;
  }
  return out;
}

/** The style classifier's int8 weights as base64 of (LEB128 gap, signed byte) pairs; see loadModel. */
function encodeSparse(weights: Int8Array): string {
  const bytes: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const q = weights[i]!;
    if (q === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 128);
    }
    bytes.push(gap);
    bytes.push(q & 0xff);
  }
  return bytesToBase64(Uint8Array.from(bytes));
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Word classes from NERP, a lower-cased news corpus: a word that NERP tags as a person, place or organisation in most
 * of its occurrences gets that class. It gives the model name knowledge beyond the cased training sets.
 */
export function wordClassesFromNerp(sentences: readonly { words: readonly string[]; rawTags: readonly string[] }[], minCount = 2, minShare = 0.6): Record<string, string> {
  const stats = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((word, i) => {
      const raw = s.rawTags[i] ?? 'O';
      const cls = raw === 'O' ? 'O' : raw.slice(2);
      const lower = word.toLowerCase();
      let m = stats.get(lower);
      if (m === undefined) stats.set(lower, (m = new Map()));
      m.set(cls, (m.get(cls) ?? 0) + 1);
    });
  }
  const classes: Record<string, string[]> = {};
  for (const [word, m] of [...stats].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    let best = 'O';
    let bestCount = 0;
    for (const [cls, count] of m) {
      total += count;
      if (count > bestCount || (count === bestCount && cls < best)) {
        best = cls;
        bestCount = count;
      }
    }
    if (best === 'O' || total < minCount || bestCount / total < minShare || word.includes(' ')) continue;
    (classes[best] ??= []).push(word);
  }
  const out: Record<string, string> = {};
  for (const cls of Object.keys(classes).sort()) out[cls] = classes[cls]!.join(' ');
  return out;
}
