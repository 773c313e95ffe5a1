/**
 * The library's reading memory in both browsers: the search worker finds an article by an inflected form of a word
 * in its body, the people-and-places view and an entity's page, a saved article read with the fixture server
 * stopped, every view reached by keyboard, and an axe audit of each. The background's reading handlers are not
 * exercised here: the database is seeded with records made by ReadingStore (in Node, over fake-indexeddb) and
 * written as they are into the extension's own database from the library page.
 */
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IDBFactory } from 'fake-indexeddb';
import { sampleHighlight } from '../src/notes/sample-highlights.ts';
import { describeText } from '../src/anchoring/describe.ts';
import { NotesStore, openNotesDb } from '../src/notes/store.ts';
import { ReadingStore } from '../src/reading/reading-store.ts';
import { sampleReading } from '../src/reading/sample-readings.ts';
import { auditAccessibility, formatViolations } from './accessibility.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { siteRoute } from './site.ts';

const LIBRARY = 'extension/library/index.html';
/** A 2x2 red PNG: the saved lead image. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
const BODY_A = 'Pasukan bersiaga di perbatasan sejak pagi.\n\nSerangan udara terjadi pada malam hari, kata Prabowo Subianto di Jakarta.';
const QUOTE = 'Serangan udara terjadi pada malam hari, kata Prabowo Subianto';

type Dump = Record<string, unknown[]>;

/** The stores' records as ReadingStore and NotesStore write them, for two articles (the first saved). */
async function seedRecords(): Promise<{ dump: Dump; first: string; second: string; highlightId: string }> {
  const db = await openNotesDb(new IDBFactory());
  const reading = new ReadingStore(db);
  const first = sampleReading(1, { title: 'Situasi perbatasan memanas', text: BODY_A });
  const second = sampleReading(2, { title: 'Banjir melanda pesisir', text: 'Air laut naik. Prabowo Subianto meninjau lokasi.' });
  await reading.record(first, new Date('2025-01-06T08:00:00Z'));
  await reading.record(second, new Date('2025-01-20T08:00:00Z'));
  const contentHtml = BODY_A.split('\n\n').map((p) => `<p>${p}</p>`).join('') + '<p><img src="http://www.kompas.com/never.jpg" alt=""></p>';
  await reading.save(first.url, { contentHtml, image: { blob: new Blob([Buffer.from(PNG, 'base64')], { type: 'image/png' }), type: 'image/png', alt: '', caption: 'Foto perbatasan' } });
  const start = BODY_A.replace('\n\n', ' ').indexOf(QUOTE);
  const highlight = sampleHighlight(1, {
    articleUrl: first.url,
    title: first.title,
    selectors: describeText(BODY_A.replace('\n\n', ' '), start, start + QUOTE.length)!,
    note: 'Catatan tentang serangan',
    entities: ['Prabowo Subianto'],
  });
  await new NotesStore(db).put(highlight);
  const dump: Dump = {};
  for (const store of ['articles', 'articleTexts', 'savedArticles', 'entitySummaries', 'personWords', 'highlights'] as const) {
    dump[store] = (await db.getAll(store)).map((record) => {
      const r = record as { image?: { blob: Blob } | null };
      return r.image ? { ...r, image: { ...r.image, blob: null } } : record;
    });
  }
  dump.searchJournal = (await db.getAll('searchJournal')).map(({ op, kind, id }) => ({ op, kind, id }));
  db.close();
  return { dump, first: first.url, second: second.url, highlightId: highlight.id };
}

