import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXTENSION_PROPERTY } from '../src/notes/export.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { extensionReferencesInPage, PAGES, siteRoute, styleElementsAdded, urlOf } from './site.ts';

const QUOTE = 'India hanya menerbitkan ringkasan pertemuan';
/** The names in QUOTE, which the background's recogniser finds and the highlight keeps. */
const QUOTE_ENTITIES = ['India'];
const NOTE = 'Catatan pribadi 7319: cek ulang sumber ringkasan ini';
const ARTICLE = PAGES.siblings;

/** The article's second paragraph, where a reader drags over the quote. */
const QUOTE_PARAGRAPH = { within: '[data-fixture-paragraph="1"]' };

const highlightedText = (page: TestPage) =>
  page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (element) => element.textContent).join(''));

/** A page script looking for text everywhere it can reach: the DOM, open shadow roots, attributes, same-origin frames. */
function pageCanFind(needle: string): boolean {
  const seen = new Set<Node>();
  const search = (root: Document | ShadowRoot | Element): boolean => {
    if (seen.has(root)) return false;
    seen.add(root);
    const text = root instanceof Document ? root.documentElement.textContent : root.textContent;
    if ((text ?? '').includes(needle)) return true;
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) if (attribute.value.includes(needle)) return true;
      if (element.shadowRoot && search(element.shadowRoot)) return true;
      if (element instanceof HTMLIFrameElement) {
        try {
          if (element.contentDocument && search(element.contentDocument)) return true;
        } catch {
          // Cross-origin frame: a page script cannot read it either.
        }
      }
    }
    return false;
  };
  return search(document);
}

