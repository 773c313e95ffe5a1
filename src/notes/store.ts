/**
 * The highlights database: IndexedDB in the extension's origin, opened only by the background page, which answers
 * the content scripts' and library's messages from it. The page never sees it.
 *
 * Writes are one transaction each, and a read-modify-write (`update`) reads and writes in the same transaction, so
 * saves from several tabs at once are serialised by IndexedDB and none overwrites another's change.
 */

import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArticleRecord, ArticleText, SavedArticle } from '../reading/article-record.ts';
import { SummaryChanges, applyChange, entityReadingKeys, personWordEntries, type EntitySummary, type PersonWord } from '../reading/entity-summary.ts';
import { byPosition, groupByArticle, type ArticleGroup } from './group-by-article.ts';
import type { Colour, Highlight } from './highlight.ts';
import { highlightTerms, searchWords } from './search-terms.ts';

export const NOTES_DB_NAME = 'teman-baca-notes';

/**
 * Schema history. Each version's migration runs in order inside the upgrade transaction, so a database of any past
 * version reaches the latest with its data.
 * 1. Store `highlights`, keyed by `id`. Records had no `tags` or `entities`.
 * 2. Records gain `tags: []` and `entities: []`; indexes on articleUrl, createdAt, updatedAt, colour, section and
 *    tags (one entry per tag), for the library's listings and filters.
 * 3. Records gain `terms` (folded words of quote, note and title) with a multi-entry index, so search looks words up
 *    instead of reading every highlight.
 * 4. The reading memory (src/reading): stores `articles`, `articleTexts`, `savedArticles`, and for the full-text
 *    search `searchIndex` (its snapshot) and `searchJournal` (what changed since). Highlights are unchanged.
 * 5. Store `entitySummaries` (src/reading/entity-summary.ts) with an index on [type, minus the article count, key]
 *    (`listRank`), and store `personWords` (the words of persons named in several words), built from the articles in
 *    the upgrade; articles gain `entityLastRead` and `entityFirstRead` ([entity key, time] pairs) with multi-entry
 *    indexes, so an entity's newest articles and its first and last seen are one bounded range read; the `entityKeys`
 *    and `entityLinks` indexes go (the first new index answers what the first did, the summaries what the second did)
 *    and records lose `entityLinks`. Highlights are unchanged.
 */
export const NOTES_DB_VERSION = 5;

/** A highlight as stored: with the words the search index holds. Never leaves this module. */
interface StoredHighlight extends Highlight {
  terms: string[];
}

/**
 * A recorded article as stored: with its entities' keys paired with its latest and first reading (the indexes an
 * entity's page reads its newest articles and its first and last seen from), and `savedAt` only while saved, so the
 * `saved` index holds the saved articles alone (a boolean is no IndexedDB key).
 */
export interface StoredArticle extends ArticleRecord {
  entityLastRead: Array<[string, string]>;
  entityFirstRead: Array<[string, string]>;
  savedAt?: string;
}

/**
 * One change the full-text search has still to apply: written in the same transaction as the change, so the index
 * kept in memory can always catch up with the store (write-ahead).
 */
export interface SearchJournalEntry {
  /** Order of the changes; given by the store. */
  seq: number;
  op: 'put' | 'delete';
  kind: 'article' | 'highlight';
  /** The article's canonical URL or the highlight's id. */
  id: string;
}

/** The search index as last written whole; the journal entries after `journalUpTo` are still to be replayed. */
export interface StoredSearchSnapshot {
  /** Format of the index, so an index made by another version is rebuilt rather than read. */
  version: number;
  /** The index's configuration (fields, term processing) as a fingerprint: a different one means rebuild. */
  config: string;
  /** The serialised index. */
  json: string;
  /** The last journal entry the snapshot includes. */
  journalUpTo: number;
}

export const SEARCH_SNAPSHOT_KEY = 'snapshot';

export interface NotesDbSchema extends DBSchema {
  highlights: {
    key: string;
    value: StoredHighlight;
    indexes: {
      articleUrl: string;
      createdAt: string;
      updatedAt: string;
      colour: string;
      section: string;
      tags: string;
      terms: string;
    };
  };
  articles: {
    key: string;
    value: StoredArticle;
    indexes: {
      lastReadAt: string;
      entityLastRead: [string, string];
      entityFirstRead: [string, string];
      saved: string;
    };
  };
  entitySummaries: {
    key: string;
    value: EntitySummary;
    indexes: {
      /** [type, -articleCount, key]: the entity list, most read about first, one type at a time. */
      listRank: [string, number, string];
    };
  };
  personWords: { key: [string, string]; value: PersonWord };
  articleTexts: { key: string; value: ArticleText };
  savedArticles: { key: string; value: SavedArticle };
  searchIndex: { key: string; value: StoredSearchSnapshot };
  searchJournal: { key: number; value: Omit<SearchJournalEntry, 'seq'> & { seq?: number } };
}

