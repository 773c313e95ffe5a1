import { describe, expect, it } from 'vitest';
import { evaluate, normaliseTag, parseConll, tagsToSpans } from './conll.ts';

describe('parseConll', () => {
  it('reads the first column as the token and the last as the gold tag, with CRLF and blank lines', () => {
    const text = 'Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\n\r\n\r\nke ADP O\r\nBali PROPN B-LOC\r\n';
    expect(parseConll(text)).toEqual([
      { words: ['Presiden', 'Joko', 'Widodo'], tags: ['O', 'B-PER', 'I-PER'] },
      { words: ['ke', 'Bali'], tags: ['O', 'B-LOC'] },
    ]);
  });

  it('maps the NERGrit tag names and reads token-only files', () => {
    expect(parseConll('Gunung\tB-PLACE\nMerapi\tI-PLACE\nBNPB\tB-ORGANISATION\nAmin\tB-PERSON')[0]!.tags).toEqual(['B-LOC', 'I-LOC', 'B-ORG', 'B-PER']);
    expect(parseConll('Satu\nDua\n\nTiga\n')).toEqual([
      { words: ['Satu', 'Dua'], tags: null },
      { words: ['Tiga'], tags: null },
    ]);
  });

  it('treats unknown types as outside', () => {
    expect(normaliseTag('B-EVT')).toBe('O');
    expect(normaliseTag('I-ORGANISATION')).toBe('I-ORG');
  });
});

describe('tagsToSpans', () => {
  it('chunks like conlleval, including an I- tag with no B-', () => {
    expect(tagsToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });
});

describe('evaluate', () => {
  it('scores exact spans per type and overall', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC', 'B-ORG']];
    const result = evaluate(gold, predicted);
    expect(result.PER).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(result.LOC.f1).toBe(1);
    expect(result.ALL.precision).toBeCloseTo(2 / 3);
    expect(result.ALL.recall).toBeCloseTo(2 / 3);
  });
});
