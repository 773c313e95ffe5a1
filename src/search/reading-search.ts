/**
 * Full-text search over what the reader has read: articles (title and clean text) and highlights (quote and note,
 * with their article's title), in one MiniSearch index whose terms come from the Indonesian pipeline of
 * indonesian-terms.ts, so "menyerang" finds "serangan" and "diserang".
 *
 * MiniSearch was chosen for its size (no dependencies, about 30 kB), an index that serialises to JSON (kept in
 * IndexedDB as a snapshot, see search-snapshot.ts), per-document add and discard (so the index is updated per
 * article, never rebuilt), BM25 ranking with field boosts, prefix search, and no DOM or `window` at import, so it runs
 * in a Chrome MV3 service worker. The index stores no text: a hit carries its id, kind and article URL, and the
 * snippet is made afterwards from the text the caller reads from IndexedDB for the hits it shows (`snippetOf`).
 */

import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import { fold, processTerm, queryTerms, tokenize, WORD } from './indonesian-terms.ts';

export type DocumentKind = 'article' | 'highlight';

/** One searchable document. Ids are unique across kinds: an article's is its canonical URL, a highlight's its id. */
export interface SearchDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  /** The article's canonical URL (an article's own id; a highlight's article). */
  readonly articleUrl: string;
  /** The article's title (for a highlight too: a highlight is found by its article's title). */
  readonly title: string;
  /** An article's clean text; a highlight's quote and note, on separate lines. */
  readonly text: string;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly articleUrl: string;
  /** BM25 relevance, higher first; comparable within one search only. */
  readonly score: number;
}

export interface SearchOptions {
  /** Only documents of this kind; both when omitted. */
  readonly kind?: DocumentKind;
  /** At most this many hits, best first (default DEFAULT_LIMIT). */
  readonly limit?: number;
}

export const DEFAULT_LIMIT = 50;

/** A word in the title weighs this many times a word in the text: a story about a subject names it in its title. */
export const TITLE_BOOST = 2;

/** The index's options, the same when it is built and when a snapshot of it is loaded. */
const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['kind', 'articleUrl'],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
};

export class ReadingSearch {
  private readonly index: MiniSearch<SearchDocument>;

  constructor(index?: MiniSearch<SearchDocument>) {
    this.index = index ?? new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  }

  /** The index as JSON, for a snapshot. */
  toJSON(): string {
    return JSON.stringify(this.index);
  }

  /** An index from `toJSON`'s output. Throws on JSON that is not such an index. */
  static fromJSON(json: string): ReadingSearch {
    return new ReadingSearch(MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS));
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.index.documentCount;
  }

  /** Adds the document, or replaces the one with its id. */
  put(doc: SearchDocument): void {
    // Only the fields the index reads: a caller's record may carry more (entities, dates) that would otherwise be
    // kept by nothing but could be stored by mistake.
    const entry: SearchDocument = { id: doc.id, kind: doc.kind, articleUrl: doc.articleUrl, title: doc.title, text: doc.text };
    if (this.index.has(doc.id)) this.index.replace(entry);
    else this.index.add(entry);
  }

  /**
   * Removes the document with this id, if there is one. MiniSearch discards it at once (it is never found again) and
   * cleans its terms out of the index later, in the background, without needing the document's text.
   */
  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /**
   * Documents that contain every word of `query` (as terms: "menyerang" finds "serangan"), the word still being typed
   * as a prefix, ranked by BM25 with the title boosted. An empty query, or one of stop words only, finds nothing.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const compiled = compileQuery(query);
    if (compiled === null) return [];
    const { kind, limit = DEFAULT_LIMIT } = options;
    const results = this.index.search(compiled, {
      boost: { title: TITLE_BOOST },
      combineWith: 'AND',
      fuzzy: false,
      // The query is already in terms (compileQuery): each is a single term as it is.
      tokenize: (term: string) => [term],
      processTerm: (term: string) => term,
      ...(kind === undefined ? {} : { filter: (r: SearchResult) => r['kind'] === kind }),
    });
    return results.slice(0, limit).map((r) => ({
      id: String(r.id),
      kind: r['kind'] as DocumentKind,
      articleUrl: r['articleUrl'] as string,
      score: r.score,
    }));
  }
}

/**
 * A word being typed is matched as a prefix from its third letter: a one- or two-letter prefix matches a large share
 * of all terms, costs the most, and says little; before that it is matched as it is (so "RI" and "AS" find themselves).
 */
