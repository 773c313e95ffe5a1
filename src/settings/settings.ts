import { DEFAULT_ENTITY_SETTINGS, parseEntitySettings, type EntitySettings } from './entity-settings.ts';
import { DEFAULT_HISTORY_SETTINGS, parseHistorySettings, type HistorySettings } from './history-settings.ts';
import { DEFAULT_READER_SETTINGS, parseReaderSettings, type ReaderSettings } from '../reader/reader-settings.ts';
import { isRecord } from '../validation/is-record.ts';

/**
 * The user's preferences, as kept in extension storage. Stored values come from older versions or from other
 * code, so they are parsed, never trusted: anything malformed falls back to its default.
 */

export interface ClutterSettings {
  /** Hide the banners and pop-ups the site puts around its articles. */
  enabled: boolean;
}

export interface Settings {
  clutter: ClutterSettings;
  reader: ReaderSettings;
  entities: EntitySettings;
  /** The reading memory: history on or off, and its retention. */
  history: HistorySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  clutter: { enabled: true },
  reader: DEFAULT_READER_SETTINGS,
  entities: DEFAULT_ENTITY_SETTINGS,
  history: DEFAULT_HISTORY_SETTINGS,
};

/** The single storage key all settings live under, so one change event carries the whole state. */
export const SETTINGS_STORAGE_KEY = 'settings';


/**
 * The clutter part of stored settings (`value` is all of them), read alone: the document-start script needs nothing
 * else, and every byte of it delays the page.
 */
export function clutterSettingsOf(value: unknown): ClutterSettings {
  const clutter = isRecord(value) && isRecord(value.clutter) ? value.clutter : {};
  return { enabled: typeof clutter.enabled === 'boolean' ? clutter.enabled : DEFAULT_SETTINGS.clutter.enabled };
}

export function parseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  return {
    clutter: clutterSettingsOf(stored),
    reader: parseReaderSettings(stored.reader),
    entities: parseEntitySettings(stored.entities),
    history: parseHistorySettings(stored.history),
  };
}
