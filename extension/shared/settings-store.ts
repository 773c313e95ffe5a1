import browser from 'webextension-polyfill';
import type { Settings } from '../../src/settings/settings.ts';
import { loadSettingsFrom, onSettingsChangedIn, updateSettingsIn } from './settings-storage.ts';

export function loadSettings(): Promise<Settings> {
  return loadSettingsFrom(browser.storage);
}

/** Applies `update` to the current settings and stores the result; returns what was stored. */
export function updateSettings(update: (current: Settings) => Settings): Promise<Settings> {
  return updateSettingsIn(browser.storage, update);
}

/** Calls `listener` with the new settings whenever any part of the extension stores them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onSettingsChangedIn(browser.storage, listener);
}
