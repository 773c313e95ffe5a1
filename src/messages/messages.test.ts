import { describe, expect, it } from 'vitest';
import { MAX_LISTED_NAMES } from '../kompas/page-names.ts';
import {
  InvalidMessageError,
  MAX_RECOGNIZE_CHARACTERS,
  MAX_RECOGNIZE_TEXTS,
  parseClutterStatus,
  parseMessage,
  parseRecognizedTexts,
} from './messages.ts';

/** What a page lists for its article, as `readPageNames` reads it. */
const NAMES = { listed: ['Joko Widodo', 'Surakarta'], title: 'Jokowi Pulang ke Solo', caption: 'Presiden Joko Widodo di Solo.' };

describe('parseMessage', () => {
  it('accepts the known messages and drops extra fields', () => {
    expect(parseMessage({ type: 'clutter/status', extra: 1 })).toEqual({ type: 'clutter/status' });
    expect(parseMessage({ type: 'clutter/count', count: 7 })).toEqual({ type: 'clutter/count', count: 7 });
    expect(parseMessage({ type: 'entities/article', paragraphs: ['Jokowi ke Solo.', ''], pageNames: NAMES, remember: true, from: 'page' }))
      .toEqual({ type: 'entities/article', paragraphs: ['Jokowi ke Solo.', ''], pageNames: NAMES, remember: true });
    expect(parseMessage({ type: 'entities/article', paragraphs: [], pageNames: { listed: [], title: null, caption: null }, remember: false }))
      .toEqual({ type: 'entities/article', paragraphs: [], pageNames: { listed: [], title: null, caption: null }, remember: false });
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
    [{ type: 'entities/article' }],
    [{ type: 'entities/article', paragraphs: 'Jokowi ke Solo.', pageNames: NAMES, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi', 7], pageNames: NAMES, remember: true }],
    [{ type: 'entities/article', paragraphs: Array.from({ length: MAX_RECOGNIZE_TEXTS + 1 }, () => 'a'), pageNames: NAMES, remember: true }],
    [{ type: 'entities/article', paragraphs: ['a'.repeat(MAX_RECOGNIZE_CHARACTERS / 2), 'b'.repeat(MAX_RECOGNIZE_CHARACTERS / 2 + 1)], pageNames: NAMES, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: NAMES }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: NAMES, remember: 'yes' }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: { ...NAMES, listed: ['banjir rob'] }, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: { ...NAMES, listed: ['Joko Widodo', 'Joko Widodo'] }, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: { ...NAMES, listed: Array.from({ length: MAX_LISTED_NAMES + 1 }, (_, i) => `Nama Ke${i}`) }, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: { ...NAMES, title: 'x'.repeat(401) }, remember: true }],
    [{ type: 'entities/article', paragraphs: ['Jokowi'], pageNames: { ...NAMES, caption: 7 }, remember: true }],
  ])('rejects %j with a reason', (value) => {
    expect(() => parseMessage(value)).toThrow(InvalidMessageError);
  });

  it('validates a clutter status answer', () => {
    expect(parseClutterStatus({ hidden: 3, enabled: false })).toEqual({ hidden: 3, enabled: false });
    expect(() => parseClutterStatus({ hidden: '3', enabled: false })).toThrow(InvalidMessageError);
  });

  it('takes the largest article a request may carry', () => {
    const paragraphs = ['a'.repeat(MAX_RECOGNIZE_CHARACTERS / 2), 'b'.repeat(MAX_RECOGNIZE_CHARACTERS / 2)];
    const pageNames = { listed: Array.from({ length: MAX_LISTED_NAMES }, (_, i) => `Nama Ke${i}`), title: 'x'.repeat(400), caption: null };
    expect(parseMessage({ type: 'entities/article', paragraphs, pageNames, remember: false }))
      .toEqual({ type: 'entities/article', paragraphs, pageNames, remember: false });
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
