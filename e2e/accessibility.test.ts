/**
 * axe-core (WCAG 2.2 AA) over everything of ours a reader meets, in both browsers: the reader in its three themes
 * with its entity panel and the "Dengarkan" bar (paused on a marked sentence, with a real voice), the selection toolbar over the article, the note panel, the popup with its entity panel,
 * and the library with a highlight in it. Our UI in the page hangs from closed shadow roots; the audit reaches them through the
 * automation protocol (e2e/accessibility.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditAccessibility, auditFrame, formatViolations } from './accessibility.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { openNotePanel } from './note-panel.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const ARTICLE = PAGES.siblings;
const READER = 'kompas-reader-host';

async function assertNoViolations(page: TestPage, what: string, include?: string | string[]): Promise<void> {
  const violations = await auditAccessibility(page, include === undefined ? {} : { include });
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

for (const browserName of BROWSERS) {
  describe(`accessibility (WCAG 2.2 AA) in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute(), 'id', { speech: true });

    it('the reader in light, sepia and dark, with its entity panel and the listening bar', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await assertNoViolations(page, 'the "Mode baca" button', 'kompas-reader-button');
        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        // The entity panel is in the reader once the background has answered.
        await page.waitForInShadow(READER, (root) => root.querySelector('.entity-panel li') !== null, undefined, 20_000);
        await page.clickInShadow(READER, '.listen-toggle');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.status === 'playing', undefined, 15_000);
        // Stopped (or already at its end: the article is short and the voice quick), then one paragraph on: paused there,
        // with the sentence marked, whatever the timing.
        await page.clickInShadow(READER, '.listen-stop');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.status === 'stopped');
        await page.clickInShadow(READER, '.listen-next');
        await page.waitForInShadow(READER, (root) => root.querySelector('.speech-line') !== null);
        for (const theme of ['light', 'sepia', 'dark'] as const) {
          await page.clickInShadow(READER, `input[name="theme"][value="${theme}"]`);
          await page.waitForInShadow(READER, (root, want) => root.querySelector('[data-theme]')?.getAttribute('data-theme') === want, theme);
          // Let theme transitions finish before colours are measured.
          await new Promise((resolve) => setTimeout(resolve, 400));
          await assertNoViolations(page, `the reader, ${theme} theme`, READER);
        }
      } finally {
        await page.close();
      }
    });

    it('the selection toolbar over the article', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        const quote = await page.evaluate(() =>
          (document.querySelector('[data-fixture-paragraph="0"]')!.textContent ?? '').trim().split(/\s+/).slice(1, 5).join(' '));
        await page.selectText({ within: '[data-fixture-paragraph="0"]' }, quote);
        await page.waitFor(() => document.querySelector('teman-baca-toolbar') !== null);
        await assertNoViolations(page, 'the selection toolbar', 'teman-baca-toolbar');
        await assertNoViolations(page, 'the live regions', 'teman-baca-announcer');
      } finally {
        await page.close();
      }
    });

    it('the note panel, opened on a highlight made with "Catatan"', async () => {
      const page = await suite.browser.newPage();
      try {
        await openNotePanel(page, urlOf(ARTICLE), '[data-fixture-paragraph="1"]', 1);
        const violations = await auditFrame(page, 'note-panel');
        assert.equal(violations.length, 0, `the note panel:\n${formatViolations(violations)}`);
      } finally {
        await page.close();
      }
    });

    it('the popup with its entity panel, and the library with a highlight in it', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        const tabId = await tabIdOf(suite.browser, `*://${new URL(urlOf(ARTICLE)).host}/*`);
        const popup = await suite.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
        try {
          await popup.waitFor(() => document.querySelector('.entity-panel li') !== null, undefined, 20_000);
          await assertNoViolations(popup, 'the popup');
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      try {
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
        await assertNoViolations(library, 'the library');
      } finally {
        await library.close();
      }
    });
  });
}
