// @vitest-environment jsdom
// Highlights made in one view of each fixture article are found in the other: the reader view as `parseArticle`
// renders it, and the original page with its banners, "Baca juga" links and either wrapper markup.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage, type PageOptions } from '../../fixtures/kompas-page.ts';
import { CLUTTER_SELECTOR } from '../kompas/clutter-selectors.ts';
import { parseArticleDocument } from '../reader/parse-article.ts';
import { anchorAll } from './anchor.ts';
import { articleText, runsOf, type ArticleText } from './article-text.ts';
import { describeText } from './describe.ts';

/** Page furniture inside the article body that the reader view drops: banners, and "Baca juga" link paragraphs. */
const furniture = (element: Element) =>
  element.matches(CLUTTER_SELECTOR) || (element.tagName === 'P' && element.querySelector('a.inner-link-baca-juga') !== null);

function views(html: string, url: string): { page: ArticleText; reader: ArticleText } {
  const pageDoc = new JSDOM(html, { url }).window.document;
  const article = parseArticleDocument(new JSDOM(html, { url }).window.document, url);
  if (!article) throw new Error('fixture did not parse');
  const reader = pageDoc.createElement('article');
  reader.innerHTML = article.contentHtml;
  return { page: articleText(pageDoc.querySelector('.read__content')!, { ignore: furniture }), reader: articleText(reader) };
}

/** A few words from the middle of every paragraph, and one span running over a paragraph break. */
function quotesOf(paragraphs: readonly string[]): string[] {
  const quotes = paragraphs.map((p) => {
    const words = p.split(/\s+/);
    return words.slice(Math.min(2, words.length - 2), Math.min(words.length, 9)).join(' ');
  });
  const [a, b] = [paragraphs[1]!.split(/\s+/), paragraphs[2]!.split(/\s+/)];
  quotes.push(`${a.slice(-3).join(' ')} ${b.slice(0, 3).join(' ')}`);
  return quotes;
}

const layouts: PageOptions[] = [
  { wrapper: 'classic', banners: 'split' },
  { wrapper: 'nested', banners: 'wrapped', promos: true },
];

describe.each(ALL_ARTICLES.map((a) => [a.title, a] as const))('%s', (_, fixture) => {
  it.each(layouts.map((o) => [o.wrapper, o] as const))('anchors across views (%s page)', (_wrapper, options) => {
    const { page, reader } = views(buildArticlePage(fixture, { ...options, page: 'all' }), articleUrl(fixture));
    for (const [from, to] of [[reader, page], [page, reader]] as const) {
      // On the page, a promo between two paragraphs is inside any span over their break; such spans are made in the
      // reader view only (and must be found on the page around the promo).
      const quotes = quotesOf(fixture.paragraphs).filter((q, i, all) => from === reader || i < all.length - 1 || from.text.includes(q));
      const items = quotes.map((quote) => {
        const start = from.text.indexOf(quote);
        expect(start, `"${quote}" in the ${from === reader ? 'reader' : 'page'} text`).toBeGreaterThanOrEqual(0);
        return { quote, selectors: describeText(from.text, start, start + quote.length)! };
      });
      const report = anchorAll(to.text, items);
      expect(report.notFound.map((i) => i.quote)).toEqual([]);
      for (const { item, anchor } of report.anchored) {
        // What gets painted: the text runs of the anchor's parts, which leave out the furniture between them.
        const parts = anchor.parts ?? [anchor];
        expect(parts.map((p) => to.text.slice(p.start, p.end)).join(' ')).toBe(item.quote);
        const painted = parts
          .flatMap((p) => runsOf(to, p.start, p.end))
          .map((r) => r.node.data.slice(r.start, r.end))
          .join('');
        expect(painted.replace(/\s+/g, '')).toBe(item.quote.replace(/\s+/g, ''));
      }
    }
  });
});
