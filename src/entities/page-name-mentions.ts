/**
 * The page's own names (src/kompas/page-names.ts) as mentions. The recogniser reads one paragraph at a time and
 * misses names it has never seen; the page's tags, keyword links and caption name them for us. A name the page
 * lists is marked wherever the article writes it, typed by what the recogniser says of it, and never against a
 * decision of the recogniser's on a different span.
 *
 * Two steps, both pure: `pageNameCandidates` types the page's names from the recogniser's entities (of the article
 * and of the page's texts from `pageNameTexts`), `addPageNames` marks the candidates in the article's blocks.
 * Propagation (propagate.ts) runs after them, so a candidate's short forms are followed like any recognised name's.
 */
import type { PageNames } from '../kompas/page-names.ts';
import { isNameShaped } from '../kompas/page-names.ts';
import { isWordCharacter } from '../ner/tokenizer.ts';
import type { Entity, EntityType } from '../ner/types.ts';
import type { Mention } from './mentions.ts';

/** A name of the page's, with the type the recogniser's entities give it. */
export interface PageNameCandidate {
  name: string;
  type: EntityType;
}

/** A span of text with a type: the recogniser's entities and the article's mentions alike. */
type Span = Pick<Entity, 'start' | 'end' | 'type' | 'text'>;

/** Text and its entities, as the recogniser read them. */
interface ReadText {
  text: string;
  entities: readonly Span[];
}

/**
 * The texts to have recognised besides the article's paragraphs: the page's sentences (title, caption), whose
 * entities are names in context, and each listed name on its own, which types a name that occurs nowhere else in a
 * sentence the recogniser reads well.
 */
export function pageNameTexts(names: PageNames): string[] {
  return [...new Set([names.title, names.caption, ...names.listed].filter((text) => text !== null))];
}

/** Start offsets of `name` in `text`, where it stands as a whole word of `within` (the whole text by default). */
function occurrences(text: string, name: string, within?: (at: number) => { start: number; end: number } | undefined): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const bounds = within ? within(at) : { start: 0, end: text.length };
    if (bounds && at + name.length <= bounds.end && isWholeWord(text, at, at + name.length, bounds)) found.push(at);
  }
  return found;
}

/** Index of the last of `spans` (sorted by start) that starts at or before `offset`; -1 if none. */
function lastStartingBy(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** A name inside a block stands as a whole word there: no letter or digit of the block just before or after it. */
function isWholeWord(text: string, start: number, end: number, block: { start: number; end: number }): boolean {
  return !(start > block.start && isWordCharacter(text.charCodeAt(start - 1))) && !(end < block.end && isWordCharacter(text.charCodeAt(end)));
}

/**
 * The mentions of `sorted` (by start, not overlapping each other, as the recogniser and propagation give them) that
 * overlap `[start, end)`.
 */
function overlappingMentions<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const overlapping: T[] = [];
  for (let i = Math.max(0, lastStartingBy(sorted, start)); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end > start) overlapping.push(sorted[i]!);
  }
  return overlapping;
}

/** The type most spans have; among equals, the longest span's (the recogniser read the most of the name there). */
function majorityType(spans: readonly Span[]): EntityType | null {
  const votes = new Map<EntityType, { count: number; longest: number }>();
  for (const span of spans) {
    const vote = votes.get(span.type) ?? { count: 0, longest: 0 };
    vote.count++;
    vote.longest = Math.max(vote.longest, span.end - span.start);
    votes.set(span.type, vote);
  }
  let best: EntityType | null = null;
  let bestVote = { count: 0, longest: 0 };
  for (const [type, vote] of votes) {
    if (vote.count > bestVote.count || (vote.count === bestVote.count && vote.longest > bestVote.longest)) {
      best = type;
      bestVote = vote;
    }
  }
  return best;
}

/** Spans strictly inside an occurrence of `name` in `read`'s text: the part of the name the recogniser found. */
function spansInside(read: ReadText, name: string): Span[] {
  const inside: Span[] = [];
  for (const at of occurrences(read.text, name)) {
    const end = at + name.length;
    for (const span of overlappingMentions(read.entities, at, end)) {
      if (span.start >= at && span.end <= end && span.end - span.start < name.length) inside.push(span);
    }
  }
  return inside;
}

