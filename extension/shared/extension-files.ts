/** Files of the built extension that its code reads or injects by path. */
import type { ContentPartName } from '../../src/messages/content-part-request.ts';

/**
 * The recogniser's model: the build copies `src/ner/model.json` here (vite.config.ts). The background reads it; it is
 * not web-accessible, so no page can fetch it or learn from it that the extension is installed.
 */
export const NER_MODEL_FILE = 'ner/model.json';

/**
 * The content script's later parts, each one self-contained classic script that the build writes here
 * (vite.config.ts) and the background injects on the content script's request. None is web-accessible.
 */
export const CONTENT_PART_FILES = {
  notes: 'content-parts/notes.js',
  entities: 'content-parts/entities.js',
  reader: 'content-parts/reader.js',
} as const satisfies Record<ContentPartName, string>;

/** The library (the options page, manifest.json `options_ui`). */
export const LIBRARY_PAGE = 'extension/library/index.html';

/**
 * The library's page of one entity: the library reads the `#entity=` hash. Opened by the background for content
 * scripts, which cannot open extension pages (nothing of the extension is web-accessible).
 */
export const libraryEntityPath = (key: string): string => `${LIBRARY_PAGE}#entity=${encodeURIComponent(key)}`;
