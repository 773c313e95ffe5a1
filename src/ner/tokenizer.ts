import type { Token } from './types.ts';

/**
 * Abbreviations written with a final dot that do not end a sentence. Lower-cased, without the dot.
 * Single capital letters ("H.", "M.") are initials and handled separately.
 */
const DOTTED_ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'sh', 'msi', 'mh', 'mt', 'phd', 'jl', 'jln',
  'no', 'kec', 'kab', 'kel', 'tn', 'ny', 'nn', 'sdr', 'bpk', 'pol', 'purn', 'brigjen', 'mayjen', 'letjen',
  'jend', 'kol', 'kompol', 'akbp', 'ipda', 'iptu', 'aiptu', 'bripka', 'brig', 'gen', 'mr', 'mrs', 'ms', 'jr', 'sr',
  'inc', 'ltd', 'corp', 'tbk', 'vs', 'yth', 'hlm', 'rp',
]);

// Letters include the Latin-1 and Latin Extended ranges so names such as "Erdoğan" stay one token.
const LETTER = 'A-Za-z\\u00C0-\\u024F';
/**
 * What a token is, as one pattern; alternatives are tried in order at each position:
 * - URLs and domains such as "KOMPAS.com" (a word, a dot and a TLD-like tail);
 * - dotted acronyms "U.S.", "S.H." (letters each followed by a dot);
 * - numbers with thousands dots and decimal commas, dates "2/12/2014", times "16.46";
 * - words with internal hyphens or apostrophes (reduplication "sela-sela", "Jokowi-JK", "G20", "Ma'ruf");
 * - any other single non-space character (punctuation, curly quotes).
 * `tokenize` scans by hand for speed (a match object per token was a fifth of recognising a page); this pattern is
 * the definition it follows, and the tests check that both agree.
 */
export const TOKEN_PATTERN = new RegExp(
  [
    `[${LETTER}0-9]+(?:\\.(?:com|co\\.id|id|net|org|go\\.id|ac\\.id|tv|info))+(?![${LETTER}])`,
    `(?:[${LETTER}]\\.){2,}`,
    `[0-9]+(?:[.,/:][0-9]+)*`,
    `[${LETTER}0-9]+(?:['’\\-][${LETTER}0-9]+)*`,
    `\\S`,
  ].join('|'),
  'gu',
);

/** The domain endings of TOKEN_PATTERN's first alternative, in its order (which decides between "co.id" and "com"). */
const DOMAIN_ENDINGS = ['.com', '.co.id', '.id', '.net', '.org', '.go.id', '.ac.id', '.tv', '.info'];

/** Character classes of the code units below CLASS_LIMIT, as bits: one table read instead of a chain of ranges. */
const LETTER_BIT = 1;
const DIGIT_BIT = 2;
const SPACE_BIT = 4;
/** Past the Latin ranges no code unit is a letter or digit here, and few are spaces. */
const CLASS_LIMIT = 0x250;
const CLASSES = Uint8Array.from({ length: CLASS_LIMIT }, (_, c) =>
  ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) ? LETTER_BIT : 0)
  | (c >= 48 && c <= 57 ? DIGIT_BIT : 0)
  | (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 ? SPACE_BIT : 0));

// Past the end of a string charCodeAt gives NaN, which every test here answers false.
const isLetter = (c: number): boolean => c < CLASS_LIMIT && (CLASSES[c]! & LETTER_BIT) !== 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether a UTF-16 code unit is a letter or digit as words are read here (Latin with its accented letters). */
export const isWordCharacter = (c: number): boolean => c < CLASS_LIMIT && (CLASSES[c]! & (LETTER_BIT | DIGIT_BIT)) !== 0;

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  if (c < CLASS_LIMIT) return (CLASSES[c]! & SPACE_BIT) !== 0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * End of the domain endings repeated from `at` (at least `count` already taken), as the pattern's greedy `+` with
 * backtracking finds it: one more ending first, in list order, else stop here if no letter follows; -1 if none fits.
 */
function domainEnd(text: string, at: number, count: number): number {
  if (text.charCodeAt(at) === 46 /* . */) {
    for (const ending of DOMAIN_ENDINGS) {
      if (!text.startsWith(ending, at)) continue;
      const end = domainEnd(text, at + ending.length, count + 1);
      if (end >= 0) return end;
    }
  }
  return count > 0 && !isLetter(text.charCodeAt(at)) ? at : -1;
}

