import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_SETTINGS, FONT_SIZE_STEPS, parseReaderSettings, stepFontSize } from './reader-settings.ts';

describe('parseReaderSettings', () => {
  it('returns the defaults for anything that is not settings', () => {
    for (const bad of [undefined, null, 42, 'dark', [], { theme: 'neon', fontSize: 'big', lineWidth: 3, font: null }]) {
      expect(parseReaderSettings(bad)).toEqual(DEFAULT_READER_SETTINGS);
    }
  });

  it('keeps valid fields and repairs the rest one by one', () => {
    expect(parseReaderSettings({ theme: 'sepia', fontSize: 40, lineWidth: 'wide', font: 'comic', autoOpen: true }))
      .toEqual({ theme: 'sepia', fontSize: 29, lineWidth: 'wide', font: 'serif', autoOpen: true });
    expect(parseReaderSettings({ fontSize: 20.2 }).fontSize).toBe(21);
  });
});

describe('stepFontSize', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepFontSize(19, 1)).toBe(21);
    expect(stepFontSize(19, -1)).toBe(17);
    expect(stepFontSize(FONT_SIZE_STEPS[0]!, -1)).toBe(FONT_SIZE_STEPS[0]);
    expect(stepFontSize(29, 1)).toBe(29);
  });
});
