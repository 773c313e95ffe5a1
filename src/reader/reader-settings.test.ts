import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_SETTINGS, TEXT_SIZE_STEPS, parseReaderSettings, stepTextSize } from './reader-settings.ts';

describe('parseReaderSettings', () => {
  it('returns the defaults for anything that is not settings', () => {
    for (const bad of [undefined, null, 42, 'dark', [], { theme: 'neon', textSize: 'big', lineWidth: 3, font: null }]) {
      expect(parseReaderSettings(bad)).toEqual(DEFAULT_READER_SETTINGS);
    }
  });

  it('keeps valid fields and repairs the rest one by one', () => {
    expect(parseReaderSettings({ theme: 'sepia', textSize: 400, lineWidth: 'wide', font: 'comic', autoOpen: true }))
      .toEqual({ ...DEFAULT_READER_SETTINGS, theme: 'sepia', textSize: 250, lineWidth: 'wide', font: 'serif', autoOpen: true });
    expect(parseReaderSettings({ textSize: 127.4 }).textSize).toBe(130);
    expect(parseReaderSettings({ textSize: 10 }).textSize).toBe(95);
    for (const bad of [0, -120, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(parseReaderSettings({ textSize: bad }).textSize).toBe(DEFAULT_READER_SETTINGS.textSize);
    }
  });

  it('keeps the listening speed, captions and voice choices, and drops what is not one of them', () => {
    const stored = { speechRate: 1.5, speechCaptions: true, speechVoices: { id: 'urn:moz-tts:speechd:Indonesian?id', en: 'Daniel' } };
    expect(parseReaderSettings(stored)).toMatchObject(stored);
    for (const speechRate of [3, 0, 1.1, '1.5', Number.NaN]) expect(parseReaderSettings({ speechRate }).speechRate).toBe(1);
    expect(parseReaderSettings({ speechCaptions: 'yes' }).speechCaptions).toBe(false);
    const voices = { id: 'ok', 'id-ID': 'long tag', EN: 'upper', fr: 42, de: '', jv: 'x'.repeat(501), ms: 'Malay' };
    expect(parseReaderSettings({ speechVoices: voices }).speechVoices).toEqual({ id: 'ok', ms: 'Malay' });
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'z'}`, 'v']));
    expect(Object.keys(parseReaderSettings({ speechVoices: many }).speechVoices)).toHaveLength(20);
    expect(parseReaderSettings({ speechVoices: ['id'] }).speechVoices).toEqual({});
  });

  it('turns the pixel sizes older versions stored into the nearest percentage of a 16 px default', () => {
    const old = [15, 17, 19, 21, 23, 26, 29];
    const migrated = old.map((fontSize) => parseReaderSettings({ theme: 'dark', fontSize }));
    expect(migrated.map((settings) => settings.textSize)).toEqual([95, 105, 120, 130, 145, 160, 180]);
    expect(migrated.every((settings) => settings.theme === 'dark' && !('fontSize' in settings))).toBe(true);
    // Off-step and out-of-range values written by hand or by other code are clamped to the ends.
    expect(parseReaderSettings({ fontSize: 9 }).textSize).toBe(95);
    expect(parseReaderSettings({ fontSize: 64 }).textSize).toBe(250);
    // A new-style size wins over a leftover old one.
    expect(parseReaderSettings({ fontSize: 15, textSize: 200 }).textSize).toBe(200);
  });

  it('reaches at least 40 px at the default 16 px browser font size', () => {
    expect((TEXT_SIZE_STEPS[TEXT_SIZE_STEPS.length - 1]! / 100) * 16).toBeGreaterThanOrEqual(40);
  });
});

describe('stepTextSize', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepTextSize(120, 1)).toBe(130);
    expect(stepTextSize(120, -1)).toBe(105);
    expect(stepTextSize(TEXT_SIZE_STEPS[0]!, -1)).toBe(TEXT_SIZE_STEPS[0]);
    expect(stepTextSize(250, 1)).toBe(250);
  });

  it('steps are increasing and at most a seventh apart', () => {
    for (let i = 1; i < TEXT_SIZE_STEPS.length; i++) {
      const ratio = TEXT_SIZE_STEPS[i]! / TEXT_SIZE_STEPS[i - 1]!;
      expect(ratio).toBeGreaterThan(1.05);
      expect(ratio).toBeLessThan(1.15);
    }
  });
});
