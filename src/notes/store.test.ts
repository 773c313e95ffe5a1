import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleHighlight, sampleId } from './sample-highlights.ts';
import { highlightTerms } from './search-terms.ts';
import { NOTES_DB_VERSION, NotesStore, StorageQuotaError, openNotesDb } from './store.ts';

const stores: NotesStore[] = [];
async function freshStore(): Promise<NotesStore> {
  const store = new NotesStore(await openNotesDb(new IDBFactory()));
  stores.push(store);
  return store;
}
afterEach(() => {
  stores.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

describe('migrations', () => {
  /** A version-1 database as the first release left it: records without tags, entities or search terms. */
  async function versionOneWithData(factory: IDBFactory): Promise<void> {
    const db = await openNotesDb(factory, 1);
    const { tags: _t, entities: _e, ...v1 } = sampleHighlight(1, { note: 'Catatan tentang Tambak Lorok' });
    await db.put('highlights', v1 as never);
    await db.put('highlights', { ...v1, id: sampleId(2), colour: 'pink', note: '' } as never);
    expect([...db.objectStoreNames]).toEqual(['highlights']);
    expect([...db.transaction('highlights').store.indexNames]).toEqual([]);
    db.close();
  }

  it('upgrades a version-1 database with data to the latest version', async () => {
    const factory = new IDBFactory();
    await versionOneWithData(factory);
    const store = new NotesStore(await openNotesDb(factory));
    stores.push(store);
    expect(store.db.version).toBe(NOTES_DB_VERSION);
    expect([...store.db.transaction('highlights').store.indexNames].sort()).toEqual(
      ['articleUrl', 'colour', 'createdAt', 'section', 'tags', 'terms', 'updatedAt'],
    );
    const upgraded = await store.get(sampleId(1));
    expect(upgraded).toMatchObject({ tags: [], entities: [], note: 'Catatan tentang Tambak Lorok' });
    expect(upgraded).not.toHaveProperty('terms');
    // The new indexes cover the old records.
    expect((await store.search('tambak')).highlights.map((h) => h.id)).toEqual([sampleId(1)]);
    expect((await store.search('', { colours: ['pink'] })).highlights.map((h) => h.id)).toEqual([sampleId(2)]);
    expect(await store.listByArticle(sampleHighlight(1).articleUrl)).toHaveLength(2);
  });

  it('upgrades one version at a time', async () => {
    const factory = new IDBFactory();
    await versionOneWithData(factory);
    const v2 = await openNotesDb(factory, 2);
    expect((await v2.get('highlights', sampleId(1)))?.tags).toEqual([]);
    expect(v2.transaction('highlights').store.indexNames.contains('terms')).toBe(false);
    v2.close();
    const v3 = await openNotesDb(factory, 3);
    expect((await v3.get('highlights', sampleId(1)))?.terms).toContain('semarang');
    expect([...v3.objectStoreNames]).toEqual(['highlights']);
    v3.close();
  });

  const READING_STORES = ['articleTexts', 'articles', 'entitySummaries', 'personWords', 'savedArticles', 'searchIndex', 'searchJournal'];

  it.each([1, 2, 3, 4])('keeps every highlight from version %i and adds the reading memory\'s stores', async (from) => {
    const factory = new IDBFactory();
    await versionOneWithData(factory);
    if (from > 1) (await openNotesDb(factory, from)).close();
    const older = await openNotesDb(factory, from);
    // More highlights written under the older version, as that version wrote them.
    for (let n = 10; n < 10 + from * 7; n++) {
      const { tags: _t, entities: _e, ...v1 } = sampleHighlight(n);
      const record = from === 1 ? v1 : from === 2 ? sampleHighlight(n) : { ...sampleHighlight(n), terms: highlightTerms(sampleHighlight(n)) };
      await older.put('highlights', record as never);
    }
    const before = (await older.getAll('highlights')).map((h) => h.id).sort();
    older.close();
    expect(before).toHaveLength(2 + from * 7);

    const store = new NotesStore(await openNotesDb(factory));
    stores.push(store);
    expect(store.db.version).toBe(NOTES_DB_VERSION);
    expect([...store.db.objectStoreNames].sort()).toEqual(['highlights', ...READING_STORES].sort());
    expect((await store.listAll()).map((h) => h.id).sort()).toEqual(before);
    expect((await store.search('semarang', {}, Infinity)).total).toBe(before.length);
    const articles = store.db.transaction('articles').store;
    expect([...articles.indexNames].sort()).toEqual(['entityFirstRead', 'entityLastRead', 'lastReadAt', 'saved']);
    expect(articles.index('entityLastRead').multiEntry).toBe(true);
    const summaries = store.db.transaction('entitySummaries').store;
    expect([...summaries.indexNames]).toEqual(['listRank']);
    expect(store.db.transaction('personWords').store.keyPath).toEqual(['word', 'key']);
    expect(store.db.transaction('searchJournal').store.autoIncrement).toBe(true);
    expect(await store.db.count('searchJournal')).toBe(0);
  });

  it('creates every store in a new database', async () => {
    const store = await freshStore();
    expect([...store.db.objectStoreNames].sort()).toEqual(['highlights', ...READING_STORES].sort());
  });
});

/** Journal appends (the only `add`s) abort their transaction for quota, as a browser does when a write does not fit. */
function failAddsForQuota(): void {
  const original = FakeObjectStore.prototype.add;
  vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    const request = original.apply(this, args as [unknown, IDBValidKey?]);
    const tx = this.transaction;
    if (tx.error === null) Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') });
    queueMicrotask(() => {
      try {
        tx.abort();
      } catch {
        // Several adds in one transaction: the first aborted it.
      }
    });
    return request;
  });
}

