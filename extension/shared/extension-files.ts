/** Files of the built extension that its code fetches by path. */

/**
 * The recogniser's model: the build copies `src/ner/model.json` here (vite.config.ts). The background reads it; it is
 * not web-accessible, so no page can fetch it or learn from it that the extension is installed.
 */
export const NER_MODEL_FILE = 'ner/model.json';
