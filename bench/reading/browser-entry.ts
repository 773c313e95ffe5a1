/**
 * Bundled into the reading benchmark's page (Chromium, real IndexedDB): the reading memory's store and entity memory,
 * timed in the page's own thread, and the page-side cost of a record message against Readability.
 */
import { Readability } from '@mozilla/readability';
import { openNotesDb, type NotesDb } from '../../src/notes/store.ts';
import type { ReadingRecord } from '../../src/reading/article-record.ts';
import { EntityMemory, listEntities } from '../../src/reading/entity-memory.ts';
import type { ReadingRecordRequest } from '../../src/reading/reading-messages.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { findArticleBody } from '../../src/kompas/article-body.ts';

let db: NotesDb | null = null;
let baseline: IDBDatabase | null = null;
let store: ReadingStore;
let memory: EntityMemory;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The simplest durable write of the same data: one put of the record with its text into one store. */
function openBaseline(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'url' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function baselinePut(reading: ReadingRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = baseline!.transaction('articles', 'readwrite');
    tx.objectStore('articles').put({ ...reading, lastReadAt: new Date().toISOString() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export const browserBench = {
  async open(name: string): Promise<void> {
    db = await openNotesDb(indexedDB, undefined, name);
    baseline = await openBaseline(`${name}-baseline`);
    store = new ReadingStore(db);
    memory = new EntityMemory(db);
  },
  /** Records each reading (at `times[i]` ms after a start, so the history has an order), alternating with the baseline put. */
  async record(readings: ReadingRecord[], start: number): Promise<{ record: number[]; baseline: number[] }> {
    const record: number[] = [];
    const base: number[] = [];
    for (const [i, reading] of readings.entries()) {
      const now = new Date(start + i * 60_000);
      if (i % 2 === 0) {
        record.push(await timed(() => store.record(reading, now)));
        base.push(await timed(() => baselinePut(reading)));
      } else {
        base.push(await timed(() => baselinePut(reading)));
        record.push(await timed(() => store.record(reading, now)));
      }
    }
    return { record, baseline: base };
  },
  /** Articles naming each entity key, from its summary. */
  async entityCounts(): Promise<Array<[string, number]>> {
    return (await db!.getAll('entitySummaries')).filter((s) => s.articleCount > 0).map((s) => [s.key, s.articleCount]);
  },
  async entityPage(key: string, runs: number): Promise<{ times: number[]; articles: number; shown: number; timeline: number; related: number }> {
    const times: number[] = [];
    let page = await memory.entityPage(key);
    for (let i = 0; i < runs; i++) times.push(await timed(async () => (page = await memory.entityPage(key))));
    return { times, articles: page!.entity.articleCount, shown: page!.articles.length, timeline: page!.timeline.length, related: page!.related.length };
  },
  async list(runs: number): Promise<{ times: number[]; entities: number }> {
    const times: number[] = [];
    let entities = 0;
    for (let i = 0; i < runs; i++) times.push(await timed(async () => (entities = (await listEntities(db!)).length)));
    return { times, entities };
  },
  /** The library's first view of the list (a page of each type), then the next page of people. */
  async listPages(runs: number, limit: number): Promise<{ first: number[]; next: number[]; shown: number }> {
    const first: number[] = [];
    const next: number[] = [];
    let shown = 0;
    for (let i = 0; i < runs; i++) {
      let after: string | null = null;
      first.push(
        await timed(async () => {
          const pages = await Promise.all((['PER', 'LOC', 'ORG'] as const).map((type) => memory.listPage({ type, limit })));
          shown = pages.reduce((sum, page) => sum + page.entities.length, 0);
          after = pages[0]!.next;
        }),
      );
      if (after !== null) next.push(await timed(() => memory.listPage({ type: 'PER', limit, after: after! })));
    }
    return { first, next, shown };
  },
  /** Forgets the `count` articles read first (each held the first seen of its entities), one at a time. */
  async forgetOldest(count: number): Promise<number[]> {
    const urls = (await db!.getAllKeysFromIndex('articles', 'lastReadAt', null, count)) as string[];
    const times: number[] = [];
    for (const url of urls) times.push(await timed(() => store.forget(url)));
    return times;
  },
  /** "di N artikel lain": the counts for each of `samples` articles' entities. */
  async counts(samples: number): Promise<{ times: number[]; keys: number }> {
    const articles = await store.list({ limit: samples });
    const times: number[] = [];
    let keys = 0;
    for (const article of articles) {
      keys += article.entityKeys.length;
      times.push(await timed(() => memory.articleCountsFor(article.entityKeys, article.url)));
    }
    return { times, keys: keys / articles.length };
  },
  async history(runs: number): Promise<number[]> {
    const times: number[] = [];
    let before: string | undefined;
    for (let i = 0; i < runs; i++) {
      times.push(
        await timed(async () => {
          const page = await store.list({ limit: 50, before });
          before = page.length === 50 ? page[49]!.lastReadAt : undefined;
        }),
      );
    }
    return times;
  },
  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
  /** Serialised sizes of what the store holds: records (with their index entries), texts and entity summaries. */
  async serialisedSizes(): Promise<{ records: number; texts: number; summaries: number; summaryCount: number; count: number }> {
    const [records, texts, summaries] = await Promise.all([db!.getAll('articles'), db!.getAll('articleTexts'), db!.getAll('entitySummaries')]);
    const size = (values: unknown[]) => values.reduce<number>((sum, v) => sum + JSON.stringify(v).length, 0);
    return { records: size(records), texts: size(texts), summaries: size(summaries), summaryCount: summaries.length, count: records.length };
  },

  /** The page's part of recording: the article's paragraphs joined and the message serialised, as sent. */
  recordMessage(entities: ReadingRecord['entities']): number {
    const started = performance.now();
    const body = findArticleBody(document)!;
    const text = Array.from(body.querySelectorAll('p'), (p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
    const message: ReadingRecordRequest = {
      type: 'reading/record',
      record: {
        url: location.href,
        title: document.title,
        section: 'Nasional',
        author: null,
        published: null,
        words: text.split(/\s+/).length,
        readFraction: 0.5,
        language: 'id',
        text,
        entities,
      },
    };
    const json = JSON.stringify(message);
    const elapsed = performance.now() - started;
    if (json.length < 1000) throw new Error('the article body was not found');
    return elapsed;
  },
  readability(): number {
    const started = performance.now();
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    const elapsed = performance.now() - started;
    if (!parsed) throw new Error('Readability found no article');
    return elapsed;
  },
  words(): number {
    return (findArticleBody(document)?.textContent ?? '').split(/\s+/).filter(Boolean).length;
  },
};

(globalThis as unknown as { bench: typeof browserBench }).bench = browserBench;