describe('the search journal of highlights', () => {
  const entries = async (store: NotesStore) =>
    (await store.db.getAll('searchJournal')).map(({ seq: _s, ...entry }) => entry);

  it('notes every highlight written, changed, deleted, restored or merged, in order', async () => {
    const store = await freshStore();
    const a = await store.put(sampleHighlight(1));
    await store.update(a.id, { note: 'baru' });
    expect(await store.update(sampleId(77), { note: 'x' })).toBeNull();
    await store.delete(a.id);
    await store.delete(a.id);
    await store.restore(a);
    await store.merge([{ ...a, updatedAt: '2020-01-01T00:00:00.000Z' }, sampleHighlight(2), sampleHighlight(3)]);
    expect(await entries(store)).toEqual([
      { op: 'put', kind: 'highlight', id: a.id },
      { op: 'put', kind: 'highlight', id: a.id },
      { op: 'delete', kind: 'highlight', id: a.id },
      { op: 'put', kind: 'highlight', id: a.id },
      { op: 'put', kind: 'highlight', id: sampleId(2) },
      { op: 'put', kind: 'highlight', id: sampleId(3) },
    ]);
  });

  it('stores the highlight only with its journal entry', async () => {
    const store = await freshStore();
    failAddsForQuota();
    await expect(store.put(sampleHighlight(1))).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(store.merge([sampleHighlight(2), sampleHighlight(3)])).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await store.count()).toBe(0);
  });

  it('writes no journal entry for a write that failed', async () => {
    const store = await freshStore();
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.put(sampleHighlight(2))).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(store.merge([sampleHighlight(3)])).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await entries(store)).toEqual([]);
  });
});

