/**
 * Highlighting inside the reader, as a reader does it: the real mouse selects words in the reader's (closed) shadow
 * root, the toolbar appears, "Catatan" makes a highlight and opens its note, the note is typed and saved. The
 * highlight and its note are back after a reload, in the reader and on the page, and the library lists them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const ARTICLE = PAGES.column;
const NOTE = 'Catatan dalam mode baca 4471';
const READER = 'kompas-reader-host';

async function openReader(page: TestPage): Promise<void> {
  await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
  await page.clickInShadow('kompas-reader-button', 'button');
  await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
  await page.waitForInShadow(READER, (root) => root.querySelectorAll('.content p').length > 2);
}

/** A run of words from the reader's second paragraph. */
async function readerQuote(page: TestPage): Promise<string> {
  const text = await page.evaluateInShadow(READER, (root) => root.querySelectorAll('.content p')[1]!.textContent ?? '');
  const quote = text.trim().split(/\s+/).slice(1, 6).join(' ');
  assert.ok(quote.length > 12 && text.includes(quote), `a quote from "${text}"`);
  return quote;
}

const readerHighlights = (page: TestPage) =>
  page.evaluateInShadow(READER, (root) =>
    Array.from(root.querySelectorAll('teman-baca-highlight'), (element) => ({
      text: element.textContent ?? '',
      hasNote: element.hasAttribute('data-has-note'),
    })));

for (const browserName of BROWSERS) {
  describe(`highlighting in the reader in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());
    let quote = '';

    it('selects words in the reader with the mouse, and "Catatan" keeps a highlight with its note', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        await openReader(page);
        quote = await readerQuote(page);
        await page.selectText({ hosts: READER, within: '.content p:nth-of-type(2)' }, quote);
        await page.waitFor(() => document.querySelector('teman-baca-toolbar') !== null);
        await page.clickInShadow('teman-baca-toolbar', 'button[data-action="note"]');
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        await page.waitForInShadow(READER, (root) => root.querySelector('teman-baca-highlight') !== null);
        // The panel takes focus in its note field once it has its note: type, then Ctrl+Enter saves.
        await new Promise((resolve) => setTimeout(resolve, 600));
        await page.type(NOTE);
        await page.press('Control+Enter');
        await page.waitForInShadow(READER, (root) => root.querySelector('teman-baca-highlight[data-has-note]') !== null);
        const drawn = await readerHighlights(page);
        assert.equal(drawn.map((piece) => piece.text).join(''), quote);
      } finally {
        await page.close();
      }
    });

    it('draws it again after a reload, in the reader and on the page, and the library lists it with its note', async () => {
      assert.ok(quote.length > 0, 'the first test made the highlight');
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-highlight[data-has-note]') !== null);
        const onPage = await page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join(''));
        assert.equal(onPage.replace(/\s+/g, ' '), quote);
        await openReader(page);
        await page.waitForInShadow(READER, (root) => root.querySelector('teman-baca-highlight[data-has-note]') !== null);
        assert.equal((await readerHighlights(page)).map((piece) => piece.text).join(''), quote);
      } finally {
        await page.close();
      }
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      try {
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
        const item = await library.evaluate(() => document.querySelector('[data-testid="library-highlight"]')!.textContent ?? '');
        assert.ok(item.includes(quote) && item.includes('4471'), item);
      } finally {
        await library.close();
      }
    });
  });
}
