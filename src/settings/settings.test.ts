import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.ts';
import { retentionCutoff } from './history-settings.ts';

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

describe('the history settings', () => {
  it('remember articles forever by default, also for settings stored before they existed', () => {
    expect(DEFAULT_SETTINGS.history).toEqual({ rememberArticles: true, retention: 'forever' });
    expect(parseSettings({ clutter: { enabled: false } }).history).toEqual({ rememberArticles: true, retention: 'forever' });
  });

  it.each([
    [{ rememberArticles: false, retention: '30d' }, { rememberArticles: false, retention: '30d' }],
    [{ rememberArticles: true, retention: '365d' }, { rememberArticles: true, retention: '365d' }],
    [{ retention: '90d' }, { rememberArticles: true, retention: '90d' }],
    [{ rememberArticles: 'false', retention: '7d' }, { rememberArticles: true, retention: 'forever' }],
    [{ rememberArticles: false, retention: 90 }, { rememberArticles: false, retention: 'forever' }],
    ['off', { rememberArticles: true, retention: 'forever' }],
  ])('reads %j as %j', (history, expected) => {
    expect(parseSettings({ history }).history).toEqual(expected);
  });
});

describe('retentionCutoff', () => {
  const now = new Date('2025-06-30T12:00:00.000Z');
  it.each([
    ['30d', '2025-05-31T12:00:00.000Z'],
    ['90d', '2025-04-01T12:00:00.000Z'],
    ['365d', '2024-06-30T12:00:00.000Z'],
  ] as const)('%s keeps what was read after %s', (policy, cut) => {
    expect(retentionCutoff(policy, now)?.toISOString()).toBe(cut);
  });

  it('keeps everything forever', () => {
    expect(retentionCutoff('forever', now)).toBeNull();
  });
});
