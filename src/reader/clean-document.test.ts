import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, TECH_ARTICLE } from '../../fixtures/articles.ts';
import { PROMO_TEXTS, articleUrl, bannerHtml, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { cleanDocument } from './clean-document.ts';

const url = 'https://nasional.kompas.com/read/2024/01/01/1/x';
const bodyOf = (html: string): Document => new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { url }).window.document;

describe('cleanDocument', () => {
  it('removes every kind of clutter from a fixture page and reports it by reason', () => {
    const pageUrl = articleUrl(TECH_ARTICLE);
    const doc = new JSDOM(buildArticlePage(TECH_ARTICLE, { promos: true, bacaJugaBlocks: true, banners: 'split' }),
      { url: pageUrl }).window.document;
    const report = cleanDocument(doc, pageUrl);
    const text = doc.body.textContent ?? '';
    for (const promo of Object.values(PROMO_TEXTS)) expect(text).not.toContain(promo.slice(0, 30));
    expect(text).not.toContain('Baca juga');
    expect(report.bySelector).toBeGreaterThan(0);
    expect(report.byText).toMatchObject({ 'baca-juga': 1, 'whatsapp-channel': 1, 'app-download': 1 });
    expect(report.imagesResolved).toBe(1);
    expect(doc.querySelector('.photo__wrap img')?.getAttribute('src')).toBe('https://asset.kompas.com/crops/satelit-papua.jpg');
    for (const paragraph of TECH_ARTICLE.paragraphs) expect(text).toContain(paragraph);
    expect(doc.querySelectorAll('a.inner-link-tag')).toHaveLength(2);
  });

  it('keeps paragraphs that only mention a promotion or a banner text', () => {
    const paragraphs = [
      'Warga kini bisa mengikuti kabar banjir lewat WhatsApp Channel pemerintah kota, yang diluncurkan pekan lalu dan sudah diikuti puluhan ribu orang di seluruh kota.',
      'Kampanye #JernihBerkomentar ramai dibicarakan.',
      'Baca juga buku sejarah kota ini, kata wali kota.',
    ];
    const doc = bodyOf(paragraphs.map((p) => `<p>${p}</p>`).join(''));
    const report = cleanDocument(doc, url);
    expect(Array.from(doc.querySelectorAll('p'), (p) => p.textContent)).toEqual(paragraphs);
    expect(report.byText).toEqual({});
  });

  it('removes "Baca juga" and "Also read" lines however they are marked up', () => {
    const doc = bodyOf(`<div class="read__content"><p>Isi.</p>
      <p><strong>Baca juga:</strong> <a href="/a">Judul</a></p>
      <p>BACA JUGA : <a href="/b">Judul</a></p>
      <div><span>Also read: <a href="/c">Title</a></span></div>
      <p>Baca juga <a href="/d">Judul tanpa titik dua</a></p></div>`);
    cleanDocument(doc, url);
    expect(doc.body.textContent?.replace(/\s+/g, ' ').trim()).toBe('Isi.');
  });

  it('removes the contest banners with their terms link and empty wrappers', () => {
    const doc = bodyOf(`<div class="read__content"><p>Isi artikel.</p><div class="a"><div class="b">
      <p>Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan <b>e-voucher</b> untuk <b>90</b> pemenang!</p></div></div>
      <a href="/s">Syarat &amp; Ketentuan</a></div>`);
    const report = cleanDocument(doc, url);
    expect(doc.body.textContent?.trim()).toBe('Isi artikel.');
    expect(doc.querySelector('.a')).toBeNull();
    expect(report.byText).toEqual({ banner: 1, 'banner-companion': 1 });
  });

  it('cuts what follows the end-of-article marker', () => {
    const doc = bodyOf('<div class="clearfix"><p>Isi.</p><div id="EndOfArticle"></div><p>Apa saja.</p><div>x</div></div>');
    expect(cleanDocument(doc, url).afterEnd).toBe(2);
    expect(doc.body.textContent).toBe('Isi.');
  });

  for (const layout of ['controls', 'wrapped-controls', 'split-controls'] as const) {
    it(`removes ${layout} banners with their own controls and keeps the news among them`, () => {
      // In the body rather than after the end-of-article marker, where everything goes: only their text tells them.
      const paragraphs = DIPLOMACY_ARTICLE.paragraphs.slice(0, 3).map((text) => `<p>${text}</p>`);
      const doc = bodyOf(`<div class="read__content">${paragraphs[0]}${paragraphs[1]}\n${bannerHtml(layout)}\n${paragraphs[2]}</div>`);
      const kept = Array.from(doc.querySelectorAll('[data-fixture-keep]'), (element) => element.textContent);
      expect(kept.length).toBeGreaterThan(0);
      cleanDocument(doc, url);
      expect(doc.querySelectorAll('[data-fixture-banner], [data-fixture-control]')).toHaveLength(0);
      expect(Array.from(doc.querySelectorAll('[data-fixture-keep]'), (element) => element.textContent)).toEqual(kept);
      for (const paragraph of DIPLOMACY_ARTICLE.paragraphs.slice(0, 3)) expect(doc.body.textContent).toContain(paragraph);
    });
  }

  it('removes a banner\'s wrapper with its sign-up form, and a terms link before the contest or in a wrapper after it', () => {
    const contest = 'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan <b>e-voucher</b> untuk <b>90</b> pemenang!';
    const doc = bodyOf(`<div class="read__content"><p>Isi artikel.</p>
      <section class="nl"><p>Dapatkan informasi dan insight pilihan redaksi Kompas.com</p>
        <form><input type="email" placeholder="Email"><button>Daftar</button></form></section>
      <a href="/s">S&amp;K</a><p>${contest}</p>
      <p>Isi tengah.</p>
      <p>${contest}</p><div><span><a href="/s">Syarat dan Ketentuan</a></span></div>
      <p>Periksa kembali dan lengkapi data dirimu. <a href="/akun">Lengkapi sekarang</a></p>
      <p>Dapatkan informasi dan insight pilihan redaksi Kompas.com <a href="/read/1">tentang pemilu</a></p></div>`);
    const report = cleanDocument(doc, url);
    expect(Array.from(doc.querySelectorAll('.read__content > *'), (element) => element.textContent?.trim())).toEqual([
      'Isi artikel.',
      'Isi tengah.',
      'Dapatkan informasi dan insight pilihan redaksi Kompas.com tentang pemilu',
    ]);
    expect(doc.querySelector('form, .nl')).toBeNull();
    expect(report.byText).toEqual({ banner: 4, 'banner-companion': 2 });
  });
});
