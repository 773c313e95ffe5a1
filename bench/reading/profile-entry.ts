/**
 * Bundled into the recording profile's page (Chromium, real IndexedDB): `ReadingStore.record` against its parts, each
 * run alone in its own transaction, to see where recording's time goes.
 */
import { openNotesDb, type NotesDb, type StoredArticle } from '../../src/notes/store.ts';
import type { ReadingRecord } from '../../src/reading/article-record.ts';
import { entityKey } from '../../src/reading/entity-key.ts';
import { SummaryChanges, applyChange, entityReadingKeys, summaryKeysOf, type EntitySummary } from '../../src/reading/entity-summary.ts';
import { unwrap } from 'idb';
import { ReadingStore } from '../../src/reading/reading-store.ts';

let db: NotesDb;
let store: ReadingStore;

function stored(reading: ReadingRecord, now: Date, pairs: 'both' | 'last' | 'none'): StoredArticle {
  const entities = reading.entities.map((e) => ({ ...e, key: entityKey(e.type, e.name) }));
  const record: StoredArticle = {
    url: reading.url, title: reading.title, section: reading.section, author: reading.author, published: reading.published,
    words: reading.words, language: reading.language, readFraction: reading.readFraction, firstReadAt: now.toISOString(),
    lastReadAt: now.toISOString(), readCount: 1, entities, entityKeys: [...new Set(entities.map((e) => e.key))],
    entityLastRead: [], entityFirstRead: [], saved: false, textIndexed: true,
  };
  const keys = entityReadingKeys(record);
  if (pairs !== 'none') record.entityLastRead = keys.entityLastRead;
  if (pairs === 'both') record.entityFirstRead = keys.entityFirstRead;
  return record;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The parts of recording, each alone. */
export const variants: Record<string, (reading: ReadingRecord, now: Date) => Promise<unknown>> = {
  record: (reading, now) => store.record(reading, now),
  'reads: record + summaries (get)': async (reading, now) => {
    const keys = summaryKeysOf(stored(reading, now, 'none').entities);
    const tx = db.transaction(['articles', 'entitySummaries'], 'readonly');
    await Promise.all([tx.objectStore('articles').get(reading.url), ...[...keys].map((k) => tx.objectStore('entitySummaries').get(k)), tx.done]);
  },
  'reads: own keys only': async (reading, now) => {
    const keys = new Set(stored(reading, now, 'none').entityKeys);
    const tx = db.transaction(['articles', 'entitySummaries'], 'readonly');
    await Promise.all([tx.objectStore('articles').get(reading.url), ...[...keys].map((k) => tx.objectStore('entitySummaries').get(k)), tx.done]);
  },
  'article + text + journal, both pair indexes': (reading, now) => writeArticle(stored(reading, now, 'both'), reading.text),
  'the same, entityLastRead only': (reading, now) => writeArticle(stored(reading, now, 'last'), reading.text),
  'the same, no pair index': (reading, now) => writeArticle(stored(reading, now, 'none'), reading.text),
  'summaries: get + put (summaryKeysOf)': (reading, now) => writeSummaries(stored(reading, now, 'none'), false),
  'summaries: get + put, own keys only': (reading, now) => writeSummaries(stored(reading, now, 'none'), true),
  'summaries: get + put, raw requests': async (reading, now) => {
    const record = stored(reading, now, 'none');
    const changes = new SummaryChanges();
    changes.add(record);
    const keys = [...changes.deltas.keys()];
    const tx = unwrap(db.transaction('entitySummaries', 'readwrite'));
    const store = tx.objectStore('entitySummaries');
    const current = await new Promise<Array<EntitySummary | undefined>>((resolve) => {
      const values: Array<EntitySummary | undefined> = new Array(keys.length);
      let left = keys.length;
      keys.forEach((key, i) => {
        const request = store.get(key);
        request.onsuccess = () => {
          values[i] = request.result as EntitySummary | undefined;
          if (--left === 0) resolve(values);
        };
      });
    });
    keys.forEach((key, i) => store.put(applyChange(changes, key, current[i]).summary!));
    await new Promise((resolve) => (tx.oncomplete = resolve));
  },
  'summaries: put only (new rows)': async (reading, now) => {
    const changes = new SummaryChanges();
    changes.add(stored(reading, now, 'none'));
    const tx = db.transaction('entitySummaries', 'readwrite');
    await Promise.all([...[...changes.deltas.keys()].map((k) => tx.store.put(applyChange(changes, k, undefined).summary!)), tx.done]);
  },
  'the same, store with an index no row has a key in': (reading, now) => bareWrite('sparse', reading, now),
  'the same, store with the listRank index': (reading, now) => bareWrite('ranked', reading, now),
  'the same into a store without indexes': async (reading, now) => {
    const changes = new SummaryChanges();
    changes.add(stored(reading, now, 'none'));
    const tx = bare.transaction('summaries', 'readwrite');
    const store = tx.objectStore('summaries');
    for (const k of changes.deltas.keys()) store.put(applyChange(changes, k, undefined).summary!);
    await new Promise((resolve) => (tx.oncomplete = resolve));
  },
};

async function bareWrite(storeName: string, reading: ReadingRecord, now: Date): Promise<void> {
  const changes = new SummaryChanges();
  changes.add(stored(reading, now, 'none'));
  const tx = bare.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  for (const k of changes.deltas.keys()) store.put(applyChange(changes, k, undefined).summary!);
  await new Promise((resolve) => (tx.oncomplete = resolve));
}

let bare: IDBDatabase;
function openBare(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('summaries', { keyPath: 'key' });
      request.result.createObjectStore('sparse', { keyPath: 'key' }).createIndex('absent', 'absent');
      request.result.createObjectStore('ranked', { keyPath: 'key' }).createIndex('listRank', ['type', 'listRank', 'key']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function writeArticle(record: StoredArticle, text: string): Promise<void> {
  const tx = db.transaction(['articles', 'articleTexts', 'searchJournal'], 'readwrite');
  await Promise.all([
    tx.objectStore('articles').put(record),
    tx.objectStore('articleTexts').put({ url: record.url, text }),
    tx.objectStore('searchJournal').add({ op: 'put', kind: 'article', id: record.url }),
    tx.done,
  ]);
}

async function writeSummaries(record: StoredArticle, ownOnly: boolean): Promise<void> {
  const changes = new SummaryChanges();
  changes.add(record);
  const own = new Set(record.entityKeys);
  const keys = [...changes.deltas.keys()].filter((k) => !ownOnly || own.has(k));
  const tx = db.transaction('entitySummaries', 'readwrite');
  const current = await Promise.all(keys.map((k) => tx.store.get(k)));
  await Promise.all([...keys.map((k, i) => tx.store.put(applyChange(changes, k, current[i]).summary!)), tx.done]);
}

export const profile = {
  async open(name: string): Promise<void> {
    db = await openNotesDb(indexedDB, undefined, name);
    store = new ReadingStore(db);
    bare = await openBare(`${name}-bare`);
  },
  async fill(readings: ReadingRecord[], start: number): Promise<number[]> {
    const times: number[] = [];
    for (const [i, reading] of readings.entries()) times.push(await timed(() => store.record(reading, new Date(start + i * 60_000))));
    return times;
  },
  /** Copies the summaries into the bare database's stores, so puts there meet a store as large. */
  async copySummaries(): Promise<number> {
    const all = await db.getAll('entitySummaries');
    const tx = bare.transaction(['summaries', 'ranked', 'sparse'], 'readwrite');
    for (const name of ['summaries', 'ranked', 'sparse']) for (const s of all) tx.objectStore(name).put(s);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    return all.length;
  },
  /** Runs variant `names[i % names.length]` on reading i. */
  async run(readings: ReadingRecord[], start: number, names: string[]): Promise<Record<string, number[]>> {
    const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (const [i, reading] of readings.entries()) {
      const name = names[i % names.length]!;
      times[name]!.push(await timed(() => variants[name]!(reading, new Date(start + i * 60_000))));
    }
    return times;
  },
  names: (): string[] => Object.keys(variants),
};

(globalThis as unknown as { profile: typeof profile }).profile = profile;
