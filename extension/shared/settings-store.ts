import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/settings.ts';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return parseSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Applies `update` to the current settings and stores the result; returns what was stored. */
export async function updateSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const next = update(await loadSettings());
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever any part of the extension stores them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) listener(parseSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
