/**
 * Builds `_locales/{id,en}/messages.json` from the string tables each part of the UI keeps beside its code, and
 * checks that the files on disk match them (`--check`, used by the tests' twin in extension/shared).
 */
import { localeFiles } from '../extension/shared/locale-files.ts';
import { updateGeneratedFiles } from './generated-files.ts';

updateGeneratedFiles(
  Object.fromEntries(Object.entries(localeFiles()).map(([language, content]) => [`extension/public/_locales/${language}/messages.json`, content])),
  'npm run locales',
);
