import type { Tag } from './types.ts';

const DATELINE_SOURCE = /^kompas\.com$/i;
const DASHES = new Set(['-', '–', '—']);
const UPPER_WORD = /^[A-Z][A-Z'.\-]*$/;

/**
 * Kompas opens the first paragraph with a dateline, "JAKARTA, KOMPAS.com - " or "NEW DELHI, KOMPAS.com - ".
 * The training sentences never contain one and the all-capitals place defeats the casing features, so it is tagged by
 * rule: the place is LOC and KOMPAS.com is ORG, as idner-news-2k tags "Kompas.com" in running text.
 * Changes `tags` in place.
 */
export function tagDateline(words: readonly string[], tags: Tag[]): void {
  const source = words.findIndex((w, i) => i < 8 && DATELINE_SOURCE.test(w));
  if (source < 0) return;
  const next = words[source + 1];
  if (next !== undefined && !DASHES.has(next)) return;
  if (source >= 2 && words[source - 1] === ',') {
    const place = words.slice(0, source - 1);
    if (place.length > 0 && place.every((w) => UPPER_WORD.test(w))) {
      place.forEach((_, i) => (tags[i] = i === 0 ? 'B-LOC' : 'I-LOC'));
    } else return;
  } else if (source !== 0) return;
  tags[source] = 'B-ORG';
  if (next !== undefined) tags[source + 1] = 'O';
}
