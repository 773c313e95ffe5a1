import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, FOOD_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage } from '../../fixtures/kompas-page.ts';
import { isNameShaped, MAX_LISTED_NAMES, readPageNames } from './page-names.ts';

const documentFor = (html: string): Document => new JSDOM(html).window.document;

describe('readPageNames', () => {
  it('reads the tags, the keyword links, the title and the caption without its credit', () => {
    const names = readPageNames(documentFor(buildArticlePage(FOOD_ARTICLE)));
    expect(names.listed).toEqual(['Rahmat Sutanto Wiradireja', 'Arga Dwipangga', 'Kopdes Merah Putih Sukamakmur', 'Lumbung Sentosa', 'Karawang']);
    expect(names.title).toBe(FOOD_ARTICLE.title);
    expect(names.caption).toBe(FOOD_ARTICLE.image!.caption);
  });

  it('finds the tags as links alone, nested and spaced, and as the meta alone', () => {
    const fromLinks = readPageNames(documentFor(buildArticlePage(FOOD_ARTICLE, { tags: 'list', wrapper: 'nested' })));
    expect(fromLinks.listed).toEqual(['Rahmat Sutanto Wiradireja', 'Arga Dwipangga', 'Kopdes Merah Putih Sukamakmur', 'Lumbung Sentosa', 'Karawang']);
    const noKeywords = { ...FOOD_ARTICLE, tags: ['Arga Dwipangga', 'stok beras'], tagLinks: [] };
    expect(readPageNames(documentFor(buildArticlePage(noKeywords, { tags: 'meta' }))).listed).toEqual(['Arga Dwipangga']);
    expect(readPageNames(documentFor(buildArticlePage(noKeywords, { tags: 'list' }))).listed).toEqual(['Arga Dwipangga']);
  });

  it('takes keyword links from the body even when the page lists no tags', () => {
    const article = { ...FOOD_ARTICLE, tags: [] };
    expect(readPageNames(documentFor(buildArticlePage(article, { tags: 'list' }))).listed).toEqual(['Kopdes Merah Putih Sukamakmur']);
  });

  it('leaves topic tags, hashtags and abbreviations that are also words out of the names', () => {
    // DIPLOMACY_ARTICLE's tags: "G20", "India", "diplomasi".
    expect(readPageNames(documentFor(buildArticlePage(DIPLOMACY_ARTICLE))).listed).toEqual(['G20', 'India']);
    expect(isNameShaped('stok beras')).toBe(false);
    expect(isNameShaped('Stok beras')).toBe(false);
    expect(isNameShaped('#JernihBerkomentar')).toBe(false);
    expect(isNameShaped('RI')).toBe(false);
    expect(isNameShaped('KPK')).toBe(true);
    expect(isNameShaped('Abdullah bin Zayed')).toBe(true);
    expect(isNameShaped('Ini Judul Panjang Sekali yang Berisi Banyak Kata Kapital')).toBe(false);
  });

  it('has no title or caption where the page has none, and reads the old layout\'s caption', () => {
    const doc = documentFor(`<html><head><meta name="content_tags" content="Arga Dwipangga,Arga Dwipangga"></head><body>
      <div class="kcm-read-img-caption">Wakil Bupati Arga Dwipangga di Karawang. <span>KOMPAS/ARSIP</span></div></body></html>`);
    expect(readPageNames(doc)).toEqual({ listed: ['Arga Dwipangga'], title: null, caption: 'Wakil Bupati Arga Dwipangga di Karawang.' });
    expect(readPageNames(documentFor('<p>Tanpa apa-apa</p>'))).toEqual({ listed: [], title: null, caption: null });
  });

  it('keeps a bounded list when a page lists a great many names', () => {
    const tags = Array.from({ length: 500 }, (_, i) => `Nama Ke${i}`).join(',');
    const doc = documentFor(`<meta name="content_tags" content="${tags}">`);
    expect(readPageNames(doc).listed).toHaveLength(MAX_LISTED_NAMES);
  });
});
