import type { Domain } from './domain.ts';
import { markGazetteer } from './gazetteer.ts';
import { markKnownEntities, type KnownEntities } from './known-entities.ts';
import { combine as combineHashes, hashRange, hashRangeAfter, hashString as hashText } from './hash.ts';

// Module-local aliases: some module loaders turn each use of an import into a property read, and these run in the
// innermost loop of the tagger.
const combine = combineHashes;
const hashString = hashText;

/** Lower-cased word -> word class learnt from the lower-cased NERP corpus ("PPL", "PLC", "IND", ...). */
export type WordClassLexicon = ReadonlyMap<string, string>;

/** What the features know about words beyond the sentence itself. */
export interface WordKnowledge {
  lexicon: WordClassLexicon;
  known: KnownEntities;
  /** Lower-cased word -> its distributional cluster (scripts/ner/clusters.ts); rare words have none. */
  clusters: WordClusters;
}

/** Lower-cased word (brackets stripped, see clusterKey) -> "coarse/fine" cluster ids such as "17/305". */
export type WordClusters = ReadonlyMap<string, string>;

/** Shared templates per token, the same in both domains. */
const SHARED_FEATURES = 38;
/**
 * Templates that are also emitted conjoined with the sentence's domain (numbers as in sentenceFeatures), so each
 * guideline can shift the weights where the two corpora disagree: the word, its neighbours, shapes and list marks.
 * Conjoining all templates was no better on dev/valid and made the model larger and slower.
 */
export const DOMAIN_TEMPLATES = [1, 3, 4, 7, 10, 11, 17, 18, 19, 20, 24, 25, 26, 30] as const;
/** Features per token; fixed so that a sentence's features fit one flat array. */
export const FEATURES_PER_TOKEN = SHARED_FEATURES + DOMAIN_TEMPLATES.length;

/**
 * Positions, within a token's features, of those that name the word itself (its forms and the bigrams containing
 * it, shared and domain-conjoined, and its fine cluster, which for a rare word is nearly its identity). Training
 * hides them now and then so the model also learns to recognise names it has never seen from their shape and context.
 */
export const WORD_IDENTITY_SLOTS: readonly number[] = [1, 2, 10, 11, 25, 26, 37].flatMap((t) => {
  const conjoined = (DOMAIN_TEMPLATES as readonly number[]).indexOf(t);
  return conjoined < 0 ? [t] : [t, SHARED_FEATURES + conjoined];
});

/** Per-token values that several templates reuse, hashed once per word: slots of a flat array, VALUE_COUNT per token. */
export const WORD = 0;
export const LOWER = 1;
export const SHAPE = 2;
export const SHORT_SHAPE = 3;
export const SUFFIX2 = 4;
export const SUFFIX3 = 5;
export const SUFFIX4 = 6;
export const PREFIX2 = 7;
export const PREFIX3 = 8;
export const WORD_CLASS = 9;
export const FLAGS = 10;
export const GAZETTEER = 11;
export const KNOWN = 12;
export const CLUSTER_COARSE = 13;
export const CLUSTER_FULL = 14;
export const VALUE_COUNT = 15;

const NONE = hashString('<none>');
/** The value of a token that no list phrase or known name covers. */
export const NO_MARK = hashString('-');

/**
 * idner-news-2k glues brackets to words ("(Litbang)", "(2/12/2014)") while the tokeniser and NERGrit split them;
 * features read the word without its brackets so both spellings share weights.
 */
function stripBrackets(word: string): string {
  if (word.length > 2 && word.charCodeAt(0) === 40 /* ( */) {
    return word.charCodeAt(word.length - 1) === 41 /* ) */ ? word.slice(1, -1) : word.slice(1);
  }
  if (word.length > 2 && word.charCodeAt(word.length - 1) === 41) return word.slice(0, -1);
  return word;
}

/** "Jokowi-JK" -> "Xx-X", "G20" -> "Xd", "2/12/2014" -> "d/d/d": character classes with runs collapsed. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const ch = word.charAt(i);
    let cls: string;
    // ASCII by code; other characters by their case mappings.
    if (code >= 48 && code <= 57) cls = 'd';
    else if (code >= 65 && code <= 90) cls = 'X';
    else if (code >= 97 && code <= 122) cls = 'x';
    else if (code < 128) cls = ch;
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** The short shapes a word can have, in the order `shortShapeIndex` numbers them. */
export const SHORT_SHAPES = ['D', 'A', 'C', 'L', 'P'] as const;

/** The shape reduced to what matters most for names: capitalised, all capitals, lower, digits, other. */
function shortShapeOf(word: string, shape: string): string {
  const first = word.charAt(0);
  if (first >= '0' && first <= '9') return 'D';
  if (first !== first.toLowerCase()) return shape === 'X' && word.length > 1 ? 'A' : 'C';
  if (first !== first.toUpperCase()) return 'L';
  return 'P';
}

/** The form of a word that clusters are learnt and looked up by: brackets stripped, lower-cased. */
export function clusterKey(word: string): string {
  return stripBrackets(word).toLowerCase();
}

