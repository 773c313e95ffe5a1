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

describe.each<BannerLayout>(['controls', 'wrapped-controls', 'split-controls'])('findBannerElements with %s', (layout) => {
  it('hides every banner with its own controls, and no article text or news that mentions the banners', () => {
    const document = parse(buildArticlePage(DIPLOMACY_ARTICLE, { banners: layout }));
    const hidden = findBannerElements(document.documentElement);
    const banners = Array.from(document.querySelectorAll('[data-fixture-banner]'));
    expect(banners.length).toBe(6);
    for (const banner of banners) expect(isCovered(banner, hidden), banner.getAttribute('data-fixture-banner')!).toBe(true);
    const controls = Array.from(document.querySelectorAll('[data-fixture-control]'));
    expect(controls.length).toBeGreaterThan(1);
    for (const control of controls) expect(isCovered(control, hidden), control.getAttribute('data-fixture-control')!).toBe(true);
    const kept = Array.from(document.querySelectorAll('[data-fixture-keep], [data-fixture-paragraph], footer a'));
    expect(kept.length).toBeGreaterThan(DIPLOMACY_ARTICLE.paragraphs.length);
    for (const element of kept) {
      expect(hidden.some((h) => h === element || h.contains(element) || element.contains(h)), element.outerHTML.slice(0, 60)).toBe(false);
    }
  });
});

describe('findBannerElements and the banners\' controls', () => {
  const hiddenIds = (html: string): string[] => {
    const document = parse(`<body><div id="content"><p>Isi berita pertama tentang banjir.</p>${html}<p>Isi berita terakhir.</p></div></body>`);
    return findBannerElements(document.body).map((element) => element.id).sort();
  };
  const CONTEST = 'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan <b>e-voucher</b> untuk <b>90</b> pemenang!';
  const NEWSLETTER = 'Dapatkan informasi dan insight pilihan redaksi Kompas.com';

  it('hides a line whole with its sign-up link, button or e-mail form inside it', () => {
    expect(hiddenIds(`<p id="n">${NEWSLETTER} <a href="/nl">Daftarkan email</a></p>`)).toEqual(['n']);
    expect(hiddenIds(`<p id="n">${NEWSLETTER} <button type="button">Daftar</button></p>`)).toEqual(['n']);
    // A <form> cannot sit in a <p>: the parser closes the paragraph before it.
    expect(hiddenIds(`<div id="n">${NEWSLETTER}<form><input type="email" placeholder="Email"><button type="submit">DAFTAR</button></form></div>`)).toEqual(['n']);
    expect(hiddenIds(`<p id="d">Periksa kembali dan lengkapi data dirimu. <a href="/akun"><span>Lengkapi</span> sekarang</a></p>`)).toEqual(['d']);
  });

  it('hides the smallest wrapper of one banner and its controls whole, not the banner line alone', () => {
    expect(hiddenIds(`<div id="w"><p>${NEWSLETTER}</p><form><input type="email" name="email"></form></div>`)).toEqual(['w']);
    expect(hiddenIds(`<section id="w"><div><p>${NEWSLETTER}</p></div><form><input type="email"> <button>Daftar</button></form></section>`)).toEqual(['w']);
    expect(hiddenIds(`<div id="w"><p>Periksa kembali dan lengkapi data dirimu.</p><button type="button">Lengkapi Data</button></div>`)).toEqual(['w']);
  });

  it('hides the contest terms link before, after, inside the line and in a sibling wrapper', () => {
    expect(hiddenIds(`<a id="t" href="/s">S&amp;K</a><p id="c">${CONTEST}</p>`)).toEqual(['c', 't']);
    expect(hiddenIds(`<p id="c">${CONTEST}</p><a id="t" href="/s">Syarat dan Ketentuan</a>`)).toEqual(['c', 't']);
    expect(hiddenIds(`<p id="c">${CONTEST} (<a href="/s">cek di sini</a>)</p>`)).toEqual(['c']);
    expect(hiddenIds(`<p id="c">${CONTEST}</p>\n<div id="t"><span><a href="/s">S&amp;K berlaku</a></span></div>`)).toEqual(['c', 't']);
    expect(hiddenIds(`<div id="t"><a href="/s">Cek di sini</a></div><p id="c">${CONTEST}</p>`)).toEqual(['c', 't']);
  });

  it('keeps a line whose link is not one of its controls, or whose label is not in a control', () => {
    expect(hiddenIds(`<p>${NEWSLETTER} <a href="/read/1">tentang hitung cepat pemilu</a></p>`)).toEqual([]);
    expect(hiddenIds(`<p>${NEWSLETTER} Daftar</p>`)).toEqual([]);
    // The contest's terms are no control of the newsletter, the newsletter's sign-up none of the contest.
    expect(hiddenIds(`<p>${NEWSLETTER} <a href="/s">S&amp;K</a></p>`)).toEqual([]);
    expect(hiddenIds(`<p id="c">${CONTEST}</p><a href="/nl">Daftar</a>`)).toEqual(['c']);
    expect(hiddenIds(`<p>Warganet memakai tagar #JernihBerkomentar saat membahas <a href="/tag/banjir">banjir</a>.</p>`)).toEqual([]);
  });

  it('leaves a lone control that stands beside no banner', () => {
    expect(hiddenIds('<a href="/s">S&amp;K</a> <button>Daftar</button><form><input type="email"></form>')).toEqual([]);
  });
});
