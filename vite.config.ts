import { readFileSync } from 'node:fs';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { NER_MODEL_FILE } from './extension/shared/extension-files.ts';
import { manifestFor, type Target } from './manifest.ts';

/**
 * The recogniser's model as a file of the extension, which the background fetches from the extension's own origin
 * when a page first asks for entities (extension/background/entity-recognition.ts), rather than compiling it as part
 * of a script.
 */
function nerModelFile(): Plugin {
  const omitted = '\0ner-model-omitted';
  return {
    name: 'ner-model-file',
    enforce: 'pre',
    // The recogniser's own import of the model (for Node) becomes null in the extension.
    resolveId(source, importer) {
      return source === './model.json' && importer?.replace(/\\/g, '/').endsWith('src/ner/recognize.ts') ? omitted : null;
    },
    load(id) {
      return id === omitted ? 'export default null;' : null;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NER_MODEL_FILE, source: readFileSync('src/ner/model.json') });
    },
  };
}

/** `vite build --mode chrome|firefox`: crxjs rewrites the background for one browser, so each gets its own build. */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'extension/public',
    plugins: [crx({ manifest: manifestFor(target), browser: target }), nerModelFile()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome120' : 'firefox142',
      // Store reviewers read the code; keep it legible.
      minify: false,
      // Vite's preload helper adds a <link rel="modulepreload"> to the document for every dependency of a dynamic
      // import. In a content script that document is the page's: it would show every site the extension's id and
      // files, and change the DOM the extension promises to leave alone. The chunks' own imports load them anyway.
      modulePreload: false,
      sourcemap: false,
      // The note panel is a page the content script frames, listed only as a web-accessible resource, which crxjs
      // copies but does not build: name it as an input.
      rollupOptions: { input: { 'note-panel': 'extension/note-panel/index.html' } },
    },
  };
});
