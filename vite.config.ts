import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_PART_FILES, NER_MODEL_FILE } from './extension/shared/extension-files.ts';
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

/**
 * The article content script's later parts (extension/content/parts), each one self-contained classic script that the
 * background injects with `scripting.executeScript`: a module chunk could only be loaded by the content script from
 * a web-accessible address, which any page could probe to learn the extension is installed. Each part bundles its
 * own copy of what it uses; state the parts share lives in the content scripts' world (extension/shared/isolated-world.ts).
 */
function contentParts(target: string): Plugin {
  return {
    name: 'content-parts',
    apply: 'build',
    async generateBundle() {
      for (const [part, fileName] of Object.entries(CONTENT_PART_FILES)) {
        const result = await esbuild({
          entryPoints: [`extension/content/parts/${part}.part.ts`],
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target,
          jsx: 'automatic',
          jsxImportSource: 'preact',
          // As the rest of the build: legible for store reviewers, licences kept.
          minify: false,
          legalComments: 'eof',
          charset: 'utf8',
          // Module paths as the project names them (node_modules may be a link to a shared install): the comments
          // naming each bundled module, and so the files, are then the same in every checkout.
          preserveSymlinks: true,
          write: false,
          logLevel: 'warning',
        });
        const [script] = result.outputFiles;
        if (!script) throw new Error(`the ${part} part built to nothing`);
        this.emitFile({ type: 'asset', fileName, source: script.text });
      }
    },
  };
}

/**
 * crxjs lists the chunks of module content scripts as web-accessible at a fixed address; there are none now, and
 * what is left (the note panel) must change address every session in Chrome. crxjs writes the manifest at the end
 * of the bundle, so it is checked, and corrected, once written.
 */
function webAccessibleAtDynamicAddresses(target: Target, outDir: string): Plugin {
  return {
    name: 'web-accessible-at-dynamic-addresses',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }> };
      const entries = manifest.web_accessible_resources ?? [];
      const scripts = entries.flatMap((entry) => entry.resources).filter((resource) => /\.m?js$/.test(resource));
      if (scripts.length > 0) throw new Error(`scripts would be web-accessible: ${scripts.join(', ')}`);
      if (target === 'chrome') for (const entry of entries) entry.use_dynamic_url = true;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** `vite build --mode chrome|firefox`: crxjs rewrites the background for one browser, so each gets its own build. */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = `dist/${target}`;
  const browserTarget = target === 'chrome' ? 'chrome120' : 'firefox142';
  return {
    publicDir: 'extension/public',
    plugins: [
      crx({
        manifest: manifestFor(target),
        browser: target,
        // The start-up script as one classic script too: as an ES module, crxjs would start it from a loader that
        // imports it, and its chunks, from web-accessible addresses.
        contentScripts: { standaloneFiles: ['extension/content/article.ts'] },
      }),
      nerModelFile(),
      contentParts(browserTarget),
      webAccessibleAtDynamicAddresses(target, outDir),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: browserTarget,
      // Store reviewers read the code; keep it legible.
      minify: false,
      // Vite's preload helper adds a <link rel="modulepreload"> to the document for every dependency of a dynamic
      // import. The content scripts import nothing dynamically today (their parts are injected), but in a content
      // script that document would be the page's, showing it the extension's id and files: the helper stays off.
      modulePreload: false,
      sourcemap: false,
      // The note panel is a page the content script frames, listed only as a web-accessible resource, which crxjs
      // copies but does not build: name it as an input.
      // The saved-article page is opened by the library only (not listed in the manifest, not web-accessible).
      rollupOptions: { input: { 'note-panel': 'extension/note-panel/index.html', saved: 'extension/saved/index.html' } },
    },
  };
});
