/**
 * What the built extension makes every kompas.com page load, in both builds. The page's main thread compiles all of
 * it while the page starts, so it has a byte budget; the recogniser's model is a file fetched later, never script.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Script the content scripts load before any idle work: today about 69 KB, two classic scripts. What only the reader,
 * the highlights or the page's entities use (their styles too) comes later, in the parts the background injects.
 */
const START_UP_SCRIPT_BUDGET_BYTES = 80 * 1024;
/** webextension-polyfill announces itself with this error when it is loaded outside an extension. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';
/**
 * The document-start script is evaluated while the page waits for its first parse, on every kompas.com page: today
 * about 24 KB, with the browser's own extension API instead of webextension-polyfill (30 KB of script).
 */
const DOCUMENT_START_BUDGET_BYTES = 28 * 1024;
/** A module's own imports and exports, which a classic script (a content script, or a file `executeScript` runs) cannot have. */
const MODULE_SYNTAX = /^[ \t]*(?:import(?:\s*[{*"']|\s+[\w$])|export\s)|\bimport\(/m;

interface Manifest {
  content_scripts: Array<{ js: string[]; run_at?: string }>;
  background: { service_worker?: string; scripts?: string[] };
  web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
}

const readManifest = (root: string): Manifest => JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;

/** Every file the scripts `entries` can ever load: what they import at once, and the chunks they import on demand. */
function reachableFrom(root: string, entries: Iterable<string>): Set<string> {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(/(?:^\s*import\s(?:[^;]*?\sfrom\s*)?|\bimport\()["'](\.[^"']+)["']/gm)) visit(join(dirname(file), match[1]!));
    for (const match of source.matchAll(/getURL\("\/?([^"]+\.js)"\)/g)) visit(match[1]!);
  };
  for (const file of entries) visit(file);
  return files;
}

/** Every file the manifest's content scripts load at once, with its size: the listed files, and whatever they import. */
function startUpScripts(root: string): Map<string, number> {
  const listed = readManifest(root).content_scripts.flatMap((script) => script.js);
  return new Map([...reachableFrom(root, listed)].map((file) => [file, statSync(join(root, file)).size]));
}

/** The background's own code: the service worker, or Firefox's background scripts, and what they import. */
function backgroundScripts(root: string): Set<string> {
  const { background } = readManifest(root);
  return reachableFrom(root, background.service_worker ? [background.service_worker] : background.scripts ?? []);
}

/**
 * The content script's later parts: the files the background can inject into a page (`executeScript` takes them by
 * their path in the package, which the background's code spells out).
 */
function contentParts(root: string): Set<string> {
  const parts = new Set<string>();
  for (const file of backgroundScripts(root)) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/["'](content-parts\/[\w-]+\.js)["']/g)) parts.add(match[1]!);
  }
  return parts;
}

/** Every file a content script can ever load: the start-up scripts, and the parts the background injects. */
const contentScripts = (root: string): Set<string> => new Set([...startUpScripts(root).keys(), ...contentParts(root)]);

/** Every script in the package, whatever loads it. */
const allScripts = (root: string): string[] =>
  (readdirSync(root, { recursive: true }) as string[]).filter((file) => /\.m?js$/.test(file)).map((file) => file.replace(/\\/g, '/'));

/** Names only the recogniser's decoding has; the build keeps names (vite.config.ts: minify false). */
const RECOGNISER_MARKS = ['decodeModel(', 'prepareRecognizer('];

for (const target of ['chrome', 'firefox'] as const) {
  describe(`build output for ${target}`, () => {
    const root = resolve(`dist/${target}`);

    it('loads at most the start-up budget of script on a page, none of it webextension-polyfill', () => {
      const files = startUpScripts(root);
      // The document-start script and the article script, each whole: a module would need web-accessible chunks.
      assert.equal(files.size, 2, `expected the clutter script and the article script, found ${[...files.keys()].join(', ')}`);
      const total = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
      assert.ok(total <= START_UP_SCRIPT_BUDGET_BYTES, `${total} bytes at start-up: ${[...files].map(([f, b]) => `${f} ${b}`).join('; ')}`);
      // Content scripts use the browser's own API (extension/shared/native-extension-api.ts).
      for (const file of files.keys()) {
        const source = readFileSync(join(root, file), 'utf8');
        assert.ok(!source.includes(POLYFILL_MARK), `${file} bundles webextension-polyfill`);
        assert.doesNotMatch(source, MODULE_SYNTAX, `${file} imports or exports, which a classic script cannot`);
      }
    });

    it('keeps the document-start script small and free of webextension-polyfill', () => {
      const manifest = readManifest(root);
      const early = manifest.content_scripts.filter((script) => script.run_at === 'document_start').flatMap((script) => script.js);
      assert.ok(early.length > 0, 'a content script runs at document_start');
      for (const file of early) {
        const source = readFileSync(join(root, file), 'utf8');
        assert.ok(Buffer.byteLength(source) <= DOCUMENT_START_BUDGET_BYTES, `${file}: ${Buffer.byteLength(source)} bytes`);
        assert.ok(!source.includes(POLYFILL_MARK), `${file} bundles webextension-polyfill`);
        assert.doesNotMatch(source, /^\s*import\s/m, `${file} imports other modules, which a classic script cannot`);
      }
    });

    it('keeps the recogniser in the background, out of every script a page loads', () => {
      const manifest = readManifest(root);
      const pageScripts = contentScripts(root);
      // esbuild names each bundled module in a comment (vite.config.ts: minify false).
      const entityCode = [...pageScripts].filter((file) => readFileSync(join(root, file), 'utf8').includes('// extension/content/page-entities.ts'));
      assert.deepEqual(entityCode, ['content-parts/entities.js'], `the page's entity code is in its part: ${[...pageScripts].join(', ')}`);
      for (const file of pageScripts) {
        const source = readFileSync(join(root, file), 'utf8');
        for (const mark of RECOGNISER_MARKS) assert.ok(!source.includes(mark), `${file}, loaded by pages, carries the recogniser (${mark})`);
      }
      const background = [...backgroundScripts(root)];
      const carries = background.filter((file) => RECOGNISER_MARKS.every((mark) => readFileSync(join(root, file), 'utf8').includes(mark)));
      assert.equal(carries.length, 1, `the background carries the recogniser once: ${background.join(', ')}`);
      // No page may fetch the model: it is read by the background, from the extension's own origin.
      const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
      assert.ok(!exposed.some((resource) => resource.includes('ner/')), `web-accessible: ${exposed.join(', ')}`);
    });

    it('ships the model as a file and in no script', () => {
      const model = readFileSync(resolve('src/ner/model.json'), 'utf8');
      assert.equal(readFileSync(join(root, 'ner/model.json'), 'utf8'), model);
      // A stretch of the weights, plain characters only (a script would spell it the same): no script may carry it.
      const { weights } = JSON.parse(model) as { weights: unknown };
      const sample = /[A-Za-z0-9+/]{64}/.exec(JSON.stringify(weights))?.[0];
      assert.ok(sample !== undefined, 'the weights hold a stretch of 64 plain characters');
      const scripts = allScripts(root);
      assert.ok(scripts.some((file) => file.startsWith('content-parts/')) && scripts.some((file) => file.startsWith('assets/')), scripts.join(', '));
      for (const file of scripts) assert.ok(!readFileSync(join(root, file), 'utf8').includes(sample), `${file} carries the model`);
    });

    it('makes no script web-accessible: the content script\'s parts are injected by the background, as classic scripts', () => {
      const manifest = readManifest(root);
      const entries = manifest.web_accessible_resources ?? [];
      const exposed = entries.flatMap((entry) => entry.resources);
      assert.deepEqual(exposed, ['extension/note-panel/index.html'], `web-accessible: ${exposed.join(', ')}`);
      assert.ok(!exposed.some((resource) => /\.m?js$|\*/.test(resource)), `web-accessible: ${exposed.join(', ')}`);
      // Chrome serves what is web-accessible at a fixed address unless told otherwise; Firefox's differ per install.
      if (target === 'chrome') for (const entry of entries) assert.equal(entry.use_dynamic_url, true, JSON.stringify(entry));
      const parts = [...contentParts(root)].sort();
      assert.deepEqual(parts, ['content-parts/entities.js', 'content-parts/notes.js', 'content-parts/reader.js']);
      for (const part of parts) assert.doesNotMatch(readFileSync(join(root, part), 'utf8'), MODULE_SYNTAX, `${part} is not a classic script`);
      // The reader and the entity panel it shows render with one Preact: they are one part.
      const preact = parts.filter((part) => /\/\/ \S*node_modules\/preact\/dist\/preact\.m?js\n/.test(readFileSync(join(root, part), 'utf8')));
      assert.deepEqual(preact, ['content-parts/reader.js']);
    });
  });
}