export type NotesDb = IDBPDatabase<NotesDbSchema>;
export type NotesStoreName = StoreNames<NotesDbSchema>;

/**
 * One schema step. Store and index changes run first for every step; then one pass over the records applies each
 * step's `upgradeRecord` in order. (Cursors opened by several steps in one upgrade would interleave and overwrite
 * each other's changes.)
 */
interface Migration {
  schema?: (db: IDBDatabase, tx: IDBTransaction) => void;
  /** Brings a record written under the previous version up to this one, in place. */
  upgradeRecord?: (record: Record<string, unknown>) => void;
  /** Brings the other stores' data up to this version, after every step's schema change. */
  upgradeData?: (tx: IDBTransaction) => void;
}

/** `MIGRATIONS[v]` takes a database from version v - 1 to v. */
export const MIGRATIONS: Record<number, Migration> = {
  1: {
    schema: (db) => {
      db.createObjectStore('highlights', { keyPath: 'id' });
    },
  },
  2: {
    schema: (_db, tx) => {
      const store = tx.objectStore('highlights');
      store.createIndex('articleUrl', 'articleUrl');
      store.createIndex('createdAt', 'createdAt');
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('colour', 'colour');
      store.createIndex('section', 'section');
      store.createIndex('tags', 'tags', { multiEntry: true });
    },
    upgradeRecord: (record) => {
      if (!Array.isArray(record.tags)) record.tags = [];
      if (!Array.isArray(record.entities)) record.entities = [];
    },
  },
  3: {
    schema: (_db, tx) => {
      tx.objectStore('highlights').createIndex('terms', 'terms', { multiEntry: true });
    },
    upgradeRecord: (record) => {
      record.terms = highlightTerms(record as unknown as Highlight);
    },
  },
  4: {
    schema: (db) => {
      const articles = db.createObjectStore('articles', { keyPath: 'url' });
      articles.createIndex('lastReadAt', 'lastReadAt');
      articles.createIndex('entityKeys', 'entityKeys', { multiEntry: true });
      articles.createIndex('entityLinks', 'entityLinks', { multiEntry: true });
      articles.createIndex('saved', 'savedAt');
      db.createObjectStore('articleTexts', { keyPath: 'url' });
      db.createObjectStore('savedArticles', { keyPath: 'url' });
      db.createObjectStore('searchIndex');
      db.createObjectStore('searchJournal', { keyPath: 'seq', autoIncrement: true });
    },
  },
  5: {
    schema: (db, tx) => {
      const summaries = db.createObjectStore('entitySummaries', { keyPath: 'key' });
      db.createObjectStore('personWords', { keyPath: ['word', 'key'] });
      summaries.createIndex('listRank', ['type', 'listRank', 'key']);
      const articles = tx.objectStore('articles');
      articles.createIndex('entityLastRead', 'entityLastRead', { multiEntry: true });
      articles.createIndex('entityFirstRead', 'entityFirstRead', { multiEntry: true });
      articles.deleteIndex('entityKeys');
      articles.deleteIndex('entityLinks');
    },
    upgradeData: (tx) => {
      const changes = new SummaryChanges();
      const request = tx.objectStore('articles').openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor) {
          const record = cursor.value as StoredArticle & { entityLinks?: string[] };
          delete record.entityLinks;
          Object.assign(record, entityReadingKeys(record));
          changes.add(record);
          cursor.update(record);
          cursor.continue();
          return;
        }
        const summaries = tx.objectStore('entitySummaries');
        const words = tx.objectStore('personWords');
        for (const key of changes.deltas.keys()) {
          const { summary } = applyChange(changes, key, undefined);
          if (!summary) continue;
          summaries.put(summary);
          for (const entry of personWordEntries(key)) words.put(entry);
        }
      };
    },
  },
};

function migrate(db: IDBDatabase, tx: IDBTransaction, from: number, to: number): void {
  const steps: Migration[] = [];
  for (let v = from + 1; v <= to; v++) steps.push(MIGRATIONS[v]!);
  for (const step of steps) step.schema?.(db, tx);
  if (from > 0) for (const step of steps) step.upgradeData?.(tx);
  const upgrades = steps.flatMap((step) => (step.upgradeRecord ? [step.upgradeRecord] : []));
  // A new database has no records; version 1 created the store.
  if (upgrades.length === 0 || from === 0) return;
  const request = tx.objectStore('highlights').openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const record = cursor.value as Record<string, unknown>;
    for (const upgrade of upgrades) upgrade(record);
    cursor.update(record);
    cursor.continue();
  };
}

