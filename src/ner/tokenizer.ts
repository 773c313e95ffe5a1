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
 * One alternation tried at each position, longest-first by construction:
 * - URLs and domains such as "KOMPAS.com" (a word, a dot and a TLD-like tail);
 * - dotted acronyms "U.S.", "S.H." (letters each followed by a dot);
 * - numbers with thousands dots and decimal commas, dates "2/12/2014", times "16.46";
 * - words with internal hyphens or apostrophes (reduplication "sela-sela", "Jokowi-JK", "G20", "Ma'ruf");
 * - any other single non-space character (punctuation, curly quotes).
 */
const TOKEN_PATTERN = new RegExp(
  [
    `[${LETTER}0-9]+(?:\\.(?:com|co\\.id|id|net|org|go\\.id|ac\\.id|tv|info))+(?![${LETTER}])`,
    `(?:[${LETTER}]\\.){2,}`,
    `[0-9]+(?:[.,/:][0-9]+)*`,
    `[${LETTER}0-9]+(?:['’\\-][${LETTER}0-9]+)*`,
    `\\S`,
  ].join('|'),
  'gu',
);

/** Splits text into tokens, keeping each token's offsets into the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    // A title or initial keeps its dot ("Dr.", "H."), so the dot is not read as the end of a sentence.
    if (text.charCodeAt(end) === 46 /* . */ && isDottedAbbreviation(word)) {
      word += '.';
      end += 1;
      TOKEN_PATTERN.lastIndex = end;
    }
    tokens.push({ text: word, start: m.index, end });
  }
  return tokens;
}

function isDottedAbbreviation(word: string): boolean {
  if (word.length === 1) return word >= 'A' && word <= 'Z';
  return DOTTED_ABBREVIATIONS.has(word.toLowerCase());
}

/** ".", "!", "?", "…": tokens of one character, compared by code. */
const isSentenceEnd = (token: string): boolean => {
  if (token.length !== 1) return false;
  const c = token.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};
/** Closing quotes and brackets that stay with the sentence they end. */
const isClosing = (token: string): boolean => {
  if (token.length !== 1) return false;
  const c = token.charCodeAt(0);
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
};

/**
 * Groups tokens into sentences: after ".", "!", "?" (and any closing quotes) or at a line break.
 * Sentences matter because the model was trained on sentences and reads "first word" as a feature.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = current[current.length - 1];
    if (previous !== undefined && hasLineBreak(text, previous.end, token.start)) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
    if (isSentenceEnd(token.text)) {
      while (i + 1 < tokens.length && isClosing(tokens[i + 1]!.text) && tokens[i + 1]!.start === current[current.length - 1]!.end) {
        current.push(tokens[++i]!);
      }
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