/** Writes the records into the extension's database from one of its pages (the saved image rebuilt as a Blob). */
async function seed(page: TestPage, dump: Dump): Promise<void> {
  await page.evaluate(async ({ dump, png }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('teman-baca-notes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const tx = db.transaction(Object.keys(dump), 'readwrite');
    for (const [store, records] of Object.entries(dump)) {
      for (const record of records as Array<Record<string, unknown>>) {
        const image = record.image as Record<string, unknown> | null | undefined;
        tx.objectStore(store).put(image ? { ...record, image: { ...image, blob: new Blob([bytes], { type: 'image/png' }) } } : record);
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { dump, png: PNG });
}

async function assertClean(page: TestPage, what: string): Promise<void> {
  const violations = await auditAccessibility(page);
  assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
}

for (const browserName of BROWSERS) {
  describe(`the library's reading memory in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    it('searches, lists people and places, opens an entity by keyboard, and reads a saved article offline', async () => {
      const { dump, first, second, highlightId } = await seedRecords();
      const library = await suite.browser.openExtensionPage(LIBRARY);
      try {
        await library.waitFor(() => document.querySelector('[data-testid="reading-search"]') !== null);
        await seed(library, dump);

        // Search for an inflected form: the article whose body says "Serangan", with the word marked.
        await library.click('[data-testid="reading-search"]');
        await library.type('menyerang');
        await library.waitFor(() => document.querySelectorAll('[data-testid="reading-search-hit"]').length > 0, undefined, 15_000);
        const hits = await library.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-testid="reading-search-hit"]')].map((hit) => ({
            kind: hit.dataset.kind,
            url: hit.dataset.url,
            marks: [...hit.querySelectorAll('mark')].map((m) => m.textContent),
          })));
        const article = hits.find((h) => h.kind === 'article');
        assert.equal(article?.url, first);
        assert.deepEqual(article?.marks, ['Serangan']);
        assert.ok(hits.some((h) => h.kind === 'highlight' && h.url === first), 'the highlight with its note is found too');
        await assertClean(library, 'the library with search results');

        // Every view by keyboard: from the search box, Shift+Tab back into the navigation, Enter on each.
        for (const [view, heading] of [['entities', 'Tokoh & tempat'], ['articles', 'Artikel yang dibaca'], ['highlights', 'Sorotan dan catatan']] as const) {
          await library.evaluate(() => document.querySelector<HTMLElement>('[data-testid="reading-search"]')!.focus());
          const steps = { highlights: 3, articles: 2, entities: 1 }[view];
          for (let i = 0; i < steps; i++) await library.press('Shift+Tab');
          await library.press('Enter');
          await library.waitFor((h) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === h, heading);
          assert.ok((await library.evaluate(() => location.hash)).includes(view));
          await assertClean(library, `the ${view} view`);
        }

        // People and places: Prabowo Subianto is named in both articles, and his page lists both.
        await library.evaluate(() => {
          location.hash = '#view=entities';
        });
        await library.waitFor(() => document.querySelector('[data-testid="reading-entity"][data-key^="PER:"]') !== null);
        const key = await library.evaluate(() => document.querySelector<HTMLElement>('[data-testid="reading-entity"][data-key^="PER:"]')!.dataset.key!);
        await library.click(`[data-testid="reading-entity"][data-key="${key}"] a`);
        await library.waitFor(() => document.querySelectorAll('[data-testid="entity-article"]').length === 2);
        const listed = await library.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="entity-article"]')].map((a) => a.dataset.url).sort());
        assert.deepEqual(listed, [first, second].sort());
        assert.equal(await library.evaluate(() => document.querySelector('[data-testid="entity-highlight"] blockquote')?.textContent), QUOTE);
        await assertClean(library, "an entity's page");

        // A saved article with the fixture server stopped: its text, its image from the database, its highlight.
        await suite.server.close();
        await library.evaluate(() => {
          location.hash = '#view=articles';
        });
        await library.waitFor(() => document.querySelector('[data-testid="open-saved"]') !== null);
        await library.click('[data-testid="open-saved"]');
        await library.waitFor(() => document.querySelector('kompas-reader-host') !== null, undefined, 15_000);
        await library.waitForInShadow('kompas-reader-host', (root, id) =>
          root.querySelector(`teman-baca-highlight[data-highlight-id="${id}"]`) !== null, highlightId, 15_000);
        const shown = await library.evaluateInShadow('kompas-reader-host', (root) => ({
          text: root.querySelector('.content')?.textContent ?? '',
          image: (root.querySelector('figure.lead img') as HTMLImageElement | null)?.naturalWidth ?? 0,
          bodyImages: root.querySelectorAll('.content img').length,
          highlight: root.querySelector('teman-baca-highlight')?.textContent,
        }));
        assert.match(shown.text, /Serangan udara terjadi/);
        assert.equal(shown.image, 2);
        assert.equal(shown.bodyImages, 0);
        assert.equal(shown.highlight, QUOTE);
      } finally {
        await library.close();
      }
    });
  });
}
