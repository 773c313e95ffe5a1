/**
 * A long Kompas-like article for the anchoring benchmark, its highlights, and edits of the kind Kompas makes to
 * published articles (a word corrected, a paragraph added with an update, one taken out), with where each highlight
 * should be found after the edits. Everything is drawn from a seeded generator, so runs compare like with like.
 */

import { ALL_ARTICLES } from '../../fixtures/articles.ts';

export interface Paragraph {
  /** Identity across edits. */
  id: number;
  words: string[];
}

/** A highlight as words: from word `startWord` of paragraph `startId` up to (not including) `endWord` of `endId`. */
export interface WordSpan {
  startId: number;
  startWord: number;
  endId: number;
  endWord: number;
}

export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/**
 * At least `count` paragraphs: every fixture paragraph, then variants of them with about half the words swapped for
 * others of the article's vocabulary. Variants share short phrases with their source, as news text does, but no
 * long passages, so each highlight has one right place to be found.
 */
export function buildParagraphs(count: number, next: () => number): Paragraph[] {
  const sources = ALL_ARTICLES.flatMap((a) => a.paragraphs).map((p) => p.split(/\s+/).filter(Boolean));
  const vocabulary = sources.flat();
  const paragraphs: Paragraph[] = sources.map((words, id) => ({ id, words }));
  while (paragraphs.length < count) {
    const words = pick(next, sources).map((w) => (next() < 0.5 ? pick(next, vocabulary) : w));
    paragraphs.push({ id: paragraphs.length, words });
  }
  return paragraphs;
}

/**
 * The article as a page would have it: the original page view (paragraphs separated by newlines and tabs, `&nbsp;`
 * after the dateline, names in <strong> and links) or the reader view (bare paragraphs, no whitespace between).
 */
export function renderArticle(paragraphs: readonly Paragraph[], view: 'page' | 'reader'): string {
  const escape = (w: string) => w.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => {
    if (view === 'reader') return `<p>${p.words.map(escape).join(' ')}</p>`;
    const html = p.words.map((w, i) => {
      const word = escape(w);
      if (i === 2 && p.id % 3 === 0) return `<strong>${word}</strong>`;
      if (i === 5 && p.id % 4 === 1) return `<a href="/read/${p.id}">${word}`;
      if (i === 6 && p.id % 4 === 1) return `${word}</a>`;
      return word;
    });
    // A double space and a no-break space, as Kompas pages have.
    return `<p>${html.map((w, i) => (i === 1 ? `&nbsp;${w}` : i === 4 ? ` ${w}` : w)).join(' ')}</p>`;
  });
  return view === 'page'
    ? `<div class="read__content">\r\n\t\t${body.join('\r\n\t\t')}\r\n</div>`
    : `<article>${body.join('')}</article>`;
}

/** The normalised article text (what `articleText` reads from either view) and where each paragraph starts in it. */
export function normalisedText(paragraphs: readonly Paragraph[]): { text: string; starts: Map<number, number[]> } {
  const starts = new Map<number, number[]>();
  let offset = 0;
  const parts: string[] = [];
  for (const p of paragraphs) {
    const wordStarts: number[] = [];
    for (const w of p.words) {
      wordStarts.push(offset);
      offset += w.length + 1;
    }
    wordStarts.push(offset - 1); // end of the paragraph's last word
    starts.set(p.id, wordStarts);
    parts.push(p.words.join(' '));
  }
  return { text: parts.join(' '), starts };
}

/** Offsets of a word span in the normalised text of `paragraphs`; null when a paragraph of it is gone. */
export function spanOffsets(paragraphs: readonly Paragraph[], span: WordSpan): { start: number; end: number } | null {
  const { starts } = normalisedText(paragraphs);
  const first = starts.get(span.startId);
  const last = starts.get(span.endId);
  if (!first || !last) return null;
  const endWordStart = last[span.endWord - 1]!;
  const endParagraph = paragraphs.find((p) => p.id === span.endId)!;
  return { start: first[span.startWord]!, end: endWordStart + endParagraph.words[span.endWord - 1]!.length };
}

/** `count` highlights of 2 to 25 words; one in ten runs on into the next paragraph. */
export function makeSpans(paragraphs: readonly Paragraph[], count: number, next: () => number): WordSpan[] {
  const spans: WordSpan[] = [];
  while (spans.length < count) {
    const index = Math.floor(next() * paragraphs.length);
    const p = paragraphs[index]!;
    const length = 2 + Math.floor(next() * 24);
    const startWord = Math.floor(next() * p.words.length);
    const following = paragraphs[index + 1];
    if (next() < 0.1 && following) {
      spans.push({ startId: p.id, startWord, endId: following.id, endWord: Math.min(following.words.length, 1 + Math.floor(next() * 8)) });
    } else if (startWord + length <= p.words.length) {
      spans.push({ startId: p.id, startWord, endId: p.id, endWord: startWord + length });
    }
  }
  return spans;
}

export interface Edits {
  /** Share of paragraphs that get one or two words changed. */
  changedParagraphs: number;
  inserted: number;
  removed: number;
}

/** The article after edits. Paragraph ids survive, so spans can be located again. */
export function editArticle(paragraphs: readonly Paragraph[], edits: Edits, next: () => number): Paragraph[] {
  const vocabulary = paragraphs.flatMap((p) => p.words);
  let result = paragraphs.map((p) => ({ id: p.id, words: [...p.words] }));
  for (const p of result) {
    if (next() >= edits.changedParagraphs) continue;
    const changes = 1 + Math.floor(next() * 2);
    for (let c = 0; c < changes; c++) p.words[Math.floor(next() * p.words.length)] = pick(next, vocabulary);
  }
  for (let r = 0; r < edits.removed; r++) result.splice(Math.floor(next() * result.length), 1);
  let nextId = 100_000;
  for (let i = 0; i < edits.inserted; i++) {
    // An update paragraph in the article's own words (shuffled), the hardest kind of decoy for fuzzy matching.
    const words = [...pick(next, paragraphs).words].sort(() => next() - 0.5);
    result.splice(Math.floor(next() * (result.length + 1)), 0, { id: nextId++, words });
  }
  result = result.filter((p) => p.words.length > 0);
  return result;
}
