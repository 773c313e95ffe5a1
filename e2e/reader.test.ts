import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SPLIT_ARTICLE } from '../fixtures/articles.ts';
import type { ExtensionBrowser, TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { NON_ARTICLE_URL, PAGES, siteRoute, urlOf } from './site.ts';

const READER = 'kompas-reader-host';

/** Clicks the floating "Mode baca" button, as a reader would. */
const clickReaderButton = (page: TestPage) => page.clickInShadow('kompas-reader-button', 'button');

/** Text of the open reader, read from its shadow root as assistive technology would. */
const readerText = (page: TestPage) => page.evaluateInShadow(READER, (root) => root.textContent ?? '');

const readerOpen = async (page: TestPage) => {
  await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
  await page.waitForInShadow(READER, (root) => (root.textContent ?? '').length > 200);
};

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

/**
 * With `page` on an article of `host`, turns "always open in the reader" on from the popup, runs `during`, and turns
 * it off again.
 */
async function withAutoOpen(browser: ExtensionBrowser, page: TestPage, host: string, during: () => Promise<void>): Promise<void> {
  await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
  const tabId = await tabIdOf(browser, `*://${host}/*`);
  const popup = await browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  const setAutoOpen = async (on: boolean) => {
    await popup.click('#reader-auto-switch');
    await popup.waitFor((want) => (document.getElementById('reader-auto-switch') as HTMLInputElement).checked === want, on);
  };
  try {
    await setAutoOpen(true);
    await during();
    await setAutoOpen(false);
  } finally {
    await popup.close();
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
        const name = await page.evaluateInShadow('kompas-reader-button', (root) => root.querySelector('button')!.textContent?.trim());
        assert.equal(name, 'Mode baca');
        await clickReaderButton(page);
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
        await page.waitForInShadow(READER, (root) => {
          const image = root.querySelector('figure img') as HTMLImageElement | null;
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
        await clickReaderButton(page);
        await readerOpen(page);
        await page.clickInShadow(READER, 'input[name="theme"][value="dark"]');
        await page.waitForInShadow(READER, (root) => root.querySelector('[data-theme]')?.getAttribute('data-theme') === 'dark');
        await page.reload();
        await clickReaderButton(page);
        await readerOpen(page);
        const theme = await page.evaluateInShadow(READER, (root) => root.querySelector('[data-theme]')!.getAttribute('data-theme'));
        assert.equal(theme, 'dark');
        const checked = await page.evaluateInShadow(READER, (root) =>
          (root.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement).checked);
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

    it('opens every article in the reader at once when the setting is on', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.split));
        await withAutoOpen(suite.browser, page, 'nasional.kompas.com', async () => {
          await page.goto(urlOf(PAGES.wrapped));
          await readerOpen(page);
          assertInOrder(await readerText(page), PAGES.wrapped.article.paragraphs);
        });
        await page.reload();
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-kompas-reader')), false);
      } finally {
        await page.close();
      }
    });

    it('asks first on an article the site shows behind a sensitive-content warning, even when opening by itself', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        await withAutoOpen(suite.browser, page, 'internasional.kompas.com', async () => {
          await page.goto(urlOf(PAGES.sensitive));
          await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
          await page.waitForInShadow(READER, (root) => root.querySelector('.warning button') !== null);
          const shown = () => page.evaluateInShadow(READER, (root) => {
            const paragraph = root.querySelector('.content p');
            return { warning: root.querySelector('.warning h2')?.textContent ?? null, paragraph: paragraph?.checkVisibility() ?? null };
          });
          assert.deepEqual(await shown(), { warning: 'Konten sensitif', paragraph: false });
          await page.clickInShadow(READER, '.warning button');
          await page.waitForInShadow(READER, (root) => root.querySelector('.warning') === null);
          assert.deepEqual(await shown(), { warning: null, paragraph: true });
          assertInOrder(await readerText(page), PAGES.sensitive.article.paragraphs);
        });
      } finally {
        await page.close();
      }
    });

    it('keeps the close button in reach on a narrow screen, however far the article is scrolled', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.setViewport(390, 780);
        await page.goto(urlOf(PAGES.column));
        await clickReaderButton(page);
        await readerOpen(page);
        // Evaluated in the page: scrolled to the end (again, as the lead image may still lengthen the article), where
        // the toolbar has long gone by, the button is on screen and nothing covers its middle.
        await page.waitForInShadow(READER, (root) => {
          const reader = root.querySelector('.reader')!;
          reader.scrollTo({ top: reader.scrollHeight, behavior: 'instant' });
          const close = root.querySelector('.close')!;
          const box = close.getBoundingClientRect();
          const onTop = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const atEnd = reader.scrollTop > 400 && reader.scrollTop + reader.clientHeight >= reader.scrollHeight - 2;
          return atEnd && box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth
            && (onTop === close || close.contains(onTop));
        });
        await page.clickInShadow(READER, '.close');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
      } finally {
        await page.close();
      }
    });

    it('at 320 px wide (and 640, a 1280 px window at 200%) covers and clips no control, even at the largest text size', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.setViewport(320, 640);
        await page.goto(urlOf(PAGES.column));
        await page.clickInShadow('kompas-reader-button', 'button');
        await readerOpen(page);
        // Runs in the reader's shadow root: the toolbar's controls (or, while a sheet is open, the sheet's) that "Tutup" or anything
        // else covers at their middle, that stick out of the window, and whether the reader scrolls sideways.
        const problems = (root: ShadowRoot) => {
          const reader = root.querySelector('.reader')!;
          reader.scrollTo({ top: 0, behavior: 'instant' });
          const sheet = root.querySelector('dialog[open]');
          const controls = sheet
            ? Array.from(sheet.querySelectorAll<HTMLElement>('.choice span, button, output'))
            : Array.from(root.querySelectorAll<HTMLElement>('.toolbar .choice span, .toolbar button, .toolbar output'));
          const out: string[] = [];
          for (const control of controls) {
            const box = control.getBoundingClientRect();
            const onTop = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (!onTop || !(onTop === control || control.contains(onTop) || onTop.contains(control))) {
              out.push(`${control.textContent} covered by ${onTop?.textContent ?? 'nothing'}`);
            }
            if (box.left < 0 || box.right > innerWidth) out.push(`${control.textContent} clipped`);
          }
          if (reader.scrollWidth > reader.clientWidth) out.push(`scrolls sideways: ${reader.scrollWidth} > ${reader.clientWidth}`);
          return out;
        };
        for (const width of [320, 640]) {
          await page.setViewport(width, 640);
          assert.deepEqual(await page.evaluateInShadow(READER, problems), [], `at ${width} px`);
        }
        await page.setViewport(320, 640);
        // On a phone the sizes are in the "Aa" sheet. A+ up to the largest step, pressed as a reader does: the article
        // reflows rather than scrolling sideways, and the sheet's controls all fit.
        await page.clickInShadow(READER, '.open-settings');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLDialogElement>('dialog.sheet-settings')!.open);
        for (let presses = 0; presses < 20; presses += 1) {
          const value = await page.evaluateInShadow(READER, (root) => root.querySelector('output.size-value')!.textContent);
          if (value === '250%') break;
          await page.clickInShadow(READER, 'dialog.sheet-settings button.size-step:last-of-type');
        }
        await page.waitForInShadow(READER, (root) => root.querySelector('output.size-value')!.textContent === '250%');
        assert.deepEqual(await page.evaluateInShadow(READER, problems), [], 'the "Aa" sheet at 320 px and 250%');
        await page.press('Escape');
        await page.waitForInShadow(READER, (root) => !root.querySelector<HTMLDialogElement>('dialog.sheet-settings')!.open);
        assert.deepEqual(await page.evaluateInShadow(READER, problems), [], 'at 320 px and 250%');
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

