import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings.ts';

/** The stored settings, given to the popup when the test says so. */
let answer: (settings: Settings) => void = () => undefined;

vi.mock('../shared/settings-store.ts', () => ({
  loadSettings: () => new Promise<Settings>((resolve) => {
    answer = resolve;
  }),
  onSettingsChanged: () => () => undefined,
  updateSettings: vi.fn(),
}));
vi.mock('../shared/i18n.ts', () => ({ t: (key: string) => key }));
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { query: async () => [], get: async () => undefined, sendMessage: async () => undefined, create: async () => undefined },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}`, sendMessage: async () => undefined, openOptionsPage: async () => undefined },
  },
}));

const { Popup } = await import('./Popup.tsx');

afterEach(() => {
  render(null, document.body);
});

describe('the popup\'s switches', () => {
  it('are drawn only once the stored settings are read, so they never show the defaults first', async () => {
    await act(async () => {
      render(h(Popup, {}), document.body);
    });
    expect(document.getElementById('clutter-switch')).toBeNull();
    expect(document.getElementById('reader-auto-switch')).toBeNull();

    await act(async () => {
      answer({ ...DEFAULT_SETTINGS, clutter: { enabled: false }, reader: { ...DEFAULT_SETTINGS.reader, autoOpen: true } });
    });
    expect((document.getElementById('clutter-switch') as HTMLInputElement).checked).toBe(false);
    expect((document.getElementById('reader-auto-switch') as HTMLInputElement).checked).toBe(true);
  });
});
