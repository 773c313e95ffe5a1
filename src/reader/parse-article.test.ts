import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES, COLUMN_ARTICLE, DIPLOMACY_ARTICLE, ENGLISH_ARTICLE, HEALTH_ARTICLE, SPLIT_ARTICLE, TECH_ARTICLE } from '../../fixtures/articles.ts';
import {
  PROMO_TEXTS,
  articleUrl,
  buildArticlePage,
  buildNonArticlePage,
  type ArticleFixture,
  type PageOptions,
} from '../../fixtures/kompas-page.ts';
import { parseArticle, parseArticleDocument } from './parse-article.ts';
import { isReaderable } from './readerable.ts';
import type { ReaderArticle } from './reader-article.ts';

/** Every text the site puts in or around the body that is not article text. */
const BANNER_TEXTS = [
  'Tulis komentarmu',
  'Dapatkan informasi dan insight',
  'Periksa kembali dan lengkapi data dirimu.',
  'Data dirimu akan digunakan untuk verifikasi akun',
  'Segera lengkapi data dirimu',
  'Syarat & Ketentuan',
];
const OTHER_CLUTTER = ['Baca juga', 'Also read', 'Iklan', 'Tampilkan semua', 'Rekomendasi', 'Nanti saja'];

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function documentFor(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

function read(article: ArticleFixture, options: PageOptions): ReaderArticle {
  const url = articleUrl(article);
  const result = parseArticleDocument(documentFor(buildArticlePage(article, options), url), url);
  if (!result) throw new Error(`No article read from ${url}`);
  return result;
}

function expectWholeArticle(result: ReaderArticle, article: ArticleFixture): void {
  // Every paragraph is one paragraph of the reader, in the fixture's order.
  let position = -1;
  for (const paragraph of article.paragraphs) {
    const index = result.paragraphs.indexOf(paragraph, position + 1);
    expect(index, `paragraph missing or out of order: ${paragraph}`).toBeGreaterThan(position);
    position = index;
  }
  expect(result.paragraphs).toHaveLength(article.paragraphs.length);
}

function expectNoClutter(result: ReaderArticle, article: ArticleFixture): void {
  const text = collapse(result.textContent);
  const html = result.contentHtml;
  const clutter = [...BANNER_TEXTS, ...OTHER_CLUTTER, ...Object.values(PROMO_TEXTS).map(collapse),
    ...(article.bacaJuga ?? []).map((link) => link.title)];
  for (const needle of clutter) {
    expect(text, `clutter in the reader text: ${needle}`).not.toContain(needle);
    expect(html, `clutter in the reader HTML: ${needle}`).not.toContain(needle.replace('&', '&amp;'));
  }
}

const LAYOUTS: Array<{ name: string; options: PageOptions }> = [
  { name: 'banners as siblings', options: { banners: 'siblings' } },
  { name: 'wrapped banners and promotions', options: { banners: 'wrapped', promos: true } },
  { name: 'split banners, promotions, injected blocks, nested wrappers',
    options: { banners: 'split', promos: true, bacaJugaBlocks: true, wrapper: 'nested' } },
];

describe('parseArticleDocument over the fixtures', () => {
  for (const article of ALL_ARTICLES) {
    for (const { name, options } of LAYOUTS) {
      it(`${article.section} (${article.subdomain}), ${name}: whole article, in order, no clutter`, () => {
        const result = read(article, options);
        expectWholeArticle(result, article);
        expectNoClutter(result, article);
      });
    }
  }

  it('builds the model from the page metadata', () => {
    const result = read(DIPLOMACY_ARTICLE, { promos: true });
    expect(result).toMatchObject({
      url: articleUrl(DIPLOMACY_ARTICLE),
      canonicalUrl: `https://internasional.kompas.com${DIPLOMACY_ARTICLE.path}`,
      title: 'Menlu Bertemu di Sela Pertemuan G20 di New Delhi',
      section: 'Internasional',
      byline: { author: 'Aditya Pratama', editor: 'Rahmawati Siregar' },
      published: { iso: '2023-03-04T14:05:00+07:00', formatted: 'Sabtu, 4 Maret 2023, 14:05 WIB' },
      leadImage: {
        src: 'http://internasional.kompas.com/img/2023/03/04/g20-delhi.jpg',
        caption: 'Suasana ruang pertemuan menteri luar negeri G20 di New Delhi, India.',
        credit: 'AFP/PRAKASH SINGH',
      },
      tags: ['G20', 'India', 'diplomasi'],
      pages: 1,
      partial: false,
      contentWarning: false,
    });
    expect(result.wordCount).toBeGreaterThan(100);
    expect(result.readingMinutes).toBe(Math.ceil(result.wordCount / 200));
  });

  it('keeps in-text keyword links and makes links absolute', () => {
    const result = read(TECH_ARTICLE, { promos: true });
    expect(result.contentHtml).toContain('href="https://www.kompas.com/tag/satelit"');
    expect(result.paragraphs[0]).toContain('melalui satelit multifungsi');
  });

  it('keeps the columnist\'s "Oleh" line and names the columnist', () => {
    const result = read(COLUMN_ARTICLE, {});
    expect(result.paragraphs[0]).toBe('Oleh: Laksmi Wardhani');
    expect(result.byline.author).toBe('Laksmi Wardhani');
    expect(result.section).toBe('Kolom');
    expect(result.leadImage).toBeNull();
  });

  it('leaves nothing active in the HTML', () => {
    const url = articleUrl(DIPLOMACY_ARTICLE);
    const html = buildArticlePage(DIPLOMACY_ARTICLE, {}).replace(
      '<p data-fixture-paragraph="2">',
      '<p data-fixture-paragraph="2" onclick="alert(1)" style="color:red"><img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="https://evil.example/"></iframe><script>alert(4)</script>',
    );
    const result = parseArticleDocument(documentFor(html, url), url)!;
    expect(result.contentHtml).not.toMatch(/onclick|onerror|javascript:|<iframe|<script|style=/i);
    expect(result.contentHtml).toContain('src="http://internasional.kompas.com/read/2023/03/04/140500970/x.png"');
  });

  it('marks an article the site puts behind its sensitive-content warning, and reads its text all the same', () => {
    const gated = read(HEALTH_ARTICLE, { sensitiveGate: true });
    expect(gated.contentWarning).toBe(true);
    expect(gated.paragraphs.map(collapse)).toEqual(HEALTH_ARTICLE.paragraphs.map(collapse));
    expect(read(HEALTH_ARTICLE, {}).contentWarning).toBe(false);
  });

  it('does not change the page it reads', () => {
    const url = articleUrl(DIPLOMACY_ARTICLE);
    const doc = documentFor(buildArticlePage(DIPLOMACY_ARTICLE, { promos: true }), url);
    const before = doc.documentElement.outerHTML;
    parseArticleDocument(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the article language', () => {
  const languageOf = (article: ArticleFixture, html = buildArticlePage(article, {})) =>
    parseArticleDocument(documentFor(html, articleUrl(article)), articleUrl(article))?.language;

  it('is Indonesian for Indonesian stories, whatever the page declares', () => {
    const page = buildArticlePage(HEALTH_ARTICLE, {});
    expect(languageOf(HEALTH_ARTICLE)).toBe('id');
    expect(languageOf(HEALTH_ARTICLE, page.replace('<html lang="id">', '<html>'))).toBe('id');
    expect(languageOf(HEALTH_ARTICLE, page.replace('<html lang="id">', '<html lang="en">'))).toBe('id');
  });

  it('is English for an English story on a page that declares the site default, and keeps a declared region', () => {
    const page = buildArticlePage(ENGLISH_ARTICLE, {});
    expect(languageOf(ENGLISH_ARTICLE)).toBe('en');
    expect(languageOf(ENGLISH_ARTICLE, page.replace('<html lang="id">', '<html lang=" en-GB ">'))).toBe('en-GB');
  });
});

describe('parseArticle', () => {
  const url = articleUrl(SPLIT_ARTICLE);

  it('reads a two-page article whole from ?page=all, once', async () => {
    const requested: string[] = [];
    const page1 = documentFor(buildArticlePage(SPLIT_ARTICLE, { page: { number: 1, total: 2 }, promos: true }), url);
    const result = await parseArticle(page1, url, {
      fetchText: async (target) => {
        requested.push(target);
        return buildArticlePage(SPLIT_ARTICLE, { page: 'all', promos: true });
      },
    });
    expect(requested).toEqual([`${url}?page=all`]);
    expectWholeArticle(result!, SPLIT_ARTICLE);
    expectNoClutter(result!, SPLIT_ARTICLE);
    expect(result).toMatchObject({ pages: 2, partial: false, url });
  });

  it('falls back to fetching each page when ?page=all fails', async () => {
    const requested: string[] = [];
    const page2Url = `${url}?page=2`;
    const page2 = documentFor(buildArticlePage(SPLIT_ARTICLE, { page: { number: 2, total: 2 } }), page2Url);
    const result = await parseArticle(page2, page2Url, {
      fetchText: async (target) => {
        requested.push(target);
        if (target.endsWith('page=1')) return buildArticlePage(SPLIT_ARTICLE, { page: { number: 1, total: 2 } });
        throw new Error('HTTP 503');
      },
    });
    expect(requested).toEqual([`${url}?page=all`, `${url}?page=1`]);
    expectWholeArticle(result!, SPLIT_ARTICLE);
    expect(result!.partial).toBe(false);
  });

  it('reads the page at hand, marked partial, when no other page loads', async () => {
    const page1 = documentFor(buildArticlePage(SPLIT_ARTICLE, { page: { number: 1, total: 2 } }), url);
    const result = await parseArticle(page1, url, { fetchText: () => Promise.reject(new Error('offline')) });
    expect(result).toMatchObject({ pages: 2, partial: true });
    expect(result!.paragraphs).toEqual(SPLIT_ARTICLE.paragraphs.slice(0, 5));
    expect(result!.textContent).not.toContain('Tampilkan semua');
  });

  it('fetches nothing for an article on one page', async () => {
    const doc = documentFor(buildArticlePage(DIPLOMACY_ARTICLE), articleUrl(DIPLOMACY_ARTICLE));
    const result = await parseArticle(doc, articleUrl(DIPLOMACY_ARTICLE), {
      fetchText: () => Promise.reject(new Error('must not fetch')),
    });
    expectWholeArticle(result!, DIPLOMACY_ARTICLE);
  });
});

describe('isReaderable', () => {
  it('accepts article pages', () => {
    for (const article of ALL_ARTICLES) {
      const url = articleUrl(article);
      expect(isReaderable(documentFor(buildArticlePage(article), url), url), url).toBe(true);
    }
  });

  it('accepts an old-layout article set in <br>-separated spans, which Readability\'s check scores zero', () => {
    const sentence = 'Penyerang anyar itu bertekad memberikan penampilan terbaiknya saat menghadapi bekas timnya. ';
    const html = `<div class="kcm-read-content-text"><span>${Array.from({ length: 8 }, () => sentence).join('<br><br>')}</span></div>`;
    const url = 'http://bola.kompas.com/read/2016/02/23/16374618/samsul.arif';
    expect(isReaderable(documentFor(html, url), url)).toBe(true);
    expect(isReaderable(documentFor(html, 'http://bola.kompas.com/'), 'http://bola.kompas.com/')).toBe(false);
    const short = `<div class="kcm-read-content-text"><span>${sentence}</span></div>`;
    expect(isReaderable(documentFor(short, url), url)).toBe(false);
  });

  it('turns down a section front, and parsing it does not throw', async () => {
    const url = 'https://nasional.kompas.com/';
    const doc = documentFor(buildNonArticlePage(), url);
    expect(isReaderable(doc, url)).toBe(false);
    await parseArticle(doc, url);
  });
});
