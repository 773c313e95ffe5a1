import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseSearchReply, parseSearchRequest, SearchProtocolError } from './search-protocol.ts';

const hit = {
  id: 'https://nasional.kompas.com/read/2025/01/02/10000001/artikel-1',
  kind: 'article',
  articleUrl: 'https://nasional.kompas.com/read/2025/01/02/10000001/artikel-1',
  title: 'Judul',
  section: null,
  saved: true,
  snippet: { text: 'Serangan udara', marks: [[0, 8]] },
};

describe('parseSearchRequest', () => {
  it('keeps a valid request and only its known fields', () => {
    expect(parseSearchRequest({ type: 'search', id: 3, query: 'banjir', kind: 'highlight', limit: 5, extra: 1 })).toEqual({
      type: 'search', id: 3, query: 'banjir', kind: 'highlight', limit: 5,
    });
  });

  it.each([
    ['no type', { id: 1, query: 'a' }],
    ['a negative id', { type: 'search', id: -1, query: 'a' }],
    ['a query too long', { type: 'search', id: 1, query: 'a'.repeat(MAX_QUERY_CHARS + 1) }],
    ['an unknown kind', { type: 'search', id: 1, query: 'a', kind: 'note' }],
    ['a limit of 0', { type: 'search', id: 1, query: 'a', limit: 0 }],
    ['a limit over the cap', { type: 'search', id: 1, query: 'a', limit: 1000 }],
  ])('refuses %s', (_what, input) => {
    expect(() => parseSearchRequest(input)).toThrow(SearchProtocolError);
  });
});

describe('parseSearchReply', () => {
  it('reads results and errors', () => {
    expect(parseSearchReply({ type: 'results', id: 2, query: 'serang', hits: [hit] })).toEqual({ type: 'results', id: 2, query: 'serang', hits: [hit] });
    expect(parseSearchReply({ type: 'error', id: null, message: 'x' })).toEqual({ type: 'error', id: null, message: 'x' });
  });

  it.each([
    ['a mark past the text', { ...hit, snippet: { text: 'abc', marks: [[0, 9]] } }],
    ['overlapping marks', { ...hit, snippet: { text: 'abcdef', marks: [[0, 3], [2, 4]] } }],
    ['an article URL that is no web address', { ...hit, articleUrl: 'javascript:alert(1)' }],
    ['an unknown kind', { ...hit, kind: 'page' }],
  ])('refuses a hit with %s', (_what, bad) => {
    expect(() => parseSearchReply({ type: 'results', id: 1, query: 'q', hits: [bad] })).toThrow(SearchProtocolError);
  });
});
