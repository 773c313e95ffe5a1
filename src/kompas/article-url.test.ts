import { describe, expect, it } from 'vitest';
import { isArticleUrl } from './article-url.ts';

const PATH = '/read/2025/03/18/10150071/dpr-sahkan-revisi-undang-undang';

describe('isArticleUrl', () => {
  it.each([
    `https://nasional.kompas.com${PATH}`,
    `https://www.kompas.com/tren${PATH}`,
    `https://amp.kompas.com/nasional${PATH}`,
    `https://amp.kompas.com${PATH}`,
    `https://nasional.kompas.com/amp${PATH}`,
    `https://www.kompas.com/tren/amp${PATH}`,
    `https://nasional.kompas.com${PATH}?amp=1`,
    `https://nasional.kompas.com${PATH}/amp`,
    `http://AMP.Kompas.com/regional${PATH}?page=all`,
  ])('accepts %s', (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each([
    'https://amp.kompas.com/nasional/',
    'https://nasional.kompas.com/amp/',
    `https://video.kompas.com/amp${PATH}`,
    `https://nasional.kompas.com/amp/amp${PATH}`,
    `https://amp.example.com/nasional${PATH}`,
    'not a url',
  ])('refuses %s', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
});


