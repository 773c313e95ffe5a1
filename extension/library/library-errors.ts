/** A failed request worded for the reader: known causes in their own words, the rest with the background's message. */
import { importErrorMessage } from '../../src/notes/import.ts';
import type { LibraryStrings } from './library-messages.ts';
import type { NotesFailure, UiLanguage } from './notes-port.ts';
import type { EditProblem } from './format.ts';

export function failureText(failure: NotesFailure, strings: LibraryStrings, language: UiLanguage): string {
  switch (failure.code) {
    case 'quota-exceeded':
      return strings('libraryErrorQuota');
    case 'not-found':
      return strings('libraryErrorNotFound');
    case 'unreachable':
      return strings('libraryErrorUnreachable');
    case 'invalid-import':
      return strings('libraryImportFailed', failure.importError ? importErrorMessage(failure.importError, language) : failure.message);
    case 'invalid-message':
    case 'not-allowed':
      return strings('libraryErrorInvalid', failure.message);
    case 'rate-limited':
      return strings('libraryErrorRateLimited');
    case 'storage-failed':
      return strings('libraryErrorStorage', failure.message);
  }
}

export function editProblemText(problem: EditProblem, strings: LibraryStrings): string {
  switch (problem.kind) {
    case 'note-too-long':
      return strings('libraryNoteTooLong', problem.max);
    case 'too-many-tags':
      return strings('libraryTooManyTags', problem.max);
    case 'tag-too-long':
      return strings('libraryTagTooLong', problem.max);
  }
}
