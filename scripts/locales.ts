/**
 * Builds `_locales/{id,en}/messages.json` from the string tables each part of the UI keeps beside its code, and
 * checks that the files on disk match them (`--check`, used by the tests' twin in extension/shared).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { localeFiles } from '../extension/shared/locale-files.ts';

const check = process.argv.includes('--check');
let stale = 0;
for (const [language, content] of Object.entries(localeFiles())) {
  const path = `extension/public/_locales/${language}/messages.json`;
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is stale.
  }
  if (current === content) continue;
  stale++;
  if (check) console.error(`${path} is out of date: run npm run locales`);
  else {
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
}
process.exit(check && stale > 0 ? 1 : 0);