/** Cluster values are the hashes of "c:" and the coarse cluster, and of "f:" and the whole path. */
const COARSE_PREFIX = hashString('c:');
const FULL_PREFIX = hashString('f:');

function wordValues(word: string, lexicon: WordClassLexicon, clusters: WordClusters): Uint32Array {
  const bare = stripBrackets(word);
  const lower = bare.toLowerCase();
  const shape = wordShape(bare);
  const values = new Uint32Array(VALUE_COUNT);
  values[WORD] = hashString(bare);
  values[LOWER] = hashString(lower);
  values[SHAPE] = hashString(shape.length > 6 ? shape.slice(0, 6) : shape);
  values[SHORT_SHAPE] = hashString(shortShapeOf(bare, shape));
  // Affixes hashed in place: a new word is mostly met on a page's first reading, and the slices were a fifth of it.
  const length = lower.length;
  values[SUFFIX2] = hashRange(lower, Math.max(0, length - 2), length);
  values[SUFFIX3] = hashRange(lower, Math.max(0, length - 3), length);
  values[SUFFIX4] = hashRange(lower, Math.max(0, length - 4), length);
  values[PREFIX2] = hashRange(lower, 0, Math.min(2, length));
  values[PREFIX3] = hashRange(lower, 0, Math.min(3, length));
  values[WORD_CLASS] = hashString(lexicon.get(lower) ?? '-');
  values[FLAGS] = (bare !== word ? 1 : 0) | (bare.includes('-') ? 2 : 0) | (bare.includes('.') ? 4 : 0);
  values[GAZETTEER] = NO_MARK;
  values[KNOWN] = NO_MARK;
  const path = clusters.get(lower);
  values[CLUSTER_COARSE] = path === undefined ? NO_MARK : hashRangeAfter(COARSE_PREFIX, path, 0, path.indexOf('/'));
  values[CLUSTER_FULL] = path === undefined ? NO_MARK : hashRangeAfter(FULL_PREFIX, path, 0, path.length);
  return values;
}

/** Values of the two padding positions before the first and after the last token. */
function boundaryValues(marker: string): Uint32Array {
  const h = hashString(marker);
  return Uint32Array.from([h, h, h, h, NONE, NONE, NONE, NONE, NONE, h, 8, h, h, h, h]);
}
export const START_VALUES = boundaryValues('<s>');
export const END_VALUES = boundaryValues('</s>');

/**
 * News text repeats its words, so each word's values are cached per lexicon. Bounded: cleared when full, which keeps
 * memory flat on long pages without changing any result.
 */
const CACHE_LIMIT = 50_000;
const valueCaches = new WeakMap<WordClassLexicon, Map<string, Uint32Array>>();

function cacheFor(lexicon: WordClassLexicon): Map<string, Uint32Array> {
  let cache = valueCaches.get(lexicon);
  if (cache === undefined) valueCaches.set(lexicon, (cache = new Map()));
  return cache;
}

/** A word's values (VALUE_COUNT slots; GAZETTEER and KNOWN are NO_MARK, the sentence sets them). */
export function computeWordValues(word: string, knowledge: WordKnowledge): Uint32Array {
  return wordValues(word, knowledge.lexicon, knowledge.clusters);
}

/** `computeWordValues`, cached for callers that look words up one by one. */
export function valuesOfWord(word: string, knowledge: WordKnowledge): Uint32Array {
  const cache = cacheFor(knowledge.lexicon);
  let values = cache.get(word);
  if (values === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    values = wordValues(word, knowledge.lexicon, knowledge.clusters);
    cache.set(word, values);
  }
  return values;
}

/** Hashed gazetteer marks (GAZETTEER slot) of a sentence's tokens; NO_MARK where no list phrase covers a token. */
export function gazetteerValues(words: readonly string[]): Uint32Array {
  const marks = markGazetteer(words);
  const values = new Uint32Array(words.length).fill(NO_MARK);
  for (let i = 0; i < words.length; i++) {
    const mark = marks[i];
    if (mark != null) values[i] = hashString(`${mark.begins ? 'B' : 'I'}${mark.cls}`);
  }
  return values;
}

/** Hashed known-name marks (KNOWN slot) of a sentence's tokens; NO_MARK where no known name covers a token. */
export function knownNameValues(words: readonly string[], known: KnownEntities): Uint32Array {
  const marks = markKnownEntities(words, known);
  const values = new Uint32Array(words.length).fill(NO_MARK);
  for (let i = 0; i < words.length; i++) {
    const mark = marks[i];
    if (mark != null) values[i] = hashString(mark);
  }
  return values;
}

/** Scratch space reused between sentences; it only grows. */
let scratch = new Uint32Array(64 * VALUE_COUNT);

/**
 * Hashes the features of every token of a sentence (FEATURES_PER_TOKEN per token) as raw 32-bit hashes; the model
 * maps them to weight buckets. Template numbers are part of the model format. Reuses `out` when it is large enough.
 */