/**
 * Opens (creating or upgrading) the notes database. `factory` is the global `indexedDB` in the extension and a fresh
 * fake-indexeddb `IDBFactory` in tests; `version` below the latest is for migration tests only.
 */
export async function openNotesDb(
  factory: IDBFactory = indexedDB,
  version: number = NOTES_DB_VERSION,
  name: string = NOTES_DB_NAME,
): Promise<NotesDb> {
  const request = factory.open(name, version);
  request.onupgradeneeded = (event) => {
    const tx = request.transaction!;
    migrate(request.result, tx, event.oldVersion, event.newVersion ?? version);
  };
  const db = await wrap(request);
  if (!db) throw new Error('IndexedDB did not open the notes database');
  const typed = db as unknown as NotesDb;
  // Another tab of the extension upgrading the schema: step aside rather than block it.
  typed.addEventListener('versionchange', () => typed.close());
  return typed;
}

/** The browser refused a write because the extension's storage is full. Shown to the reader, never swallowed. */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
  constructor(
    override readonly cause: unknown,
    what = 'the highlight',
  ) {
    super(`storage quota exceeded: ${what} was not saved`);
  }
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  if (name === 'QuotaExceededError') return true;
  // An aborted transaction reports AbortError; the reason is on the transaction's error.
  return false;
}

/**
 * Runs a write over `stores` in one transaction, turning the browser's quota refusal (thrown, or the reason the
 * transaction aborted) into ours; `what` names the thing not saved.
 */
