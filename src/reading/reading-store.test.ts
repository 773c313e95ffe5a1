// @vitest-environment node
// (Node's Blob survives the structured clone that fake-indexeddb stores with, as a browser's does; happy-dom's does not.)
import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageQuotaError, openNotesDb } from '../notes/store.ts';
import { entityRange } from './entity-summary.ts';
import { MAX_SAVED_HTML_CHARS, MAX_SAVED_IMAGE_BYTES, ReadingStore } from './reading-store.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

const stores: ReadingStore[] = [];
async function freshStore(): Promise<ReadingStore> {
  const store = new ReadingStore(await openNotesDb(new IDBFactory()));
  stores.push(store);
  return store;
}
afterEach(() => {
  stores.splice(0).forEach((s) => s.db.close());
  vi.restoreAllMocks();
});

const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
const entries = async (store: ReadingStore, after?: number) => (await store.journal(after)).map(({ op, kind, id }) => [op, kind, id]);
const image = (bytes: number) => ({ blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), type: 'image/jpeg', alt: 'Banjir', caption: 'Foto: Kompas' });

describe('ReadingStore.record', () => {
  it('records a first reading with its text, entities keyed, and a journal entry', async () => {
    const store = await freshStore();
    const article = await store.record(sampleReading(1, { readFraction: 0.3 }), day(3));
    expect(article).toMatchObject({
      url: sampleUrl(1),
      firstReadAt: day(3).toISOString(),
      lastReadAt: day(3).toISOString(),
      readCount: 1,
      readFraction: 0.3,
      saved: false,
      textIndexed: true,
      // Most mentioned first; a tie by name.
      entityKeys: ['LOC:jakarta', 'PER:prabowo subianto'],
    });
    expect(article.entities[1]).toEqual({ name: 'Prabowo Subianto', type: 'PER', count: 2, key: 'PER:prabowo subianto' });
    expect(await store.get(sampleUrl(1))).toEqual(article);
    expect(await store.text(sampleUrl(1))).toBe(sampleReading(1).text);
    expect(await entries(store)).toEqual([['put', 'article', sampleUrl(1)]]);
  });

  it('keeps the first reading time and the furthest progress, counts readings, and takes the latest entities', async () => {
    const store = await freshStore();
    await store.record(sampleReading(2, { readFraction: 0.9 }), day(1));
    const again = await store.record(
      sampleReading(2, { readFraction: 0.2, title: 'Judul diperbarui', text: 'Teks baru.', entities: [{ name: 'Bandung', type: 'LOC', count: 1 }] }),
      day(5),
    );
    expect(again).toMatchObject({
      firstReadAt: day(1).toISOString(),
      lastReadAt: day(5).toISOString(),
      readCount: 2,
      readFraction: 0.9,
      title: 'Judul diperbarui',
      entityKeys: ['LOC:bandung'],
    });
    expect(await store.text(sampleUrl(2))).toBe('Teks baru.');
    expect(await store.db.getAllKeysFromIndex('articles', 'entityLastRead', entityRange('LOC:jakarta'))).toEqual([]);
    expect(await store.db.getAllKeysFromIndex('articles', 'entityLastRead', entityRange('LOC:bandung'))).toEqual([sampleUrl(2)]);
    expect(await entries(store)).toHaveLength(2);
  });

  it('counts reports within 30 minutes of the latest reading as that reading, and the article once in its summaries', async () => {
    const store = await freshStore();
    const at = (minutes: number) => new Date(day(1).getTime() + minutes * 60_000);
    const jakarta = () => store.db.get('entitySummaries', 'LOC:jakarta');
    expect((await store.record(sampleReading(5), at(0))).readCount).toBe(1);
    // The reader opened after the page's report, then a late paragraph reported again.
    expect(await store.record(sampleReading(5), at(2))).toMatchObject({ readCount: 1, firstReadAt: at(0).toISOString(), lastReadAt: at(2).toISOString() });
    expect(await store.record(sampleReading(5, { text: 'Teks dengan paragraf baru.' }), at(31))).toMatchObject({ readCount: 1, lastReadAt: at(31).toISOString() });
    expect(await jakarta()).toMatchObject({ articleCount: 1, mentionCount: 2, lastSeen: at(31).toISOString() });
    // Half an hour after the latest report: another reading. The article is still one article to its entities.
    expect((await store.record(sampleReading(5), at(61))).readCount).toBe(2);
    expect((await store.record(sampleReading(5), at(61 + 29))).readCount).toBe(2);
    expect((await store.record(sampleReading(5), at(61 + 29 + 45))).readCount).toBe(3);
    expect(await jakarta()).toMatchObject({ articleCount: 1, mentionCount: 2, weeks: { '2025-01-06': 1 }, firstSeen: at(0).toISOString() });
  });

  it('keeps the earlier text when a reading brings none', async () => {
    const store = await freshStore();
    await store.record(sampleReading(3), day(1));
    const again = await store.record(sampleReading(3, { text: '' }), day(2));
    expect(again.textIndexed).toBe(true);
    expect(await store.text(sampleUrl(3))).toBe(sampleReading(3).text);
    const bare = await store.record(sampleReading(4, { text: ' ' }), day(2));
    expect(bare.textIndexed).toBe(false);
    expect(await store.text(sampleUrl(4))).toBeNull();
  });

  it('writes the article, its text and its journal entry together or not at all', async () => {
    const store = await freshStore();
    const original = FakeObjectStore.prototype.add;
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args as [unknown, IDBValidKey?]);
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') });
      queueMicrotask(() => tx.abort());
      return request;
    });
    await expect(store.record(sampleReading(5), day(1))).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await store.get(sampleUrl(5))).toBeNull();
    expect(await store.text(sampleUrl(5))).toBeNull();
    expect(await store.journal()).toEqual([]);
  });

  it('surfaces a refused write as StorageQuotaError naming the article', async () => {
    const store = await freshStore();
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.record(sampleReading(6), day(1))).rejects.toThrow(/the article was not saved/);
  });
});

