/**
 * The reading memory's storage: articles read, their texts, articles saved for offline reading, the full-text
 * search's snapshot and journal, and the per-entity summaries (src/reading/entity-summary.ts), in the notes database
 * (src/notes/store.ts, version 5). Opened only by the background.
 *
 * Every change that search follows writes its journal entry, and every change to an article's entities its summaries,
 * in the same transaction as the change, so a background stopped mid-write leaves the article, its text, the journal
 * and the summaries all written or none of them.
 */

import { canonicalArticleUrl } from '../notes/canonical-url.ts';
import {
  IMPORT_WRITE,
  SEARCH_SNAPSHOT_KEY,
  mergeHighlightsIn,
  writing,
  type ImportTransaction,
  type MergeCounts,
  type NotesDb,
  type NotesDbSchema,
  type NotesStoreName,
  type SearchJournalEntry,
  type StoredArticle,
  type StoredSearchSnapshot,
} from '../notes/store.ts';
import { retentionCutoff, type RetentionPolicy } from '../settings/history-settings.ts';
import {
  InvalidReadingError,
  type ArticleEntity,
  type ArticleRecord,
  type ReadEntity,
  type ReadingRecord,
  type SavedArticle,
  type SavedImage,
} from './article-record.ts';
import { entityKey } from './entity-key.ts';
import { SummaryChanges, applyChange, summaryKeysOf, entityRange, entityReadingKeys, personWordEntries, type EntitySummary } from './entity-summary.ts';
import type { Highlight } from '../notes/highlight.ts';
import type { BackupArticle } from './reading-backup.ts';
import type { IDBPTransaction } from 'idb';

import { MAX_SAVED_HTML_CHARS, MAX_SAVED_IMAGE_BYTES } from './article-record.ts';

export { MAX_SAVED_HTML_CHARS, MAX_SAVED_IMAGE_BYTES };

/** What "Simpan" keeps beyond the record: the reader's HTML and the lead image. */
export interface SaveContent {
  contentHtml: string;
  image: SavedImage | null;
}

export interface SaveResult {
  saved: SavedArticle;
  /** The image was over `MAX_SAVED_IMAGE_BYTES`, so the article was saved without it. */
  imageDropped: boolean;
}

/** A saved article in the library's list: its record and when it was saved. */
export interface SavedListing {
  article: ArticleRecord;
  savedAt: string;
}

/** What an import changed: highlights and articles as added, updated or unchanged, and the saved copies written. */
export interface BackupMergeCounts extends MergeCounts {
  articles: MergeCounts;
  savedArticles: number;
}

/** What a record keeps of a reading unchanged. */
type ArticleMetadata = Pick<ReadingRecord, 'url' | 'title' | 'section' | 'author' | 'published' | 'words' | 'language'>;

/** A page of history, newest reading first. */
export interface ListOptions {
  limit: number;
  /** Only articles last read before this ISO time: the `lastReadAt` of the previous page's last article. */
  before?: string;
}

/**
 * Reports of one article this close together are one reading: the reader opened after the page's own report, the
 * page's article reported again once a late paragraph came, a tab restored. A reading of an article last read longer
 * ago than this counts as another (`readCount`). The entity summaries count articles, never readings, either way.
 */
export const SAME_READING_MS = 30 * 60 * 1000;

/** Whether a report at `now` is a new reading of an article last read at `lastReadAt`. */
const isNewReading = (lastReadAt: string, now: Date) => now.getTime() - Date.parse(lastReadAt) >= SAME_READING_MS;

const RECORD_WRITE = ['articles', 'articleTexts', 'searchJournal', 'entitySummaries', 'personWords'] as const;
const REMOVE_WRITE = ['articles', 'articleTexts', 'savedArticles', 'searchJournal', 'entitySummaries', 'personWords'] as const;
const SAVE_WRITE = ['articles', 'savedArticles'] as const;
const SNAPSHOT_WRITE = ['searchIndex', 'searchJournal'] as const;

function plain(record: StoredArticle): ArticleRecord {
  const { entityLastRead: _last, entityFirstRead: _first, savedAt: _savedAt, ...article } = record;
  return article;
}

/** Any address of an article to its key; an address that is no article stays as given (and finds nothing). */
function keyOf(url: string): string {
  return canonicalArticleUrl(url) ?? url;
}

