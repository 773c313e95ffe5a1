import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HEALTH_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { readKompasMetadata, readPublished } from './metadata.ts';

const documentFor = (html: string, url = 'https://regional.kompas.com/read/2015/11/04/1/x'): Document =>
  new JSDOM(html, { url }).window.document;

describe('readKompasMetadata', () => {
  it('reads today\'s layout: metas, credits, lazy lead image with caption and credit', () => {
    const url = articleUrl(HEALTH_ARTICLE);
    expect(readKompasMetadata(documentFor(buildArticlePage(HEALTH_ARTICLE), url), url)).toEqual({
      title: HEALTH_ARTICLE.title,
      section: 'Health',
      author: 'Xena Olivia',
      editor: 'Ariska Puspita Anggraini',
      publishedLocal: '2025-02-03T19:30:00',
      tags: ['diabetes', 'puasa', 'takjil'],
      canonicalUrl: `https://health.kompas.com${HEALTH_ARTICLE.path}`,
      leadImage: {
        src: 'http://health.kompas.com/img/2025/02/03/takjil.jpg',
        caption: 'Aneka takjil dijajakan di pasar Ramadhan Benhil, Jakarta.',
        credit: 'KOMPAS.com/XENA OLIVIA',
      },
    });
  });

  it('falls back to the credits, the date line and og:title without metas', () => {
    const url = articleUrl(REGIONAL_ARTICLE);
    const html = buildArticlePage(REGIONAL_ARTICLE).replace(/<meta name="content_[^>]*>\n/g, '')
      .replace(/<h1 class="read__title">[^<]*<\/h1>/, '');
    const metadata = readKompasMetadata(documentFor(html, url), url);
    expect(metadata).toMatchObject({
      title: REGIONAL_ARTICLE.title,
      section: 'Regional',
      author: 'Nur Hidayati',
      editor: 'Bambang Setiawan',
      publishedLocal: '2024-07-16T09:15:00',
      tags: ['banjir rob', 'Semarang'],
    });
  });

  it('strips the site\'s og:title suffixes', () => {
    const doc = documentFor('<meta property="og:title" content="Samsul Arif Tak Beban Lawan Arema - Kompas.com Bola">');
    expect(readKompasMetadata(doc, doc.URL).title).toBe('Samsul Arif Tak Beban Lawan Arema');
    const all = documentFor('<meta property="og:title" content="Banjir Rob Rendam Pesisir Halaman all">');
    expect(readKompasMetadata(all, all.URL).title).toBe('Banjir Rob Rendam Pesisir');
  });

  it('reads dates from every form the site has printed', () => {
    expect(readPublished(documentFor('<div class="read__time">Kompas.com, 03/08/2026, 17:53 WIB</div>')))
      .toBe('2026-08-03T17:53:00');
    expect(readPublished(documentFor('<div class="kcm-date">Rabu, 17 Juni 2015 | 20:15 WIB</div>')))
      .toBe('2015-06-17T20:15:00');
    expect(readPublished(documentFor('<meta property="article:published_time" content="2016-02-16T14:38:23+07:00">')))
      .toBe('2016-02-16T14:38:23');
    expect(readPublished(documentFor('<p>tanpa tanggal</p>'))).toBeNull();
  });

  it('returns nulls, not errors, for a page with nothing on it', () => {
    const doc = documentFor('<p>kosong</p>', 'https://www.kompas.com/');
    expect(readKompasMetadata(doc, doc.URL)).toEqual({
      title: null, section: null, author: null, editor: null, publishedLocal: null, tags: [], canonicalUrl: null,
      leadImage: null,
    });
  });
});
