/**
 * Types for sastrawijs 1.1: the package ships dist/index.d.ts but its "exports" map names no types, so TypeScript's
 * bundler resolution cannot find them. Only what the term pipeline uses, as dist/stemmer.d.ts declares it.
 */
declare module 'sastrawijs' {
  export class Stemmer {
    /** `dictionary`: the base words; Sastrawi's own list (about 30,000 words) when omitted. */
    constructor(dictionary?: string[]);
    /** The dictionary, each word a key (to an empty string). */
    internalDictionary: object;
    /** Whether `word` is in the dictionary. */
    find(word: string): boolean;
    remove(words: string[]): void;
    /** The base of `word`, or `word` itself when no reading of its affixes ends on a dictionary word. */
    stem(word: string): string;
    /** Prefixes stripped (up to three), without touching suffixes: [reached a dictionary word, what is left]. */
    removePrefixes(word: string): [boolean, string];
  }
}