/**
 * Types the page's names from the recogniser's own answers, most direct evidence first:
 * 1. the type of the article's mentions of exactly that span;
 * 2. the type of the entity of exactly that span in the page's sentences (the caption's "Menteri ... <name>"), or
 *    in the name read on its own;
 * 3. the type of the recognised part of the name, in the article or those texts ("Kopdes Merah Putih" ORG inside
 *    the keyword "Kopdes Merah Putih Sukamakmur"; "Sutanto Wiradireja" PER inside "Rahmat Sutanto Wiradireja");
 * 4. otherwise the name is left out: a capitalised string the recogniser never saw as a name anywhere (a topic tag
 *    like "Stok Beras") is not guessed at.
 * Entities of the sentences are candidates themselves, with their type: every entity of the caption, and the
 * entities of the title of more than one word (a title is title-cased, where a single capitalised word says
 * little). `textEntities` gives the recogniser's entities of each text of `pageNameTexts`, when it has them.
 * `article` is the article's text and `mentions` the recogniser's mentions in it.
 */
export function pageNameCandidates(
  names: PageNames,
  article: string,
  mentions: readonly Span[],
  textEntities: (text: string) => readonly Span[] | undefined,
): PageNameCandidate[] {
  const read = (text: string | null): ReadText | null => (text === null ? null : { text, entities: textEntities(text) ?? [] });
  const title = read(names.title);
  const caption = read(names.caption);
  const sentences = [title, caption].filter((sentence) => sentence !== null);
  const fromSentences = new Map<string, Span[]>();
  for (const sentence of sentences) {
    for (const entity of sentence.entities) {
      const name = entity.text.trim();
      if (!isNameShaped(name) || (sentence === title && !name.includes(' '))) continue;
      fromSentences.set(name, [...(fromSentences.get(name) ?? []), entity]);
    }
  }
  const inArticle: ReadText = { text: article, entities: [...mentions].sort((a, b) => a.start - b.start) };
  const candidates: PageNameCandidate[] = [];
  for (const name of new Set([...names.listed, ...fromSentences.keys()])) {
    const alone: ReadText = { text: name, entities: textEntities(name) ?? [] };
    const type =
      majorityType(mentions.filter((mention) => mention.text === name))
      ?? majorityType([...(fromSentences.get(name) ?? []), ...alone.entities.filter((entity) => entity.text === name)])
      ?? majorityType([...spansInside(inArticle, name), ...sentences.flatMap((sentence) => spansInside(sentence, name)), ...spansInside(alone, name)]);
    if (type !== null) candidates.push({ name, type });
  }
  return candidates;
}

/**
 * Marks every occurrence of a candidate in `blocks` of `text` (written exactly as the candidate, as a whole word,
 * inside one block), and returns all mentions in document order. Where the recogniser has a mention overlapping an
 * occurrence, its decision stands unless the candidate is longer and contains every such mention: then the
 * recogniser found part of the name ("Kopdes Merah Putih" of "Kopdes Merah Putih Sukamakmur") and the candidate
 * replaces it. An occurrence that crosses a mention's edge, or lies inside one, or is exactly one, is left to the
 * recogniser: it decided on that span with context the page's list does not have. Longest candidates first at a
 * place; marked occurrences never overlap. With `replacesParts` false a candidate is marked only where no mention
 * overlaps it at all (remembered names, which the page's own evidence does not back).
 */
export function addPageNames(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
  candidates: readonly PageNameCandidate[],
  { replacesParts = true }: { replacesParts?: boolean } = {},
): Mention[] {
  if (candidates.length === 0) return [...mentions];
  const found: Mention[] = [];
  // Each name is searched for once over the whole text, then kept where it lies inside one block: searching block by
  // block ran every search to the end of the text wherever a block lacked the name.
  for (const { name, type } of candidates) {
    for (const at of occurrences(text, name, (offset) => blocks[lastStartingBy(blocks, offset)])) {
      found.push({ start: at, end: at + name.length, type, text: name });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  let lastEnd = -1;
  for (const occurrence of found) {
    if (occurrence.start < lastEnd) continue;
    const overlapping = overlappingMentions(sorted, occurrence.start, occurrence.end);
    const contained = (replacesParts || overlapping.length === 0) && overlapping.every((mention) => mention.start >= occurrence.start && mention.end <= occurrence.end
      && mention.end - mention.start < occurrence.end - occurrence.start);
    if (!contained) continue;
    for (const mention of overlapping) replaced.add(mention);
    added.push(occurrence);
    lastEnd = occurrence.end;
  }
  return [...sorted.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * `addPageNames` for an article given as paragraphs and the recogniser's entities of each (offsets into its
 * paragraph), as an article-level pipeline holds them: the merged entities of each paragraph.
 */
export function addPageNamesToParagraphs(
  paragraphs: readonly string[],
  entities: ReadonlyArray<readonly Entity[]>,
  candidates: readonly PageNameCandidate[],
): Entity[][] {
  return paragraphs.map((paragraph, index) =>
    addPageNames(paragraph, [{ start: 0, end: paragraph.length }], entities[index] ?? [], candidates));
}
