import { markGazetteer } from './gazetteer.ts';
import { combine, hashString } from './hash.ts';
import type { Domain } from './domain.ts';

/** Lower-cased word -> word class learnt from the lower-cased NERP corpus ("PPL", "PLC", "IND", ...). */
export type WordClassLexicon = ReadonlyMap<string, string>;

/** Shared templates per token, the same in both domains. */
const SHARED_FEATURES = 34;
/**
 * Templates that are also emitted conjoined with the sentence's domain (features.ts numbering), so each guideline
 * can shift the weights where the two corpora disagree: the word itself, its neighbours, shapes and list marks.
 */
const DOMAIN_TEMPLATES = [1, 3, 4, 7, 10, 11, 17, 18, 19, 20, 24, 25, 26, 30] as const;
/** Features per token; fixed so that a sentence's features fit one flat array. */
export const FEATURES_PER_TOKEN = SHARED_FEATURES + DOMAIN_TEMPLATES.length;

const NONE = hashString('<none>');
const NO_MARK = hashString('-');
const SENTENCE_START = hashString('<s>');
const SENTENCE_END = hashString('</s>');

/** Per-token values that several templates reuse, hashed once per token. */
interface TokenValues {
  word: number;
  lower: number;
  shape: number;
  shortShape: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  prefix2: number;
  prefix3: number;
  gazetteer: number;
  wordClass: number;
  flags: number;
}

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
    const ch = word.charAt(i);
    let cls: string;
    if (ch >= '0' && ch <= '9') cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** The shape reduced to what matters most for names: capitalised, all capitals, lower, digits, other. */
function shortShapeOf(word: string, shape: string): string {
  const first = word.charAt(0);
  if (first >= '0' && first <= '9') return 'D';
  if (first !== first.toLowerCase()) return shape === 'X' && word.length > 1 ? 'A' : 'C';
  if (first !== first.toUpperCase()) return 'L';
  return 'P';
}

/**
 * News text repeats its words, so the per-word part of the values is cached per lexicon. Bounded: cleared when
 * full, which keeps memory flat on long pages without changing any result.
 */
const CACHE_LIMIT = 50_000;
const valueCaches = new WeakMap<WordClassLexicon, Map<string, TokenValues>>();

function cachedWordValues(word: string, lexicon: WordClassLexicon): TokenValues {
  let cache = valueCaches.get(lexicon);
  if (cache === undefined) valueCaches.set(lexicon, (cache = new Map()));
  let values = cache.get(word);
  if (values === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    values = wordValues(word, lexicon);
    cache.set(word, values);
  }
  return values;
}

function wordValues(word: string, lexicon: WordClassLexicon): TokenValues {
  const bare = stripBrackets(word);
  const lower = bare.toLowerCase();
  const shape = wordShape(bare);
  const shortShape = shortShapeOf(bare, shape);
  const flags = (bare !== word ? 1 : 0) | (bare.includes('-') ? 2 : 0) | (bare.includes('.') ? 4 : 0);
  return {
    word: hashString(bare),
    lower: hashString(lower),
    shape: hashString(shape.length > 6 ? shape.slice(0, 6) : shape),
    shortShape: hashString(shortShape),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    suffix4: hashString(lower.slice(-4)),
    prefix2: hashString(lower.slice(0, 2)),
    prefix3: hashString(lower.slice(0, 3)),
    gazetteer: NO_MARK,
    wordClass: hashString(lexicon.get(lower) ?? '-'),
    flags,
  };
}

/** Sentinel values for positions before the first and after the last token. */
function boundaryValues(marker: number): TokenValues {
  return {
    word: marker, lower: marker, shape: marker, shortShape: marker, suffix2: NONE, suffix3: NONE, suffix4: NONE,
    prefix2: NONE, prefix3: NONE, gazetteer: marker, wordClass: marker, flags: 8,
  };
}

const START_VALUES = boundaryValues(SENTENCE_START);
const END_VALUES = boundaryValues(SENTENCE_END);

/**
 * Hashes the features of every token of a sentence into `out` (FEATURES_PER_TOKEN per token), as raw 32-bit hashes;
 * the model maps them to weight buckets. Templates are numbered; the numbers are part of the model format.
 */
export function sentenceFeatures(words: readonly string[], lexicon: WordClassLexicon, domain: Domain, out?: Uint32Array): Uint32Array {
  const n = words.length;
  const features = out !== undefined && out.length >= n * FEATURES_PER_TOKEN ? out : new Uint32Array(n * FEATURES_PER_TOKEN);
  const marks = markGazetteer(words);
  const values: TokenValues[] = new Array<TokenValues>(n);
  for (let i = 0; i < n; i++) {
    const mark = marks[i];
    const cached = cachedWordValues(words[i]!, lexicon);
    values[i] = mark == null ? cached : { ...cached, gazetteer: hashString(`${mark.begins ? 'B' : 'I'}${mark.cls}`) };
  }
  const at = (i: number): TokenValues => (i < 0 ? START_VALUES : i >= n ? END_VALUES : values[i]!);

  const domainTemplate = 64 + domain;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const first = k;
    const c = values[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    features[k++] = combine(0, 0);
    features[k++] = combine(1, c.lower);
    features[k++] = combine(2, c.word);
    features[k++] = combine(3, p1.lower);
    features[k++] = combine(4, n1.lower);
    features[k++] = combine(5, p2.lower);
    features[k++] = combine(6, n2.lower);
    features[k++] = combine(7, c.shape);
    features[k++] = combine(8, p1.shortShape, c.shortShape);
    features[k++] = combine(9, c.shortShape, n1.shortShape);
    features[k++] = combine(10, p1.lower, c.lower);
    features[k++] = combine(11, c.lower, n1.lower);
    features[k++] = combine(12, c.suffix2);
    features[k++] = combine(13, c.suffix3);
    features[k++] = combine(14, c.suffix4);
    features[k++] = combine(15, c.prefix2);
    features[k++] = combine(16, c.prefix3);
    features[k++] = combine(17, c.gazetteer);
    features[k++] = combine(18, p1.gazetteer);
    features[k++] = combine(19, n1.gazetteer);
    features[k++] = combine(20, c.gazetteer, c.shortShape);
    features[k++] = combine(21, c.wordClass);
    features[k++] = combine(22, p1.wordClass);
    features[k++] = combine(23, n1.wordClass);
    // Capitals at the start of a sentence say little; everywhere else they are the strongest cue for a name.
    features[k++] = combine(24, c.shortShape, i === 0 ? 1 : 0);
    features[k++] = combine(25, p1.lower, c.shortShape);
    features[k++] = combine(26, c.shortShape, n1.lower);
    features[k++] = combine(27, p2.shortShape, p1.shortShape);
    features[k++] = combine(28, n1.shortShape, n2.shortShape);
    features[k++] = combine(29, c.flags, c.shortShape);
    features[k++] = combine(30, p2.gazetteer, p1.gazetteer);
    features[k++] = combine(31, c.wordClass, c.shortShape);
    features[k++] = combine(32, p1.lower, p2.lower);
    features[k++] = combine(33, n1.lower, n2.lower);
    for (const t of DOMAIN_TEMPLATES) features[k++] = combine(domainTemplate, features[first + t]!);
  }
  return features;
}
