import { describe, expect, it } from 'vitest';
import { evaluate, formatConllDocuments, normaliseTag, parseConll, parseConllDocuments, tagsToSpans } from './conll.ts';

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

describe('parseConllDocuments', () => {
  it('opens an article at each -DOCSTART- line, with or without a blank line or tag after it', () => {
    const text = 'Awal O\n\n-DOCSTART- O\n\nJoko B-PER\n\nke O\n-DOCSTART-\r\nBali B-LOC\n\n-DOCSTART-\tO\n\n\n-DOCSTART- -X- O O\nKPK B-ORG\n';
    expect(parseConllDocuments(text)).toEqual([
      { marked: false, sentences: [{ words: ['Awal'], tags: ['O'] }] },
      { marked: true, sentences: [{ words: ['Joko'], tags: ['B-PER'] }, { words: ['ke'], tags: ['O'] }] },
      { marked: true, sentences: [{ words: ['Bali'], tags: ['B-LOC'] }] },
      { marked: true, sentences: [] },
      { marked: true, sentences: [{ words: ['KPK'], tags: ['B-ORG'] }] },
    ]);
    expect(parseConll(text).map((sentence) => sentence.words)).toEqual([['Awal'], ['Joko'], ['ke'], ['Bali'], ['KPK']]);
  });

  it('makes each sentence its own article in a file without -DOCSTART-', () => {
    expect(parseConllDocuments('Satu\nDua\n\n\nTiga\n')).toEqual([
      { marked: false, sentences: [{ words: ['Satu', 'Dua'], tags: null }] },
      { marked: false, sentences: [{ words: ['Tiga'], tags: null }] },
    ]);
  });
});

describe('formatConllDocuments', () => {
  it('prints -DOCSTART-<TAB>O before a marked article and a blank line between sentences', () => {
    expect(formatConllDocuments([
      { marked: false, sentences: [{ words: ['Awal'], tags: ['O'] }] },
      { marked: true, sentences: [{ words: ['Joko', 'Widodo'], tags: ['B-PER', 'I-PER'] }, { words: ['pergi'], tags: ['O'] }] },
      { marked: true, sentences: [] },
    ])).toBe('Awal\tO\n\n-DOCSTART-\tO\n\nJoko\tB-PER\nWidodo\tI-PER\n\npergi\tO\n\n-DOCSTART-\tO\n');
    expect(formatConllDocuments([])).toBe('');
  });

  it('reads back what it prints', () => {
    const documents = parseConllDocuments('-DOCSTART- O\n\nJoko B-PER\nke O\n\nBali B-LOC\n\n-DOCSTART- O\n\nKPK B-ORG\n');
    const printed = formatConllDocuments(documents.map((document) => ({
      marked: document.marked,
      sentences: document.sentences.map((sentence) => ({ words: sentence.words, tags: sentence.tags! })),
    })));
    expect(parseConllDocuments(printed)).toEqual(documents);
  });
});
