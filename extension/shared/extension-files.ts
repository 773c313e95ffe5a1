/** Files of the built extension that code fetches by path; the manifest lists them as web-accessible resources. */

/** The recogniser's model: the build copies `src/ner/model.json` here (vite.config.ts). */
export const NER_MODEL_FILE = 'ner/model.json';
