import { describe, expect, it } from 'vitest';
import { InvalidReadingError, READING_LIMITS, parseReadingProgress, parseReadingRecord } from './article-record.ts';

const URL_FORMS = [
  'https://nasional.kompas.com/read/2025/01/05/10000005/artikel-5',
  'http://nasional.kompas.com/read/2025/01/05/10000005/artikel-5?page=2&utm_source=x#bagian',
  'https://amp.kompas.com/nasional/read/2025/01/05/10000005/artikel-5',
  '  https://NASIONAL.kompas.com/read/2025/01/05/10000005/artikel-5/amp ',
];

function message(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: URL_FORMS[0],
    title: '  Banjir   di Jakarta ',
    section: 'Megapolitan',
    author: 'Rina Ayu',
    published: '2025-01-05T08:30:00+07:00',
    words: 412,
    readFraction: 0.75,
    language: 'id',
    text: 'Paragraf satu.\n\nParagraf dua.',
    entities: [
      { name: 'Pramono Anung', type: 'PER', count: 3 },
      { name: 'Jakarta', type: 'LOC', count: 5 },
    ],
    ...overrides,
  };
}

function problem(input: unknown): [string, string] {
  try {
    parseReadingRecord(input);
  } catch (error) {
    if (error instanceof InvalidReadingError) return [error.field, error.problem];
    throw error;
  }
  throw new Error('accepted');
}

