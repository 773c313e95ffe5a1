/**
 * How the library and the note panel reach the highlights database: through an injected client whose `request` is
 * `requestNotes` in the extension and a function over a real `NotesService` in tests. Only types come from
 * `notes-client.ts` here, so the components load without the extension API.
 */
import type { NotesRequestError, requestNotes } from '../shared/notes-client.ts';
import type { ImportError } from '../../src/notes/import.ts';

export interface NotesClient {
  /** Resolves to the typed reply, or rejects with a `NotesRequestError`. */
  request: typeof requestNotes;
}

/** What a failed request tells the UI. */
export interface NotesFailure {
  code: NotesRequestError['code'];
  /** English, for logs and the "invalid" wording; the UI words known codes itself. */
  message: string;
  importError?: ImportError;
}

/**
 * Reads a rejection as a notes failure. Anything that is not a `NotesRequestError` (a bug, a file that could not be
 * read) counts as `storage-failed` with its own message, so nothing is ever swallowed.
 */
export function notesFailure(error: unknown): NotesFailure {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    const { code, message, importError } = error as NotesRequestError;
    return { code, message: String(message ?? ''), ...(importError ? { importError } : {}) };
  }
  return { code: 'storage-failed', message: error instanceof Error ? error.message : String(error) };
}

/** The reader's language as the UI strings are chosen: English for English browsers, Indonesian (the default) else. */
export type UiLanguage = 'id' | 'en';

export function uiLanguage(browserLanguage: string): UiLanguage {
  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'id';
}
