/**
 * Article-level consistency. The recogniser reads one paragraph at a time and can miss a name it tagged a paragraph
 * earlier ("Blinken juga meminta …" opens a sentence with no title before it). Readers do not: a name the article
 * has introduced is that entity wherever it recurs. This pass adds those recurrences.
 */
import type { EntityType } from '../ner/index.ts';
import type { Mention } from './mentions.ts';

/** Shorter parts of a name are too often ordinary words ("Al", "Bin") to be matched on their own. */
const MIN_PART_LENGTH = 3;

/**
 * Letters and digits as the recogniser's tokenizer reads words (Latin with its accented letters), as a pattern class:
 * a name must not run on into one. Spelled out rather than \p{L}, which made this pattern 3.4x slower in Chromium.
 */
const WORD_CHARACTERS = 'A-Za-z0-9\\u00C0-\\u024F';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Adds a mention for every further occurrence, within `blocks`, of a name already recognised in the article: the
 * whole name for any type, and the single words of multi-word person names (surname or given name), which news
 * style uses on their own after the first mention. Occurrences must be capitalised as the name was and stand as
 * whole words; text already inside a mention is left alone. Returns all mentions in document order.
 */
export function propagateNames(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
): Mention[] {
  const names = new Map<string, EntityType>();
  for (const mention of mentions) {
    const name = mention.text.trim();
    if (!names.has(name)) names.set(name, mention.type);
  }
  for (const mention of mentions) {
    if (mention.type !== 'PER') continue;
    const parts = mention.text.trim().split(/\s+/);
    if (parts.length < 2) continue;
    for (const part of parts) {
      if (part.length >= MIN_PART_LENGTH && /^\p{Lu}/u.test(part) && !names.has(part)) names.set(part, 'PER');
    }
  }
  if (names.size === 0) return [...mentions];

  // Longest names first, so "Sergei Lavrov" is found before "Lavrov" at the same place.
  const ordered = [...names.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![${WORD_CHARACTERS}])(?:${ordered.map(escapeRegExp).join('|')})(?![${WORD_CHARACTERS}])`, 'g');
  // The recognised mentions in text order, to test a match against the one mention it could overlap. Matches
  // never overlap each other: the pattern resumes after each.
  const recognised = [...mentions].sort((a, b) => a.start - b.start);
  const overlapsRecognised = (start: number, end: number): boolean => {
    let low = 0;
    let high = recognised.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (recognised[mid]!.end <= start) low = mid + 1;
      else high = mid;
    }
    return low < recognised.length && recognised[low]!.start < end;
  };
  const added: Mention[] = [];
  for (const block of blocks) {
    // Each block on its own: a name never runs from one block into the next.
    const slice = text.slice(block.start, block.end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      const start = block.start + match.index;
      const end = start + match[0].length;
      if (overlapsRecognised(start, end)) continue;
      added.push({ start, end, type: names.get(match[0])!, text: match[0] });
    }
  }
  return [...recognised, ...added].sort((a, b) => a.start - b.start);
}
