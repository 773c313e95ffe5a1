/**
 * Writes the page stylesheet the manifest injects (extension/content/page-styles.css) from the modules that define
 * the look of highlights, or with `--check` only says whether the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PAGE_STYLESHEET_PATH, pageStylesheet } from '../extension/content/page-stylesheet.ts';

const content = pageStylesheet();
let current = '';
try {
  current = readFileSync(PAGE_STYLESHEET_PATH, 'utf8');
} catch {
  // A missing file is out of date.
}
if (current === content) process.exit(0);
if (process.argv.includes('--check')) {
  console.error(`${PAGE_STYLESHEET_PATH} is out of date: run npm run styles`);
  process.exit(1);
}
writeFileSync(PAGE_STYLESHEET_PATH, content);
console.log(`wrote ${PAGE_STYLESHEET_PATH}`);
