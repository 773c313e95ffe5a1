/**
 * Writes the page stylesheet the manifest injects (extension/content/page-styles.css) from the modules that define
 * the look of highlights, or with `--check` only says whether the file is out of date.
 */
import { PAGE_STYLESHEET_PATH, pageStylesheet } from '../extension/content/page-stylesheet.ts';
import { updateGeneratedFiles } from './generated-files.ts';

updateGeneratedFiles({ [PAGE_STYLESHEET_PATH]: pageStylesheet() }, 'npm run styles');