/** The fields a record takes from a reading as they are. */
function articleFields(reading: ArticleMetadata): Pick<StoredArticle, keyof ArticleMetadata> {
  const { url, title, section, author, published, words, language } = reading;
  return { url, title, section, author, published, words, language };
}

/** An article's entities keyed across articles, most mentioned first, with their keys. */
function keyedEntities(read: readonly ReadEntity[]): Pick<StoredArticle, 'entities' | 'entityKeys'> {
  const entities: ArticleEntity[] = read.map((e) => ({ name: e.name, type: e.type, count: e.count, key: entityKey(e.type, e.name) })).sort(mostMentioned);
  return { entities, entityKeys: [...new Set(entities.map((e) => e.key))] };
}

const summaryStore = (tx: SummaryTransaction) =>
  (tx as unknown as IDBPTransaction<NotesDbSchema, ['entitySummaries'], 'readwrite'>).objectStore('entitySummaries');

/** A transaction writing articles with their entity summaries. */
type SummaryTransaction = IDBPTransaction<NotesDbSchema, readonly NotesStoreName[], 'readwrite'>;

/**
 * Applies `changes` to the entity summaries within `tx`, after the articles' own writes were made in it (requests run
 * in order, so the first and last seen looked up again from the articles' indexes see the articles as written).
 */
async function writeSummaries(
  tx: SummaryTransaction,
  changes: SummaryChanges,
  prefetched: ReadonlyMap<string, Promise<EntitySummary | undefined>> = new Map(),
): Promise<void> {
  const summaries = summaryStore(tx);
  const articles = (tx as unknown as IDBPTransaction<NotesDbSchema, ['articles'], 'readwrite'>).objectStore('articles');
  const keys = [...changes.deltas.keys()];
  const current = await Promise.all(keys.map((key) => prefetched.get(key) ?? summaries.get(key)));
  const writes: Promise<unknown>[] = [];
  const stale: EntitySummary[] = [];
  const words = (tx as unknown as IDBPTransaction<NotesDbSchema, ['personWords'], 'readwrite'>).objectStore('personWords');
  keys.forEach((key, i) => {
    const { summary, edgesStale } = applyChange(changes, key, current[i]);
    // A person's words come with its summary and go with it.
    if (current[i] === undefined && summary) for (const entry of personWordEntries(key)) writes.push(words.put(entry));
    if (current[i] !== undefined && !summary) for (const { word } of personWordEntries(key)) writes.push(words.delete([word, key]));
    if (!summary) writes.push(summaries.delete(key));
    else if (edgesStale) stale.push(summary);
    else writes.push(summaries.put(summary));
  });
  const relook = async (summary: EntitySummary) => {
    const range = entityRange(summary.key);
    const [first, last] = await Promise.all([
      articles.index('entityFirstRead').openKeyCursor(range),
      articles.index('entityLastRead').openKeyCursor(range, 'prev'),
    ]);
    summary.firstSeen = (first!.key as [string, string])[1];
    summary.lastSeen = (last!.key as [string, string])[1];
    await summaries.put(summary);
  };
  await Promise.all([...writes, ...stale.map(relook)]);
}