export const MIN_PREFIX_LENGTH = 3;

/**
 * MiniSearch's query for a reader's query: each finished word's term must match exactly, and the word being typed
 * matches as a prefix of a term, through its stem and, where stemming the half-typed word changed it, as it was
 * typed (a half-typed word is often no word at all, and Sastrawi may cut it wrongly).
 */
function compileQuery(query: string): Query | null {
  const { whole, typing } = queryTerms(query);
  const queries: Query[] = whole.map((term) => ({ queries: [term], prefix: false }));
  if (typing !== null && typing.folded.length < MIN_PREFIX_LENGTH) queries.push({ queries: [typing.term], prefix: false });
  else if (typing !== null) {
    const variants = typing.folded === typing.term ? [typing.term] : [typing.term, typing.folded];
    queries.push({ queries: variants, prefix: true, combineWith: 'OR' });
  }
  if (queries.length === 0) return null;
  return { queries, combineWith: 'AND' };
}

/** A short excerpt of a document's text with the words a query matched. */
export interface Snippet {
  readonly text: string;
  /** [start, end) offsets in `text` of each matched word, in order, not overlapping. */
  readonly marks: ReadonlyArray<readonly [number, number]>;
}

/** About this many characters of text in a snippet, cut at word boundaries. */
export const SNIPPET_LENGTH = 160;

const ELLIPSIS = '…';

/**
 * An excerpt of `text` of about `length` characters around the place where most of the query's words are, with
 * those words marked. Words match through the same folding and stemming as the index ("menyerang" marks "serangan"),
 * and the word being typed as a prefix. With no match: the text's beginning, unmarked. White space runs (paragraph
 * breaks) become single spaces.
 */
export function snippetOf(text: string, query: string, length = SNIPPET_LENGTH): Snippet {
  const { whole, typing } = queryTerms(query);
  const wanted = new Set(whole);
  const matches: { start: number; end: number; term: string }[] = [];
  if (wanted.size > 0 || typing !== null) {
    for (const m of text.matchAll(WORD)) {
      const term = processTerm(m[0]);
      if (term === null) continue;
      const hit =
        wanted.has(term) ||
        (typing !== null && (term.startsWith(typing.term) || fold(m[0]).startsWith(typing.folded)));
      if (hit) matches.push({ start: m.index, end: m.index + m[0].length, term });
    }
  }

  // The window holding the most distinct matched terms, then the most matches; the first such.
  let best = { from: 0, to: -1, distinct: 0, count: 0 };
  for (let i = 0; i < matches.length; i++) {
    const terms = new Set<string>();
    let j = i;
    while (j < matches.length && matches[j]!.end - matches[i]!.start <= length) terms.add(matches[j++]!.term);
    if (terms.size > best.distinct || (terms.size === best.distinct && j - i > best.count)) {
      best = { from: i, to: j - 1, distinct: terms.size, count: j - i };
    }
  }

  let start = 0;
  if (best.to >= 0) {
    const first = matches[best.from]!;
    const last = matches[best.to]!;
    // Centre the matched words in the window, then move to the start of a word.
    start = Math.max(0, Math.min(first.start - Math.floor((length - (last.end - first.start)) / 2), text.length - length));
    if (start > 0) {
      const space = text.slice(start, first.start).search(/\s/);
      start = space < 0 ? first.start : start + space + 1;
    }
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const cut = text.slice(start, end).search(/\s\S*$/);
    if (cut > 0) end = start + cut;
  }
  // A match cut by the window's end is left out rather than marked in half.
  const shown = matches.filter((m) => m.start >= start && m.end <= end);

  let out = start > 0 ? ELLIPSIS : '';
  const marks: [number, number][] = [];
  let at = start;
  const plain = (s: string): string => s.replace(/\s+/g, ' ');
  for (const m of shown) {
    out += plain(text.slice(at, m.start));
    marks.push([out.length, out.length + (m.end - m.start)]);
    out += text.slice(m.start, m.end);
    at = m.end;
  }
  out += plain(text.slice(at, end));
  if (start === 0) {
    const lead = out.length - out.trimStart().length;
    out = out.trimStart();
    for (const mark of marks) {
      mark[0] -= lead;
      mark[1] -= lead;
    }
  }
  const trimmed = out.trimEnd();
  return { text: end < text.length ? trimmed + ELLIPSIS : trimmed, marks };
}
