import { describe, expect, it } from 'vitest';
import { MAX_LISTED_NAMES } from '../kompas/page-names.ts';
import { MAX_RECOGNIZE_CHARACTERS, MAX_RECOGNIZE_TEXTS, isEntityArticleRequest, parseEntityArticleRequest } from './entity-article-request.ts';
import { InvalidMessageError } from './messages.ts';

/** What a page lists for its article, as `readPageNames` reads it. */
const NAMES = { listed: ['Joko Widodo', 'Surakarta'], title: 'Jokowi Pulang ke Solo', caption: 'Presiden Joko Widodo di Solo.' };

describe('parseEntityArticleRequest', () => {
  it('accepts an article\'s paragraphs with the page\'s names, and drops extra fields', () => {
    expect(parseEntityArticleRequest({ type: 'entities/article', paragraphs: ['Jokowi ke Solo.', ''], pageNames: NAMES, remember: true, from: 'page' }))
      .toEqual({ type: 'entities/article', paragraphs: ['Jokowi ke Solo.', ''], pageNames: NAMES, remember: true });
    expect(parseEntityArticleRequest({ type: 'entities/article', paragraphs: [], pageNames: { listed: [], title: null, caption: null }, remember: false }))
      .toEqual({ type: 'entities/article', paragraphs: [], pageNames: { listed: [], title: null, caption: null }, remember: false });
    expect(isEntityArticleRequest({ type: 'entities/article' })).toBe(true);
    expect(isEntityArticleRequest({ type: 'entities/recognize' })).toBe(false);
  });

  it.each([
    [null],
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
    expect(() => parseEntityArticleRequest(value)).toThrow(InvalidMessageError);
  });

  it('takes the largest article a request may carry', () => {
    const paragraphs = ['a'.repeat(MAX_RECOGNIZE_CHARACTERS / 2), 'b'.repeat(MAX_RECOGNIZE_CHARACTERS / 2)];
    const pageNames = { listed: Array.from({ length: MAX_LISTED_NAMES }, (_, i) => `Nama Ke${i}`), title: 'x'.repeat(400), caption: null };
    expect(parseEntityArticleRequest({ type: 'entities/article', paragraphs, pageNames, remember: false }))
      .toEqual({ type: 'entities/article', paragraphs, pageNames, remember: false });
  });
});
