/** Which entity highlights the reader wants, in the reader and on the original page alike. */
import type { EntityType } from '../ner/index.ts';
import { isRecord } from '../validation/is-record.ts';

export interface EntitySettings {
  /** The global switch: off hides every entity highlight and the recogniser does not run. */
  enabled: boolean;
  /** Per-type switches, applied while `enabled` is on. */
  types: Record<EntityType, boolean>;
  /**
   * Remember names from the articles read (src/name-memory), so later articles find them without their titles.
   * Off forgets every remembered name and stops remembering. Settings stored before it existed read as on.
   */
  rememberNames: boolean;
}

export const DEFAULT_ENTITY_SETTINGS: EntitySettings = {
  enabled: true,
  types: { PER: true, LOC: true, ORG: true },
  rememberNames: true,
};


const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

export function parseEntitySettings(value: unknown): EntitySettings {
  const stored = isRecord(value) ? value : {};
  const types = isRecord(stored.types) ? stored.types : {};
  const defaults = DEFAULT_ENTITY_SETTINGS;
  return {
    enabled: flag(stored.enabled, defaults.enabled),
    types: {
      PER: flag(types.PER, defaults.types.PER),
      LOC: flag(types.LOC, defaults.types.LOC),
      ORG: flag(types.ORG, defaults.types.ORG),
    },
    rememberNames: flag(stored.rememberNames, defaults.rememberNames),
  };
}

/** Whether mentions of `type` are shown under these settings. */
export function showsType(settings: EntitySettings, type: EntityType): boolean {
  return settings.enabled && settings.types[type];
}
