import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

interface Probe {
  banners: Array<{ id: string; visible: boolean }>;
  paragraphs: Array<{ index: number; visible: boolean }>;
  /** The banners' own links, buttons and forms. */
  controls: Array<{ id: string; visible: boolean }>;
  /** News among the banners that mentions them: the hashtag or a banner sentence with an ordinary link. */
  kept: Array<{ id: string; visible: boolean }>;
}

/** What is visible now, read from the page's own world as the reader's browser renders it. */
function visibility(): Probe {
  const visible = (element: Element) => element.checkVisibility();
  return {
    banners: Array.from(document.querySelectorAll('[data-fixture-banner]'), (element) => ({
      id: element.getAttribute('data-fixture-banner') ?? '',
      visible: visible(element),
    })),
    paragraphs: Array.from(document.querySelectorAll('[data-fixture-paragraph]'), (element) => ({
      index: Number(element.getAttribute('data-fixture-paragraph')),
      visible: visible(element),
    })),
    controls: Array.from(document.querySelectorAll('[data-fixture-control]'), (element) => ({
      id: element.getAttribute('data-fixture-control') ?? '',
      visible: visible(element),
    })),
    kept: Array.from(document.querySelectorAll('[data-fixture-keep]'), (element) => ({
      id: element.getAttribute('data-fixture-keep') ?? '',
      visible: visible(element),
    })),
  };
}

function assertHidden(probe: Probe, when: string): void {
  assert.equal(probe.banners.length, 6, `${when}: all six banner pieces are in the page`);
  for (const banner of probe.banners) assert.equal(banner.visible, false, `${when}: banner "${banner.id}" is hidden`);
  assert.ok(probe.paragraphs.length >= 6, `${when}: article paragraphs are in the page`);
  for (const paragraph of probe.paragraphs) {
    assert.equal(paragraph.visible, true, `${when}: article paragraph ${paragraph.index} stays visible`);
  }
}

/** As `assertHidden`, and the banners' controls are hidden with them while the news beside them stays. */
function assertHiddenWithControls(probe: Probe, when: string): void {
  assertHidden(probe, when);
  assert.ok(probe.controls.length >= 2, `${when}: the banners' controls are in the page`);
  for (const control of probe.controls) assert.equal(control.visible, false, `${when}: control "${control.id}" is hidden`);
  assert.ok(probe.kept.length >= 1, `${when}: news that mentions the banners is in the page`);
  for (const kept of probe.kept) assert.equal(kept.visible, true, `${when}: news "${kept.id}" stays visible`);
}

for (const browserName of BROWSERS) {
  describe(`clutter hiding in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    for (const name of ['siblings', 'wrapped', 'split'] as const) {
      it(`hides ${name} banners before the parser moves past them`, async () => {
        const page = await suite.browser.newPage();
        try {
          await page.goto(urlOf(PAGES[name]));
          const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
          assertHidden(probe, 'when the parser reached the probe');
          // The site's script opens the data pop-up 50 ms after parsing; it must never show.
          await page.waitFor(() => !document.getElementById('kgmModal-complete')?.classList.contains('-hide'));
          assertHidden(await page.evaluate(visibility), 'after load');
          assert.equal(await page.evaluate(() => document.getElementById('kgmModal-complete')!.checkVisibility()), false);
          assert.equal(
            await page.evaluate(() => document.querySelector('footer a')!.checkVisibility()),
            true,
            "the footer's own terms link stays visible",
          );
        } finally {
          await page.close();
        }
      });
    }

    for (const name of ['controls', 'wrappedControls', 'splitControls'] as const) {
      it(`hides banners with their own controls (${name}) before the parser moves past them, and no news`, async () => {
        const page = await suite.browser.newPage();
        try {
          await page.goto(urlOf(PAGES[name]));
          const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
          assertHiddenWithControls(probe, 'when the parser reached the probe');
          assertHiddenWithControls(await page.evaluate(visibility), 'after load');
        } finally {
          await page.close();
        }
      });
    }

    it('hides banners with their own controls that a script inserts seconds after load', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.lateControls));
        assert.equal(await page.evaluate(() => document.querySelectorAll('[data-fixture-control]').length), 0);
        await page.waitFor(() => (window as unknown as { __lateBannersInserted: boolean }).__lateBannersInserted);
        assertHiddenWithControls(await page.evaluate(visibility), 'right after the late insertion');
      } finally {
        await page.close();
      }
    });

    it('hides banners a script inserts seconds after load', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.late));
        assert.equal(await page.evaluate(() => document.querySelectorAll('[data-fixture-banner]').length), 0);
        await page.waitFor(() => (window as unknown as { __lateBannersInserted: boolean }).__lateBannersInserted);
        assertHidden(await page.evaluate(visibility), 'right after the late insertion');
      } finally {
        await page.close();
      }
    });

    it('shows the hidden count in the popup, and its switch turns hiding off and on, persisted', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        const tabId = await tabIdOf(suite.browser, '*://internasional.kompas.com/*');
        const popup = await suite.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
        try {
          // Six banner pieces and the data pop-up.
          await popup.waitFor(() => document.querySelector('[data-testid="clutter-count"]')?.getAttribute('data-count') === '7');
          const text = await popup.evaluate(() => document.querySelector('[data-testid="clutter-count"]')!.textContent);
          assert.match(text ?? '', /7 elemen disembunyikan/);
          assert.equal(await popup.evaluate(() => (document.getElementById('clutter-switch') as HTMLInputElement).checked), true);

          await popup.click('#clutter-switch');
          await page.waitFor(() => Array.from(document.querySelectorAll('[data-fixture-banner]')).every((e) => e.checkVisibility()));
          await popup.waitFor(() => /akan disembunyikan/.test(document.querySelector('[data-testid="clutter-count"]')?.textContent ?? ''));

          // The switch is stored: after a reload the banners stay visible.
          await page.reload();
          await page.waitFor(() => Array.from(document.querySelectorAll('[data-fixture-banner]')).every((e) => e.checkVisibility()));
          assert.equal(await page.evaluate(() => document.querySelector('[data-fixture-paragraph]')!.checkVisibility()), true);

          await popup.click('#clutter-switch');
          await page.waitFor(() => Array.from(document.querySelectorAll('[data-fixture-banner]')).every((e) => !e.checkVisibility()));
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  });
}

for (const browserName of BROWSERS) {
  describe(`popup in English in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute(), 'en');

    it('speaks the browser language when it is not Indonesian', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.wrapped));
        const tabId = await tabIdOf(suite.browser, '*://regional.kompas.com/*');
        const popup = await suite.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
        try {
          await popup.waitFor(() => document.querySelector('[data-testid="clutter-count"]') !== null);
          const text = await popup.evaluate(() => document.querySelector('[data-testid="clutter-count"]')!.textContent);
          // Five banner pieces, the contest line whole with its terms link in their box, and the data pop-up.
          assert.equal(text, '6 items hidden on this page');
          const label = await popup.evaluate(() => document.querySelector('label[for="clutter-switch"]')!.textContent);
          assert.equal(label, 'Hide clutter');
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  });
}
