/**
 * The words the reading memory is searched by, the same for what is indexed and what a reader types: NFKC, lower
 * case, diacritics folded ("kafé" is "kafe"), apostrophes inside a word dropped ("Jum'at" is "jumat"), numbers kept
 * as they are, a short list of Indonesian function words dropped, and every other word reduced to its base with
 * Sastrawi, so that "menyerang", "diserang" and "penyerangan" are one term, "serang".
 *
 * Sastrawi (sastrawijs) is a dictionary stemmer: it strips affixes until what is left is in its dictionary, trying
 * the readings of each prefix in a fixed order. Where that order takes a rare dictionary word for the base it misses
 * a family ("penyerangan" gives "erang", a groan). Four rules of Indonesian morphology, applied before Sastrawi
 * decides, fix most misses measured on src/search/word-families.ts (see word-families.test.ts for the figures):
 *
 * 1. Nasal assimilation. meN-/peN- before a vowel-initial base is "meng-"/"peng-", never "mem-", "men-", "meny-":
 *    so after me/pe + m, n or ny + vowel the base begins with that nasal (makan, nilai, nyanyi) or with the voiceless
 *    consonant it replaced (p, t, s: pukul, tuduh, serang), never with the vowel (Sastrawi tries "erang" first).
 * 2. "meng-"/"peng-" + e: the base begins with e or with k (kembang, kelola), which Sastrawi does not try for e.
 * 3. Nominal confixes. pe(N)-/per-...-an and ke-...-an take -an, never -kan, so in "penyidikan", "kerusakan",
 *    "penolakan" the k belongs to the base (sidik, rusak, tolak), where Sastrawi strips -kan ("sidi", "rusa").
 * 4. Clitics and a final i. -nya, -lah, -ku... come off before any affix, and a final i may be the base's own
 *    ("sesampai") or the suffix -i after a prefix ("dikuasai"): these readings are tried too, and of the readings
 *    that end on a dictionary word the longest wins (see longestReading).
 *
 * and two short lists, each entry with its reason: news words missing from Sastrawi's dictionary (so "pemilu" is not
 * read as pe- + "pilu", sad), and rare dictionary words that only a wrong reading of per-/pe- reaches.
 */

import { Stemmer } from 'sastrawijs';
import { nfkc } from '../unicode/nfkc.ts';

/**
 * Bumped whenever a change here gives a word another term (a stop word, a rule, a list), since an index built with
 * the old terms no longer matches the new queries: a stored snapshot of another version is rebuilt.
 */
export const TERM_PIPELINE_VERSION = 1;

/**
 * Function words dropped from text and queries: the most frequent words of Indonesian news that say nothing about
 * what a story is about (conjunctions, prepositions, demonstratives, auxiliaries). Kept short on purpose: "tidak",
 * "belum", numbers and every content word stay searchable. A query of stop words only finds nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'dalam', 'oleh', 'atau', 'juga',
  'akan', 'sudah', 'telah', 'bahwa', 'karena', 'tersebut', 'para', 'serta', 'sebagai', 'adalah', 'ialah', 'yaitu',
  'pun', 'lah', 'kah', 'nya', 'si', 'sang', 'se', 'pula', 'agar', 'bagi', 'tentang', 'hingga', 'sejak', 'ada',
]);

/**
 * News words absent from Sastrawi's dictionary that its rules would otherwise cut into another word: each is
 * the base of its own family ("pemilu" is not pe- + "pilu", "pilkada" not "pil" + ...). Short forms of institutions
 * and elections, frequent in Kompas' politics pages.
 */
const ADDED_BASES = ['pemilu', 'pilkada', 'pilpres', 'pileg', 'pemda', 'pemkot', 'pemkab', 'pemprov', 'polri', 'menkes'];

/**
 * Dictionary words so rare in today's Indonesian that they are reached only by a wrong reading of per-/pe- + r
 * ("perawat" read as per- + "awat" instead of pe- + "rawat", "perusak" as per- + "usak" instead of "rusak"). Sastrawi
 * tries the reading without the r first and stops at any dictionary word; without these entries it goes on to the
 * r-initial base.
 */
const REMOVED_BASES = ['awat', 'usak'];

const stemmer = new Stemmer();
// sastrawijs 1.1's addToDict loses `this` (a plain function inside forEach) and throws; its dictionary is a public
// field, so the words go in directly.
const dictionary = stemmer.internalDictionary as Record<string, string>;
for (const word of ADDED_BASES) dictionary[word] = '';
stemmer.remove(REMOVED_BASES);

/** The consonant that meN-/peN- replaces with each nasal (pukul -> memukul, tuduh -> menuduh, serang -> menyerang). */
const VOICELESS_OF: Readonly<Record<string, string>> = { m: 'p', n: 't', ny: 's' };

const NASAL_BEFORE_VOWEL = /^(?:me|pe)(ny|n|m)([aiueo].*)$/;
const NG_BEFORE_E = /^(?:me|pe)ng(e.*)$/;
/** pe-/per-/peN- or ke- ... -kan, with a clitic or not: read as ...k + -an. */
const NOMINAL_KAN = /^((?:pe|ke).+k)an((?:nya|lah|kah|pun|ku|mu)?)$/;

/**
 * Sastrawi's stem for `word` when it is a dictionary word starting with `onset`, else null: Sastrawi returns the
 * word unchanged, or a shorter dictionary word, when no reading fits, and neither is the base this reading claims.
 */
function baseWithOnset(word: string, onset: string): string | null {
  const stem = stemmer.stem(word);
  return stem.startsWith(onset) && stemmer.find(stem) ? stem : null;
}

