// @vitest-environment jsdom
/**
 * What a page reports to the reading memory: built from the page's metadata and the article body's blocks (the text
 * the entity highlighting reads), never from the clutter around them; accepted as is by the background's parser.
 */
import { describe, expect, it, vi } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage, PROMO_TEXTS, type ArticleFixture, type PageOptions } from '../../fixtures/kompas-page.ts';
import { readKompasMetadata } from '../../src/kompas/metadata.ts';
import { parseReadingMessage } from '../../src/reading/reading-messages.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import { countWords } from '../../src/reader/reader-article.ts';
import { fractionRead, pageReading, readArticleText, readerReading, ReadingProgress, reportProgressOnLeave, saveRequest } from './reading-record.ts';

function pageOf(article: ArticleFixture, options: PageOptions = {}): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = buildArticlePage(article, options).replace(/^<!DOCTYPE html>\s*/i, '');
  return doc;
}

const ENTITIES = [
  { id: 'PER:antony blinken', type: 'PER' as const, name: 'Antony Blinken', count: 2 },
  { id: 'LOC:new delhi', type: 'LOC' as const, name: 'New Delhi', count: 1 },
];

describe('pageReading', () => {
  it.each<[string, ArticleFixture, PageOptions]>([
    ['siblings with every promotion', DIPLOMACY_ARTICLE, { banners: 'siblings', promos: true }],
    ['wrapped, nested body', REGIONAL_ARTICLE, { banners: 'wrapped', wrapper: 'nested' }],
  ])('reports the article body paragraph by paragraph, without clutter (%s)', (_, article, options) => {
    const doc = pageOf(article, options);
    const text = readArticleText(doc)!;
    const record = pageReading({ url: `${articleUrl(article)}?page=all#x`, metadata: readKompasMetadata(doc, articleUrl(article)), text, entities: ENTITIES, readFraction: 0.25, doc });
    expect(record).toMatchObject({
      url: articleUrl(article).replace('http:', 'https:'),
      title: article.title,
      section: article.section,
      author: article.author,
      published: `${article.published!.replace(' ', 'T')}+07:00`,
      readFraction: 0.25,
      language: 'id',
      entities: [{ name: 'Antony Blinken', type: 'PER', count: 2 }, { name: 'New Delhi', type: 'LOC', count: 1 }],
    });
    // Each paragraph of the story, whitespace tidied, joined by a blank line; "Baca juga" and promotions left out.
    const paragraphs = record!.text.split('\n\n');
    expect(paragraphs[0]).toBe(article.paragraphs[0]);
    expect(paragraphs).toHaveLength(article.paragraphs.length);
    expect(record!.text).not.toContain('Baca juga');
    for (const promo of Object.values(PROMO_TEXTS)) expect(record!.text).not.toContain(promo.slice(0, 30));
    expect(record!.words).toBe(countWords(article.paragraphs.join(' ')));
    // The background takes it as sent.
    expect(parseReadingMessage({ type: 'reading/record', record })).toEqual({ type: 'reading/record', record });
  });

  it('reports nothing off an article', () => {
    const doc = pageOf(DIPLOMACY_ARTICLE);
    expect(pageReading({ url: 'https://www.kompas.com/', metadata: readKompasMetadata(doc, 'https://www.kompas.com/'), text: '', entities: [], readFraction: 0, doc }))
      .toMatchObject({ url: 'https://www.kompas.com/' });
    expect(pageReading({ url: 'about:blank', metadata: readKompasMetadata(doc, 'about:blank'), text: '', entities: [], readFraction: 0, doc })).toBeNull();
  });
});

describe('readerReading and saveRequest', () => {
  const doc = pageOf(DIPLOMACY_ARTICLE, { banners: 'split' });
  const url = articleUrl(DIPLOMACY_ARTICLE);
  const article = parseArticleDocument(doc, url)!;

  it('report the reader\'s paragraphs, the text highlights anchor to', () => {
    const record = readerReading(url, article, ENTITIES, 0.5)!;
    expect(record.text).toBe(article.paragraphs.join('\n\n'));
    expect(record).toMatchObject({ title: DIPLOMACY_ARTICLE.title, words: article.wordCount, published: article.published!.iso });
    expect(parseReadingMessage({ type: 'reading/record', record })).toEqual({ type: 'reading/record', record });
  });

  it('save the sanitised HTML with the lead image over the page\'s scheme, and pass the background\'s parser', () => {
    // The test site serves its pages over http; kompas.com serves them over https.
    expect(saveRequest(url, article, ENTITIES, 0.5)!.image!.src).toMatch(/^http:\/\/internasional\.kompas\.com\//);
    const request = saveRequest(url.replace('http:', 'https:'), article, ENTITIES, 0.5)!;
    expect(request.contentHtml).toBe(article.contentHtml);
    expect(request.image).toEqual({
      src: 'https://internasional.kompas.com/img/2023/03/04/g20-delhi.jpg',
      alt: '',
      caption: `${DIPLOMACY_ARTICLE.image!.caption} ${DIPLOMACY_ARTICLE.image!.credit}`,
    });
    expect(parseReadingMessage(request)).toEqual(request);
  });

  it('leave out a lead image from elsewhere', () => {
    const elsewhere = { ...article, leadImage: { src: 'https://cdn.example.net/a.jpg', caption: '', credit: '' } };
    expect(saveRequest(url, elsewhere, [], 0)!.image).toBeNull();
  });
});

describe('ReadingProgress', () => {
  const body = (top: number, height: number) => ({ getBoundingClientRect: () => ({ top, height }) }) as Element;

  it('is how far through the body the viewport\'s bottom is', () => {
    expect(fractionRead(body(100, 1000), 600)).toBe(0.5);
    expect(fractionRead(body(-2000, 1000), 600)).toBe(1);
    expect(fractionRead(body(900, 1000), 600)).toBe(0);
  });

  it('keeps the furthest, measuring at most once per throttle window and never on a scroll back', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    let top = 100;
    let reads = 0;
    const element = { getBoundingClientRect: () => (reads++, { top, height: 1000 }) } as unknown as Element;
    const progress = new ReadingProgress({ innerHeight: 600 } as Window, () => Date.now());
    progress.track(target, () => element);
    expect(progress.fraction).toBe(0.5);
    top = -200;
    for (let i = 0; i < 20; i++) target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(300);
    expect(progress.fraction).toBe(0.8);
    expect(reads).toBe(2);
    top = 400;
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(300);
    expect(progress.fraction).toBe(0.8);
    progress.stop();
    top = -1000;
    target.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(300);
    expect(progress.fraction).toBe(0.8);
    vi.useRealTimers();
  });

  it('is reported when the page is hidden or left, only when it went further', () => {
    const doc = document.implementation.createHTMLDocument('');
    const progress = { fraction: 0.3 } as ReadingProgress;
    const sent: number[] = [];
    let visibility = 'visible';
    Object.defineProperty(doc, 'visibilityState', { get: () => visibility });
    reportProgressOnLeave(doc, progress, (fraction) => sent.push(fraction));
    visibility = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.dispatchEvent(new Event('visibilitychange'));
    (progress as { fraction: number }).fraction = 0.7;
    visibility = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toEqual([0.3]);
    visibility = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toEqual([0.3, 0.7]);
  });
});
