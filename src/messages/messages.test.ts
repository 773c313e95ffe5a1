import { describe, expect, it } from 'vitest';
import {
  InvalidMessageError,
  parseClutterStatus,
  parseMessage,
  parseRecognizedTexts,
} from './messages.ts';

describe('parseMessage', () => {
  it('accepts the known messages and drops extra fields', () => {
    expect(parseMessage({ type: 'clutter/status', extra: 1 })).toEqual({ type: 'clutter/status' });
    expect(parseMessage({ type: 'clutter/count', count: 7 })).toEqual({ type: 'clutter/count', count: 7 });
    // Read by its own parser, in the background only (entity-article-request.ts).
    expect(() => parseMessage({ type: 'entities/article', paragraphs: [], pageNames: { listed: [], title: null, caption: null }, remember: false })).toThrow(InvalidMessageError);
  });

  it.each([
    [null],
    ['clutter/status'],
    [[]],
    [{}],
    [{ type: 42 }],
    [{ type: 'notes/delete-all' }],
    [{ type: 'clutter/count' }],
    [{ type: 'clutter/count', count: -1 }],
    [{ type: 'clutter/count', count: 1.5 }],
    [{ type: 'clutter/count', count: '7' }],
    [{ type: 'entities/recognize', texts: ['Jokowi ke Solo.'] }],
  ])('rejects %j with a reason', (value) => {
    expect(() => parseMessage(value)).toThrow(InvalidMessageError);
  });

  it('validates a clutter status answer', () => {
    expect(parseClutterStatus({ hidden: 3, enabled: false })).toEqual({ hidden: 3, enabled: false });
    expect(() => parseClutterStatus({ hidden: '3', enabled: false })).toThrow(InvalidMessageError);
  });

});

describe('parseRecognizedTexts', () => {
  const texts = ['Jokowi ke Solo.', 'Tanpa nama.'];

  it('gives each text its entities, with their text cut from the text asked', () => {
    const answer = { entities: [[{ start: 0, end: 6, type: 'PER' }, { start: 10, end: 14, type: 'LOC' }], []] };
    expect(parseRecognizedTexts(answer, texts)).toEqual([
      [{ start: 0, end: 6, type: 'PER', text: 'Jokowi' }, { start: 10, end: 14, type: 'LOC', text: 'Solo' }],
      [],
    ]);
  });

  it.each([
    ['no answer', undefined],
    ['an error', { error: { code: 'recognizer-failed', message: 'no model' } }],
    ['fewer texts than asked', { entities: [[]] }],
    ['a text that is not a list', { entities: [[], {}] }],
    ['an unknown type', { entities: [[{ start: 0, end: 6, type: 'MISC' }], []] }],
    ['an empty span', { entities: [[{ start: 3, end: 3, type: 'PER' }], []] }],
    ['a span past the end', { entities: [[], [{ start: 5, end: 12, type: 'ORG' }]] }],
    ['a negative start', { entities: [[{ start: -1, end: 6, type: 'PER' }], []] }],
    ['offsets that are not integers', { entities: [[{ start: 0.5, end: 6, type: 'PER' }], []] }],
  ])('refuses %s', (_, answer) => {
    expect(() => parseRecognizedTexts(answer, texts)).toThrow(InvalidMessageError);
  });
});
