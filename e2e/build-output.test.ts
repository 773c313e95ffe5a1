/**
 * What the built extension makes every kompas.com page load, in both builds. The page's main thread compiles all of
 * it while the page starts, so it has a byte budget; the recogniser's model is a file fetched later, never script.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Script the content scripts load before any idle work: today about 66 KB. What only the reader, the highlights or
 * the recogniser use (their styles too) comes with their own code, later.
 */
const START_UP_SCRIPT_BUDGET_BYTES = 80 * 1024;
/** webextension-polyfill announces itself with this error when it is loaded outside an extension. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';
/**
 * The document-start script is evaluated while the page waits for its first parse, on every kompas.com page: today
 * about 24 KB, with the browser's own extension API instead of webextension-polyfill (30 KB of script).
 */
const DOCUMENT_START_BUDGET_BYTES = 28 * 1024;

interface Manifest {
  content_scripts: Array<{ js: string[]; run_at?: string }>;
}

/** Every file a content script loads at once: the listed files and what they import statically, transitively. */
function startUpScripts(root: string): Map<string, number> {
  const files = new Map<string, number>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    const source = readFileSync(join(root, file), 'utf8');
    files.set(file, Buffer.byteLength(source));
    for (const match of source.matchAll(/^\s*import\s(?:[^;]*?\sfrom\s*)?"(\.[^"]+)"/gm)) visit(join(dirname(file), match[1]!));
    // crxjs starts an ES-module content script from a small loader that imports the real entry by URL.
    for (const match of source.matchAll(/getURL\("\/?([^"]+\.js)"\)/g)) visit(match[1]!);
  };
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  for (const script of manifest.content_scripts) for (const file of script.js) visit(file);
  return files;
}

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

/** Every file a content script can ever load. */
const contentScripts = (root: string): Set<string> => reachableFrom(root, startUpScripts(root).keys());

/** Names only the recogniser's decoding has; the build keeps names (vite.config.ts: minify false). */
const RECOGNISER_MARKS = ['decodeModel(', 'prepareRecognizer('];

for (const target of ['chrome', 'firefox'] as const) {
  describe(`build output for ${target}`, () => {
    const root = resolve(`dist/${target}`);

    it('loads at most the start-up budget of script on a page, none of it webextension-polyfill', () => {
      const files = startUpScripts(root);
      assert.ok(files.size >= 3, `expected the clutter script, the loader and the entry, found ${[...files.keys()].join(', ')}`);
      const total = [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
      assert.ok(total <= START_UP_SCRIPT_BUDGET_BYTES, `${total} bytes at start-up: ${[...files].map(([f, b]) => `${f} ${b}`).join('; ')}`);
      // Content scripts use the browser's own API (extension/shared/native-extension-api.ts).
      for (const file of files.keys()) assert.ok(!readFileSync(join(root, file), 'utf8').includes(POLYFILL_MARK), `${file} bundles webextension-polyfill`);
    });

    it('keeps the document-start script small and free of webextension-polyfill', () => {
      const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
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
      const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest & {
        background: { service_worker?: string; scripts?: string[] };
        web_accessible_resources: Array<{ resources: string[] }>;
      };
      const pageScripts = contentScripts(root);
      assert.ok([...pageScripts].some((file) => /page-entities/.test(file)), `the entity code is reachable: ${[...pageScripts].join(', ')}`);
      for (const file of pageScripts) {
        const source = readFileSync(join(root, file), 'utf8');
        for (const mark of RECOGNISER_MARKS) assert.ok(!source.includes(mark), `${file}, loaded by pages, carries the recogniser (${mark})`);
      }
      const background = [...reachableFrom(root, [manifest.background.service_worker ?? manifest.background.scripts![0]!])];
      const carries = background.filter((file) => RECOGNISER_MARKS.every((mark) => readFileSync(join(root, file), 'utf8').includes(mark)));
      assert.equal(carries.length, 1, `the background carries the recogniser once: ${background.join(', ')}`);
      // No page may fetch the model: it is read by the background, from the extension's own origin.
      const exposed = manifest.web_accessible_resources.flatMap((entry) => entry.resources);
      assert.ok(!exposed.some((resource) => resource.includes('ner/')), `web-accessible: ${exposed.join(', ')}`);
    });

    it('ships the model as a file and in no script', () => {
      const model = readFileSync(resolve('src/ner/model.json'), 'utf8');
      assert.equal(readFileSync(join(root, 'ner/model.json'), 'utf8'), model);
      // A stretch of the weights, plain characters only (a script would spell it the same): no script may carry it.
      const { weights } = JSON.parse(model) as { weights: unknown };
      const sample = /[A-Za-z0-9+/]{64}/.exec(JSON.stringify(weights))?.[0];
      assert.ok(sample !== undefined, 'the weights hold a stretch of 64 plain characters');
      const scripts = readdirSync(join(root, 'assets')).filter((file) => file.endsWith('.js'));
      assert.ok(scripts.length > 0 && existsSync(join(root, 'assets', scripts[0]!)));
      for (const file of scripts) assert.ok(!readFileSync(join(root, 'assets', file), 'utf8').includes(sample), `${file} carries the model`);
    });
  });
}
