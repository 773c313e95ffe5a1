import { describe, expect, it } from 'vitest';
import {
  InvalidMessageError,
  MAX_RECOGNIZE_CHARACTERS,
  MAX_RECOGNIZE_TEXTS,
  parseClutterStatus,
  parseMessage,
  parseRecognizedTexts,
  recognizeRequests,
} from './messages.ts';

describe('parseMessage', () => {
  it('accepts the known messages and drops extra fields', () => {
    expect(parseMessage({ type: 'clutter/status', extra: 1 })).toEqual({ type: 'clutter/status' });
    expect(parseMessage({ type: 'clutter/count', count: 7 })).toEqual({ type: 'clutter/count', count: 7 });
    expect(parseMessage({ type: 'entities/recognize', texts: ['Jokowi ke Solo.', ''], from: 'page' }))
      .toEqual({ type: 'entities/recognize', texts: ['Jokowi ke Solo.', ''] });
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
    [{ type: 'entities/recognize' }],
    [{ type: 'entities/recognize', texts: 'Jokowi ke Solo.' }],
    [{ type: 'entities/recognize', texts: ['Jokowi', 7] }],
    [{ type: 'entities/recognize', texts: Array.from({ length: MAX_RECOGNIZE_TEXTS + 1 }, () => 'a') }],
    [{ type: 'entities/recognize', texts: ['a'.repeat(MAX_RECOGNIZE_CHARACTERS / 2), 'b'.repeat(MAX_RECOGNIZE_CHARACTERS / 2 + 1)] }],
  ])('rejects %j with a reason', (value) => {
    expect(() => parseMessage(value)).toThrow(InvalidMessageError);
  });

  it('validates a clutter status answer', () => {
    expect(parseClutterStatus({ hidden: 3, enabled: false })).toEqual({ hidden: 3, enabled: false });
    expect(() => parseClutterStatus({ hidden: '3', enabled: false })).toThrow(InvalidMessageError);
  });

  it('takes the largest article a request may carry', () => {
    const texts = ['a'.repeat(MAX_RECOGNIZE_CHARACTERS / 2), 'b'.repeat(MAX_RECOGNIZE_CHARACTERS / 2)];
    expect(parseMessage({ type: 'entities/recognize', texts })).toEqual({ type: 'entities/recognize', texts });
  });
});

describe('recognizeRequests', () => {
  it('asks for a whole article in one request', () => {
    expect(recognizeRequests(['Satu.', 'Dua.'])).toEqual([{ type: 'entities/recognize', texts: ['Satu.', 'Dua.'] }]);
    expect(recognizeRequests([])).toEqual([]);
  });

  it('splits what is over a request\'s limits into requests the background takes, keeping the order', () => {
    const many = Array.from({ length: 2 * MAX_RECOGNIZE_TEXTS + 1 }, (_, i) => `Teks ${i}.`);
    const requests = recognizeRequests(many);
    expect(requests.map((request) => request.texts.length)).toEqual([MAX_RECOGNIZE_TEXTS, MAX_RECOGNIZE_TEXTS, 1]);
    expect(requests.flatMap((request) => request.texts)).toEqual(many);
    const long = ['a'.repeat(MAX_RECOGNIZE_CHARACTERS - 10), 'b'.repeat(20), 'c'.repeat(5)];
    const split = recognizeRequests(long);
    expect(split.map((request) => request.texts)).toEqual([[long[0]], [long[1], long[2]]]);
    for (const request of [...requests, ...split]) expect(parseMessage(request)).toEqual(request);
  });

  it('sends a text longer than any request alone, for the background to refuse', () => {
    const huge = 'a'.repeat(MAX_RECOGNIZE_CHARACTERS + 1);
    const requests = recognizeRequests(['Satu.', huge, 'Dua.']);
    expect(requests.map((request) => request.texts.length)).toEqual([1, 1, 1]);
    expect(() => parseMessage(requests[1])).toThrow(InvalidMessageError);
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