describe('parseReadingRecord', () => {
  it.each(URL_FORMS)('files %s under the canonical address', (url) => {
    expect(parseReadingRecord(message({ url })).url).toBe(URL_FORMS[0]);
  });

  it('keeps the fields, whitespace tidied, text as sent', () => {
    expect(parseReadingRecord(message())).toEqual({
      url: URL_FORMS[0],
      title: 'Banjir di Jakarta',
      section: 'Megapolitan',
      author: 'Rina Ayu',
      published: '2025-01-05T08:30:00+07:00',
      words: 412,
      readFraction: 0.75,
      language: 'id',
      text: 'Paragraf satu.\n\nParagraf dua.',
      entities: [
        { name: 'Pramono Anung', type: 'PER', count: 3 },
        { name: 'Jakarta', type: 'LOC', count: 5 },
      ],
    });
  });

  it('reads absent or blank optional fields as null, and builds the record without stray keys', () => {
    const parsed = parseReadingRecord(message({ section: '  ', author: undefined, published: null, entities: undefined, extra: 1 }));
    expect(parsed).toMatchObject({ section: null, author: null, published: null, entities: [] });
    expect(parsed).not.toHaveProperty('extra');
  });

  it('merges entities with one key, summing counts and keeping the longest name', () => {
    const entities = [
      { name: 'Komisi Pemilihan Umum', type: 'ORG', count: 2 },
      { name: 'komisi  pemilihan umum', type: 'ORG', count: 1 },
      { name: 'Komisi Pemilihan Umum (KPU)', type: 'ORG', count: 1 },
      { name: 'Komisi Pemilihan Umum', type: 'LOC', count: 1 },
    ];
    expect(parseReadingRecord(message({ entities })).entities).toEqual([
      { name: 'Komisi Pemilihan Umum (KPU)', type: 'ORG', count: 4 },
      { name: 'Komisi Pemilihan Umum', type: 'LOC', count: 1 },
    ]);
  });

  it('leaves out the site\'s own name, which every dateline writes, and keeps other bodies named after it', () => {
    const entities = [
      { name: 'KOMPAS.com', type: 'ORG', count: 1 },
      { name: 'Kompas.com', type: 'ORG', count: 2 },
      { name: 'Litbang Kompas', type: 'ORG', count: 1 },
    ];
    expect(parseReadingRecord(message({ entities })).entities).toEqual([{ name: 'Litbang Kompas', type: 'ORG', count: 1 }]);
  });

  it.each([
    [message({ url: 'https://www.kompas.com/' }), 'url', 'invalid'],
    [message({ url: 'https://video.kompas.com/read/2025/01/05/10000005/x' }), 'url', 'invalid'],
    [message({ url: 'https://www.detik.com/read/2025/01/05/10000005/x' }), 'url', 'invalid'],
    [message({ url: 'javascript:alert(1)' }), 'url', 'invalid'],
    [message({ url: 42 }), 'url', 'wrong-type'],
    [message({ title: '' }), 'title', 'missing'],
    [message({ title: 'x'.repeat(READING_LIMITS.title + 1) }), 'title', 'too-long'],
    [message({ section: 7 }), 'section', 'wrong-type'],
    [message({ author: 'x'.repeat(READING_LIMITS.author + 1) }), 'author', 'too-long'],
    [message({ published: 'Sabtu, 4 Maret 2023' }), 'published', 'invalid'],
    [message({ published: '2025-13-45T99:99' }), 'published', 'invalid'],
    [message({ words: -1 }), 'words', 'invalid'],
    [message({ words: 1.5 }), 'words', 'invalid'],
    [message({ words: '412' }), 'words', 'wrong-type'],
    [message({ readFraction: 1.01 }), 'readFraction', 'invalid'],
    [message({ readFraction: Number.NaN }), 'readFraction', 'invalid'],
    [message({ readFraction: undefined }), 'readFraction', 'missing'],
    [message({ language: 'bahasa indonesia' }), 'language', 'invalid'],
    [message({ text: 'x'.repeat(READING_LIMITS.text + 1) }), 'text', 'too-long'],
    [message({ text: ['a'] }), 'text', 'wrong-type'],
    [message({ entities: {} }), 'entities', 'wrong-type'],
    [message({ entities: Array.from({ length: READING_LIMITS.entities + 1 }, () => ({ name: 'A', type: 'PER', count: 1 })) }), 'entities', 'too-many'],
    [message({ entities: [{ name: 'A', type: 'PER', count: 1 }, 'B'] }), 'entities[1]', 'wrong-type'],
    [message({ entities: [{ name: 'A', type: 'MISC', count: 1 }] }), 'entities[0].type', 'invalid'],
    [message({ entities: [{ name: ' ', type: 'PER', count: 1 }] }), 'entities[0].name', 'missing'],
    [message({ entities: [{ name: 'A', type: 'PER', count: 0 }] }), 'entities[0].count', 'invalid'],
    [message({ entities: [{ name: 'x'.repeat(READING_LIMITS.entityName + 1), type: 'ORG', count: 1 }] }), 'entities[0].name', 'too-long'],
    [[message()], 'record', 'wrong-type'],
    [null, 'record', 'wrong-type'],
  ])('refuses %#, naming %s (%s)', (input, field, kind) => {
    expect(problem(input)).toEqual([field, kind]);
  });

  it('accepts text at the cap and an empty text', () => {
    expect(parseReadingRecord(message({ text: 'x'.repeat(READING_LIMITS.text) })).text).toHaveLength(READING_LIMITS.text);
    expect(parseReadingRecord(message({ text: '' })).text).toBe('');
  });
});

describe('parseReadingProgress', () => {
  it('keeps a canonical address and a fraction', () => {
    expect(parseReadingProgress({ url: URL_FORMS[1], readFraction: 1, other: true })).toEqual({ url: URL_FORMS[0], readFraction: 1 });
  });

  it.each([
    [{ url: URL_FORMS[0], readFraction: -0.1 }, 'readFraction'],
    [{ url: URL_FORMS[0], readFraction: '0.5' }, 'readFraction'],
    [{ url: 'https://www.kompas.com/tag/banjir', readFraction: 0.5 }, 'url'],
    ['x', 'progress'],
  ])('refuses %j at %s', (input, field) => {
    expect(() => parseReadingProgress(input)).toThrow(expect.objectContaining({ field }));
  });
});
