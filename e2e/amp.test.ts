import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AMP_CLUTTER_TEXTS } from '../fixtures/kompas-page.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { AMP_BODY_IMAGE, AMP_PAGES, PAGES, ampSiteRoute, ampUrlOf, urlOf } from './site.ts';

const READER = 'kompas-reader-host';
/** A quote in the article's second paragraph, highlighted on the desktop page. */
const QUOTE = 'India hanya menerbitkan ringkasan pertemuan';

interface Probe {
  banners: Array<{ id: string; visible: boolean }>;
  paragraphs: Array<{ index: number; visible: boolean }>;
}

function assertBannersHidden(probe: Probe, when: string): void {
  assert.equal(probe.banners.length, 6, `${when}: all six banner pieces are in the page`);
  for (const banner of probe.banners) assert.equal(banner.visible, false, `${when}: banner "${banner.id}" is hidden`);
  assert.ok(probe.paragraphs.length >= 6, `${when}: article paragraphs are in the page`);
  for (const paragraph of probe.paragraphs) assert.equal(paragraph.visible, true, `${when}: paragraph ${paragraph.index} shows`);
}

/** Runs in the page: the entity names the extension marks on the page, as CSS Custom Highlights. */
function highlightedNames(): string[] {
  const registry = (window as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } }).CSS.highlights;
  const names: string[] = [];
  for (const type of ['PER', 'LOC', 'ORG']) {
    for (const range of registry?.get(`kompas-entity-${type}`) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      names.push(live.toString());
    }
  }
  return names;
}

const highlightedText = (page: TestPage) =>
  page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (element) => element.textContent).join(''));

for (const browserName of BROWSERS) {
  describe(`Kompas's AMP pages in ${browserName}`, () => {
    const suite = useBrowser(browserName, ampSiteRoute());

    for (const name of ['ampHost', 'ampPath', 'ampParam'] as const) {
      it(`hides the banners before the parser moves past them (${name}: ${ampUrlOf(AMP_PAGES[name])})`, async () => {
        const page = await suite.browser.newPage();
        try {
          await page.goto(ampUrlOf(AMP_PAGES[name]));
          assertBannersHidden(await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe), 'when the parser reached the probe');
          await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        } finally {
          await page.close();
        }
      });
    }

    it('marks the entities, opens the reader with the amp-img pictures and without the AMP clutter', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(ampUrlOf(AMP_PAGES.ampHost));
        await page.waitFor(() => {
          const registry = (window as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights;
          return (registry?.size ?? 0) > 0;
        });
        const names = await page.evaluate(highlightedNames);
        for (const name of ['Antony Blinken', 'Sergei Lavrov']) assert.ok(names.includes(name), `${name} is marked: ${names.join(', ')}`);

        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        await page.waitForInShadow(READER, (root) => (root.textContent ?? '').length > 200);
        const text = await page.evaluateInShadow(READER, (root) => root.textContent ?? '');
        assert.ok(text.includes('Tuan rumah India hanya menerbitkan ringkasan'), 'the article text is in the reader');
        for (const clutter of [...Object.values(AMP_CLUTTER_TEXTS), 'Baca juga', 'Tulis komentarmu', 'Dapatkan informasi dan insight']) {
          assert.ok(!text.includes(clutter), `"${clutter}" is not in the reader`);
        }
        // The body's amp-img is a picture in the reader that really loads, with its size and description.
        await page.waitForInShadow(READER, (root, src) => {
          const image = Array.from(root.querySelectorAll('img')).find((img) => img.getAttribute('src')?.endsWith(src));
          return image !== undefined && image.complete && image.naturalWidth > 0;
        }, AMP_BODY_IMAGE.src);
        const image = await page.evaluateInShadow(READER, (root, src) => {
          const img = Array.from(root.querySelectorAll('img')).find((candidate) => candidate.getAttribute('src')?.endsWith(src))!;
          return { alt: img.alt, width: img.getAttribute('width'), height: img.getAttribute('height'), count: root.querySelectorAll(`img[src$="${src}"]`).length };
        }, AMP_BODY_IMAGE.src);
        assert.deepEqual(image, { alt: AMP_BODY_IMAGE.alt, width: '780', height: '520', count: 1 });
        assert.equal(await page.evaluateInShadow(READER, (root) => root.querySelector('[class*="amp"], amp-img, amp-ad')), null);
      } finally {
        await page.close();
      }
    });

    it('shows on the AMP page a highlight made on the desktop page of the same article', async () => {
      const desktop = await suite.browser.newPage();
      try {
        await desktop.goto(urlOf(PAGES.siblings));
        await desktop.selectText({ within: '[data-fixture-paragraph="1"]' }, QUOTE);
        await desktop.clickInShadow('teman-baca-toolbar', 'button[data-action="highlight"]');
        await desktop.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await highlightedText(desktop), QUOTE);
      } finally {
        await desktop.close();
      }
      const amp = await suite.browser.newPage();
      try {
        await amp.goto(ampUrlOf(AMP_PAGES.ampHost));
        await amp.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        assert.equal(await highlightedText(amp), QUOTE);
        assert.equal(
          await amp.evaluate(() => document.querySelector('teman-baca-highlight')!.closest('[data-fixture-paragraph]')?.getAttribute('data-fixture-paragraph')),
          '1',
        );
      } finally {
        await amp.close();
      }
    });
  });
}