/** Mentions marked in the open reader, as text and type, with their accessible role description. */
function readerMentions(shadow: ShadowRoot): Array<{ text: string; type: string; role: string }> {
  const byMention = new Map<string, { text: string; type: string; role: string }>();
  for (const element of Array.from(shadow.querySelectorAll('kompas-entity'))) {
    const key = element.getAttribute('data-mention') ?? '';
    const entry = byMention.get(key) ?? { text: '', type: element.getAttribute('data-entity-type') ?? '', role: element.getAttribute('aria-roledescription') ?? '' };
    entry.text += element.textContent ?? '';
    byMention.set(key, entry);
  }
  return [...byMention.values()];
}

for (const browserName of BROWSERS) {
  describe(`entities and highlights in the reader in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    it('marks every mention with its type, lists entities beside the article, and the switches apply at once', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        await clickReaderButton(page);
        await readerOpen(page);
        await page.waitForInShadow(READER, (root) => root.querySelector('kompas-entity') !== null);
        const mentions = await page.evaluateInShadow(READER, readerMentions);
        const of = (type: string) => mentions.filter((mention) => mention.type === type).map((mention) => mention.text);
        assert.ok(of('PER').includes('Antony Blinken'), JSON.stringify(mentions));
        assert.ok(of('PER').includes('Sergei Lavrov'));
        assert.ok(of('LOC').includes('India'));
        assert.ok(mentions.every((mention) => ({ PER: 'orang', LOC: 'tempat', ORG: 'organisasi' } as Record<string, string>)[mention.type] === mention.role));
        // Painted by the styles the reader's entities bring with them: a tint and a line, not plain text.
        const look = await page.evaluateInShadow(READER, (root) => {
          const mark = root.querySelector('kompas-entity[data-entity-type="PER"]')!;
          const style = getComputedStyle(mark);
          return { background: style.backgroundColor, line: style.textDecorationLine };
        });
        assert.notEqual(look.background, 'rgba(0, 0, 0, 0)', JSON.stringify(look));
        assert.match(look.line, /underline/, JSON.stringify(look));

        await page.waitForInShadow(READER, (root) => root.querySelector('[data-entity-id="PER:antony blinken"]') !== null);
        const panel = await page.evaluateInShadow(READER, (shadow) => {
          const button = shadow.querySelector('button[data-entity-id="PER:antony blinken"]');
          return { count: button?.querySelector('.entity-count')?.firstChild?.textContent, inDialog: button?.closest('[role="dialog"]') !== null };
        });
        assert.deepEqual(panel, { count: '2', inDialog: true });

        await page.clickInShadow(READER, 'input[data-entity-switch="LOC"]');
        await page.waitForInShadow(READER, (root) => !root.querySelector('kompas-entity[data-entity-type="LOC"]'));
        assert.ok(await page.evaluateInShadow(READER, (root) => root.querySelector('kompas-entity[data-entity-type="PER"]') !== null));
        await page.clickInShadow(READER, 'input[data-entity-switch="LOC"]');
        await page.waitForInShadow(READER, (root) => root.querySelector('kompas-entity[data-entity-type="LOC"]') !== null);
      } finally {
        await page.close();
      }
    });

    it('highlights a selection in the reader, and it is on the page and in the reader after a reload', async () => {
      const quote = 'ringkasan pertemuan yang mencatat';
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        await clickReaderButton(page);
        await readerOpen(page);
        await page.selectText({ hosts: READER, within: '.content' }, quote);
        await page.clickInShadow('teman-baca-toolbar', 'button[data-action="highlight"]');
        const inReader = (root: ShadowRoot) => Array.from(root.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join('');
        await page.waitForInShadow(READER, (root, expected) => Array.from(root.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join('') === expected, quote);
        await page.press('Escape');
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join('')), quote);

        await page.reload();
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        await clickReaderButton(page);
        await readerOpen(page);
        await page.waitForInShadow(READER, (root) => root.querySelector('teman-baca-highlight') !== null);
        assert.equal(await page.evaluateInShadow(READER, inReader), quote);
        // In the reader's colour for a yellow highlight, from the styles the highlights' code adds to the reader.
        assert.notEqual(await page.evaluateInShadow(READER, (root) =>
          getComputedStyle(root.querySelector('teman-baca-highlight')!).backgroundColor), 'rgba(0, 0, 0, 0)');
      } finally {
        await page.close();
      }
    });
  });
}