describe('ReadingStore progress and listing', () => {
  it('raises progress, never lowers it, by any address of the article', async () => {
    const store = await freshStore();
    await store.record(sampleReading(1, { readFraction: 0.4 }), day(1));
    expect((await store.setProgress(`${sampleUrl(1)}?page=2`, 0.8))?.readFraction).toBe(0.8);
    expect((await store.setProgress(sampleUrl(1), 0.1))?.readFraction).toBe(0.8);
    expect((await store.get(sampleUrl(1)))?.readFraction).toBe(0.8);
    expect(await store.setProgress(sampleUrl(99), 0.5)).toBeNull();
    expect(await store.get(sampleUrl(99))).toBeNull();
  });

  it('lists newest reading first, a page at a time', async () => {
    const store = await freshStore();
    const order = [4, 0, 7, 2, 9, 1, 5];
    for (const [i, n] of order.entries()) await store.record(sampleReading(n), day(i));
    // Reading one again moves it to the top.
    await store.record(sampleReading(0), day(20));
    const first = await store.list({ limit: 3 });
    expect(first.map((a) => a.url)).toEqual([0, 5, 1].map(sampleUrl));
    const second = await store.list({ limit: 3, before: first.at(-1)!.lastReadAt });
    expect(second.map((a) => a.url)).toEqual([9, 2, 7].map(sampleUrl));
    expect((await store.list({ limit: 10, before: second.at(-1)!.lastReadAt })).map((a) => a.url)).toEqual([sampleUrl(4)]);
    expect(await store.count()).toBe(7);
  });
});

describe('ReadingStore forgetting', () => {
  async function withHistory(): Promise<ReadingStore> {
    const store = await freshStore();
    for (let n = 0; n < 6; n++) await store.record(sampleReading(n), day(n * 30));
    await store.save(sampleUrl(0), { contentHtml: '<p>nol</p>', image: null }, day(200));
    await store.save(sampleUrl(4), { contentHtml: '<p>empat</p>', image: null }, day(201));
    return store;
  }

  it('forgets one article with its text, saved copy and a journal delete', async () => {
    const store = await withHistory();
    const seq = (await store.journal()).at(-1)!.seq;
    expect(await store.forget(sampleUrl(4))).toBe(true);
    expect(await store.get(sampleUrl(4))).toBeNull();
    expect(await store.text(sampleUrl(4))).toBeNull();
    expect(await store.saved(sampleUrl(4))).toBeNull();
    expect(await store.forget(sampleUrl(4))).toBe(false);
    expect(await entries(store, seq)).toEqual([['delete', 'article', sampleUrl(4)]]);
    expect(await store.count()).toBe(5);
  });

  it('clears the history but for saved articles, which keep their history fields', async () => {
    const store = await withHistory();
    const savedBefore = await store.get(sampleUrl(4));
    expect(await store.clearHistory()).toBe(4);
    expect((await store.list({ limit: 10 })).map((a) => a.url)).toEqual([sampleUrl(4), sampleUrl(0)]);
    expect(await store.get(sampleUrl(4))).toEqual(savedBefore);
    expect(await store.text(sampleUrl(4))).not.toBeNull();
    expect(await store.text(sampleUrl(1))).toBeNull();
    const deletes = (await store.journal()).filter((e) => e.op === 'delete').map((e) => e.id).sort();
    expect(deletes).toEqual([1, 2, 3, 5].map(sampleUrl).sort());
  });

  it.each([
    ['30d', [0, 4, 5]],
    ['90d', [0, 3, 4, 5]],
    ['365d', [0, 1, 2, 3, 4, 5]],
    ['forever', [0, 1, 2, 3, 4, 5]],
  ] as const)('retention %s keeps the saved and the recently read: %j', async (policy, kept) => {
    const store = await withHistory();
    // Last readings on days 0, 30, 60, 90, 120, 150; now is day 160.
    const removed = await store.applyRetention(policy, day(160));
    expect(removed).toBe(6 - kept.length);
    expect((await store.list({ limit: 10 })).map((a) => a.url).sort()).toEqual(kept.map(sampleUrl).sort());
  });
});

