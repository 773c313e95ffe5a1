import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { manifestFor, type Target } from './manifest.ts';

/** `vite build --mode chrome|firefox`: crxjs rewrites the background for one browser, so each gets its own build. */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'extension/public',
    plugins: [crx({ manifest: manifestFor(target), browser: target })],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'chrome' ? 'chrome120' : 'firefox142',
      // Store reviewers read the code; keep it legible.
      minify: false,
      sourcemap: false,
      // The note panel is a page the content script frames, listed only as a web-accessible resource, which crxjs
      // copies but does not build: name it as an input.
      rollupOptions: { input: { 'note-panel': 'extension/note-panel/index.html' } },
    },
  };
});
