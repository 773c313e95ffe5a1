import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STRING_TABLES, localeFiles } from './locale-files.ts';

const onDisk = (language: string): string =>
  readFileSync(join(process.cwd(), 'extension/public/_locales', language, 'messages.json'), 'utf8');

describe('UI strings', () => {
  it('_locales is exactly what the string tables say (run `npm run locales` after changing a table)', () => {
    const expected = localeFiles();
    for (const language of LANGUAGES) expect(onDisk(language)).toBe(expected[language]);
  });

  it('has every string in Indonesian and English, none empty, with the same substitutions', () => {
    for (const table of Object.values(STRING_TABLES)) {
      for (const [key, texts] of Object.entries(table)) {
        expect(texts.id.trim(), key).not.toBe('');
        expect(texts.en.trim(), key).not.toBe('');
        const slots = (text: string) => [...text.matchAll(/\$[1-9]/g)].map((match) => match[0]).sort();
        expect(slots(texts.id), key).toEqual(slots(texts.en));
      }
    }
  });

  it('turns positional substitutions into the placeholders browsers document', () => {
    const id = JSON.parse(onDisk('id')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    expect(id.clutterHiddenCount).toEqual({
      message: '$ARG1$ elemen disembunyikan di halaman ini',
      placeholders: { arg1: { content: '$1' } },
    });
  });

  it('names every key the code asks for', () => {
    const sources = ['extension/popup/Popup.tsx', 'extension/content/article.ts', 'extension/background/index.ts']
      .map((path) => readFileSync(join(process.cwd(), path), 'utf8'))
      .join('\n');
    const asked = [...sources.matchAll(/\b(?:t|getMessage)\('([A-Za-z]+)'/g)].map((match) => match[1]!);
    expect(asked.length).toBeGreaterThan(3);
    const known = Object.assign({}, ...Object.values(STRING_TABLES)) as Record<string, unknown>;
    for (const key of asked) expect(known, key).toHaveProperty(key);
  });
});
