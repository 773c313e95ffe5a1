/**
 * A reader on a phone, in both browsers: Chromium emulating one (touch, `isMobile`, 360 by 780, device scale 3) and
 * Firefox in a window that narrow with a finger for its pointer (WebDriver BiDi touch actions). Every touch here is
 * the browser's own input. The word under a long press is selected by the automation while the finger is down (see
 * `touchSelect`): headless browsers make no selection from a held touch. The reader is then used by finger alone: its
 * "Aa" sheet, its entity sheet, "Simpan" and "Tutup".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const ARTICLE = PAGES.siblings;
const READER = 'kompas-reader-host';
const PARAGRAPH = { within: '[data-fixture-paragraph="1"]' };
const WORD = 'ringkasan';
/** The smallest target a finger can hit, in CSS pixels. */
const FINGER = 44;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const browserName of BROWSERS) {
  describe(`touch on a phone in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute(), 'id', { phone: true });

    it('a long press selects a word; the toolbar shows below it with finger-sized targets; "Sorot" highlights it; a tap opens it', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        assert.equal(await page.evaluate(() => innerWidth), 360);
        const selected = await page.touchSelect(PARAGRAPH, WORD);
        assert.equal(squash(selected), WORD);
        // No mouseup ever came: the toolbar follows the settled selection.
        await page.waitFor(() => document.querySelector('teman-baca-toolbar') !== null);
        const placed = await page.evaluate(() => {
          const range = document.getSelection()!.getRangeAt(0);
          const lines = Array.from(range.getClientRects()).filter((rect) => rect.height > 0);
          const end = lines[lines.length - 1]!;
          const bar = document.querySelector('teman-baca-toolbar')!.getBoundingClientRect();
          return { endBottom: end.bottom, top: bar.top, left: bar.left, right: bar.right, bottom: bar.bottom, width: innerWidth, height: innerHeight };
        });
        assert.ok(placed.top >= placed.endBottom, `toolbar at ${placed.top} is below the selection's end at ${placed.endBottom}`);
        assert.ok(placed.left >= 0 && placed.right <= placed.width && placed.bottom <= placed.height, `toolbar within the viewport: ${JSON.stringify(placed)}`);
        const targets = await page.evaluateInShadow('teman-baca-toolbar', (root) =>
          Array.from(root.querySelectorAll('button'), (button) => {
            const box = button.getBoundingClientRect();
            return { name: button.dataset.action ?? button.dataset.colour ?? '', width: box.width, height: box.height };
          }));
        assert.equal(targets.length, 7);
        for (const target of targets) {
          assert.ok(target.width >= FINGER && target.height >= FINGER, `${target.name} is ${target.width}x${target.height}`);
        }

        await page.tapInShadow('teman-baca-toolbar', 'button[data-action="highlight"]');
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await page.evaluate(() => document.querySelector('teman-baca-highlight')!.textContent), WORD);

        const highlight = await page.evaluate(() => {
          const box = document.querySelector('teman-baca-highlight')!.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        });
        await page.tap(highlight);
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
      } finally {
        await page.close();
      }
    });

    it('by finger alone: opens the reader, changes the theme in the "Aa" sheet, opens the entity sheet, saves, closes', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.tapInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        // The phone's bar: the settings are a sheet, not in the bar.
        await page.tapInShadow(READER, '.toolbar.compact .open-settings');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLDialogElement>('dialog.sheet-settings')?.open === true);
        await page.tapInShadow(READER, 'dialog.sheet-settings label:has(input[name="theme"][value="dark"])');
        await page.waitForInShadow(READER, (root) => root.querySelector('.reader')?.getAttribute('data-theme') === 'dark');
        await page.tapInShadow(READER, 'dialog.sheet-settings .sheet-close');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLDialogElement>('dialog.sheet-settings')?.open === false);
        // The entity sheet rises from the bottom once the background has read the article.
        await page.waitForInShadow(READER, (root) => root.querySelector('.open-panel .panel-count') !== null, undefined, 30_000);
        await page.tapInShadow(READER, '.toolbar.compact .open-panel');
        await page.waitForInShadow(READER, (root) => root.querySelector('dialog[open] [data-reveals]') !== null);
        const sheet = await page.evaluateInShadow(READER, (root) => {
          const box = root.querySelector('dialog[open]')!.getBoundingClientRect();
          return { bottom: box.bottom, height: innerHeight };
        });
        assert.ok(Math.abs(sheet.bottom - sheet.height) <= 2, `the entity sheet sits at the bottom: ${JSON.stringify(sheet)}`);
        await page.tapInShadow(READER, 'dialog[open] .sheet-close');
        await page.waitForInShadow(READER, (root) => root.querySelector('dialog[open]') === null);
        // "Simpan", an icon with its name for screen readers.
        await page.tapInShadow(READER, '.toolbar.compact button.save');
        await page.waitForInShadow(READER, (root) => root.querySelector('.toolbar.compact button.save')?.getAttribute('aria-pressed') === 'true', undefined, 30_000);
        await page.tapInShadow(READER, '.toolbar.compact .close');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') !== 'open');
      } finally {
        await page.close();
      }
    });

    it('a selection a page script makes after a tap shows no toolbar', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        const point = await page.evaluate(() => {
          const paragraph = document.querySelector('[data-fixture-paragraph="2"]')!;
          paragraph.scrollIntoView({ block: 'center', behavior: 'instant' });
          const box = paragraph.getBoundingClientRect();
          return { x: box.left + 20, y: box.top + 10 };
        });
        await page.tap(point);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await page.addScript(`{
          const paragraph = document.querySelector('[data-fixture-paragraph="1"]');
          getSelection().selectAllChildren(paragraph);
        }`);
        await new Promise((resolve) => setTimeout(resolve, 1200));
        assert.notEqual(await page.evaluate(() => getSelection()!.toString()), '');
        assert.equal(await page.evaluate(() => document.querySelector('teman-baca-toolbar')), null);
      } finally {
        await page.close();
      }
    });

    it('the reader buttons keep off the article text and above a bottom bar, hide on scroll down and come back on scroll up', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        // The site's own bar, fixed at the bottom, late and named nothing we could know.
        await page.addScript(`{
          const bar = document.createElement('div');
          bar.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:56px;background:#0b4f8a;z-index:10';
          document.body.append(bar);
        }`);
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        // Found by its geometry once the page has changed: the buttons rise above it.
        await page.waitFor(() => document.querySelector('kompas-reader-button')!.getBoundingClientRect().bottom <= innerHeight - 56);
        const state = () => page.evaluate(() => {
          const host = document.querySelector('kompas-reader-button')!;
          const box = host.getBoundingClientRect();
          const visible = getComputedStyle(host).visibility !== 'hidden';
          // The lines of the article's text, each as wide as its words, not the paragraphs' boxes.
          const range = document.createRange();
          const overText = Array.from(document.querySelectorAll('[data-fixture-paragraph]')).some((paragraph) =>
            (range.selectNodeContents(paragraph), Array.from(range.getClientRects())).some((line) =>
              line.left < box.right && box.left < line.right && line.top < box.bottom && box.top < line.bottom));
          return { visible, overText, bottom: box.bottom, height: innerHeight, scrollY };
        });
        // Read down the page, a screen's third at a time, each step reached by scrolling up into it.
        const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        const shownAt: number[] = [];
        for (let y = 0; y <= max; y += 250) {
          await page.evaluate((top) => scrollTo({ top: top + 200, behavior: 'instant' }), y);
          await new Promise((resolve) => setTimeout(resolve, 100));
          await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
          // Past the slide back in (0.2 s).
          await new Promise((resolve) => setTimeout(resolve, 350));
          const now = await state();
          assert.ok(!(now.visible && now.overText), `at ${now.scrollY} the buttons lie over the article's text`);
          assert.ok(!now.visible || now.bottom <= now.height - 56, `at ${now.scrollY} the buttons reach ${now.bottom}, into the bottom bar`);
          if (now.visible) shownAt.push(now.scrollY);
        }
        // Hidden everywhere would keep them off the text too, and out of the reader's reach.
        assert.ok(shownAt.length > 0, 'the buttons found no place beside the text anywhere on the page');
        const sizes = await page.evaluateInShadow('kompas-reader-button', (root) =>
          Array.from(root.querySelectorAll('button'), (button) => [button.getBoundingClientRect().width, button.getBoundingClientRect().height]));
        for (const [width, height] of sizes) assert.ok(width! >= FINGER && height! >= FINGER, `a reader button is ${width}x${height}`);

        // Where they showed, reading on down hides them and scrolling back up brings them back.
        const at = shownAt[0]!;
        const away = () => document.querySelector('kompas-reader-button')!.hasAttribute('data-away');
        await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), at);
        await page.waitFor(() => getComputedStyle(document.querySelector('kompas-reader-button')!).visibility !== 'hidden');
        await page.evaluate((top) => scrollTo({ top: top + 200, behavior: 'instant' }), at);
        await page.waitFor(away);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const hidden = await state();
        assert.equal(hidden.visible, false);
        await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), at);
        await page.waitFor(() => !document.querySelector('kompas-reader-button')!.hasAttribute('data-away'));
        await page.waitFor(() => getComputedStyle(document.querySelector('kompas-reader-button')!).visibility !== 'hidden');
      } finally {
        await page.close();
      }
    });
  });
}
