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

describe('the name memory switch', () => {
  it('is on by default, and for settings stored before it existed', () => {
    expect(DEFAULT_SETTINGS.entities.rememberNames).toBe(true);
    const older = { entities: { enabled: true, types: { PER: true, LOC: false, ORG: true } } };
    expect(parseSettings(older).entities).toEqual({ enabled: true, types: { PER: true, LOC: false, ORG: true }, rememberNames: true });
  });

  it('keeps a stored off, and reads a malformed value as on', () => {
    expect(parseSettings({ entities: { rememberNames: false } }).entities.rememberNames).toBe(false);
    expect(parseSettings({ entities: { rememberNames: 'no' } }).entities.rememberNames).toBe(true);
  });
});