describe('NotesStore', () => {
  it('saves with a fresh updatedAt, keeps createdAt on resave, gets and lists one article in reading order', async () => {
    const store = await freshStore();
    const a = sampleHighlight(1);
    const later = sampleHighlight(501, { articleUrl: a.articleUrl });
    later.selectors[1] = { type: 'TextPositionSelector', start: 1, end: 5 };
    const saved = await store.put(a, new Date('2025-01-01T00:00:00Z'));
    expect(saved.updatedAt).toBe('2025-01-01T00:00:00.000Z');
    await store.put(later);
    await store.put({ ...a, createdAt: '2030-01-01T00:00:00.000Z', note: 'x' });
    expect((await store.get(a.id))?.createdAt).toBe(a.createdAt);
    expect((await store.listByArticle(a.articleUrl)).map((h) => h.id)).toEqual([later.id, a.id]);
    expect(await store.get(sampleId(999))).toBeNull();
  });

  it('deletes returning the record, and restores it for undo', async () => {
    const store = await freshStore();
    const a = await store.put(sampleHighlight(1, { note: 'penting' }));
    const deleted = await store.delete(a.id);
    expect(deleted).toEqual(a);
    expect(await store.get(a.id)).toBeNull();
    expect(await store.delete(a.id)).toBeNull();
    await store.restore(deleted!);
    expect(await store.get(a.id)).toEqual(a);
    expect((await store.search('penting')).highlights.map((h) => h.id)).toEqual([a.id]);
  });

  it('searches quote, note and title ignoring case and diacritics, all words, as prefixes', async () => {
    const store = await freshStore();
    await store.put(sampleHighlight(1, { note: 'Kafé di TAMBAK Lorok' }));
    await store.put(sampleHighlight(2, { title: 'Rapat Menlu', note: '' }));
    await store.put(sampleHighlight(3, { note: 'tambak udang' }));
    const ids = async (q: string) => (await store.search(q)).highlights.map((h) => h.id).sort();
    expect(await ids('kafe tambak')).toEqual([sampleId(1)]);
    expect(await ids('Tambak')).toEqual([sampleId(1), sampleId(3)]);
    expect(await ids('menlu banj')).toEqual([sampleId(2)]);
    expect(await ids('tambak menlu')).toEqual([]);
  });

  it('filters by colour, tag, section and date', async () => {
    const store = await freshStore();
    for (let n = 0; n < 10; n++) await store.put(sampleHighlight(n, { tags: n % 3 === 0 ? ['banjir'] : [] }));
    const count = async (q: string, f: Parameters<NotesStore['search']>[1]) => (await store.search(q, f)).total;
    expect(await count('', { colours: ['yellow'] })).toBe(2);
    expect(await count('', { colours: ['yellow', 'green'] })).toBe(4);
    expect(await count('', { tag: 'banjir' })).toBe(4);
    expect(await count('', { section: 'Regional' })).toBe(5);
    expect(await count('', { section: 'regional' })).toBe(0);
    expect(await count('semarang', { section: 'Regional', tag: 'banjir' })).toBe(2);
    const from = sampleHighlight(5).createdAt;
    const to = sampleHighlight(8).createdAt;
    expect(await count('', { from, to })).toBe(3);
    expect(await count('', { from })).toBe(5);
  });

  it('returns the newest matches up to the limit with the total', async () => {
    const store = await freshStore();
    for (let n = 0; n < 10; n++) await store.put(sampleHighlight(n), new Date(Date.UTC(2025, 0, 1 + n)));
    const page = await store.search('semarang', {}, 3);
    expect(page.total).toBe(10);
    expect(page.highlights.map((h) => h.id)).toEqual([sampleId(9), sampleId(8), sampleId(7)]);
    expect((await store.search('tidakada')).total).toBe(0);
  });

  it('groups all highlights by article, newest article first', async () => {
    const store = await freshStore();
    await store.put(sampleHighlight(1), new Date('2025-01-01T00:00:00Z'));
    await store.put(sampleHighlight(2), new Date('2025-03-01T00:00:00Z'));
    await store.put(sampleHighlight(501), new Date('2025-02-01T00:00:00Z'));
    const groups = await store.listGrouped();
    expect(groups.map((g) => [g.articleUrl, g.highlights.length])).toEqual([
      [sampleHighlight(2).articleUrl, 1],
      [sampleHighlight(1).articleUrl, 2],
    ]);
  });

  it('loses nothing when five writers save and update at once', async () => {
    const store = await freshStore();
    await store.put(sampleHighlight(0));
    const writers = Array.from({ length: 5 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 40; i++) await store.put(sampleHighlight(1 + w * 100 + i));
      })(),
    );
    // Concurrent changes to different fields of one highlight: each update reads and writes in one transaction.
    const updates = [
      store.update(sampleId(0), { note: 'catatan' }),
      store.update(sampleId(0), { colour: 'purple' }),
      store.update(sampleId(0), { tags: ['rob'] }),
      store.update(sampleId(0), { entities: ['Semarang', 'Demak'] }),
    ];
    await Promise.all([...writers, ...updates]);
    expect(await store.count()).toBe(201);
    expect(await store.get(sampleId(0))).toMatchObject({
      note: 'catatan', colour: 'purple', tags: ['rob'], entities: ['Semarang', 'Demak'],
    });
  });

  it('merges keeping the newer copy, all or nothing', async () => {
    const store = await freshStore();
    const old = await store.put(sampleHighlight(1, { note: 'lama' }), new Date('2025-01-01T00:00:00Z'));
    const kept = await store.put(sampleHighlight(2, { note: 'tetap' }), new Date('2025-06-01T00:00:00Z'));
    const counts = await store.merge([
      { ...old, note: 'baru', updatedAt: '2025-02-01T00:00:00.000Z' },
      { ...kept, note: 'usang', updatedAt: '2025-05-01T00:00:00.000Z' },
      sampleHighlight(3),
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await store.get(old.id))?.note).toBe('baru');
    expect((await store.get(kept.id))?.note).toBe('tetap');
  });

  it('surfaces a full disk as StorageQuotaError and leaves the store unchanged', async () => {
    const store = await freshStore();
    await store.put(sampleHighlight(1));
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.put(sampleHighlight(2))).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(store.update(sampleId(1), { note: 'x' })).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(store.merge([sampleHighlight(3), sampleHighlight(4)])).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await store.count()).toBe(1);
    expect((await store.get(sampleId(1)))?.note).toBe('');
  });

  it('surfaces a transaction aborted for quota as StorageQuotaError', async () => {
    const store = await freshStore();
    const original = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args as [unknown, IDBValidKey?]);
      // What a browser does when the write does not fit: the transaction aborts with a QuotaExceededError.
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') });
      queueMicrotask(() => tx.abort());
      return request;
    });
    await expect(store.put(sampleHighlight(5))).rejects.toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await store.count()).toBe(0);
  });
});