/** End of the token TOKEN_PATTERN matches at `at`, a position that holds no space. */
function tokenEnd(text: string, at: number): number {
  const length = text.length;
  const first = text.charCodeAt(at);
  if (isWordCharacter(first)) {
    let run = at + 1;
    while (run < length && isWordCharacter(text.charCodeAt(run))) run++;
    if (text.charCodeAt(run) === 46) {
      const domain = domainEnd(text, run, 0);
      if (domain >= 0) return domain;
    }
    if (isLetter(first)) {
      let pairs = at;
      while (isLetter(text.charCodeAt(pairs)) && text.charCodeAt(pairs + 1) === 46) pairs += 2;
      if (pairs - at >= 4) return pairs;
    }
    let end = at;
    if (isDigit(first)) {
      while (isDigit(text.charCodeAt(end))) end++;
      for (;;) {
        const c = text.charCodeAt(end);
        if ((c === 46 || c === 44 || c === 47 || c === 58) && isDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (isDigit(text.charCodeAt(end))) end++;
        } else return end;
      }
    }
    end = run;
    for (;;) {
      const c = text.charCodeAt(end);
      if ((c === 39 || c === 0x2019 || c === 45) && isWordCharacter(text.charCodeAt(end + 1))) {
        end += 2;
        while (isWordCharacter(text.charCodeAt(end))) end++;
      } else return end;
    }
  }
  // One code point: a surrogate pair is one character.
  if (first >= 0xd800 && first <= 0xdbff) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return at + 2;
  }
  return at + 1;
}

/**
 * The tokens of `text` as offsets: token k is `text.slice(offsets[2k], offsets[2k + 1])`. The recogniser reads these
 * and looks each word up without slicing it out of the text (word-records.ts); `tokenize` gives the strings.
 */
export function tokenOffsets(text: string): number[] {
  const offsets: number[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = tokenEnd(text, at);
    // A title or initial keeps its dot ("Dr.", "H."), so the dot is not read as the end of a sentence.
    if (text.charCodeAt(end) === 46 /* . */ && isDottedAbbreviation(text.slice(at, end))) end += 1;
    offsets.push(at, end);
    at = end;
  }
  return offsets;
}

/** Splits text into tokens, keeping each token's offsets into the original string. */
export function tokenize(text: string): Token[] {
  const offsets = tokenOffsets(text);
  const tokens = new Array<Token>(offsets.length / 2);
  for (let k = 0; k < tokens.length; k++) {
    const start = offsets[2 * k]!;
    const end = offsets[2 * k + 1]!;
    tokens[k] = { text: text.slice(start, end), start, end };
  }
  return tokens;
}

function isDottedAbbreviation(word: string): boolean {
  if (word.length === 1) return word >= 'A' && word <= 'Z';
  return DOTTED_ABBREVIATIONS.has(word.toLowerCase());
}

/** ".", "!", "?", "…". */
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** Closing quotes and brackets that stay with the sentence they end. */
const isClosing = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/**
 * Where sentences end, for tokens given as offsets (`tokenOffsets`): each entry is one past the index of a sentence's
 * last token, the last entry the token count. A sentence ends after ".", "!", "?" (and any closing quotes right
 * after it) or at a line break. Sentences matter because the model was trained on sentences and reads "first word"
 * as a feature.
 */
export function sentenceEnds(text: string, offsets: ArrayLike<number>): number[] {
  const count = offsets.length / 2;
  const ends: number[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < count; i++) {
    const start = offsets[2 * i]!;
    if (i > sentenceStart && hasLineBreak(text, offsets[2 * i - 1]!, start)) {
      ends.push(i);
      sentenceStart = i;
    }
    if (offsets[2 * i + 1]! - start === 1 && isSentenceEnd(text.charCodeAt(start))) {
      // Closing quotes that touch the punctuation belong to its sentence.
      while (i + 1 < count && offsets[2 * i + 3]! - offsets[2 * i + 2]! === 1 && isClosing(text.charCodeAt(offsets[2 * i + 2]!))
        && offsets[2 * i + 2]! === offsets[2 * i + 1]!) i++;
      ends.push(i + 1);
      sentenceStart = i + 1;
    }
  }
  if (sentenceStart < count) ends.push(count);
  return ends;
}

/** Groups tokens into sentences, as `sentenceEnds` finds them. */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const offsets = tokens.flatMap((token) => [token.start, token.end]);
  let from = 0;
  return sentenceEnds(text, offsets).map((end) => tokens.slice(from, (from = end)));
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
