/**
 * The extension on a phone-sized screen, in both browsers: nothing of ours wider than a 320 px window (the reader,
 * its two sheets, the note panel, the popup, the library), every control of ours at least 44×44 CSS px at 360×780,
 * and the reader's compact bar and sheets worked as a reader would.
 *
 * What is emulated: the window's size. The size rule for targets applies to a coarse pointer or a window up to
 * 37.5em wide, so a 360 px window shows it in both browsers; a coarse pointer itself is not emulated here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtensionBrowser, TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { openNotePanel } from './note-panel.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const READER = 'kompas-reader-host';
const ARTICLE = PAGES.siblings;
const PARAGRAPH = '[data-fixture-paragraph="1"]';

/**
 * Runs in a document or a shadow root: its elements that stick out of the window, and its scrolling roots (the
 * reader, an open sheet, the page) that scroll sideways. Each as "tag.class: what".
 */
function overflowing(scope?: Document | ShadowRoot): string[] {
  const root = scope ?? document;
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  const name = (element: Element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // Visually hidden text (one pixel, clipped) is for screen readers, and inside a box that scrolls it is that box
    // which has to fit.
    if (element.closest('.visually-hidden') || element.parentElement?.closest('.content table, .content pre')) continue;
    if (box.left < -0.5 || box.right > width + 0.5) out.push(`${name(element)}: ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
  }
  const roots = root instanceof Document
    ? [root.documentElement, root.body]
    : Array.from(root.querySelectorAll('.reader, dialog[open]'));
  for (const scroller of roots) {
    if (scroller && scroller.scrollWidth > scroller.clientWidth) out.push(`${name(scroller)} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
  }
  return out;
}

/**
 * Runs in a document or a shadow root: its controls (buttons, links, form fields) shown and smaller than 44×44 CSS
 * px. A field inside a `<label>` is measured by the label, which takes its taps (a switch, a file button); a link inside the article's text
 * is exempt, as inline targets are (WCAG 2.5.8).
 */
function smallTargets(scope?: Document | ShadowRoot): string[] {
  const root = scope ?? document;
  const out: string[] = [];
  const controls = Array.from(root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary'));
  for (const control of controls) {
    if (control.closest('.content, [hidden], dialog:not([open])')) continue;
    const target = (control.matches('input') && control.closest('label')) || control;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.width < 43.5 || box.height < 43.5) {
      out.push(`${control.tagName.toLowerCase()} "${(control.textContent || control.getAttribute('aria-label') || control.getAttribute('name') || '').trim().slice(0, 30)}": ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return out;
}

const readerOpen = async (page: TestPage) => {
  await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
  await page.waitForInShadow(READER, (root) => (root.textContent ?? '').length > 200);
};

/** Opens the reader from its floating button and waits for the entity panel's button to show its count. */
async function openReader(page: TestPage): Promise<void> {
  await page.goto(urlOf(ARTICLE));
  await page.clickInShadow('kompas-reader-button', 'button');
  await readerOpen(page);
  await page.waitForInShadow(READER, (root) => /\d/.test(root.querySelector('.open-panel .panel-count')?.textContent ?? ''), undefined, 20_000);
}

const openSheet = (root: ShadowRoot, kind: string) => root.querySelector<HTMLDialogElement>(`dialog.sheet-${kind}`)?.open === true;
const sheetClosed = (root: ShadowRoot, kind: string) => root.querySelector<HTMLDialogElement>(`dialog.sheet-${kind}`)?.open === false;

/** Opens the popup for the tab showing ARTICLE, sized as a phone shows it (a page of its own). */
async function openPopup(browser: ExtensionBrowser): Promise<TestPage> {
  const tabId = await tabIdOf(browser, `*://${new URL(urlOf(ARTICLE)).host}/*`);
  const popup = await browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  await popup.waitFor(() => document.querySelector('.entity-panel li') !== null, undefined, 20_000);
  return popup;
}

for (const browserName of BROWSERS) {
  describe(`phone layout in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([ARTICLE]));

    it('at 320 px wide nothing of ours is wider than the window: the reader, its two sheets, the note panel, the popup, the library', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.setViewport(320, 640);
        await openReader(page);
        assert.deepEqual(await page.evaluateInShadow(READER, overflowing), [], 'the reader');
        await page.clickInShadow(READER, '.open-settings');
        await page.waitForInShadow(READER, openSheet, 'settings');
        assert.deepEqual(await page.evaluateInShadow(READER, overflowing), [], 'the reader with its "Aa" sheet');
        await page.press('Escape');
        await page.waitForInShadow(READER, sheetClosed, 'settings');
        await page.clickInShadow(READER, '.open-panel');
        await page.waitForInShadow(READER, openSheet, 'aside');
        assert.deepEqual(await page.evaluateInShadow(READER, overflowing), [], 'the reader with its entity sheet');
        await page.press('Escape');
        await page.waitForInShadow(READER, sheetClosed, 'aside');
        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));

        const popup = await openPopup(suite.browser);
        try {
          await popup.setViewport(320, 640);
          assert.deepEqual(await popup.evaluate(overflowing), [], 'the popup');
        } finally {
          await popup.close();
        }

        await openNotePanel(page, urlOf(ARTICLE), PARAGRAPH, 2);
        assert.deepEqual(await page.evaluate(() => {
          const frame = document.querySelector('teman-baca-note-host')!.getBoundingClientRect();
          return frame.left >= 0 && frame.right <= document.documentElement.clientWidth ? [] : [`${frame.left}..${frame.right}`];
        }), [], 'the note panel\'s frame');
        assert.deepEqual(await page.evaluateInFrame('note-panel', overflowing), [], 'the note panel');
      } finally {
        await page.close();
      }
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      try {
        await library.setViewport(320, 640);
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
        assert.deepEqual(await library.evaluate(overflowing), [], 'the library');
      } finally {
        await library.close();
      }
    });

    it('at 360×780 every control of ours is at least 44×44 CSS px: the reader, its sheets, the note panel, the popup, the library', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.setViewport(360, 780);
        await openReader(page);
        assert.deepEqual(await page.evaluateInShadow(READER, smallTargets), [], 'the reader');
        await page.clickInShadow(READER, '.open-settings');
        await page.waitForInShadow(READER, openSheet, 'settings');
        assert.deepEqual(await page.evaluateInShadow(READER, smallTargets), [], 'the "Aa" sheet');
        await page.clickInShadow(READER, 'dialog.sheet-settings .sheet-close');
        await page.clickInShadow(READER, '.open-panel');
        await page.waitForInShadow(READER, openSheet, 'aside');
        assert.deepEqual(await page.evaluateInShadow(READER, smallTargets), [], 'the entity sheet');
        await page.press('Escape');
        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));

        const popup = await openPopup(suite.browser);
        try {
          await popup.setViewport(360, 780);
          assert.deepEqual(await popup.evaluate(smallTargets), [], 'the popup');
        } finally {
          await popup.close();
        }

        await openNotePanel(page, urlOf(ARTICLE), PARAGRAPH, 7);
        assert.deepEqual(await page.evaluateInFrame('note-panel', smallTargets), [], 'the note panel');
      } finally {
        await page.close();
      }
      const library = await suite.browser.openExtensionPage('extension/library/index.html');
      try {
        await library.setViewport(360, 780);
        await library.waitFor(() => document.querySelector('[data-testid="library-highlight"]') !== null);
        assert.deepEqual(await library.evaluate(smallTargets), [], 'the library');
      } finally {
        await library.close();
      }
    });

    it('on a phone the reader has one bar: "Aa" opens its settings in a sheet that keeps focus, the names a sheet from the bottom', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.setViewport(360, 780);
        await openReader(page);
        const bar = await page.evaluateInShadow(READER, (root) => ({
          controls: Array.from(root.querySelectorAll<HTMLElement>('.toolbar > button'), (button) => {
            const shown = button.cloneNode(true) as HTMLElement;
            shown.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
            return { visible: (shown.textContent ?? '').trim(), name: (button.textContent ?? '').replace(/\s+/g, ' ').trim() };
          }),
          themeChoicesInView: root.querySelectorAll('.toolbar input[name="theme"]').length,
          barHeight: root.querySelector('.toolbar')!.getBoundingClientRect().height,
          articleTop: root.querySelector('.article')!.getBoundingClientRect().top,
        }));
        assert.deepEqual(bar.controls.map((control) => control.name.replace(/\d+$/, 'N')), ['Tutup', 'Aa Tampilan', 'NamaN', 'Dengarkan', 'Simpan']);
        assert.equal(bar.controls[3]!.visible, '', '"Dengarkan" is an icon, named for screen readers');
        assert.equal(bar.controls[4]!.visible, '', '"Simpan" is an icon, named for screen readers');
        assert.equal(bar.themeChoicesInView, 0, 'the settings are not in the bar');
        assert.ok(bar.barHeight < 60, `one compact bar (${bar.barHeight} px)`);
        assert.ok(bar.articleTop < 70, `the article starts right under it (${bar.articleTop} px)`);

        // "Aa" by keyboard: Tab from the dialog to "Tutup", then to "Aa", and Enter.
        await page.waitForInShadow(READER, (root) => root.activeElement?.classList.contains('reader'));
        await page.press('Tab');
        await page.press('Tab');
        await page.waitForInShadow(READER, (root) => root.activeElement?.classList.contains('open-settings'));
        await page.press('Enter');
        await page.waitForInShadow(READER, openSheet, 'settings');
        // Focus is in the sheet and stays there: Tab goes round its own controls only.
        for (let step = 0; step < 16; step += 1) {
          await page.press('Tab');
          assert.equal(await page.evaluateInShadow(READER, (root) => root.activeElement?.closest('dialog.sheet-settings') !== null), true, `tab ${step + 1} stays in the sheet`);
        }
        // The theme, chosen by keyboard: focus the theme group's checked radio, then the arrow keys.
        await page.evaluateInShadow(READER, (root) => root.querySelector<HTMLInputElement>('dialog.sheet-settings input[name="theme"]:checked')!.focus());
        const before = await page.evaluateInShadow(READER, (root) => root.querySelector('.reader')!.getAttribute('data-theme'));
        await page.press('ArrowRight');
        await page.waitForInShadow(READER, (root, was) => root.querySelector('.reader')!.getAttribute('data-theme') !== was, before);
        // …and by a click on "Gelap".
        await page.clickInShadow(READER, 'dialog.sheet-settings input[value="dark"] + span');
        await page.waitForInShadow(READER, (root) => root.querySelector('.reader')!.getAttribute('data-theme') === 'dark');
        // Escape closes the sheet, not the reader, and focus is back on "Aa".
        await page.press('Escape');
        await page.waitForInShadow(READER, sheetClosed, 'settings');
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-kompas-reader')), 'open');
        await page.waitForInShadow(READER, (root) => root.activeElement?.classList.contains('open-settings'));

        // The names: a sheet from the bottom; a tap on one closes it and shows the mention.
        await page.clickInShadow(READER, '.open-panel');
        await page.waitForInShadow(READER, openSheet, 'aside');
        const sheet = await page.evaluateInShadow(READER, (root) => {
          const box = root.querySelector('dialog.sheet-aside')!.getBoundingClientRect();
          return { bottom: box.bottom, top: box.top, entities: root.querySelectorAll('dialog.sheet-aside [data-entity-id]').length };
        });
        assert.ok(Math.abs(sheet.bottom - 780) <= 1 && sheet.top > 100, `a sheet at the bottom (${sheet.top}..${sheet.bottom})`);
        assert.ok(sheet.entities > 0, 'it lists the entities');
        await page.clickInShadow(READER, 'dialog.sheet-aside [data-entity-id]');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLDialogElement>('dialog.sheet-aside')!.open === false && root.querySelector('.entity-focus') !== null);

        await page.clickInShadow(READER, '.toolbar .close');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
      } finally {
        await page.close();
      }
    });
  });
}

