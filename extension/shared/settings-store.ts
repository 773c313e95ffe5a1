import type { Settings } from '../../src/settings/settings.ts';
import { nativeExtensionApi } from './native-extension-api.ts';
import { loadSettingsFrom, onSettingsChangedIn, updateSettingsIn } from './settings-storage.ts';

export function loadSettings(): Promise<Settings> {
  return loadSettingsFrom(nativeExtensionApi().storage);
}

/** Applies `update` to the current settings and stores the result; returns what was stored. */
export function updateSettings(update: (current: Settings) => Settings): Promise<Settings> {
  return updateSettingsIn(nativeExtensionApi().storage, update);
}

/** Calls `listener` with the new settings whenever any part of the extension stores them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onSettingsChangedIn(nativeExtensionApi().storage, listener);
}
