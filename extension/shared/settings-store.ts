/** The user's settings in extension storage, through the browser's own API (native-extension-api.ts). */
import type { Storage } from 'webextension-polyfill';
import { parseSettings, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/settings.ts';
import { nativeExtensionApi } from './native-extension-api.ts';

export function loadSettings(): Promise<Settings> {
  return loadStoredSettings(parseSettings);
}

/** What `read` makes of the stored settings: one part of them, read without parsing the rest. */
export async function loadStoredSettings<T>(read: (stored: unknown) => T): Promise<T> {
  const stored = await nativeExtensionApi().storage.local.get(SETTINGS_STORAGE_KEY);
  return read(stored[SETTINGS_STORAGE_KEY]);
}

/** Applies `update` to the current settings and stores the result; returns what was stored. */
export async function updateSettings(update: (current: Settings) => Settings): Promise<Settings> {
  const next = update(await loadSettings());
  await nativeExtensionApi().storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever any part of the extension stores them; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onStoredSettingsChanged(parseSettings, listener);
}

/** `onSettingsChanged` for what `read` makes of the stored settings. */
export function onStoredSettingsChanged<T>(read: (stored: unknown) => T, listener: (value: T) => void): () => void {
  const { onChanged } = nativeExtensionApi().storage;
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) listener(read(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  onChanged.addListener(handler);
  return () => onChanged.removeListener(handler);
}
