import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { SPLIT_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import {
  CrossOriginRequestError,
  allPagesUrl,
  detectPaging,
  fetchSameOrigin,
  loadWholeArticle,
  sameOriginUrl,
} from './paginate.ts';

const url = articleUrl(SPLIT_ARTICLE);
const pageOf = (number: number | 'all', at = url): Document =>
  new JSDOM(buildArticlePage(SPLIT_ARTICLE, { page: number === 'all' ? 'all' : { number, total: 2 } }), { url: at })
    .window.document;
const paragraphsOf = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll('.read__content p[data-fixture-paragraph]'), (p) => p.textContent ?? '');

describe('addresses', () => {
  it('builds ?page=all on the same origin, keeping other parameters', () => {
    expect(allPagesUrl(`${url}?utm_source=x&page=2#komentar`)).toBe(`${url}?utm_source=x&page=all`);
  });

  it('refuses other origins, other schemes and other ports', () => {
    for (const target of ['https://evil.example/read/1', 'https://nasional.kompas.com/read/1',
      'http://nasional.kompas.com:8080/x', '//kompas.com.evil.example/x']) {
      expect(() => sameOriginUrl(target, url), target).toThrow(CrossOriginRequestError);
    }
    expect(sameOriginUrl('?page=2', url)).toBe(`${url}?page=2`);
  });

  it('never hands another origin to the fetcher', async () => {
    const fetchText = vi.fn(async () => '');
    await expect(fetchSameOrigin(fetchText, 'https://evil.example/', url)).rejects.toThrow(CrossOriginRequestError);
    expect(fetchText).not.toHaveBeenCalled();
  });
});

describe('detectPaging', () => {
  it('reads the page count and the page at hand', () => {
    expect(detectPaging(pageOf(1), url)).toEqual({
      current: 1, total: 2, pageUrls: [`${url}?page=1`, `${url}?page=2`], allUrl: `${url}?page=all`,
    });
    expect(detectPaging(pageOf(2, `${url}?page=2`), `${url}?page=2`)?.current).toBe(2);
  });

  it('finds nothing to do on a single page or on ?page=all', () => {
    expect(detectPaging(pageOf('all'), url)).toBeNull();
    expect(detectPaging(pageOf(1), `${url}?page=all`)).toBeNull();
  });

  it('builds page addresses from the article\'s own address, not from the links', () => {
    const doc = pageOf(1);
    doc.querySelector('.paging__link')!.setAttribute('href', 'https://evil.example/read?page=3');
    const paging = detectPaging(doc, url)!;
    expect(paging.total).toBe(3);
    for (const pageUrl of paging.pageUrls) expect(new URL(pageUrl).origin).toBe(new URL(url).origin);
  });
});

describe('loadWholeArticle', () => {
  it('prefers ?page=all', async () => {
    const fetchText = vi.fn(async () => buildArticlePage(SPLIT_ARTICLE, { page: 'all' }));
    const whole = await loadWholeArticle(pageOf(1), url, { fetchText });
    expect(fetchText.mock.calls).toEqual([[`${url}?page=all`]]);
    expect(whole).toMatchObject({ pages: 2, source: 'page-all', problems: [] });
    expect(paragraphsOf(whole.document)).toEqual(SPLIT_ARTICLE.paragraphs);
  });

  it('merges the pages in order when ?page=all fails, and says why', async () => {
    const fetchText = vi.fn(async (target: string) => {
      if (target.endsWith('page=all')) throw new Error('HTTP 500');
      return buildArticlePage(SPLIT_ARTICLE, { page: { number: 2, total: 2 } });
    });
    const live = pageOf(1);
    const before = live.documentElement.outerHTML;
    const whole = await loadWholeArticle(live, url, { fetchText });
    expect(whole.source).toBe('pages');
    expect(whole.problems).toEqual([`Whole article (${url}?page=all): HTTP 500`]);
    expect(paragraphsOf(whole.document)).toEqual(SPLIT_ARTICLE.paragraphs);
    // Merged inside the one body container, before its single end marker.
    expect(whole.document.querySelectorAll('.read__content .clearfix')).toHaveLength(1);
    expect(whole.document.querySelectorAll('#EndOfArticle')).toHaveLength(1);
    expect(whole.document.querySelector('.clearfix > p[data-fixture-paragraph="9"] ~ #EndOfArticle')).not.toBeNull();
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('treats a ?page=all without an article body as a failure', async () => {
    const fetchText = vi.fn(async (target: string) =>
      target.endsWith('page=all')
        ? '<html><body><p>Terjadi kesalahan</p></body></html>'
        : buildArticlePage(SPLIT_ARTICLE, { page: { number: 2, total: 2 } }));
    const whole = await loadWholeArticle(pageOf(1), url, { fetchText });
    expect(whole.source).toBe('pages');
    expect(paragraphsOf(whole.document)).toEqual(SPLIT_ARTICLE.paragraphs);
  });

  it('falls back to the page at hand when nothing loads, without rejecting', async () => {
    const live = pageOf(1);
    const whole = await loadWholeArticle(live, url, { fetchText: async () => { throw new Error('offline'); } });
    expect(whole.source).toBe('current-page-only');
    expect(whole.document).toBe(live);
    expect(whole.problems).toHaveLength(2);
    expect(whole.problems[1]).toContain('offline');
  });

  it('does not fetch for an article on one page', async () => {
    const fetchText = vi.fn(async () => '');
    const whole = await loadWholeArticle(pageOf('all'), url, { fetchText });
    expect(whole.source).toBe('single');
    expect(fetchText).not.toHaveBeenCalled();
  });
});
