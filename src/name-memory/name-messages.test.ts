import { describe, expect, it } from 'vitest';
import { isNamesMessageType, parseNamesMessage } from './name-messages.ts';

describe('parseNamesMessage', () => {
  it('reads the forget message, dropping extra fields', () => {
    expect(parseNamesMessage({ type: 'names/forget', everything: true })).toEqual({ type: 'names/forget' });
    expect(isNamesMessageType('names/forget')).toBe(true);
  });

  it.each([
    ['no type', { texts: [] }],
    ['not an object', 'names/forget'],
    ['an unknown type', { type: 'names/list' }],
    // Pages no longer recall or teach: the background reads the memory while it reads their article.
    ['a recall', { type: 'names/recall', texts: ['Dadan Hindayana'] }],
    ['names to remember', { type: 'names/remember', names: [{ name: 'Dadan Hindayana', type: 'PER' }] }],
  ])('refuses %s', (_what, message) => {
    expect(() => parseNamesMessage(message)).toThrow();
    expect(isNamesMessageType((message as { type?: unknown }).type)).toBe(false);
  });
});
