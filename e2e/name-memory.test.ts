/**
 * The name memory end to end: article A introduces "Menteri Pertanian Dadan Hindayana", which the recogniser reads
 * as a person; article B writes "Dadan Hindayana hadir di ..." without the title, where the recogniser alone finds
 * nothing. Once A is read, B's page and reader view show him as a person; the popup's switch, clicked off, forgets
 * him and remembers nothing while off, and its button forgets him with the switch on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtensionBrowser, TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';
import { DEFAULT_TIMEOUT_MS, pollUntil } from './user-actions.ts';

const NAME = 'Dadan Hindayana';
const READER = 'kompas-reader-host';

/** Runs in the page: the texts its entity highlights of `type` cover. */
function highlightedOf(type: string): string[] {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  return [...(registry.get(`kompas-entity-${type}`) ?? [])].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}

/**
 * The people highlighted on `url` once the article is read: the place names every fixture article has are shown
 * in the same pass as everything the memory adds, so their highlight says the reading is done.
 */
async function peopleOn(page: TestPage, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitFor(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('kompas-entity-LOC'));
  return page.evaluate(highlightedOf, 'PER');
}

/** Reads B until it shows the remembered name: A's names are stored while A's highlights are drawn. */
async function waitForRecall(page: TestPage): Promise<string[]> {
  let people: string[] = [];
  await pollUntil(async () => (people = await peopleOn(page, urlOf(PAGES.nameRecall))).includes(NAME), DEFAULT_TIMEOUT_MS,
    `${NAME} highlighted on article B`);
  return people;
}

/** Reads article A, which the recogniser highlights Dadan Hindayana in whatever the memory holds. */
async function readIntro(page: TestPage): Promise<void> {
  assert.ok((await peopleOn(page, urlOf(PAGES.nameIntro))).includes(NAME));
}

async function withPopup(browser: ExtensionBrowser, task: (popup: TestPage) => Promise<void>): Promise<void> {
  const tabId = await tabIdOf(browser, '*://regional.kompas.com/*');
  const popup = await browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  try {
    await popup.waitFor(() => document.querySelector('#remember-names-switch') !== null);
    await task(popup);
  } finally {
    await popup.close();
  }
}

/** Clicks the popup's memory switch as a reader would, and waits until the setting is stored as `on`. */
async function clickSwitch(browser: ExtensionBrowser, on: boolean): Promise<void> {
  await withPopup(browser, async (popup) => {
    // The switch shows the stored setting once the popup has read it, which may come after the switch is drawn.
    await popup.waitFor((was) => document.querySelector<HTMLInputElement>('#remember-names-switch')!.checked === was, !on);
    await popup.click('#remember-names-switch');
    await popup.waitFor(async (want) => {
      type StorageApi = { storage: { local: { get(key: string): Promise<Record<string, { entities?: { rememberNames?: boolean } }>> } } };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      const stored = await (scope.browser ?? scope.chrome).storage.local.get('settings');
      return stored.settings?.entities?.rememberNames === want;
    }, on);
  });
}

for (const browserName of BROWSERS) {
  describe(`the name memory in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([PAGES.nameIntro, PAGES.nameRecall]));

    it('finds in article B the person article A introduced, on the page, in the popup and in the reader', async () => {
      const page = await suite.browser.newPage();
      try {
        assert.deepEqual(await peopleOn(page, urlOf(PAGES.nameRecall)), [], 'the recogniser alone finds no one in B');
        await readIntro(page);
        assert.deepEqual(await waitForRecall(page), [NAME]);
        await withPopup(suite.browser, async (popup) => {
          await popup.waitFor(() => document.querySelector('[data-entity-id="PER:dadan hindayana"]') !== null);
        });
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitForInShadow(READER, (root) => root.querySelector('kompas-entity[data-entity-type="PER"]') !== null);
        const inReader = await page.evaluateInShadow(READER, (root) =>
          Array.from(root.querySelectorAll('kompas-entity[data-entity-type="PER"]'), (element) => element.textContent));
        assert.deepEqual(inReader, [NAME]);
      } finally {
        await page.close();
      }
    });

    it('forgets the name when the switch is turned off, and remembers nothing while it is off', async () => {
      const page = await suite.browser.newPage();
      try {
        await readIntro(page);
        await waitForRecall(page);
        await clickSwitch(suite.browser, false);
        assert.deepEqual(await peopleOn(page, urlOf(PAGES.nameRecall)), []);
        // On again: the memory was emptied, not only silenced.
        await clickSwitch(suite.browser, true);
        assert.deepEqual(await peopleOn(page, urlOf(PAGES.nameRecall)), []);
        // Off, A read again: nothing is remembered from it.
        await clickSwitch(suite.browser, false);
        await readIntro(page);
        await clickSwitch(suite.browser, true);
        assert.deepEqual(await peopleOn(page, urlOf(PAGES.nameRecall)), []);
      } finally {
        await page.close();
      }
    });

    it('forgets the name when the popup\'s button is pressed, the switch staying on', async () => {
      const page = await suite.browser.newPage();
      try {
        await readIntro(page);
        await waitForRecall(page);
        await withPopup(suite.browser, async (popup) => {
          await popup.click('#forget-names');
          await popup.waitFor(() => document.querySelector('[data-testid="names-forget-status"]')?.textContent === 'Nama yang diingat sudah dilupakan.');
        });
        assert.deepEqual(await peopleOn(page, urlOf(PAGES.nameRecall)), []);
      } finally {
        await page.close();
      }
    });
  });
}
