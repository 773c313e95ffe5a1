import type { Tag } from './types.ts';

const DATELINE_SOURCE = /^kompas\.com$/i;
const DASHES = new Set(['-', '–', '—']);
const UPPER_WORD = /^[A-Z][A-Z'.\-]*$/;

/** A dateline found at the start of a sentence: its tags and how many tokens it spans (dash included). */
export interface Dateline {
  length: number;
  tags: Tag[];
}

/**
 * Kompas opens the first paragraph with a dateline, "JAKARTA, KOMPAS.com - " or "NEW DELHI, KOMPAS.com - ".
 * The training sentences never contain one and the all-capitals place defeats the casing features, so it is tagged by
 * rule: the place is LOC and KOMPAS.com is ORG, as idner-news-2k tags "Kompas.com" in running text.
 * Returns null when the sentence does not open with a dateline.
 */
export function findDateline(words: readonly string[]): Dateline | null {
  let source = -1;
  for (let i = 0; i < words.length && i < 8; i++) {
    if (DATELINE_SOURCE.test(words[i]!)) {
      source = i;
      break;
    }
  }
  if (source < 0) return null;
  const next = words[source + 1];
  if (next !== undefined && !DASHES.has(next)) return null;
  const tags: Tag[] = [];
  if (source > 0) {
    const place = words.slice(0, source - 1);
    if (words[source - 1] !== ',' || place.length === 0 || !place.every((w) => UPPER_WORD.test(w))) return null;
    place.forEach((_, i) => tags.push(i === 0 ? 'B-LOC' : 'I-LOC'));
    tags.push('O');
  }
  tags.push('B-ORG');
  if (next !== undefined) tags.push('O');
  return { length: tags.length, tags };
}
