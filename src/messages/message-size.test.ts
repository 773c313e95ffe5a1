import { describe, expect, it } from 'vitest';
import { fitsInMessage, jsonStringBytes, MAX_MESSAGE_BYTES, MESSAGE_ENVELOPE_BYTES } from './message-size.ts';

describe('jsonStringBytes', () => {
  it.each([
    [''],
    ['plain ascii'],
    ['"quoted" \\ back\\slash'],
    ['\n\r\t\b\f'],
    ['\u0000\u0001\u001f'],
    ['é ü ñ'],
    ['banjir 洪水 ✓'],
    ['😀 emoji'],
    ['lone \ud800 high', ],
    ['lone \udc00 low'],
    ['\u2028\u2029'],
  ])('equals the UTF-8 length of JSON.stringify(%j)', (text) => {
    expect(jsonStringBytes(text)).toBe(new TextEncoder().encode(JSON.stringify(text)).length);
  });

  it('counts a file of control characters six-fold, past what a message takes', () => {
    const size = Math.ceil(MAX_MESSAGE_BYTES / 6) + 1;
    const controls = '\u0001'.repeat(size);
    expect(fitsInMessage(controls)).toBe(false);
    // The same number of plain characters fits easily.
    expect(fitsInMessage('a'.repeat(size))).toBe(true);
    expect(fitsInMessage('a'.repeat(MAX_MESSAGE_BYTES - MESSAGE_ENVELOPE_BYTES - 2))).toBe(true);
    expect(fitsInMessage('a'.repeat(MAX_MESSAGE_BYTES - MESSAGE_ENVELOPE_BYTES - 1))).toBe(false);
  });
});
