/** The `_locales` files as they must be: every UI string table merged, `$1` turned into named placeholders. */
import { HIGHLIGHT_MESSAGES } from '../content/highlights/highlight-messages.ts';
import { HISTORY_MESSAGES } from '../content/history-messages.ts';
import { ENTITY_MESSAGES } from '../entities/entity-messages.ts';
import { LIBRARY_MESSAGES } from '../library/library-messages.ts';
import { TRANSFER_MESSAGES } from '../library/TransferPanel.tsx';
import { NOTE_PANEL_MESSAGES } from '../note-panel/note-panel-messages.ts';
import { READER_MESSAGES } from '../reader/reader-messages.ts';
import { APP_MESSAGES } from './app-messages.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Table = Record<string, Record<Language, string>>;

/** Every table, in the order they are written; a key may appear in only one. */
export const STRING_TABLES: Record<string, Table> = {
  app: APP_MESSAGES,
  reader: READER_MESSAGES,
  entities: ENTITY_MESSAGES,
  highlights: HIGHLIGHT_MESSAGES,
  history: HISTORY_MESSAGES,
  library: LIBRARY_MESSAGES,
  transfer: TRANSFER_MESSAGES,
  notePanel: NOTE_PANEL_MESSAGES,
};

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `$1`..`$9` become `$ARG1$` with a placeholder, the form both browsers document. */
function toLocaleMessage(text: string): LocaleMessage {
  const numbers = [...new Set([...text.matchAll(/\$([1-9])/g)].map((match) => match[1]!))];
  if (numbers.length === 0) return { message: text };
  return {
    message: text.replace(/\$([1-9])/g, (_, n: string) => `$ARG${n}$`),
    placeholders: Object.fromEntries(numbers.map((n) => [`arg${n}`, { content: `$${n}` }])),
  };
}

export function localeFiles(): Record<Language, string> {
  const seen = new Map<string, string>();
  for (const [tableName, table] of Object.entries(STRING_TABLES)) {
    for (const key of Object.keys(table)) {
      const other = seen.get(key);
      if (other) throw new Error(`string key "${key}" is in both the ${other} and the ${tableName} tables`);
      seen.set(key, tableName);
    }
  }
  const files = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const messages: Record<string, LocaleMessage> = {};
    for (const table of Object.values(STRING_TABLES)) {
      for (const [key, texts] of Object.entries(table)) messages[key] = toLocaleMessage(texts[language]);
    }
    files[language] = `${JSON.stringify(messages, null, 2)}\n`;
  }
  return files;
}
