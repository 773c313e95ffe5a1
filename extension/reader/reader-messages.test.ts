import { describe, expect, it } from 'vitest';
import { READER_MESSAGES } from './reader-messages.ts';

describe('READER_MESSAGES', () => {
  it('has an Indonesian and an English text for every key', () => {
    for (const [key, texts] of Object.entries(READER_MESSAGES)) {
      expect(texts.id.trim(), key).not.toBe('');
      expect(texts.en.trim(), key).not.toBe('');
    }
  });
});
