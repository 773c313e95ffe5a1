import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_MESSAGES } from '../entities/entity-messages.ts';
import { READER_MESSAGES } from '../reader/reader-messages.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (language: string): Messages =>
  JSON.parse(readFileSync(join(process.cwd(), 'extension/public/_locales', language, 'messages.json'), 'utf8'));

describe('UI strings', () => {
  const id = load('id');
  const en = load('en');

  it('has the same keys in Indonesian and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const messages of [id, en]) for (const [key, value] of Object.entries(messages)) expect(value.message, key).not.toBe('');
  });

  it('carries the reader and entity texts exactly as their components know them', () => {
    for (const [key, texts] of Object.entries({ ...READER_MESSAGES, ...ENTITY_MESSAGES })) {
      expect(id[key]?.message, key).toBe(texts.id);
      expect(en[key]?.message, key).toBe(texts.en);
    }
  });

  it('names every key the code asks for', () => {
    const sources = ['extension/popup/Popup.tsx', 'extension/content/article.ts', 'extension/content/clutter.iife.ts']
      .map((path) => readFileSync(join(process.cwd(), path), 'utf8'))
      .join('\n');
    const asked = [...sources.matchAll(/\bt\('([A-Za-z]+)'/g)].map((match) => match[1]!);
    expect(asked.length).toBeGreaterThan(3);
    for (const key of asked) expect(id, key).toHaveProperty(key);
  });
});