export async function writing<const Names extends readonly NotesStoreName[], T>(
  db: NotesDb,
  stores: Names,
  work: (tx: IDBPTransaction<NotesDbSchema, Names, 'readwrite'>) => Promise<T>,
  what?: string,
): Promise<T> {
  let tx: IDBPTransaction<NotesDbSchema, Names, 'readwrite'> | undefined;
  try {
    tx = db.transaction(stores, 'readwrite');
    return await work(tx);
  } catch (error) {
    const quota = isQuotaError(error) || isQuotaError(tx?.error);
    // A write that failed half way must leave nothing: requests already made would otherwise commit.
    try {
      tx?.done.catch(() => undefined);
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    if (quota) throw new StorageQuotaError(error, what);
    throw error;
  }
}

/** A highlight write: the highlight and the search journal's note of it commit together. */
const HIGHLIGHT_WRITE = ['highlights', 'searchJournal'] as const;
type WriteTransaction = IDBPTransaction<NotesDbSchema, typeof HIGHLIGHT_WRITE, 'readwrite'>;

const highlights = (tx: WriteTransaction) => tx.objectStore('highlights');

function journal(tx: WriteTransaction, op: SearchJournalEntry['op'], id: string): Promise<unknown> {
  return tx.objectStore('searchJournal').add({ op, kind: 'highlight', id });
}

function stored(h: Highlight): StoredHighlight {
  return { ...h, terms: highlightTerms(h) };
}

function plain(record: StoredHighlight): Highlight {
  const { terms: _terms, ...highlight } = record;
  return highlight;
}

/** Fields a reader may change on an existing highlight. */
export interface HighlightChanges {
  note?: string;
  colour?: Colour;
  tags?: string[];
  entities?: string[];
}

/** Narrowing of the library's listing; every given filter must hold. */
export interface SearchFilters {
  /** Any of these colours. */
  colours?: Colour[];
  /** Has this tag (exactly as stored: the library offers the tags it lists). */
  tag?: string;
  /** In this section (exactly as stored, e.g. "Regional"). */
  section?: string;
  articleUrl?: string;
  /** Made at or after this ISO time. */
  from?: string;
  /** Made before this ISO time. */
  to?: string;
}

/** Results the library shows first; it asks again with a larger limit for more. */
export const DEFAULT_SEARCH_LIMIT = 200;

/**
 * Below this many matches, search reads them all and sorts them rather than walking the `updatedAt` index: reading
 * 10,000 index keys costs about as much as reading a few hundred records.
 */
const READ_ALL_BELOW = 500;

/** A page of search results. */
export interface SearchResult {
  /** Newest change first, at most the limit asked for. */
  highlights: Highlight[];
  /** How many highlights match in all. */
  total: number;
}

/** Outcome of merging many highlights in. */
export interface MergeCounts {
  added: number;
  updated: number;
  /** Already stored, and at least as new as the incoming copy. */
  unchanged: number;
}

const newestFirst = (a: Highlight, b: Highlight) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

function intersect(current: Set<string> | null, keys: readonly string[]): Set<string> {
  return new Set(current ? keys.filter((k) => current.has(k)) : keys);
}

export class NotesStore {
  constructor(readonly db: NotesDb) {}

  static async open(factory?: IDBFactory): Promise<NotesStore> {
    return new NotesStore(await openNotesDb(factory));
  }

  close(): void {
    this.db.close();
  }

  async get(id: string): Promise<Highlight | null> {
    const record = await this.db.get('highlights', id);
    return record ? plain(record) : null;
  }

  /**
   * Saves a highlight, stamping `updatedAt` with `now`. An existing highlight with the same id keeps its
   * `createdAt`. Returns what was stored.
   */
  put(highlight: Highlight, now: Date = new Date()): Promise<Highlight> {
    return writing(this.db, HIGHLIGHT_WRITE, async (tx) => {
      const existing = await highlights(tx).get(highlight.id);
      const record = stored({
        ...highlight,
        createdAt: existing?.createdAt ?? highlight.createdAt,
        updatedAt: now.toISOString(),
      });
      await Promise.all([highlights(tx).put(record), journal(tx, 'put', record.id), tx.done]);
      return plain(record);
    });
  }

  /** Applies `changes` to the stored highlight in one transaction; null when there is no such highlight. */
  update(id: string, changes: HighlightChanges, now: Date = new Date()): Promise<Highlight | null> {
    return writing(this.db, HIGHLIGHT_WRITE, async (tx) => {
      const existing = await highlights(tx).get(id);
      if (!existing) {
        await tx.done;
        return null;
      }
      const next: Highlight = { ...plain(existing), updatedAt: now.toISOString() };
      if (changes.note !== undefined) next.note = changes.note;
      if (changes.colour !== undefined) next.colour = changes.colour;
      if (changes.tags !== undefined) next.tags = [...changes.tags];
      if (changes.entities !== undefined) next.entities = [...changes.entities];
      const record = stored(next);
      await Promise.all([highlights(tx).put(record), journal(tx, 'put', id), tx.done]);
      return plain(record);
    });
  }

  /** Deletes a highlight and returns it, so the library can offer undo through `restore`; null when absent. */
  delete(id: string): Promise<Highlight | null> {
    return writing(this.db, HIGHLIGHT_WRITE, async (tx) => {
      const existing = await highlights(tx).get(id);
      if (existing) await Promise.all([highlights(tx).delete(id), journal(tx, 'delete', id)]);
      await tx.done;
      return existing ? plain(existing) : null;
    });
  }

  /** Puts a deleted highlight back exactly as it was (times included). */
  restore(highlight: Highlight): Promise<Highlight> {
    return writing(this.db, HIGHLIGHT_WRITE, async (tx) => {
      await Promise.all([highlights(tx).put(stored(highlight)), journal(tx, 'put', highlight.id), tx.done]);
      return highlight;
    });
  }

  /** One article's highlights in reading order. */
  async listByArticle(articleUrl: string): Promise<Highlight[]> {
    const records = await this.db.getAllFromIndex('highlights', 'articleUrl', articleUrl);
    return records.map(plain).sort(byPosition);
  }

  async listAll(): Promise<Highlight[]> {
    return (await this.db.getAll('highlights')).map(plain);
  }

  /** Every highlight (passing `filters`) grouped by article, for the library. */
  async listGrouped(filters: SearchFilters = {}): Promise<ArticleGroup[]> {
    return groupByArticle((await this.search('', filters, Infinity)).highlights);
  }

  async count(): Promise<number> {
    return this.db.count('highlights');
  }

  /**
   * Highlights whose quote, note or title contain every word of `query` (as word prefixes: "banj" finds "banjir"),
   * folded for case and diacritics, and that pass every filter; newest change first, at most `limit` of them.
   *
   * Cost: each word and filter is answered from an index as a set of keys (no records read), the sets are
   * intersected, and the newest matches are picked by walking the `updatedAt` index's keys. Only the highlights
   * returned are read, so a search matching thousands costs little more than one matching ten.
   */
  async search(query: string, filters: SearchFilters = {}, limit: number = DEFAULT_SEARCH_LIMIT): Promise<SearchResult> {
    const words = searchWords(query).sort((a, b) => b.length - a.length);
    const tx = this.db.transaction('highlights', 'readonly');
    const index = tx.store.index.bind(tx.store);
    /** Keys matching every condition so far; null while there has been no condition. */
    let matches: Set<string> | null = null;
    const empty = () => matches !== null && matches.size === 0;
    // Longest words first: they match fewest highlights, so the intersection shrinks soonest.
    for (const word of words) {
      if (empty()) break;
      matches = intersect(matches, await index('terms').getAllKeys(IDBKeyRange.bound(word, `${word}\uffff`)));
    }
    if (filters.articleUrl !== undefined && !empty()) matches = intersect(matches, await index('articleUrl').getAllKeys(filters.articleUrl));
    if (filters.tag !== undefined && !empty()) matches = intersect(matches, await index('tags').getAllKeys(filters.tag));
    if (filters.section !== undefined && !empty()) matches = intersect(matches, await index('section').getAllKeys(filters.section));
    if (filters.colours && filters.colours.length > 0 && !empty()) {
      const keys = await Promise.all(filters.colours.map((c) => index('colour').getAllKeys(c)));
      matches = intersect(matches, keys.flat());
    }
    if ((filters.from !== undefined || filters.to !== undefined) && !empty()) {
      const range =
        filters.from !== undefined && filters.to !== undefined
          ? IDBKeyRange.bound(filters.from, filters.to, false, true)
          : filters.from !== undefined
            ? IDBKeyRange.lowerBound(filters.from)
            : IDBKeyRange.upperBound(filters.to!, true);
      matches = intersect(matches, await index('createdAt').getAllKeys(range));
    }
    const found: Set<string> | null = matches;
    if (found !== null && found.size === 0) {
      await tx.done;
      return { highlights: [], total: 0 };
    }
    let records: (StoredHighlight | undefined)[];
    let total: number;
    if (found && found.size <= Math.max(limit, READ_ALL_BELOW)) {
      // Few matches: reading them all and sorting is cheaper than walking the whole updatedAt index.
      records = await Promise.all([...found].map((id) => tx.store.get(id)));
      total = found.size;
    } else if (!found && !Number.isFinite(limit)) {
      records = await tx.store.getAll();
      total = records.length;
    } else {
      const newest = (await index('updatedAt').getAllKeys()).reverse();
      const page: string[] = [];
      for (const id of newest) {
        if (page.length >= limit) break;
        if (!found || found.has(id)) page.push(id);
      }
      records = await Promise.all(page.map((id) => tx.store.get(id)));
      total = found ? found.size : newest.length;
    }
    await tx.done;
    const highlights = records.filter((r): r is StoredHighlight => r !== undefined).map(plain).sort(newestFirst);
    return { highlights: Number.isFinite(limit) ? highlights.slice(0, limit) : highlights, total };
  }

  /**
   * Merges highlights in one transaction: all are written or, on any failure, none. A highlight already stored is
   * replaced only by a copy with a newer `updatedAt`.
   */
  merge(incoming: readonly Highlight[]): Promise<MergeCounts> {
    return writing(this.db, IMPORT_WRITE, async (tx) => {
      const counts = await mergeHighlightsIn(tx, incoming);
      await tx.done;
      return counts;
    });
  }
}

/** The stores an import writes: the highlights and the reading memory, in one transaction. */
export const IMPORT_WRITE = ['highlights', 'articles', 'articleTexts', 'savedArticles', 'searchJournal', 'entitySummaries', 'personWords'] as const;
export type ImportTransaction = IDBPTransaction<NotesDbSchema, typeof IMPORT_WRITE, 'readwrite'>;

/**
 * Queues the writes merging `incoming` into the highlights within `tx` (a highlight already stored is replaced only by
 * a copy with a newer `updatedAt`) and resolves when they are done; the caller awaits `tx.done`.
 */
export async function mergeHighlightsIn(tx: ImportTransaction, incoming: readonly Highlight[]): Promise<MergeCounts> {
  const store = tx.objectStore('highlights');
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const existing = await Promise.all(incoming.map((h) => store.get(h.id)));
  const writes: Promise<unknown>[] = [];
  try {
    incoming.forEach((h, i) => {
      const current = existing[i];
      if (!current) counts.added++;
      else if (h.updatedAt > current.updatedAt) counts.updated++;
      else {
        counts.unchanged++;
        return;
      }
      writes.push(store.put(stored(h)), tx.objectStore('searchJournal').add({ op: 'put', kind: 'highlight', id: h.id }));
    });
  } catch (error) {
    // A request refused as it was made: the ones made before it fail with the aborted transaction, and are awaited
    // here so that their failure is not reported as unhandled.
    void Promise.allSettled(writes);
    throw error;
  }
  await Promise.all(writes);
  return counts;
}
