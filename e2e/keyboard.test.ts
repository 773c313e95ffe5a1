/**
 * A reader without a mouse, in both browsers: Tab and Enter open the reader, the arrow keys change its theme, Esc
 * closes it and focus is back on "Mode baca"; with caret browsing (F7), Shift and the arrows select words, the
 * toolbar is reached by its command, "Catatan" makes the highlight and opens its note, Ctrl+Enter saves, Esc closes,
 * and focus is back on the highlight, which Enter opens again.
 *
 * The one step not taken through the keyboard here is the browser's own shortcut (Alt+Shift+T): automation cannot
 * press browser-level shortcuts, so the test sends the message the shortcut sends (the background's onCommand does
 * exactly this).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TECH_ARTICLE } from '../fixtures/articles.ts';
import type { ExtensionBrowser, TestPage } from './browsers.ts';
import type { FocusedElement } from './user-actions.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { siteRoute, urlOf, type SitePage } from './site.ts';

const ARTICLE: SitePage = { article: TECH_ARTICLE, options: { banners: 'siblings' } };
const NOTE = 'Catatan papan ketik 8842';
const MAX_TABS = 80;

const describePath = (path: readonly FocusedElement[]) => path.map((element) => element.tag).join(' > ');

/** Presses Tab until `matches` holds for the focused path; fails after MAX_TABS presses. */
async function tabTo(page: TestPage, what: string, matches: (path: FocusedElement[]) => boolean): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.press('Tab');
    if (matches(await page.focusedPath())) return presses;
  }
  throw new Error(`${what} not reached in ${MAX_TABS} presses of Tab; focus is on ${describePath(await page.focusedPath())}`);
}

/** What the browser's shortcut for the selection toolbar does: the background sends this to the active tab. */
async function pressToolbarCommand(browser: ExtensionBrowser, tabId: number): Promise<boolean> {
  const popup = await browser.openExtensionPage('extension/popup/index.html?tab=0');
  try {
    return await popup.evaluate(async (tab) => {
      type TabsApi = { tabs: { sendMessage(tabId: number, message: unknown): Promise<{ focused?: boolean }> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const reply = await (scope.browser ?? scope.chrome).tabs.sendMessage(tab, { type: 'highlights/focus-toolbar' });
      return reply.focused === true;
    }, tabId);
  } finally {
    await popup.close();
  }
}

const last = (path: FocusedElement[]) => path[path.length - 1];

for (const browserName of BROWSERS) {
  describe(`the keyboard alone in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([ARTICLE]), 'id', { caretBrowsing: true });

    it('opens the reader by Tab and Enter, changes its theme, and Esc lands back on "Mode baca"', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await tabTo(page, '"Mode baca"', (path) => path[0]?.tag === 'kompas-reader-button' && last(path)?.tag === 'button');
        await page.press('Enter');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        assert.equal((await page.focusedPath())[0]?.tag, 'kompas-reader-host', 'focus moved into the reader');

        await tabTo(page, 'the theme choice', (path) => last(path)?.attributes.name === 'theme');
        const before = await page.evaluateInShadow('kompas-reader-host', (root) => root.querySelector('[data-theme]')!.getAttribute('data-theme'));
        await page.press('ArrowRight');
        await page.waitForInShadow('kompas-reader-host', (root, was) => root.querySelector('[data-theme]')!.getAttribute('data-theme') !== was, before);

        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
        const path = await page.focusedPath();
        assert.equal(describePath(path), 'kompas-reader-button > button', 'focus is back on the button that opened the reader');
      } finally {
        await page.close();
      }
    });

    it('selects words with caret browsing, highlights them with a note through the toolbar, and lands back on the highlight', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        // The keyword link in the first paragraph: with caret browsing the caret follows focus there.
        await tabTo(page, 'the keyword link', (path) => last(path)?.attributes.class?.includes('inner-link-tag') === true);
        // Chromium shows the caret on the first arrow key; Firefox at once. Right then left leaves it where focus is.
        await page.press('ArrowRight');
        await page.press('ArrowLeft');
        for (let word = 0; word < 3; word += 1) await page.press('Control+Shift+ArrowRight');
        await page.waitFor(() => (getSelection()?.toString().trim().split(/\s+/).length ?? 0) >= 2);
        const selected = (await page.evaluate(() => getSelection()!.toString())).trim();
        await page.waitFor(() => document.querySelector('teman-baca-toolbar') !== null);

        const tabId = await tabIdOf(suite.browser, `*://${TECH_ARTICLE.subdomain}.kompas.com/*`);
        assert.equal(await pressToolbarCommand(suite.browser, tabId), true, 'the toolbar took focus');
        assert.deepEqual((await page.focusedPath()).map((element) => element.tag), ['teman-baca-toolbar', 'button']);
        await page.press('ArrowRight');
        assert.equal(last(await page.focusedPath())?.attributes['data-action'], 'note');
        await page.press('Enter');

        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        const highlighted = await page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join(''));
        assert.equal(highlighted.trim().replace(/\s+/g, ' '), selected.replace(/\s+/g, ' '));
        // The panel takes focus in its note field once it has its note.
        await new Promise((resolve) => setTimeout(resolve, 600));
        await page.type(NOTE);
        await page.press('Control+Enter');
        await page.waitFor(() => document.querySelector('teman-baca-highlight[data-has-note]') !== null);
        // The panel finishes its save (its status says so) before Esc closes it.
        await new Promise((resolve) => setTimeout(resolve, 500));
        await page.press('Escape');
        await page.waitFor(() => document.querySelector('teman-baca-note-host') === null);
        const path = await page.focusedPath();
        assert.equal(last(path)?.tag, 'teman-baca-highlight', `focus is back on the highlight, not on ${describePath(path)}`);
        assert.equal(last(path)?.attributes.role, 'mark');

        // Enter opens it again; Esc closes it whether focus has reached the panel yet or is still on the highlight.
        await page.press('Enter');
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        await page.press('Escape');
        await page.waitFor(() => document.querySelector('teman-baca-note-host') === null);
        assert.equal(last(await page.focusedPath())?.tag, 'teman-baca-highlight');
      } finally {
        await page.close();
      }
    });
  });
}
