import { describe, expect, it } from 'vitest';
import { findBannerElements } from './banner-finder.ts';
import { buildArticlePage, type BannerLayout } from '../../fixtures/kompas-page.ts';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const isCovered = (element: Element, hidden: Element[]): boolean => hidden.some((h) => h === element || h.contains(element));

describe.each<BannerLayout>(['siblings', 'wrapped', 'split'])('findBannerElements with %s banners', (layout) => {
  for (const article of [DIPLOMACY_ARTICLE, REGIONAL_ARTICLE]) {
    it(`hides every banner and no article text in "${article.title}"`, () => {
      const document = parse(buildArticlePage(article, { banners: layout }));
      const hidden = findBannerElements(document.documentElement);
      const banners = Array.from(document.querySelectorAll('[data-fixture-banner]'));
      expect(banners.length).toBe(6);
      for (const banner of banners) expect(isCovered(banner, hidden), banner.getAttribute('data-fixture-banner')!).toBe(true);
      for (const paragraph of document.querySelectorAll('[data-fixture-paragraph]')) {
        expect(hidden.some((h) => h === paragraph || h.contains(paragraph) || paragraph.contains(h))).toBe(false);
      }
      // The footer's own "Syarat & Ketentuan" has nothing to do with the contest.
      const footerLink = document.querySelector('footer a')!;
      expect(isCovered(footerLink, hidden)).toBe(false);
      // No hidden element holds article text: the whole article region is never taken.
      for (const element of hidden) {
        expect(element.querySelector('[data-fixture-paragraph]')).toBeNull();
        expect(['BODY', 'HTML']).not.toContain(element.tagName);
      }
    });
  }
});

describe('findBannerElements picks the smallest holder', () => {
  it('hides each banner paragraph, not the wrapper that holds them all', () => {
    const document = parse(`<body><div id="wrap"><p id="a">Periksa kembali dan lengkapi data dirimu.</p>
      <p id="b">Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.</p></div></body>`);
    const ids = findBannerElements(document.body).map((e) => e.id).sort();
    expect(ids).toEqual(['a', 'b']);
  });

  it('hides the wrapper when banner text sits directly in it', () => {
    const document = parse(`<body><div id="wrap">Periksa kembali dan lengkapi data dirimu.
      <p id="b">Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.</p></div></body>`);
    expect(findBannerElements(document.body).map((e) => e.id)).toEqual(['wrap']);
  });

  it('leaves a paragraph that holds a banner sentence and article text', () => {
    const document = parse(`<body><p>Periksa kembali dan lengkapi data dirimu. Wali kota meminta warga mendaftar ulang.</p></body>`);
    expect(findBannerElements(document.body)).toEqual([]);
  });

  it('leaves a lone "Syarat & Ketentuan" link outside any banner region', () => {
    const document = parse(`<body><div><a href="#">Syarat &amp; Ketentuan</a> <a href="#">Kebijakan Data Pribadi</a></div>
      <p>Presiden menegaskan #JernihBerkomentar bukan program pemerintah.</p></body>`);
    expect(findBannerElements(document.body)).toEqual([]);
  });
});