const mostMentioned = (a: ArticleEntity, b: ArticleEntity) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class ReadingStore {
  constructor(readonly db: NotesDb) {}

  /**
   * Records a reading: a new article, or a new reading of a known one (its first reading time kept, its furthest
   * progress kept, its metadata and entities those of this reading). The text is replaced when this reading has one.
   * A report within `SAME_READING_MS` of the article's latest reading is the same reading: its time and contents are
   * taken, its count is not raised.
   */
  record(reading: ReadingRecord, now: Date = new Date()): Promise<ArticleRecord> {
    return writing(
      this.db,
      RECORD_WRITE,
      async (tx) => {
        const articles = tx.objectStore('articles');
        const keyed = keyedEntities(reading.entities);
        // The summaries this reading adds to, read in the same round as the article's earlier record.
        const prefetched = new Map([...summaryKeysOf(keyed.entities)].map((key) => [key, summaryStore(tx).get(key)] as const));
        const existing = await articles.get(reading.url);
        const hasText = reading.text.trim().length > 0;
        const record: StoredArticle = {
          ...articleFields(reading),
          readFraction: Math.max(existing?.readFraction ?? 0, reading.readFraction),
          firstReadAt: existing?.firstReadAt ?? now.toISOString(),
          lastReadAt: now.toISOString(),
          readCount: existing === undefined ? 1 : existing.readCount + (isNewReading(existing.lastReadAt, now) ? 1 : 0),
          ...keyed,
          entityLastRead: [],
          entityFirstRead: [],
          saved: existing?.saved ?? false,
          textIndexed: hasText || (existing?.textIndexed ?? false),
        };
        Object.assign(record, entityReadingKeys(record));
        if (existing?.savedAt !== undefined) record.savedAt = existing.savedAt;
        const writes: Promise<unknown>[] = [articles.put(record)];
        if (hasText) writes.push(tx.objectStore('articleTexts').put({ url: reading.url, text: reading.text }));
        writes.push(tx.objectStore('searchJournal').add({ op: 'put', kind: 'article', id: reading.url }));
        const changes = new SummaryChanges();
        if (existing) changes.remove(existing);
        changes.add(record);
        writes.push(writeSummaries(tx, changes, prefetched));
        await Promise.all([...writes, tx.done]);
        return plain(record);
      },
      'the article',
    );
  }

  /** Raises an article's progress (never lowers it); null when the article is not recorded. */
  setProgress(url: string, readFraction: number): Promise<ArticleRecord | null> {
    return writing(
      this.db,
      ['articles'],
      async (tx) => {
        const existing = await tx.store.get(keyOf(url));
        if (!existing) {
          await tx.done;
          return null;
        }
        if (readFraction > existing.readFraction) {
          existing.readFraction = Math.min(1, readFraction);
          await tx.store.put(existing);
        }
        await tx.done;
        return plain(existing);
      },
      'the reading progress',
    );
  }

  async get(url: string): Promise<ArticleRecord | null> {
    const record = await this.db.get('articles', keyOf(url));
    return record ? plain(record) : null;
  }

  /** An article's clean text; null when not recorded or recorded without it. */
  async text(url: string): Promise<string | null> {
    return (await this.db.get('articleTexts', keyOf(url)))?.text ?? null;
  }

  /** Articles by latest reading, newest first, one page at a time. */
  async list({ limit, before }: ListOptions): Promise<ArticleRecord[]> {
    const tx = this.db.transaction('articles', 'readonly');
    const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
    const found: ArticleRecord[] = [];
    for (let cursor = await tx.store.index('lastReadAt').openCursor(range, 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) {
      found.push(plain(cursor.value));
    }
    await tx.done;
    return found;
  }

  async count(): Promise<number> {
    return this.db.count('articles');
  }

  /** "Lupakan artikel ini": the article, its text and its saved copy go. False when it was not recorded. */
  async forget(url: string): Promise<boolean> {
    return (await this.remove([keyOf(url)], { keepSaved: false })) > 0;
  }

  /**
   * "Hapus riwayat": every article not saved goes. Saved articles stay, history fields and all: the reader kept them
   * on purpose, and "Simpan" promised they stay until unsaved. Returns how many went.
   */
  async clearHistory(): Promise<number> {
    return this.remove(await this.db.getAllKeys('articles'), { keepSaved: true });
  }

  /** Removes the articles not saved that were last read before `policy`'s cut at `now`. Returns how many went. */
  async applyRetention(policy: RetentionPolicy, now: Date = new Date()): Promise<number> {
    const cut = retentionCutoff(policy, now);
    if (cut === null) return 0;
    const old = await this.db.getAllKeysFromIndex('articles', 'lastReadAt', IDBKeyRange.upperBound(cut.toISOString(), true));
    return this.remove(old, { keepSaved: true });
  }

  /** Removes `urls` (and, unless kept, saved ones) in one transaction, journaling each for search. */
  private remove(urls: readonly string[], { keepSaved }: { keepSaved: boolean }): Promise<number> {
    if (urls.length === 0) return Promise.resolve(0);
    return writing(
      this.db,
      REMOVE_WRITE,
      async (tx) => {
        const articles = tx.objectStore('articles');
        // Keys only: the saved index holds the few saved articles, so no record is read to decide.
        const saved = keepSaved ? new Set(await articles.index('saved').getAllKeys()) : new Set<string>();
        const present = keepSaved ? null : await Promise.all(urls.map((url) => articles.getKey(url)));
        const going = urls.filter((url, i) => !saved.has(url) && (present === null || present[i] !== undefined));
        // The records themselves, for what each takes away from its entities' summaries.
        const records = await Promise.all(going.map((url) => articles.get(url)));
        const changes = new SummaryChanges();
        for (const record of records) if (record) changes.remove(record);
        const writes: Promise<unknown>[] = [];
        for (const url of going) {
          writes.push(
            articles.delete(url),
            tx.objectStore('articleTexts').delete(url),
            tx.objectStore('savedArticles').delete(url),
            tx.objectStore('searchJournal').add({ op: 'delete', kind: 'article', id: url }),
          );
        }
        writes.push(writeSummaries(tx, changes));
        await Promise.all([...writes, tx.done]);
        return going.length;
      },
      'the change to the history',
    );
  }

  /**
   * "Simpan": keeps a recorded article in full for reading offline. Null when the article is not recorded (the
   * record carries what the library lists). An image over the cap is left out, and the result says so; HTML over
   * `MAX_SAVED_HTML_CHARS` is refused (InvalidReadingError).
   */
  save(url: string, content: SaveContent, now: Date = new Date()): Promise<SaveResult | null> {
    if (content.contentHtml.length > MAX_SAVED_HTML_CHARS) {
      return Promise.reject(new InvalidReadingError('contentHtml', 'too-long'));
    }
    const imageDropped = content.image !== null && content.image.blob.size > MAX_SAVED_IMAGE_BYTES;
    return writing(
      this.db,
      SAVE_WRITE,
      async (tx) => {
        const articles = tx.objectStore('articles');
        const article = await articles.get(keyOf(url));
        if (!article) {
          await tx.done;
          return null;
        }
        const saved: SavedArticle = {
          url: article.url,
          savedAt: now.toISOString(),
          contentHtml: content.contentHtml,
          image: content.image && !imageDropped ? { ...content.image } : null,
        };
        await Promise.all([
          tx.objectStore('savedArticles').put(saved),
          articles.put({ ...article, saved: true, savedAt: saved.savedAt }),
          tx.done,
        ]);
        return { saved, imageDropped };
      },
      'the saved article',
    );
  }

  /** Removes the saved copy; the article stays in history. False when it was not saved. */
  unsave(url: string): Promise<boolean> {
    return writing(
      this.db,
      SAVE_WRITE,
      async (tx) => {
        const key = keyOf(url);
        const articles = tx.objectStore('articles');
        const [article, copy] = await Promise.all([articles.get(key), tx.objectStore('savedArticles').getKey(key)]);
        const writes: Promise<unknown>[] = [tx.objectStore('savedArticles').delete(key)];
        if (article) {
          const { savedAt: _savedAt, ...rest } = article;
          writes.push(articles.put({ ...rest, saved: false }));
        }
        await Promise.all([...writes, tx.done]);
        return copy !== undefined || article?.saved === true;
      },
      'the change to the saved articles',
    );
  }

  async saved(url: string): Promise<SavedArticle | null> {
    return (await this.db.get('savedArticles', keyOf(url))) ?? null;
  }

  /** Saved articles, most recently saved first (records only; the copies are read one at a time by `saved`). */
  async listSaved(): Promise<SavedListing[]> {
    const records = await this.db.getAllFromIndex('articles', 'saved');
    return records.reverse().map((record) => ({ article: plain(record), savedAt: record.savedAt! }));
  }

  /**
   * Merges a backup's highlights and articles (texts, saved copies) in ONE transaction with their search journal
   * entries: all are written or, on any failure, none.
   */
  importBackup(highlights: readonly Highlight[], articles: readonly BackupArticle[]): Promise<BackupMergeCounts> {
    return writing(
      this.db,
      IMPORT_WRITE,
      async (tx) => {
        const [counts, articleCounts] = await Promise.all([mergeHighlightsIn(tx, highlights), mergeArticlesIn(tx, articles)]);
        await tx.done;
        return { ...counts, articles: articleCounts.counts, savedArticles: articleCounts.saved };
      },
      'the import',
    );
  }

  /** Journal entries after `after` (all when absent), oldest first. */
  async journal(after?: number): Promise<SearchJournalEntry[]> {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    return (await this.db.getAll('searchJournal', range)) as SearchJournalEntry[];
  }

  /** Drops journal entries up to and including `upTo`. */
  trimJournal(upTo: number): Promise<void> {
    return writing(this.db, ['searchJournal'], async (tx) => {
      await Promise.all([tx.store.delete(IDBKeyRange.upperBound(upTo)), tx.done]);
    }, 'the search index');
  }

  async readSnapshot(): Promise<StoredSearchSnapshot | null> {
    return (await this.db.get('searchIndex', SEARCH_SNAPSHOT_KEY)) ?? null;
  }

  /**
   * Stores the search index as of journal entry `journalUpTo` and drops the entries it includes, in one transaction:
   * a stop in between would otherwise lose changes (trimmed, not in the snapshot) or replay them twice.
   */
  writeSnapshot(snapshot: Omit<StoredSearchSnapshot, 'journalUpTo'>, journalUpTo: number): Promise<void> {
    return writing(this.db, SNAPSHOT_WRITE, async (tx) => {
      await Promise.all([
        tx.objectStore('searchIndex').put({ version: snapshot.version, config: snapshot.config, json: snapshot.json, journalUpTo }, SEARCH_SNAPSHOT_KEY),
        tx.objectStore('searchJournal').delete(IDBKeyRange.upperBound(journalUpTo)),
        tx.done,
      ]);
    }, 'the search index');
  }
}

/**
 * Queues the writes merging backup articles into the reading memory within `tx`. An article already recorded keeps
 * its earliest first reading, its furthest progress and its most readings; the metadata, entities and text of the
 * latest reading win; a saved copy is written when none is kept or the file's was saved later. Each article written
 * gets its search journal entry in the same transaction.
 */
async function mergeArticlesIn(tx: ImportTransaction, incoming: readonly BackupArticle[]): Promise<{ counts: MergeCounts; saved: number }> {
  const articles = tx.objectStore('articles');
  const texts = tx.objectStore('articleTexts');
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  let saved = 0;
  const existing = await Promise.all(incoming.map((a) => articles.get(a.record.url)));
  const changes = new SummaryChanges();
  const writes: Promise<unknown>[] = [];
  try {
    incoming.forEach(({ record: read, text, saved: copy }, i) => {
      const current = existing[i];
      const newer = !current || read.lastReadAt > current.lastReadAt;
      const latest = newer ? read : current;
      const writeText = text !== null && (newer || !current.textIndexed);
      const writeCopy = copy !== null && (current?.savedAt === undefined || copy.savedAt > current.savedAt);
      const savedAt = writeCopy ? copy.savedAt : current?.savedAt;
      const record: StoredArticle = {
        ...articleFields(latest),
        readFraction: Math.max(current?.readFraction ?? 0, read.readFraction),
        firstReadAt: current && current.firstReadAt < read.firstReadAt ? current.firstReadAt : read.firstReadAt,
        lastReadAt: latest.lastReadAt,
        readCount: Math.max(current?.readCount ?? 0, read.readCount),
        ...(newer ? keyedEntities(read.entities) : { entities: current.entities, entityKeys: current.entityKeys }),
        entityLastRead: [],
        entityFirstRead: [],
        saved: savedAt !== undefined,
        textIndexed: writeText || (current?.textIndexed ?? false),
      };
      Object.assign(record, entityReadingKeys(record));
      if (savedAt !== undefined) record.savedAt = savedAt;
      const changed =
        !current ||
        newer ||
        writeText ||
        writeCopy ||
        record.firstReadAt !== current.firstReadAt ||
        record.readFraction !== current.readFraction ||
        record.readCount !== current.readCount;
      if (!changed) {
        counts.unchanged++;
        return;
      }
      if (current) {
        counts.updated++;
        changes.remove(current);
      } else counts.added++;
      changes.add(record);
      writes.push(articles.put(record), tx.objectStore('searchJournal').add({ op: 'put', kind: 'article', id: record.url }));
      if (writeText) writes.push(texts.put({ url: record.url, text }));
      if (writeCopy) {
        saved++;
        writes.push(tx.objectStore('savedArticles').put({ url: record.url, ...copy }));
      }
    });
  } catch (error) {
    // A request refused as it was made: the ones made before it fail with the aborted transaction, and are awaited
    // here so that their failure is not reported as unhandled.
    void Promise.allSettled(writes);
    throw error;
  }
  writes.push(writeSummaries(tx as unknown as SummaryTransaction, changes));
  await Promise.all(writes);
  return { counts, saved };
}
