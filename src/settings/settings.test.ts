import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.ts';

describe('parseSettings', () => {
  it('keeps stored values of the right type', () => {
    expect(parseSettings({ clutter: { enabled: false } }).clutter.enabled).toBe(false);
  });

  it.each([[undefined], [null], ['on'], [{ clutter: 'off' }], [{ clutter: { enabled: 'no' } }]])(
    'falls back to defaults for %j',
    (value) => {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
    },
  );
});