describe('ReadingStore saving', () => {
  it('saves a recorded article with its image, lists it, and unsaves it back to history', async () => {
    const store = await freshStore();
    await store.record(sampleReading(1), day(1));
    await store.record(sampleReading(2), day(2));
    expect(await store.save(sampleUrl(3), { contentHtml: '<p>x</p>', image: null }, day(3))).toBeNull();
    const result = await store.save(`${sampleUrl(1)}?page=all`, { contentHtml: '<p>satu</p>', image: image(1000) }, day(4));
    expect(result?.imageDropped).toBe(false);
    await store.save(sampleUrl(2), { contentHtml: '<p>dua</p>', image: null }, day(5));
    const copy = await store.saved(sampleUrl(1));
    expect(copy).toMatchObject({ url: sampleUrl(1), savedAt: day(4).toISOString(), contentHtml: '<p>satu</p>' });
    expect(copy?.image).toMatchObject({ type: 'image/jpeg', alt: 'Banjir', caption: 'Foto: Kompas' });
    expect(copy?.image?.blob.size).toBe(1000);
    expect((await store.get(sampleUrl(1)))?.saved).toBe(true);
    expect((await store.listSaved()).map((s) => [s.article.url, s.savedAt])).toEqual([
      [sampleUrl(2), day(5).toISOString()],
      [sampleUrl(1), day(4).toISOString()],
    ]);
    // A new reading keeps it saved.
    expect((await store.record(sampleReading(1), day(6))).saved).toBe(true);
    expect(await store.unsave(sampleUrl(1))).toBe(true);
    expect(await store.unsave(sampleUrl(1))).toBe(false);
    expect(await store.saved(sampleUrl(1))).toBeNull();
    expect(await store.get(sampleUrl(1))).toMatchObject({ saved: false, readCount: 2 });
    expect((await store.listSaved()).map((s) => s.article.url)).toEqual([sampleUrl(2)]);
    expect(await store.clearHistory()).toBe(1);
  });

  it('saves without an image over the cap, and says so', async () => {
    const store = await freshStore();
    await store.record(sampleReading(1), day(1));
    const atCap = await store.save(sampleUrl(1), { contentHtml: '<p>a</p>', image: image(MAX_SAVED_IMAGE_BYTES) }, day(2));
    expect(atCap?.imageDropped).toBe(false);
    const over = await store.save(sampleUrl(1), { contentHtml: '<p>b</p>', image: image(MAX_SAVED_IMAGE_BYTES + 1) }, day(3));
    expect(over).toMatchObject({ imageDropped: true, saved: { image: null, contentHtml: '<p>b</p>' } });
    expect((await store.saved(sampleUrl(1)))?.image).toBeNull();
  });

  it('refuses reader HTML over the cap, keeping the earlier copy', async () => {
    const store = await freshStore();
    await store.record(sampleReading(1), day(1));
    await store.save(sampleUrl(1), { contentHtml: '<p>a</p>', image: null }, day(2));
    const html = `<p>${'x'.repeat(MAX_SAVED_HTML_CHARS)}</p>`;
    await expect(store.save(sampleUrl(1), { contentHtml: html, image: null }, day(3))).rejects.toMatchObject({ field: 'contentHtml', problem: 'too-long' });
    expect((await store.saved(sampleUrl(1)))?.contentHtml).toBe('<p>a</p>');
  });
});

describe('ReadingStore search snapshot and journal', () => {
  it('pages the journal, and writes a snapshot trimming the entries it holds in one step', async () => {
    const store = await freshStore();
    for (let n = 0; n < 5; n++) await store.record(sampleReading(n), day(n));
    const all = await store.journal();
    expect(all.map((e) => e.id)).toEqual([0, 1, 2, 3, 4].map(sampleUrl));
    const upTo = all[2]!.seq;
    expect((await store.journal(upTo)).map((e) => e.id)).toEqual([3, 4].map(sampleUrl));
    expect(await store.readSnapshot()).toBeNull();
    await store.writeSnapshot({ version: 1, config: 'c1', json: '{"x":1}' }, upTo);
    expect(await store.readSnapshot()).toEqual({ version: 1, config: 'c1', json: '{"x":1}', journalUpTo: upTo });
    expect((await store.journal()).map((e) => e.id)).toEqual([3, 4].map(sampleUrl));
    await store.trimJournal(all[3]!.seq);
    expect((await store.journal()).map((e) => e.id)).toEqual([sampleUrl(4)]);
    // Sequence numbers keep rising after a trim, so "after" stays meaningful.
    await store.record(sampleReading(9), day(9));
    expect((await store.journal()).at(-1)!.seq).toBeGreaterThan(all[4]!.seq);
  });

  it('leaves the journal whole when the snapshot write fails', async () => {
    const store = await freshStore();
    for (let n = 0; n < 3; n++) await store.record(sampleReading(n), day(n));
    const original = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args as [unknown, IDBValidKey?]);
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') });
      queueMicrotask(() => tx.abort());
      return request;
    });
    await expect(store.writeSnapshot({ version: 1, config: 'c', json: '{}' }, 999)).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await store.journal()).toHaveLength(3);
    expect(await store.readSnapshot()).toBeNull();
  });
});
