import { describe, expect, it } from 'vitest';
import type { DocumentKind, SearchDocument } from './reading-search.ts';
import { ReadingSearch } from './reading-search.ts';
import { COMPACT_AFTER, SNAPSHOT_VERSION, restore, shouldCompact, toSnapshot, type JournalEntry } from './search-snapshot.ts';

const url = (n: number): string => `https://nasional.kompas.com/read/2024/03/0${n}/1000000${n}/artikel-${n}`;
const doc = (n: number, text: string): SearchDocument => ({ id: url(n), kind: 'article', articleUrl: url(n), title: `Artikel ${n}`, text });

/** An in-memory stand-in for the IndexedDB side: documents by id, a journal, and counters of what was read. */
class FakeStore {
  docs = new Map<string, SearchDocument>();
  journal: JournalEntry[] = [];
  loads = 0;
  rebuilds = 0;
  private seq = 0;

  put(d: SearchDocument): void {
    this.docs.set(d.id, d);
    this.journal.push({ seq: ++this.seq, op: 'put', kind: d.kind, id: d.id });
  }

  delete(id: string, kind: DocumentKind = 'article'): void {
    this.docs.delete(id);
    this.journal.push({ seq: ++this.seq, op: 'delete', kind, id });
  }

  get lastSeq(): number {
    return this.seq;
  }

  loadDoc = async (_kind: DocumentKind, id: string): Promise<SearchDocument | null> => {
    this.loads++;
    return this.docs.get(id) ?? null;
  };

  rebuildAll = (): AsyncIterable<SearchDocument> => {
    this.rebuilds++;
    const docs = [...this.docs.values()];
    return (async function* () {
      yield* docs;
    })();
  };
}

const ids = (search: ReadingSearch, q: string): string[] => search.search(q).map((h) => h.id).sort();

describe('restore', () => {
  it('loads a snapshot of this version and replays only the journal after it, the latest entry per document winning', async () => {
    const store = new FakeStore();
    const live = new ReadingSearch();
    for (const d of [doc(1, 'Polisi menangkap pencuri.'), doc(2, 'Banjir merendam desa.')]) {
      store.put(d);
      live.put(d);
    }
    const snapshot = toSnapshot(live, store.lastSeq);
    store.put(doc(3, 'Penyerangan di perbatasan.'));
    store.put(doc(2, 'Gempa mengguncang desa.')); // replaced...
    store.put(doc(2, 'Kebakaran melanda pasar.')); // ...twice: one load, the latest text
    store.delete(url(1));
    store.put(doc(4, 'Dokumen sementara.'));
    store.delete(url(4)); // put then delete: never loaded

    const { search, journalUpTo, rebuilt, replayed } = await restore(snapshot, store.journal, store.loadDoc, store.rebuildAll);
    expect(rebuilt).toBe(false);
    expect(store.rebuilds).toBe(0);
    expect(journalUpTo).toBe(store.lastSeq);
    expect(replayed).toBe(4);
    expect(store.loads).toBe(2);
    expect(ids(search, 'serangan ')).toEqual([url(3)]);
    expect(ids(search, 'bakar ')).toEqual([url(2)]);
    expect(ids(search, 'banjir ')).toEqual([]);
    expect(ids(search, 'gempa ')).toEqual([]);
    expect(ids(search, 'tangkap ')).toEqual([]);
    expect(search.has(url(4))).toBe(false);
    expect(search.size).toBe(2);
  });

  it('replays entries in sequence order whatever order the journal is read in', async () => {
    const store = new FakeStore();
    const snapshot = toSnapshot(new ReadingSearch(), 0);
    store.put(doc(1, 'Banjir merendam desa.'));
    store.delete(url(1));
    const { search } = await restore(snapshot, [...store.journal].reverse(), store.loadDoc, store.rebuildAll);
    expect(search.has(url(1))).toBe(false);
  });

  it('gives the same index when a journal is replayed twice (a snapshot written before its journal was trimmed)', async () => {
    const store = new FakeStore();
    store.put(doc(1, 'Polisi menangkap pencuri.'));
    const first = await restore(toSnapshot(new ReadingSearch(), 0), store.journal, store.loadDoc, store.rebuildAll);
    store.put(doc(2, 'Penyerangan di perbatasan.'));
    store.delete(url(1));
    const once = await restore(toSnapshot(first.search, first.journalUpTo), store.journal, store.loadDoc, store.rebuildAll);
    // The same journal again over a snapshot that already holds all of it, as if its journalUpTo had not been saved.
    const twice = await restore(toSnapshot(once.search, 0), store.journal, store.loadDoc, store.rebuildAll);
    for (const q of ['serangan ', 'tangkap ', 'perbatasan', 'polisi ']) expect(ids(twice.search, q)).toEqual(ids(once.search, q));
    expect(twice.search.size).toBe(1);
    expect(twice.search.toJSON().length).toBeGreaterThan(0);
  });

  it('rebuilds from every document when the snapshot is of another version, missing or unreadable', async () => {
    const store = new FakeStore();
    store.put(doc(1, 'Polisi menangkap pencuri.'));
    store.put(doc(2, 'Penyerangan di perbatasan.'));
    const stale = { ...toSnapshot(new ReadingSearch(), store.lastSeq), version: SNAPSHOT_VERSION - 1 };
    for (const snapshot of [stale, null, { version: SNAPSHOT_VERSION, json: '{"nope":', journalUpTo: store.lastSeq }]) {
      const rebuildsBefore = store.rebuilds;
      const result = await restore(snapshot, store.journal, store.loadDoc, store.rebuildAll);
      expect(result.rebuilt).toBe(true);
      expect(store.rebuilds).toBe(rebuildsBefore + 1);
      expect(result.journalUpTo).toBe(store.lastSeq);
      expect(ids(result.search, 'menyerang ')).toEqual([url(2)]);
      expect(ids(result.search, 'penangkapan ')).toEqual([url(1)]);
    }
    expect(store.loads).toBe(0);
  });

  it('does not rebuild when the snapshot is current, even with nothing to replay', async () => {
    const store = new FakeStore();
    const live = new ReadingSearch();
    const d = doc(1, 'Polisi menangkap pencuri.');
    store.put(d);
    live.put(d);
    const result = await restore(toSnapshot(live, store.lastSeq), store.journal, store.loadDoc, store.rebuildAll);
    expect(result).toMatchObject({ rebuilt: false, replayed: 0, journalUpTo: 1 });
    expect(store.rebuilds + store.loads).toBe(0);
    expect(ids(result.search, 'tangkap ')).toEqual([url(1)]);
  });
});

describe('shouldCompact', () => {
  it('asks for a new snapshot once the journal is long', () => {
    expect(shouldCompact(0)).toBe(false);
    expect(shouldCompact(COMPACT_AFTER - 1)).toBe(false);
    expect(shouldCompact(COMPACT_AFTER)).toBe(true);
  });
});
