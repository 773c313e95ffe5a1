import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { buildArticlePage, PROMO_TEXTS } from '../../fixtures/kompas-page.ts';
import { findArticleBody } from './article-body.ts';
import { articleFurnitureBelow, isArticleFurniture, isClutterText } from './article-furniture.ts';

/** The banners as a block's text reads them, markup gone and whitespace as the site leaves it. */
const BANNER_BLOCKS = [
  'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan  e-voucher  untuk\n 90 pemenang!',
  'Syarat & Ketentuan',
  'Dapatkan informasi dan insight pilihan redaksi Kompas.com',
  'Periksa kembali dan lengkapi data dirimu.',
  'Data dirimu akan digunakan untuk verifikasi akun ketika kamu membutuhkan bantuan atau ketika ditemukan aktivitas tidak biasa pada akunmu.',
  'Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar',
];

describe('isClutterText', () => {
  it('recognises every kind of promotion, label and banner', () => {
    const promos = Object.entries(PROMO_TEXTS).filter(([name]) => !['paywall', 'recommendation', 'bacaJugaBlock'].includes(name));
    for (const [name, text] of promos) expect(isClutterText(text, false), name).toBe(true);
    for (const text of BANNER_BLOCKS) expect(isClutterText(text, false), text).toBe(true);
    expect(isClutterText('Baca juga: Pemerintah Siapkan Skema Baru Subsidi Energi', false)).toBe(true);
    expect(isClutterText('Also read: Government Prepares New Energy Subsidy', false)).toBe(true);
    expect(isClutterText('Scroll to continue with content', false)).toBe(true);
  });

  it('needs the link for a "Baca juga" line without a colon', () => {
    expect(isClutterText('Baca juga Pemerintah Siapkan Skema Baru Subsidi Energi', true)).toBe(true);
    expect(isClutterText('Baca juga Pemerintah Siapkan Skema Baru Subsidi Energi', false)).toBe(false);
  });

  it('leaves article prose alone, including prose that uses the hint words', () => {
    for (const article of ALL_ARTICLES) {
      for (const paragraph of article.paragraphs) expect(isClutterText(paragraph, true), paragraph).toBe(false);
    }
    expect(isClutterText('Ia membaca laporan itu dan mengatakan bahwa iklan kampanye harus jernih.', true)).toBe(false);
    expect(isClutterText('Warga diminta memeriksa syarat dan ketentuan bantuan sosial di kelurahan.', true)).toBe(false);
  });
});

describe('articleFurnitureBelow', () => {
  it('answers as isArticleFurniture for every element of a body full of furniture', () => {
    for (const wrapper of ['classic', 'nested'] as const) {
      const html = buildArticlePage(ALL_ARTICLES[0]!, { banners: 'siblings', promos: true, bacaJugaBlocks: true, wrapper });
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const body = findArticleBody(doc)!;
      const test = articleFurnitureBelow(body);
      const elements = Array.from(body.querySelectorAll('*'));
      expect(elements.filter((element) => isArticleFurniture(element)).length, wrapper).toBeGreaterThan(3);
      for (const element of elements) expect(test(element), element.outerHTML.slice(0, 80)).toBe(isArticleFurniture(element));
    }
  });
});
