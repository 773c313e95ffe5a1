/**
 * UI strings of the entity highlighting, Indonesian first. The components take a lookup function so they need no
 * extension API; the extension passes its i18n lookup and `_locales` carries the same texts (a test checks).
 */
export const ENTITY_MESSAGES = {
  entitiesHeading: { id: 'Tokoh, tempat, organisasi', en: 'People, places, organisations' },
  entitiesSwitch: { id: 'Sorot nama', en: 'Highlight names' },
  entitiesLegend: { id: 'Jenis yang disorot', en: 'Types to highlight' },
  entityTypePER: { id: 'Orang', en: 'People' },
  entityTypeLOC: { id: 'Tempat', en: 'Places' },
  entityTypeORG: { id: 'Organisasi', en: 'Organisations' },
  entityRolePER: { id: 'orang', en: 'person' },
  entityRoleLOC: { id: 'tempat', en: 'place' },
  entityRoleORG: { id: 'organisasi', en: 'organisation' },
  entitiesLoading: { id: 'Mencari nama orang, tempat, dan organisasi…', en: 'Finding people, places and organisations…' },
  entitiesNone: { id: 'Tidak ada nama yang dikenali di artikel ini.', en: 'No names were recognised in this article.' },
  entitiesOff: { id: 'Sorotan nama sedang dimatikan.', en: 'Name highlighting is off.' },
  entitiesCount: { id: 'sebutan', en: 'mentions' },
  entitiesRevealHint: { id: 'Tampilkan sebutan berikutnya', en: 'Show the next mention' },
  entitiesToggle: { id: 'Nama', en: 'Names' },
  entitiesOtherArticlesOne: { id: 'di $1 artikel lain yang kamu baca', en: 'in $1 other article you read' },
  entitiesOtherArticles: { id: 'di $1 artikel lain yang kamu baca', en: 'in $1 other articles you read' },
  entitiesOtherArticlesHint: { id: 'Buka halamannya di Pustaka', en: 'Open its page in the Library' },
} as const;

export type EntityMessageKey = keyof typeof ENTITY_MESSAGES;
/** Looks a string up by key, `$1`.. replaced by `substitutions`. */
export type EntityStrings = (key: EntityMessageKey, ...substitutions: string[]) => string;

export function entityMessageLookup(language: 'id' | 'en'): EntityStrings {
  return (key, ...substitutions) => ENTITY_MESSAGES[key][language].replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