function stemUncached(word: string): string {
  if (word.length < 3 || stemmer.find(word)) return word;

  const nominal = NOMINAL_KAN.exec(word);
  if (nominal !== null) {
    const [, base, clitic] = nominal as unknown as [string, string, string];
    // ke- is only ever a prefix here: "keduduk", a plant in the dictionary, is not what "kedudukan" is made of.
    if (base.startsWith('ke') && stemmer.find(base.slice(2))) return base.slice(2);
    const asAn = stemUncached(base + clitic);
    if (stemmer.find(asAn)) return asAn;
  }

  const nasal = NASAL_BEFORE_VOWEL.exec(word);
  if (nasal !== null) {
    const [, onset, rest] = nasal as unknown as [string, string, string];
    const voiceless = VOICELESS_OF[onset]!;
    const base = baseWithOnset(onset + rest, onset) ?? baseWithOnset(voiceless + rest, voiceless);
    if (base !== null) return base;
  }

  const ng = NG_BEFORE_E.exec(word);
  if (ng !== null) {
    const rest = ng[1]!;
    const base = baseWithOnset(rest, 'e') ?? baseWithOnset(`k${rest}`, 'k');
    if (base !== null) return base;
  }

  return longestReading(word);
}

const CLITIC = /^(.{3,}?)(?:lah|kah|tah|pun|nya|ku|mu)$/;

/**
 * Sastrawi's reading, or a longer base found by reading the word another way where Sastrawi's fixed order strips too
 * much: a clitic (-nya, -lah, -ku...) comes off first, outside every affix ("dibelinya" is "dibeli" + -nya, not
 * "bel"); a final i may belong to the base ("sesampai": "sampai", not "sampa") or be the suffix -i after the prefix
 * ("dikuasai": di- + "kuasa" + -i, where Sastrawi reads the pronoun ku- and finds "asai"). Of the readings that end
 * on a dictionary word the longest wins: over-stripping is the usual error of a dictionary stemmer.
 */
function longestReading(word: string): string {
  const sastrawi = stemmer.stem(word);
  let best = stemmer.find(sastrawi) ? sastrawi : null;
  const consider = (reading: string): void => {
    if (stemmer.find(reading) && (best === null || reading.length > best.length)) best = reading;
  };
  const clitic = CLITIC.exec(word);
  if (clitic !== null) consider(stemUncached(clitic[1]!));
  else if (word.endsWith('i')) {
    // Without a prefix, -i is the imperative, rare in news; "pencari" is not "pencar" (scattered) + -i.
    const withoutI = stemUncached(word.slice(0, -1));
    if (withoutI.length < word.length - 1) consider(withoutI);
    const [found, prefixless] = stemmer.removePrefixes(word);
    if (found) consider(prefixless);
  }
  return best ?? sastrawi;
}

/**
 * Stems already computed. Sastrawi costs tens of microseconds a word (dictionary look-ups for each reading), and
 * news repeats its words: over 10,000 articles nearly every word is a hit. Bounded so a long session cannot grow it
 * without end; the oldest entry goes first (insertion order), which keeps the frequent words, met again soon after.
 */
export const STEM_CACHE_SIZE = 50_000;
const stems = new Map<string, string>();

/** The base of a folded word (lower case, no diacritics), for Indonesian; numbers and short words as they are. */
export function stem(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const result = HAS_DIGIT.test(word) ? word : stemUncached(word);
  if (stems.size >= STEM_CACHE_SIZE) stems.delete(stems.keys().next().value!);
  stems.set(word, result);
  return result;
}

let plainStemmer: Stemmer | null = null;

/** Sastrawi alone, with its own dictionary and without the rules above: the baseline the family measure compares with. */
export function sastrawiStem(word: string): string {
  plainStemmer ??= new Stemmer();
  return plainStemmer.stem(word);
}

/** How many stems are cached. */
export function stemCacheSize(): number {
  return stems.size;
}

/** Forget the cached stems (for measuring the uncached cost). */
export function clearStemCache(): void {
  stems.clear();
}

const HAS_DIGIT = /\p{N}/u;
const ASCII_LOWER_WORD = /^[a-z0-9]*$/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019\u02bc]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** NFKC, lower case, diacritics removed. ASCII lower case, the most frequent case by far, is returned as it is. */
export function fold(text: string): string {
  if (ASCII_LOWER_WORD.test(text)) return text;
  return nfkc(text).normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * A word of text: letters and digits, with apostrophes inside ("Jum'at", "Qur'an") as one word. A hyphen splits
 * ("anak-anak" is two words, so "anak" finds it).
 */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of `text`, as they are written (MiniSearch's `tokenize`). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The term a word is indexed and searched by (MiniSearch's `processTerm`), or null for a word that is not searched
 * (a stop word, punctuation only).
 */
export function processTerm(word: string): string | null {
  const folded = fold(word).replace(APOSTROPHES, '').replace(EDGE_PUNCTUATION, '');
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/** A reader's query as terms, in order, repeated terms once. */
export interface QueryTerms {
  /** Terms of the words the reader has finished. */
  readonly whole: readonly string[];
  /**
   * The word still being typed (the query does not end with a space or punctuation), as a term and as folded but
   * not stemmed, both to be matched as prefixes of indexed terms; null when the query ends with a finished word.
   */
  readonly typing: { readonly term: string; readonly folded: string } | null;
}

export function queryTerms(query: string): QueryTerms {
  const words = tokenize(query);
  const stillTyping = words.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(query);
  const last = stillTyping ? words.pop()! : null;
  const whole = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))];
  if (last === null) return { whole, typing: null };
  const term = processTerm(last);
  if (term === null) return { whole, typing: null };
  return { whole, typing: { term, folded: fold(last).replace(APOSTROPHES, '') } };
}
