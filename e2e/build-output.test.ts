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
