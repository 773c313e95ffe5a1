/** Settings kept in extension storage, over a storage namespace (settings-store.ts passes the browser's own). */
import type { Storage } from 'webextension-polyfill';
import { parseSettings, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/settings.ts';

/** The part of `browser.storage` (or Manifest V3 `chrome.storage`) that settings use. */
export interface SettingsStorage {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: Record<string, Storage.StorageChange>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, Storage.StorageChange>, area: string) => void): void;
  };
}

export async function loadSettingsFrom(storage: SettingsStorage): Promise<Settings> {
  const stored = await storage.local.get(SETTINGS_STORAGE_KEY);
  return parseSettings(stored[SETTINGS_STORAGE_KEY]);
}

/** Applies `update` to the current settings and stores the result; returns what was stored. */
export async function updateSettingsIn(storage: SettingsStorage, update: (current: Settings) => Settings): Promise<Settings> {
  const next = update(await loadSettingsFrom(storage));
  await storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever any part of the extension stores them; returns the unsubscribe. */
export function onSettingsChangedIn(storage: SettingsStorage, listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) listener(parseSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  storage.onChanged.addListener(handler);
  return () => storage.onChanged.removeListener(handler);
}
