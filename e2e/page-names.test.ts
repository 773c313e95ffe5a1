/**
 * The page's own names end to end: an article naming people and a cooperative the recogniser has never seen, which
 * the page lists in its tags, a keyword link and the photo's caption. The page highlights them and the reader marks
 * them where the recogniser alone misses them or finds only part of the name; an ordinary word the page links as a
 * keyword ("Stok beras") stays unmarked.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const READER = 'kompas-reader-host';

interface Marked {
  type: string;
  text: string;
}

/** Runs in the page: what its entity highlights cover, per type. */
function pageHighlights(): Marked[] {
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const out: Marked[] = [];
  for (const type of ['PER', 'LOC', 'ORG']) {
    for (const range of registry.get(`kompas-entity-${type}`) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      out.push({ type, text: live.toString() });
    }
  }
  return out;
}

/** Runs in the reader's shadow root: each marked mention, joined across its parts. */
function readerMarks(shadow: ShadowRoot): Marked[] {
  const byMention = new Map<string, Marked>();
  for (const element of Array.from(shadow.querySelectorAll('kompas-entity'))) {
    const key = element.getAttribute('data-mention') ?? '';
    const entry = byMention.get(key) ?? { type: element.getAttribute('data-entity-type') ?? '', text: '' };
    entry.text += element.textContent ?? '';
    byMention.set(key, entry);
  }
  return [...byMention.values()];
}

const count = (marked: readonly Marked[], type: string, text: string) =>
  marked.filter((item) => item.type === type && item.text === text).length;

/**
 * What both views must show of the article: every mention of the page's names, and nothing of the keyword "Stok
 * beras". `inCaption` is how often the view shows the caption's own mention of Arga Dwipangga (the reader shows the
 * caption; the page's highlights cover the body only).
 */
function assertPageNames(marked: readonly Marked[], where: string, inCaption: number): void {
  const seen = JSON.stringify(marked);
  // "Arga Dwipangga" is named with his title only in the caption; the recogniser misses both mentions in the body.
  assert.equal(count(marked, 'PER', 'Arga Dwipangga'), 2 + inCaption, `${where}: ${seen}`);
  // The recogniser finds "Kopdes Merah Putih" of both mentions; the keyword link and the tags name it whole.
  assert.equal(count(marked, 'ORG', 'Kopdes Merah Putih Sukamakmur'), 2, `${where}: ${seen}`);
  assert.equal(count(marked, 'ORG', 'Kopdes Merah Putih'), 0, `${where}: ${seen}`);
  assert.ok(count(marked, 'PER', 'Rahmat Sutanto Wiradireja') >= 1, `${where}: ${seen}`);
  assert.ok(!marked.some((item) => /stok|beras/i.test(item.text)), `${where}: an ordinary word is marked: ${seen}`);
  // The tag "Lumbung Sentosa" is in no paragraph, and no recogniser's answer makes it a name.
  assert.ok(!marked.some((item) => item.text.includes('Lumbung')), `${where}: ${seen}`);
}

async function waitForHighlights(page: TestPage): Promise<Marked[]> {
  await page.waitFor(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0);
  return page.evaluate(pageHighlights);
}

for (const browserName of BROWSERS) {
  describe(`the page's own names in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    for (const [label, site] of [['tag links, nested body', PAGES.pageNames], ['tags in the meta only', PAGES.pageNamesInMeta]] as const) {
      it(`highlights on the page the names its tags, keyword link and caption give (${label})`, async () => {
        const page = await suite.browser.newPage();
        try {
          await page.goto(urlOf(site));
          assertPageNames(await waitForHighlights(page), 'page', 0);
        } finally {
          await page.close();
        }
      });
    }

    it('marks them in the reader too', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.pageNames));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        await page.waitForInShadow(READER, (root) => root.querySelector('kompas-entity') !== null);
        assertPageNames(await page.evaluateInShadow(READER, readerMarks), 'reader', 1);
      } finally {
        await page.close();
      }
    });
  });
}
