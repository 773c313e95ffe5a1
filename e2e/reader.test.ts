import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SPLIT_ARTICLE } from '../fixtures/articles.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { NON_ARTICLE_URL, PAGES, siteRoute, urlOf } from './site.ts';

const READER_BUTTON = 'kompas-reader-button >>> button';

/** Text of the open reader, read from its shadow root as assistive technology would. */
const readerText = (page: TestPage) =>
  page.evaluate(() => document.querySelector('kompas-reader-host')?.shadowRoot?.textContent ?? '');

const readerOpen = (page: TestPage) =>
  page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open' &&
    (document.querySelector('kompas-reader-host')?.shadowRoot?.textContent ?? '').length > 200);

/** Asserts that `texts` occur in `haystack`, each after the one before. */
function assertInOrder(haystack: string, texts: readonly string[]): void {
  const flat = haystack.replace(/\s+/g, ' ');
  let from = 0;
  for (const text of texts) {
    const at = flat.indexOf(text.replace(/\s+/g, ' '), from);
    assert.ok(at >= 0, `"${text.slice(0, 60)}…" appears after the paragraph before it`);
    from = at + text.length;
  }
}

for (const browserName of BROWSERS) {
  describe(`reader view in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    it('opens from the "Mode baca" button with both pages of a split article, and Esc gives the page back', async () => {
      const page = await suite.browser.newPage();
      try {
        const url = urlOf(PAGES.twoPages);
        const before = suite.server.requests.length;
        await page.goto(url);
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        const name = await page.evaluate(() =>
          document.querySelector('kompas-reader-button')!.shadowRoot!.querySelector('button')!.textContent?.trim());
        assert.equal(name, 'Mode baca');
        await page.click(READER_BUTTON);
        await readerOpen(page);

        const text = await readerText(page);
        assertInOrder(text, SPLIT_ARTICLE.paragraphs);
        assert.ok(!/Baca juga/i.test(text), 'no "Baca juga" link in the reader');
        assert.ok(!/JernihBerkomentar|lengkapi data dirimu|Dapatkan informasi dan insight/.test(text), 'no banner text');
        assert.equal(text.split(SPLIT_ARTICLE.paragraphs[0]!).length - 1, 1, 'the article is shown once');
        assert.match(text, /Sabtu, 17 Agustus 2024, 10:00 WIB/);

        const requested = suite.server.requests.slice(before);
        assert.ok(requested.some((request) => request.searchParams.get('page') === 'all'), 'the whole article was fetched');
        for (const request of requested) assert.equal(request.origin, new URL(url).origin, `${request.href} is same-origin`);

        // The lead image, lazy-loaded on the site, really loads in the reader.
        await page.waitFor(() => {
          const image = document.querySelector('kompas-reader-host')?.shadowRoot?.querySelector('figure img') as HTMLImageElement | null;
          return image !== null && image.complete && image.naturalWidth > 0;
        });

        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
        assert.equal(await page.evaluate(() => document.querySelector('kompas-reader-host')), null);
        assert.equal(await page.evaluate(() => document.querySelector('[data-fixture-paragraph]')!.checkVisibility()), true);
      } finally {
        await page.close();
      }
    });

    it('keeps a chosen theme across a reload', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.column));
        await page.click(READER_BUTTON);
        await readerOpen(page);
        await page.click('kompas-reader-host >>> input[name="theme"][value="dark"]');
        await page.waitFor(() =>
          document.querySelector('kompas-reader-host')?.shadowRoot?.querySelector('[data-theme]')?.getAttribute('data-theme') === 'dark');
        await page.reload();
        await page.click(READER_BUTTON);
        await readerOpen(page);
        const theme = await page.evaluate(() =>
          document.querySelector('kompas-reader-host')!.shadowRoot!.querySelector('[data-theme]')!.getAttribute('data-theme'));
        assert.equal(theme, 'dark');
        const checked = await page.evaluate(() =>
          (document.querySelector('kompas-reader-host')!.shadowRoot!.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement).checked);
        assert.equal(checked, true);
      } finally {
        await page.close();
      }
    });

    it('opens from the popup button', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.wrapped));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        const tabId = await tabIdOf(suite.browser, '*://regional.kompas.com/*');
        const popup = await suite.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
        try {
          await popup.click('#reader-toggle');
          await readerOpen(page);
          assertInOrder(await readerText(page), PAGES.wrapped.article.paragraphs);
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });

    it('offers no reader on a page that is not an article', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(NON_ARTICLE_URL);
        await page.waitFor(() => document.readyState === 'complete');
        // The content script runs at document_idle; give it a moment to decide.
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await page.evaluate(() => document.querySelector('kompas-reader-button')), null);
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-kompas-reader')), false);
      } finally {
        await page.close();
      }
    });
  });
}