for (const browserName of BROWSERS) {
  describe(`highlights and notes in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());
    let exported = '';

    it('highlights a selection with "Sorot", and the highlight is back after a reload', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        // The highlights' code has loaded, just after the page's first task, once its live regions are in place; the
        // toolbar itself joins the page only when there is a selection to offer it for.
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        assert.equal(await page.evaluate(() => document.querySelector('teman-baca-toolbar')), null);
        await page.selectText(QUOTE_PARAGRAPH, QUOTE);
        await page.clickInShadow('teman-baca-toolbar', 'button[data-action="highlight"]');
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await highlightedText(page), QUOTE);

        await page.reload();
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await highlightedText(page), QUOTE);
        assert.equal(await page.evaluate(() => document.querySelector('teman-baca-highlight')!.getAttribute('data-colour')), 'yellow');
        // Painted by the stylesheet the manifest injects; none is added to the loaded page.
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('teman-baca-highlight')!).backgroundColor), 'rgb(255, 241, 168)');
        assert.deepEqual(await page.evaluate(styleElementsAdded), []);
        assert.deepEqual(await page.evaluate(extensionReferencesInPage), []);
      } finally {
        await page.close();
      }
    });

    it('keeps a note in the extension: saved from the note panel, unreadable by the page', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        await page.click('teman-baca-highlight');
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        // The panel takes focus in its note field: type, then Ctrl+Enter saves.
        await new Promise((resolve) => setTimeout(resolve, 500));
        await page.type(NOTE);
        await page.press('Control+Enter');
        await page.waitFor(() => document.querySelector('teman-baca-highlight[data-has-note]') !== null);
        assert.equal(await page.evaluate(pageCanFind, NOTE), false, 'the note text is nowhere in the page');
        assert.equal(await page.evaluate(pageCanFind, QUOTE), true, 'the search itself does find page text');
      } finally {
        await page.close();
      }
    });

    it('opens the article scrolled to a highlight from its library link', async () => {
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      let link = '';
      try {
        await library.waitFor(() => document.querySelector('[data-testid="library-open"]') !== null);
        link = await library.evaluate(() => (document.querySelector('[data-testid="library-open"]') as HTMLAnchorElement).href);
      } finally {
        await library.close();
      }
      assert.match(link, /#teman-baca=[0-9a-f-]{36}$/);
      const page = await suite.browser.newPage();
      try {
        // The link names the canonical https address; the test site serves the article over http.
        await page.goto(link.replace(/^https:/, 'http:'));
        await page.waitFor(() => document.querySelector('teman-baca-highlight.teman-baca-flash') !== null);
        const inView = await page.evaluate(() => {
          const rect = document.querySelector('teman-baca-highlight')!.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= innerHeight;
        });
        assert.equal(inView, true);
      } finally {
        await page.close();
      }
    });

    it('lists and finds the highlight in the library, and exports it', async () => {
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      try {
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
        const item = await library.evaluate(() => document.querySelector('[data-testid="library-highlight"]')!.textContent ?? '');
        assert.ok(item.includes(QUOTE), item);
        assert.ok(item.includes('7319'), 'the note is shown in the library');

        await library.click('[data-testid="library-search"]');
        await library.type('tidakadasamasekali');
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') === null);
        await library.press('Control+A');
        await library.type('ringkasan');
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);

        // Catch the download the export button starts, and read the file it would save.
        await library.evaluate(() => {
          const scope = window as unknown as { __download?: Promise<{ name: string; text: string }> };
          const click = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            if (this.download) scope.__download = fetch(this.href).then(async (response) => ({ name: this.download, text: await response.text() }));
            else click.call(this);
          };
        });
        await library.click('[data-testid="export-json"]');
        await library.waitFor(() => (window as unknown as { __download?: unknown }).__download !== undefined);
        const file = await library.evaluate(() => (window as unknown as { __download: Promise<{ name: string; text: string }> }).__download);
        assert.match(file.name, /\.jsonld?$/);
        const collection = JSON.parse(file.text) as { '@context': unknown; first?: { items?: unknown[] } };
        assert.ok(JSON.stringify(collection['@context']).includes('http://www.w3.org/ns/anno.jsonld'));
        assert.ok(file.text.includes(QUOTE) && file.text.includes('7319'));
        const [exportedItem] = (collection.first?.items ?? []) as Array<Record<string, { entities?: unknown }>>;
        assert.deepEqual(exportedItem?.[EXTENSION_PROPERTY]?.entities, QUOTE_ENTITIES);
        exported = file.text;
      } finally {
        await library.close();
      }
    });

    describe('a fresh profile', () => {
      const fresh = useBrowser(browserName, siteRoute());
      let folder = '';
      before(async () => {
        folder = await mkdtemp(join(tmpdir(), 'kompas-import-'));
      });
      after(async () => {
        await rm(folder, { recursive: true, force: true });
      });

      it('imports the exported file, and the highlight and its note come back on the article', async () => {
        assert.ok(exported.length > 0, 'the export test ran first');
        const path = join(folder, 'sorotan.jsonld');
        await writeFile(path, exported);
        const library = await fresh.browser.openExtensionPage('extension/library/index.html');
        try {
          await library.uploadFile('[data-testid="import-file"]', path);
          await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
          const item = await library.evaluate(() => document.querySelector('[data-testid="library-highlight"]')!.textContent ?? '');
          assert.ok(item.includes('7319'));
        } finally {
          await library.close();
        }
        const page = await fresh.browser.newPage();
        try {
          await page.goto(urlOf(ARTICLE));
          await page.waitFor(() => document.querySelector('teman-baca-highlight[data-has-note]') !== null);
          assert.equal(await highlightedText(page), QUOTE);
        } finally {
          await page.close();
        }
      });

      it('lists a highlight whose text is gone from the article as not found, and keeps it', async () => {
        const library = await fresh.browser.openExtensionPage('extension/library/index.html');
        try {
          const saved = await library.evaluate(async (url) => {
            type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ highlight?: { id: string } }> } };
            const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
            const reply = await (scope.browser ?? scope.chrome).runtime.sendMessage({
              type: 'notes/save',
              highlight: {
                articleUrl: url,
                title: 'Menlu Bertemu di Sela Pertemuan G20 di New Delhi',
                section: 'Internasional',
                colour: 'green',
                selectors: [
                  { type: 'TextQuoteSelector', exact: 'kalimat yang sudah dihapus redaksi', prefix: '', suffix: '' },
                  { type: 'TextPositionSelector', start: 5000, end: 5034 },
                ],
              },
            });
            return reply.highlight?.id ?? '';
          }, urlOf(ARTICLE));
          assert.match(saved, /^[0-9a-f-]{36}$/);
        } finally {
          await library.close();
        }
        const page = await fresh.browser.newPage();
        try {
          await page.goto(urlOf(ARTICLE));
          await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
          const tabId = await tabIdOf(fresh.browser, '*://internasional.kompas.com/*');
          const popup = await fresh.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
          try {
            await popup.waitFor(() => document.querySelector('[data-testid="highlights-not-found"]') !== null);
            const listed = await popup.evaluate(() => document.querySelector('[data-testid="highlights-not-found"]')!.textContent ?? '');
            assert.match(listed, /kalimat yang sudah dihapus redaksi/);
          } finally {
            await popup.close();
          }
        } finally {
          await page.close();
        }
        const again = await fresh.browser.openExtensionPage('extension/library/index.html');
        try {
          await again.waitFor(() => document.querySelectorAll('[data-testid="library-highlight"]').length === 2);
        } finally {
          await again.close();
        }
      });

      it('refuses a broken file with a clear message and changes nothing', async () => {
        const path = join(folder, 'rusak.json');
        await writeFile(path, '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "items": [{"type": "Annotation"}]}');
        const library = await fresh.browser.openExtensionPage('extension/library/index.html');
        try {
          await library.waitFor(() => document.querySelectorAll('[data-testid="library-highlight"]').length === 2);
          await library.uploadFile('[data-testid="import-file"]', path);
          // The status first says the import is under way, then why the file was refused.
          await library.waitFor(() => /anotasi|annotation/i.test(document.querySelector('[data-testid="library-status"]')?.textContent ?? ''));
          const status = await library.evaluate(() => document.querySelector('[data-testid="library-status"]')!.textContent ?? '');
          assert.match(status, /anotasi 1|annotation 1/i);
          assert.equal(await library.evaluate(() => document.querySelectorAll('[data-testid="library-highlight"]').length), 2);
        } finally {
          await library.close();
        }
      });
    });
  });
}
