/**
 * What the library page and its search worker (search-worker.ts) say to each other. Both sides parse what they
 * receive with the functions here: the worker reads the database and a bug on either side must surface as an error
 * reply, never as a wrong answer taken for a right one.
 *
 * Page -> worker: `SearchRequest`, each with an id the reply repeats, so the page drops answers to queries it has
 * since replaced. Worker -> page: `SearchResults` or `SearchFailure` for that id.
 */
import type { DocumentKind } from '../../src/search/reading-search.ts';
import { isRecord } from '../../src/validation/is-record.ts';

/** Longest query the worker accepts: far above anything typed, low enough that a query cannot stall the index. */
export const MAX_QUERY_CHARS = 500;
/** Most hits one search returns; snippets are made for these only. */
export const MAX_HITS = 100;
export const DEFAULT_HITS = 30;

export interface SearchRequest {
  type: 'search';
  id: number;
  query: string;
  /** Only articles or only highlights; both when absent. */
  kind?: DocumentKind;
  limit?: number;
}

/** A snippet: an excerpt and the [start, end) offsets of the matched words in it. */
export interface HitSnippet {
  text: string;
  marks: Array<[number, number]>;
}

/** One ranked hit as the library shows it. */
export interface SearchHitView {
  /** The article's URL, or the highlight's id. */
  id: string;
  kind: DocumentKind;
  articleUrl: string;
  title: string;
  section: string | null;
  snippet: HitSnippet;
  /** Articles: kept for reading offline. */
  saved: boolean;
}

export interface SearchResults {
  type: 'results';
  id: number;
  query: string;
  hits: SearchHitView[];
}

export interface SearchFailure {
  type: 'error';
  /** The request's id, or null when the request could not be read at all. */
  id: number | null;
  message: string;
}

export type SearchReply = SearchResults | SearchFailure;

export class SearchProtocolError extends Error {
  override name = 'SearchProtocolError';
}

const KINDS: readonly string[] = ['article', 'highlight'];

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The worker's gate: a valid request, or SearchProtocolError naming what is wrong. */
export function parseSearchRequest(input: unknown): SearchRequest {
  if (!isRecord(input) || input.type !== 'search') throw new SearchProtocolError('not a search request');
  if (!isId(input.id)) throw new SearchProtocolError('id: invalid');
  if (typeof input.query !== 'string' || input.query.length > MAX_QUERY_CHARS) throw new SearchProtocolError('query: invalid');
  const request: SearchRequest = { type: 'search', id: input.id, query: input.query };
  if (input.kind !== undefined) {
    if (typeof input.kind !== 'string' || !KINDS.includes(input.kind)) throw new SearchProtocolError('kind: invalid');
    request.kind = input.kind as DocumentKind;
  }
  if (input.limit !== undefined) {
    if (!isId(input.limit) || input.limit < 1 || input.limit > MAX_HITS) throw new SearchProtocolError('limit: invalid');
    request.limit = input.limit;
  }
  return request;
}

function parseSnippet(value: unknown): HitSnippet {
  if (!isRecord(value) || typeof value.text !== 'string' || !Array.isArray(value.marks)) throw new SearchProtocolError('snippet: invalid');
  const text = value.text;
  let last = 0;
  const marks = value.marks.map((mark): [number, number] => {
    if (!Array.isArray(mark) || mark.length !== 2 || !isId(mark[0]) || !isId(mark[1])) throw new SearchProtocolError('snippet mark: invalid');
    const [start, end] = mark as [number, number];
    // In order, not overlapping, inside the text: the page cuts the text at these offsets.
    if (start < last || end <= start || end > text.length) throw new SearchProtocolError('snippet mark: out of range');
    last = end;
    return [start, end];
  });
  return { text, marks };
}

function parseHit(value: unknown): SearchHitView {
  if (!isRecord(value)) throw new SearchProtocolError('hit: invalid');
  const { id, kind, articleUrl, title, section, saved } = value;
  if (typeof id !== 'string' || typeof kind !== 'string' || !KINDS.includes(kind)) throw new SearchProtocolError('hit: invalid id or kind');
  if (typeof articleUrl !== 'string' || !/^https?:\/\//.test(articleUrl)) throw new SearchProtocolError('hit: invalid articleUrl');
  if (typeof title !== 'string' || (section !== null && typeof section !== 'string') || typeof saved !== 'boolean') {
    throw new SearchProtocolError('hit: invalid fields');
  }
  return { id, kind: kind as DocumentKind, articleUrl, title, section, saved, snippet: parseSnippet(value.snippet) };
}

/** The page's gate: a valid reply, or SearchProtocolError. */
export function parseSearchReply(input: unknown): SearchReply {
  if (!isRecord(input)) throw new SearchProtocolError('reply: not an object');
  if (input.type === 'error') {
    if (input.id !== null && !isId(input.id)) throw new SearchProtocolError('error: invalid id');
    return { type: 'error', id: input.id, message: String(input.message ?? '') };
  }
  if (input.type !== 'results' || !isId(input.id) || typeof input.query !== 'string' || !Array.isArray(input.hits)) {
    throw new SearchProtocolError('results: invalid');
  }
  if (input.hits.length > MAX_HITS) throw new SearchProtocolError('results: too many hits');
  return { type: 'results', id: input.id, query: input.query, hits: input.hits.map(parseHit) };
}
