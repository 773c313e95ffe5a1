import { describe, expect, it } from 'vitest';
import { InvalidHighlightError, parseHighlight } from './highlight.ts';
import { sampleHighlight } from './sample-highlights.ts';

function problem(value: unknown): string {
  try {
    parseHighlight(value);
    return 'ok';
  } catch (error) {
    if (error instanceof InvalidHighlightError) return `${error.field} ${error.problem}`;
    throw error;
  }
}

describe('parseHighlight', () => {
  it('accepts a valid highlight and normalises it', () => {
    const h = sampleHighlight(1, { tags: [' rob ', 'rob', ''], articleUrl: 'http://regional.kompas.com/read/2024/07/16/1/x?page=2' });
    const parsed = parseHighlight({ ...h, id: h.id.toUpperCase(), extra: 'dropped' });
    expect(parsed.tags).toEqual(['rob']);
    expect(parsed.articleUrl).toBe('https://regional.kompas.com/read/2024/07/16/1/x');
    expect(parsed.id).toBe(h.id);
    expect(parsed).not.toHaveProperty('extra');
  });

  it('names the field and the problem', () => {
    const h = sampleHighlight(1);
    expect(problem(null)).toBe('highlight wrong-type');
    expect(problem({ ...h, id: 'abc' })).toBe('id invalid');
    expect(problem({ ...h, colour: 'red' })).toBe('colour invalid');
    expect(problem({ ...h, articleUrl: 'javascript:alert(1)' })).toBe('articleUrl invalid');
    expect(problem({ ...h, note: 'x'.repeat(20_001) })).toBe('note too-long');
    expect(problem({ ...h, tags: Array.from({ length: 33 }, (_, i) => `t${i}`) })).toBe('tags too-many');
    expect(problem({ ...h, tags: [5] })).toBe('tags[0] wrong-type');
    expect(problem({ ...h, selectors: [h.selectors[0]] })).toBe('selectors.TextPositionSelector missing');
    expect(problem({ ...h, selectors: [{ ...h.selectors[0], exact: '' }, h.selectors[1]] })).toBe('selectors[0].exact missing');
    expect(problem({ ...h, selectors: [h.selectors[0], { type: 'TextPositionSelector', start: 5, end: 2 }] })).toBe('selectors[1].end invalid');
    expect(problem({ ...h, createdAt: 'yesterday' })).toBe('createdAt invalid');
  });
});
