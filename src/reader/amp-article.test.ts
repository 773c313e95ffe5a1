// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import {
  AMP_CLUTTER_TEXTS,
  ampArticleUrl,
  buildAmpArticlePage,
  type AmpAddressForm,
  type AmpPageOptions,
} from '../../fixtures/kompas-page.ts';
import { cleanDocument } from './clean-document.ts';
import { parseArticleDocument } from './parse-article.ts';
import { isReaderable } from './readerable.ts';

const BODY_IMAGE = { after: 2, src: '/img/2023/03/04/delhi-ruang-sidang.jpg', alt: 'Ruang sidang G20', caption: 'Ruang sidang G20 di New Delhi.' };
const NOT_ARTICLE = [
  ...Object.values(AMP_CLUTTER_TEXTS),
  'Baca juga', 'Tulis komentarmu', 'Dapatkan informasi dan insight', 'Segera lengkapi', 'Data dirimu akan', 'Lihat versi lengkap',
];

const VARIANTS: Array<[string, AmpPageOptions, AmpAddressForm]> = [
  ['read__content, before the runtime', { body: 'read__content', bodyImage: BODY_IMAGE }, 'amp-host'],
  ['unnamed body, ⚡, runtime started', { body: 'unnamed', mark: '⚡', runtime: 'stand-in', banners: 'wrapped', bodyImage: BODY_IMAGE }, 'amp-path'],
  ['unnamed body, no scripting', { body: 'unnamed', banners: 'split-controls', bodyImage: { ...BODY_IMAGE, after: 5 } }, 'amp-param'],
];

function ampDocument(options: AmpPageOptions, url: string, article = DIPLOMACY_ARTICLE): Document {
  // `dangerously` runs the runtime's stand-in and makes `<noscript>` text, as in a browser; without scripting the
  // parser makes its `<img>` an element.
  const scripting = options.runtime ? 'dangerously' : options.body === 'unnamed' ? undefined : 'dangerously';
  return new JSDOM(buildAmpArticlePage(article, options), { url, runScripts: scripting }).window.document;
}

describe('the reader on AMP copies', () => {
  it.each(VARIANTS)('reads the whole article with its pictures and none of the AMP clutter (%s)', (_, options, form) => {
    const url = ampArticleUrl(DIPLOMACY_ARTICLE, form);
    const doc = ampDocument(options, url);
    expect(isReaderable(doc, url)).toBe(true);
    const article = parseArticleDocument(doc, url);
    expect(article).not.toBeNull();
    for (const paragraph of DIPLOMACY_ARTICLE.paragraphs) expect(article!.textContent).toContain(paragraph);
    for (const text of NOT_ARTICLE) expect(article!.textContent).not.toContain(text);
    expect(article!.contentHtml).not.toMatch(/<amp-|placeholder|poll-placeholder/);

    const content = new JSDOM(`<body>${article!.contentHtml}</body>`).window.document;
    const images = Array.from(content.querySelectorAll('img'));
    // The body's picture once (not again from its fallback or the runtime's own img), with its size and text.
    expect(images.map((image) => image.getAttribute('src'))).toEqual([new URL(BODY_IMAGE.src, url).href]);
    expect(images[0]!.getAttribute('width')).toBe('780');
    expect(images[0]!.getAttribute('height')).toBe('520');
    expect(images[0]!.getAttribute('alt')).toBe(BODY_IMAGE.alt);
    expect(article!.textContent).toContain(BODY_IMAGE.caption);

    expect(article!.leadImage?.src).toBe(new URL(DIPLOMACY_ARTICLE.image!.src, url).href);
    expect(article!.canonicalUrl).toBe(`https://internasional.kompas.com${DIPLOMACY_ARTICLE.path}`);
    expect(article!.title).toBe(DIPLOMACY_ARTICLE.title);
    expect(article!.byline.author).toBe(DIPLOMACY_ARTICLE.author);
  });

  it('turns amp-img into img with src, srcset, sizes, width, height and alt, and drops placeholders and components', () => {
    const url = ampArticleUrl(REGIONAL_ARTICLE, 'amp-host');
    const doc = ampDocument({ body: 'unnamed', runtime: 'stand-in', bodyImage: BODY_IMAGE }, url, REGIONAL_ARTICLE);
    const report = cleanDocument(doc, url);
    // Two ad slots, the sticky ad, the widget, the poll and three share buttons; the sticky ad's own slot goes with it.
    expect(report.ampComponents).toBeGreaterThanOrEqual(7);
    expect(doc.querySelector(Array.from(['amp-ad', 'amp-embed', 'amp-iframe', 'amp-social-share', 'amp-sticky-ad', 'amp-img']).join(','))).toBeNull();
    expect(report.ampPictures).toBe(2);
    const figure = doc.querySelector('figure img')!;
    expect(figure.getAttribute('src')).toBe(BODY_IMAGE.src);
    expect(figure.getAttribute('srcset')).toContain('780w');
    expect(figure.getAttribute('sizes')).toContain('100vw');
    expect([figure.getAttribute('width'), figure.getAttribute('height'), figure.getAttribute('alt')]).toEqual(['780', '520', BODY_IMAGE.alt]);
    expect(figure.parentElement!.querySelectorAll('img')).toHaveLength(1);
    expect(doc.body.textContent).not.toContain(AMP_CLUTTER_TEXTS.adPlaceholder);
  });
});
