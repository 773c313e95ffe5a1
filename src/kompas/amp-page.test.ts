// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { ampArticleUrl, articleUrl, buildAmpArticlePage, type AmpPageOptions } from '../../fixtures/kompas-page.ts';
import { canonicalArticleUrl } from '../notes/canonical-url.ts';
import { findArticleBody, isAmpDocument } from './article-body.ts';
import { isArticleUrl } from './article-url.ts';
import { articleBodyLength, readKompasMetadata } from './metadata.ts';

/**
 * The page as a parser without scripting sees it (`<noscript>` content as elements), as a browser sees it before
 * the AMP runtime has started (`<noscript>` as text, no `img` at all), and after the runtime has rendered it.
 */
const VARIANTS: Array<[string, AmpPageOptions]> = [
  ['read__content, amp mark, no scripting', { body: 'read__content', mark: 'amp' }],
  ['unnamed body, ⚡ mark, before the runtime', { body: 'unnamed', mark: '⚡', banners: 'wrapped', runtime: 'none' }],
  ['unnamed body, runtime started', { body: 'unnamed', runtime: 'stand-in', banners: 'split' }],
];

function ampDocument(options: AmpPageOptions, article = DIPLOMACY_ARTICLE): Document {
  const scripting = { none: 'dangerously', 'stand-in': 'dangerously' } as const;
  return new JSDOM(buildAmpArticlePage(article, options), {
    url: ampArticleUrl(article, 'amp-host'),
    runScripts: options.runtime ? scripting[options.runtime] : undefined,
  }).window.document;
}

describe('AMP copies of an article', () => {
  it.each(['amp-host', 'amp-path', 'amp-param'] as const)('the %s address is an article, filed under the desktop one', (form) => {
    for (const article of [DIPLOMACY_ARTICLE, REGIONAL_ARTICLE]) {
      const amp = ampArticleUrl(article, form);
      expect(isArticleUrl(amp)).toBe(true);
      expect(canonicalArticleUrl(amp)).toBe(canonicalArticleUrl(articleUrl(article)));
    }
  });

  it.each(VARIANTS)('finds the body of an AMP page (%s): every paragraph, nothing before the article', (_, options) => {
    const doc = ampDocument(options);
    expect(isAmpDocument(doc)).toBe(true);
    const body = findArticleBody(doc);
    expect(body).not.toBeNull();
    const paragraphs = Array.from(body!.querySelectorAll('[data-fixture-paragraph]'));
    expect(paragraphs).toHaveLength(DIPLOMACY_ARTICLE.paragraphs.length);
    expect(body!.textContent).not.toContain(DIPLOMACY_ARTICLE.image!.caption);
    expect(body!.contains(doc.querySelector('.read__title'))).toBe(false);
    expect(articleBodyLength(doc)).toBeGreaterThan(600);
  });

  it('finds a column\'s body, which opens with no dateline, by its paragraphs', () => {
    const column = { ...REGIONAL_ARTICLE, paragraphs: ['Oleh Rini Kusuma', ...REGIONAL_ARTICLE.paragraphs.slice(1)] };
    const doc = ampDocument({ body: 'unnamed', banners: 'none' }, column);
    expect(findArticleBody(doc)?.querySelectorAll('[data-fixture-paragraph]')).toHaveLength(column.paragraphs.length);
  });

  it('finds no body on a page that is not AMP when no known container holds it', () => {
    const html = buildAmpArticlePage(DIPLOMACY_ARTICLE, { body: 'unnamed' }).replace('<html amp', '<html');
    expect(findArticleBody(new JSDOM(html).window.document)).toBeNull();
  });

  it.each(VARIANTS)('reads the lead picture from its amp-img (%s)', (_, options) => {
    const doc = ampDocument(options);
    const metadata = readKompasMetadata(doc, doc.location.href);
    expect(metadata.leadImage?.src).toBe(`http://amp.kompas.com${DIPLOMACY_ARTICLE.image!.src}`);
    expect(metadata.leadImage?.caption).toBe(DIPLOMACY_ARTICLE.image!.caption);
    expect(metadata.canonicalUrl).toBe(`https://internasional.kompas.com${DIPLOMACY_ARTICLE.path}`);
  });
});
