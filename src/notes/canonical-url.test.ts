import { describe, expect, it } from 'vitest';
import { canonicalArticleUrl } from './canonical-url.ts';

const CANONICAL = 'https://regional.kompas.com/read/2024/07/16/091500278/banjir-rob-rendam-pesisir-semarang';

describe('canonicalArticleUrl', () => {
  it.each([
    [CANONICAL],
    [`${CANONICAL}?page=all`],
    [`${CANONICAL}?page=2#comments`],
    [`http://REGIONAL.Kompas.com/read/2024/07/16/091500278/banjir-rob-rendam-pesisir-semarang?utm_source=twitter&utm_medium=social`],
    ['https://amp.kompas.com/regional/read/2024/07/16/091500278/banjir-rob-rendam-pesisir-semarang'],
    ['https://regional.kompas.com/amp/read/2024/07/16/091500278/banjir-rob-rendam-pesisir-semarang'],
    [`${CANONICAL}?amp=1`],
    [`${CANONICAL}/amp`],
    [`${CANONICAL}/amp/?utm_source=google`],
    ['https://amp.kompas.com/regional/read/2024/07/16/091500278/banjir-rob-rendam-pesisir-semarang?page=all#x'],
  ])('files %s under the canonical article', (url) => {
    expect(canonicalArticleUrl(url)).toBe(CANONICAL);
  });

  it('maps AMP copies of www sections back to www, keeping the section path', () => {
    const www = 'https://www.kompas.com/tren/read/2024/01/02/120000165/cuaca-hari-ini';
    expect(canonicalArticleUrl('https://amp.kompas.com/tren/read/2024/01/02/120000165/cuaca-hari-ini')).toBe(www);
    expect(canonicalArticleUrl('https://www.kompas.com/tren/amp/read/2024/01/02/120000165/cuaca-hari-ini?page=all')).toBe(www);
  });

  it('maps an AMP copy without a section to www', () => {
    expect(canonicalArticleUrl('https://amp.kompas.com/read/2024/01/02/120000165/cuaca-hari-ini?amp=1'))
      .toBe('https://www.kompas.com/read/2024/01/02/120000165/cuaca-hari-ini');
  });

  it('keeps meaningful query parameters of other sites and refuses non-http addresses', () => {
    expect(canonicalArticleUrl('https://example.com/a?id=5&utm_source=x#top')).toBe('https://example.com/a?id=5');
    expect(canonicalArticleUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalArticleUrl('file:///etc/passwd')).toBeNull();
    expect(canonicalArticleUrl('not a url')).toBeNull();
  });
});
