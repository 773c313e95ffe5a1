import { describe, expect, it } from 'vitest';
import { InvalidReadingError } from './article-record.ts';
import { MAX_SAVED_HTML_CHARS } from './reading-store.ts';
import { isReadingMessageType, parseReadingMessage, READING_MESSAGE_LIMITS } from './reading-messages.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

function problem(raw: unknown): string {
  try {
    parseReadingMessage(raw);
  } catch (error) {
    if (error instanceof InvalidReadingError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

const save = (overrides: Record<string, unknown> = {}) => ({
  type: 'reading/save',
  url: sampleUrl(1),
  contentHtml: '<p>Isi</p>',
  image: { src: 'https://asset.kompas.com/crops/foto.jpg', alt: 'Banjir', caption: 'Warga mengungsi.' },
  ...overrides,
});

describe('isReadingMessageType', () => {
  it('knows the reading messages and nothing else', () => {
    expect(isReadingMessageType('reading/record')).toBe(true);
    expect(isReadingMessageType('reading/open-entity')).toBe(true);
    expect(isReadingMessageType('notes/list')).toBe(false);
    expect(isReadingMessageType('reading/drop-database')).toBe(false);
    expect(isReadingMessageType(undefined)).toBe(false);
  });
});

describe('parseReadingMessage', () => {
  it('rebuilds a record message, naming a record field at fault from the message', () => {
    const parsed = parseReadingMessage({ type: 'reading/record', record: { ...sampleReading(3), extra: 'x' }, junk: 1 });
    expect(parsed).toEqual({ type: 'reading/record', record: sampleReading(3) });
    expect(problem({ type: 'reading/record', record: { ...sampleReading(3), entities: [{ name: 'A', type: 'XYZ', count: 1 }] } }))
      .toBe('record.entities[0].type: invalid');
    expect(problem({ type: 'reading/record' })).toBe('record: wrong type');
  });

  it('files progress, status and forget under the canonical address', () => {
    const url = `${sampleUrl(4).replace('https:', 'http:')}?page=2#x`;
    expect(parseReadingMessage({ type: 'reading/progress', url, readFraction: 0.4 })).toEqual({ type: 'reading/progress', url: sampleUrl(4), readFraction: 0.4 });
    expect(parseReadingMessage({ type: 'reading/status', url })).toEqual({ type: 'reading/status', url: sampleUrl(4) });
    expect(problem({ type: 'reading/progress', url, readFraction: 1.5 })).toBe('readFraction: invalid');
    expect(problem({ type: 'reading/forget', url: 'https://example.com/read/2025/01/01/1/x' })).toBe('url: invalid');
  });

  it('takes a lead image from kompas.com over http(s) only, its texts capped', () => {
    const parsed = parseReadingMessage(save({ image: { src: 'https://asset.kompas.com/a.jpg#x', alt: 'a'.repeat(5000), caption: '  Warga\n  mengungsi. ' } }));
    expect(parsed).toMatchObject({ image: { src: 'https://asset.kompas.com/a.jpg', caption: 'Warga mengungsi.' } });
    expect((parsed as { image: { alt: string } }).image.alt).toHaveLength(READING_MESSAGE_LIMITS.imageAlt);
    expect(parseReadingMessage(save({ image: { src: 'http://asset.kompas.com/a.jpg' } }))).toMatchObject({ image: { src: 'http://asset.kompas.com/a.jpg' } });
    for (const src of [
      'ftp://asset.kompas.com/a.jpg',
      'https://kompas.com.evil.example/a.jpg',
      'https://evilkompas.com/a.jpg',
      'https://user:pw@asset.kompas.com/a.jpg',
      'https://asset.kompas.com:8443/a.jpg',
      'data:image/png;base64,AAAA',
      '/img/a.jpg',
    ]) {
      expect(problem(save({ image: { src, alt: '', caption: '' } })), src).toBe('image.src: invalid');
    }
    expect(parseReadingMessage(save({ image: null }))).toMatchObject({ image: null });
    expect(parseReadingMessage(save({ image: { src: 'https://kompas.com/a.jpg' } }))).toMatchObject({ image: { alt: '', caption: '' } });
  });

  it('refuses reader HTML over the cap, and a record for another article', () => {
    expect(problem(save({ contentHtml: 'x'.repeat(MAX_SAVED_HTML_CHARS + 1) }))).toBe('contentHtml: too long');
    expect(problem(save({ contentHtml: 12 }))).toBe('contentHtml: wrong type');
    expect(problem(save({ record: sampleReading(2) }))).toBe('record.url: invalid');
    expect(parseReadingMessage(save({ record: sampleReading(1) }))).toMatchObject({ record: { url: sampleUrl(1) } });
  });

  it('bounds the keys of an entity-counts question', () => {
    const keys = ['PER:prabowo subianto', 'LOC:jakarta', 'PER:prabowo subianto'];
    expect(parseReadingMessage({ type: 'reading/entity-counts', url: sampleUrl(1), keys }))
      .toEqual({ type: 'reading/entity-counts', url: sampleUrl(1), keys: ['PER:prabowo subianto', 'LOC:jakarta'] });
    const many = Array.from({ length: READING_MESSAGE_LIMITS.keys + 1 }, (_, i) => `PER:nama ${i}`);
    expect(problem({ type: 'reading/entity-counts', url: sampleUrl(1), keys: many })).toBe('keys: too many');
    expect(problem({ type: 'reading/entity-counts', url: sampleUrl(1), keys: ['XYZ:a'] })).toBe('keys[0]: invalid');
    expect(problem({ type: 'reading/entity-counts', url: sampleUrl(1), keys: [`PER:${'a'.repeat(READING_MESSAGE_LIMITS.key)}`] })).toBe('keys[0]: too long');
    expect(problem({ type: 'reading/entity-counts', url: sampleUrl(1) })).toBe('keys: missing');
  });

  it('takes a list limit of 1 to 200 and an ISO time to page from', () => {
    expect(parseReadingMessage({ type: 'reading/list', limit: 200, before: '2025-01-01T00:00:00.000Z', savedOnly: true }))
      .toEqual({ type: 'reading/list', limit: 200, before: '2025-01-01T00:00:00.000Z', savedOnly: true });
    expect(parseReadingMessage({ type: 'reading/list', limit: 1 })).toEqual({ type: 'reading/list', limit: 1 });
    for (const limit of [0, 201, 2.5, -1]) expect(problem({ type: 'reading/list', limit })).toBe('limit: invalid');
    expect(problem({ type: 'reading/list', limit: '5' })).toBe('limit: wrong type');
    expect(problem({ type: 'reading/list', limit: 5, before: 'kemarin' })).toBe('before: invalid');
    expect(problem({ type: 'reading/list', limit: 5, savedOnly: 'ya' })).toBe('savedOnly: wrong type');
  });

  it('takes an entity list of everything, or pages of 1 to 200 of each type or one, from a cursor of that type', () => {
    expect(parseReadingMessage({ type: 'reading/entities', junk: 1 })).toEqual({ type: 'reading/entities' });
    expect(parseReadingMessage({ type: 'reading/entities', limit: 200 })).toEqual({ type: 'reading/entities', limit: 200 });
    expect(parseReadingMessage({ type: 'reading/entities', limit: 5, entityType: 'ORG', after: '12:ORG:komisi pemilihan umum' }))
      .toEqual({ type: 'reading/entities', limit: 5, entityType: 'ORG', after: '12:ORG:komisi pemilihan umum' });
    for (const limit of [0, 201, 2.5]) expect(problem({ type: 'reading/entities', limit })).toBe('limit: invalid');
    expect(problem({ type: 'reading/entities', limit: '5' })).toBe('limit: wrong type');
    expect(problem({ type: 'reading/entities', entityType: 'PER' })).toBe('limit: missing');
    expect(problem({ type: 'reading/entities', limit: 5, entityType: 'MISC' })).toBe('entityType: invalid');
    expect(problem({ type: 'reading/entities', limit: 5, after: '3:PER:prabowo' })).toBe('entityType: missing');
    expect(problem({ type: 'reading/entities', limit: 5, entityType: 'LOC', after: '3:PER:prabowo' })).toBe('after: invalid');
    expect(problem({ type: 'reading/entities', limit: 5, entityType: 'PER', after: 'PER:prabowo' })).toBe('after: invalid');
    expect(problem({ type: 'reading/entities', limit: 5, entityType: 'PER', after: `3:PER:${'a'.repeat(READING_MESSAGE_LIMITS.key + 10)}` })).toBe('after: too long');
  });

  it('refuses unknown types and non-objects', () => {
    expect(problem({ type: 'reading/drop' })).toBe('type: invalid');
    expect(problem(['reading/clear'])).toBe('message: wrong type');
    expect(parseReadingMessage({ type: 'reading/clear', all: true })).toEqual({ type: 'reading/clear' });
    expect(parseReadingMessage({ type: 'reading/open-entity', key: 'PER:prabowo subianto' })).toEqual({ type: 'reading/open-entity', key: 'PER:prabowo subianto' });
  });
});
