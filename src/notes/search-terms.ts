/**
 * Words for full-text search over highlights, folded so that what a reader types finds what was saved: case and
 * diacritics ignored ("Sukarno" finds "SUKARNO", "kafe" finds "kafé"), split at anything but letters and digits, so
 * "anak-anak" and "G20," are words as Indonesian readers expect.
 */

/** Lower case, without diacritics. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Distinct folded words of `text`, in order of first appearance. */
export function searchWords(text: string): string[] {
  return [...new Set(fold(text).match(WORD) ?? [])];
}

/** Indexed words per highlight, at most: a pasted essay as a note must not make a record with a huge index. */
export const MAX_TERMS = 2000;

/** The words a highlight is found by: its quote, note and article title. */
export function highlightTerms(h: { selectors: readonly [{ exact: string }, ...unknown[]]; note: string; title: string }): string[] {
  return searchWords(`${h.selectors[0].exact} ${h.note} ${h.title}`).slice(0, MAX_TERMS);
}
