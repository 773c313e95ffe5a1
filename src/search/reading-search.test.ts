import { describe, expect, it } from 'vitest';
import { ReadingSearch, snippetOf, type SearchDocument, type Snippet } from './reading-search.ts';

const URL_A = 'https://nasional.kompas.com/read/2024/03/04/10000001/serangan-siber';
const URL_B = 'https://megapolitan.kompas.com/read/2024/03/05/10000002/banjir-jakarta';
const URL_C = 'https://internasional.kompas.com/read/2024/03/06/10000003/pemilu-amerika';

function article(url: string, title: string, text: string): SearchDocument {
  return { id: url, kind: 'article', articleUrl: url, title, text };
}

const A = article(URL_A, 'Pusat Data Nasional Diserang Peretas', 'Serangan siber itu melumpuhkan layanan imigrasi.\n\nPenyerangan terjadi pada Kamis malam, kata Menkominfo.');
const B = article(URL_B, 'Banjir Rendam Jakarta Utara', 'Warga mengungsi setelah banjir setinggi satu meter.\n\nPetugas membangun tanggul darurat di tepi kali.');
const C = article(URL_C, 'Pemilu Amerika Serikat', 'Kandidat saling menyerang dalam debat tentang pembangunan ekonomi.');
const HIGHLIGHT: SearchDocument = { id: 'h-1', kind: 'highlight', articleUrl: URL_B, title: B.title, text: 'Petugas membangun tanggul darurat\nCek lagi soal pendanaan' };

function index(...docs: SearchDocument[]): ReadingSearch {
  const search = new ReadingSearch();
  for (const doc of docs) search.put(doc);
  return search;
}

const ids = (search: ReadingSearch, query: string, options = {}): string[] => search.search(query, options).map((h) => h.id);

/** The marked words of a snippet. */
const marked = (s: Snippet): string[] => s.marks.map(([a, b]) => s.text.slice(a, b));

describe('ReadingSearch', () => {
  it('finds an inflected form through its base, in the title and the text', () => {
    const search = index(A, B, C);
    expect(ids(search, 'menyerang ').sort()).toEqual([URL_A, URL_C].sort());
    expect(ids(search, 'PENYERANGAN ').sort()).toEqual([URL_A, URL_C].sort());
    expect(ids(search, 'pembangunan ').sort()).toEqual([URL_B, URL_C].sort());
  });

  it('ranks a document with the word in its title above one with it only in the text', () => {
    const search = index(C, A);
    const hits = search.search('serangan ');
    expect(hits.map((h) => h.id)).toEqual([URL_A, URL_C]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('needs every finished word, and matches the word being typed as a prefix', () => {
    const search = index(A, B, C);
    expect(ids(search, 'serangan banjir ')).toEqual([]);
    expect(ids(search, 'banjir tangg')).toEqual([URL_B]);
    expect(ids(search, 'banjir tangg ')).toEqual([]);
  });

  it('returns kind and article URL, and filters by kind', () => {
    const search = index(A, B, HIGHLIGHT);
    expect(search.search('tanggul').map(({ id, kind, articleUrl }) => ({ id, kind, articleUrl })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { id: URL_B, kind: 'article', articleUrl: URL_B },
      { id: 'h-1', kind: 'highlight', articleUrl: URL_B },
    ]);
    expect(ids(search, 'tanggul', { kind: 'highlight' })).toEqual(['h-1']);
    expect(ids(search, 'pendanaan', { kind: 'article' })).toEqual([]);
  });

  it('replaces a document put again and forgets a removed one', () => {
    const search = index(A, B);
    search.put({ ...B, text: 'Hujan deras mengguyur kota.' });
    expect(ids(search, 'tanggul')).toEqual([]);
    expect(ids(search, 'hujan')).toEqual([URL_B]);
    expect(search.size).toBe(2);
    search.remove(URL_A);
    search.remove('not-there');
    expect(search.has(URL_A)).toBe(false);
    expect(ids(search, 'serangan')).toEqual([]);
    expect(search.size).toBe(1);
  });

  it('limits the hits and finds nothing for stop words only', () => {
    const search = index(A, B, C);
    expect(search.search('kompas pemilu banjir serangan', {}).length).toBe(0);
    expect(search.search('a', {})).toEqual([]);
    expect(ids(search, 'ame')).toEqual([URL_C]);
    expect(search.search('yang dan ')).toEqual([]);
    expect(search.search('menyerang ', { limit: 1 })).toHaveLength(1);
  });

  it('keeps no text in the index', () => {
    const json = index(A).toJSON();
    expect(json).not.toContain('melumpuhkan');
    expect(json).not.toContain('Pusat Data');
    expect(json).toContain('lumpuh');
  });

  it('survives JSON with the same results', () => {
    const search = index(A, B, C, HIGHLIGHT);
    const loaded = ReadingSearch.fromJSON(search.toJSON());
    for (const q of ['menyerang ', 'tanggul', 'banjir tangg']) expect(loaded.search(q)).toEqual(search.search(q));
  });
});

describe('snippetOf', () => {
  it('marks the forms of the query word, found through stemming', () => {
    const s = snippetOf(A.text, 'menyerang');
    expect(marked(s)).toEqual(['Serangan', 'Penyerangan']);
    expect(s.text).toBe('Serangan siber itu melumpuhkan layanan imigrasi. Penyerangan terjadi pada Kamis malam, kata Menkominfo.');
  });

  it('cuts a long text around the place with the most query words, at word boundaries', () => {
    const filler = 'Rapat berlangsung lama dan membahas banyak hal lain. '.repeat(12);
    const text = `${filler}Polisi menangkap tersangka penyerangan.  ${filler}Pembangunan jalan dimulai. ${filler}`;
    const s = snippetOf(text, 'serangan penangkapan');
    expect(marked(s)).toEqual(['menangkap', 'penyerangan']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(160 + 2);
    expect(s.text).not.toContain('  ');
    // Whole words only at both ends.
    expect(text).toContain(s.text.slice(1, -1).trim().split(' ')[0]! + ' ');
  });

  it('marks a prefix of the word being typed and folds diacritics and case', () => {
    const s = snippetOf('Kafé di TANGGUL itu ramai; tanggulnya retak.', 'kafe tangg');
    expect(marked(s)).toEqual(['Kafé', 'TANGGUL', 'tanggulnya']);
    for (const [a, b] of s.marks) expect(b).toBeGreaterThan(a);
  });

  it('gives the beginning of the text, unmarked, when nothing matches', () => {
    const s = snippetOf(`\n  ${B.text}`, 'gempa');
    expect(s.marks).toEqual([]);
    expect(s.text.startsWith('Warga mengungsi')).toBe(true);
  });
});