export function sentenceFeatures(words: readonly string[], knowledge: WordKnowledge, domain: Domain, out?: Uint32Array): Uint32Array {
  const n = words.length;
  const features = out !== undefined && out.length >= n * FEATURES_PER_TOKEN ? out : new Uint32Array(n * FEATURES_PER_TOKEN);
  // Token i's values live at (i + 2) * VALUE_COUNT; two padding positions each side stand for the sentence edges.
  const needed = (n + 4) * VALUE_COUNT;
  if (scratch.length < needed) scratch = new Uint32Array(needed * 2);
  const v = scratch;
  v.set(START_VALUES, 0);
  v.set(START_VALUES, VALUE_COUNT);
  v.set(END_VALUES, (n + 2) * VALUE_COUNT);
  v.set(END_VALUES, (n + 3) * VALUE_COUNT);
  for (let i = 0; i < n; i++) v.set(valuesOfWord(words[i]!, knowledge), (i + 2) * VALUE_COUNT);
  const gazetteer = gazetteerValues(words);
  const known = knownNameValues(words, knowledge.known);
  for (let i = 0; i < n; i++) {
    v[(i + 2) * VALUE_COUNT + GAZETTEER] = gazetteer[i]!;
    v[(i + 2) * VALUE_COUNT + KNOWN] = known[i]!;
  }

  const domainTemplate = 64 + domain;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const first = k;
    const c = (i + 2) * VALUE_COUNT;
    const p1 = c - VALUE_COUNT;
    const p2 = p1 - VALUE_COUNT;
    const n1 = c + VALUE_COUNT;
    const n2 = n1 + VALUE_COUNT;
    const cShort = v[c + SHORT_SHAPE]!;
    const cLower = v[c + LOWER]!;
    features[k++] = combine(0, 0);
    features[k++] = combine(1, cLower);
    features[k++] = combine(2, v[c + WORD]!);
    features[k++] = combine(3, v[p1 + LOWER]!);
    features[k++] = combine(4, v[n1 + LOWER]!);
    features[k++] = combine(5, v[p2 + LOWER]!);
    features[k++] = combine(6, v[n2 + LOWER]!);
    features[k++] = combine(7, v[c + SHAPE]!);
    features[k++] = combine(8, v[p1 + SHORT_SHAPE]!, cShort);
    features[k++] = combine(9, cShort, v[n1 + SHORT_SHAPE]!);
    features[k++] = combine(10, v[p1 + LOWER]!, cLower);
    features[k++] = combine(11, cLower, v[n1 + LOWER]!);
    features[k++] = combine(12, v[c + SUFFIX2]!);
    features[k++] = combine(13, v[c + SUFFIX3]!);
    features[k++] = combine(14, v[c + SUFFIX4]!);
    features[k++] = combine(15, v[c + PREFIX2]!);
    features[k++] = combine(16, v[c + PREFIX3]!);
    features[k++] = combine(17, v[c + GAZETTEER]!);
    features[k++] = combine(18, v[p1 + GAZETTEER]!);
    features[k++] = combine(19, v[n1 + GAZETTEER]!);
    features[k++] = combine(20, v[c + GAZETTEER]!, cShort);
    features[k++] = combine(21, v[c + WORD_CLASS]!);
    features[k++] = combine(22, v[p1 + WORD_CLASS]!);
    features[k++] = combine(23, v[n1 + WORD_CLASS]!);
    // Capitals at the start of a sentence say little; everywhere else they are the strongest cue for a name.
    features[k++] = combine(24, cShort, i === 0 ? 1 : 0);
    features[k++] = combine(25, v[p1 + LOWER]!, cShort);
    features[k++] = combine(26, cShort, v[n1 + LOWER]!);
    features[k++] = combine(27, v[p2 + SHORT_SHAPE]!, v[p1 + SHORT_SHAPE]!);
    features[k++] = combine(28, v[n1 + SHORT_SHAPE]!, v[n2 + SHORT_SHAPE]!);
    features[k++] = combine(29, v[c + FLAGS]!, cShort);
    features[k++] = combine(30, v[p2 + GAZETTEER]!, v[p1 + GAZETTEER]!);
    features[k++] = combine(31, v[c + WORD_CLASS]!, cShort);
    features[k++] = combine(32, v[p1 + LOWER]!, v[p2 + LOWER]!);
    features[k++] = combine(33, v[n1 + LOWER]!, v[n2 + LOWER]!);
    features[k++] = combine(34, v[c + KNOWN]!, cShort);
    features[k++] = combine(35, v[p1 + KNOWN]!, v[c + KNOWN]!);
    // Word clusters from unlabelled text: words used alike ("Jakarta", "Papua", "Sumatera") share weights.
    features[k++] = combine(36, v[c + CLUSTER_COARSE]!);
    features[k++] = combine(37, v[c + CLUSTER_FULL]!);
    for (let t = 0; t < DOMAIN_TEMPLATES.length; t++) features[k++] = combine(domainTemplate, features[first + DOMAIN_TEMPLATES[t]!]!);
  }
  return features;
}
