/**
 * The search worker's core, a plain class over the notes database so it is tested without a Worker: the index
 * lives here, in the library page's worker, never in the background (a service worker is stopped when idle, and the
 * index of 10,000 articles takes seconds to load).
 *
 * On start the index is restored from the snapshot and the journal written after it (src/search/search-snapshot.ts);
 * before each search the journal entries written since are applied (the background keeps writing while the library
 * is open), and when the journal has grown long a new snapshot is written, which trims it in the same transaction.
 * The database is only read, except for the snapshot.
 */
import type { NotesDb } from '../../src/notes/store.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { ReadingSearch, snippetOf, type DocumentKind, type SearchDocument } from '../../src/search/reading-search.ts';
import { restore, shouldCompact, toSnapshot, type JournalEntry } from '../../src/search/search-snapshot.ts';
import { DEFAULT_HITS, type SearchHitView, type SearchRequest } from './search-protocol.ts';

/**
 * The index's shape, stored beside the snapshot: which fields of which documents it holds. A snapshot's version
 * covers the term pipeline; this names the documents, for anyone reading the stored record.
 */
export const SNAPSHOT_CONFIG = 'article: title + text; highlight: quote + note, article title';

export interface SearchServiceOptions {
  /** Whether a journal this long calls for a new snapshot (tests shorten it). */
  shouldCompact?: (journalLength: number) => boolean;
}

interface Index {
  search: ReadingSearch;
  /** The last journal entry applied. */
  journalUpTo: number;
  /** Journal entries still stored behind the snapshot: the work a restart would replay. */
  pending: number;
}

export class SearchService {
  private readonly store: ReadingStore;
  private readonly compactWhen: (journalLength: number) => boolean;
  private index: Promise<Index> | null = null;
  /** One operation at a time: a search must not see the index half way through catching up. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Snapshots written, for tests and the console. */
  snapshotsWritten = 0;
  /** How the index came back on start: rebuilt from every document, or the snapshot with this many replayed. */
  started: { rebuilt: boolean; replayed: number } | null = null;

  constructor(
    private readonly db: NotesDb,
    options: SearchServiceOptions = {},
  ) {
    this.store = new ReadingStore(db);
    this.compactWhen = options.shouldCompact ?? shouldCompact;
  }

  /** Restores the index (once); searches wait for it. */
  start(): Promise<void> {
    return this.serialised(async () => {
      await this.ready();
    });
  }

  /** The hits for a request, best first, each with its title and a snippet of its own text. */
  search(request: Pick<SearchRequest, 'query' | 'kind' | 'limit'>): Promise<SearchHitView[]> {
    return this.serialised(async () => {
      const index = await this.ready();
      await this.follow(index);
      const hits = index.search.search(request.query, { kind: request.kind, limit: request.limit ?? DEFAULT_HITS });
      // Texts are read for the hits shown only: the index keeps none.
      const views = await Promise.all(hits.map((hit) => this.view(hit.kind, hit.id, request.query)));
      return views.filter((view): view is SearchHitView => view !== null);
    });
  }

  /** Documents in the index (after catching up). */
  size(): Promise<number> {
    return this.serialised(async () => {
      const index = await this.ready();
      await this.follow(index);
      return index.search.size;
    });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ready(): Promise<Index> {
    this.index ??= this.restore().catch((error: unknown) => {
      // A failed start (the database busy upgrading) is tried again by the next search.
      this.index = null;
      throw error;
    });
    return this.index;
  }

  private async restore(): Promise<Index> {
    const [snapshot, journal] = await Promise.all([this.store.readSnapshot(), this.store.journal()]);
    const result = await restore(snapshot, journal, (kind, id) => this.load(kind, id), () => this.everyDocument());
    this.started = { rebuilt: result.rebuilt, replayed: result.replayed };
    const pending = journal.filter((entry) => entry.seq > (snapshot?.journalUpTo ?? 0)).length;
    const index: Index = { search: result.search, journalUpTo: result.journalUpTo, pending: result.rebuilt ? Number.POSITIVE_INFINITY : pending };
    await this.compactIfDue(index);
    return index;
  }

  /** Applies the journal entries written since the last look: the latest per document counts. */
  private async follow(index: Index): Promise<void> {
    const entries: JournalEntry[] = await this.store.journal(index.journalUpTo);
    if (entries.length === 0) return;
    const latest = new Map<string, JournalEntry>();
    for (const entry of entries) {
      latest.delete(entry.id);
      latest.set(entry.id, entry);
    }
    for (const entry of latest.values()) {
      const doc = entry.op === 'put' ? await this.load(entry.kind, entry.id) : null;
      if (doc === null) index.search.remove(entry.id);
      else index.search.put(doc);
    }
    index.journalUpTo = entries.reduce((max, entry) => Math.max(max, entry.seq), index.journalUpTo);
    index.pending += entries.length;
    await this.compactIfDue(index);
  }

  private async compactIfDue(index: Index): Promise<void> {
    if (!this.compactWhen(index.pending)) return;
    const snapshot = toSnapshot(index.search, index.journalUpTo);
    try {
      await this.store.writeSnapshot({ version: snapshot.version, config: SNAPSHOT_CONFIG, json: snapshot.json }, index.journalUpTo);
      index.pending = 0;
      this.snapshotsWritten++;
    } catch (error) {
      // The index in memory is right either way; the next catch-up tries again.
      console.warn('Teman Baca: the search snapshot was not written', error);
    }
  }

  /** A document as the index takes it, from the database; null when it is gone. */
  private async load(kind: DocumentKind, id: string): Promise<SearchDocument | null> {
    if (kind === 'article') {
      const [article, text] = await Promise.all([this.db.get('articles', id), this.db.get('articleTexts', id)]);
      return article ? { id, kind, articleUrl: article.url, title: article.title, text: text?.text ?? '' } : null;
    }
    const highlight = await this.db.get('highlights', id);
    return highlight ? highlightDocument(highlight) : null;
  }

  private async *everyDocument(): AsyncIterable<SearchDocument> {
    // One read per store: the rebuild runs once, when there is no usable snapshot.
    const [articles, texts, highlights] = await Promise.all([
      this.db.getAll('articles'),
      this.db.getAll('articleTexts'),
      this.db.getAll('highlights'),
    ]);
    const textOf = new Map(texts.map((t) => [t.url, t.text]));
    for (const article of articles) {
      yield { id: article.url, kind: 'article', articleUrl: article.url, title: article.title, text: textOf.get(article.url) ?? '' };
    }
    for (const highlight of highlights) yield highlightDocument(highlight);
  }

  private async view(kind: DocumentKind, id: string, query: string): Promise<SearchHitView | null> {
    if (kind === 'article') {
      const [article, text] = await Promise.all([this.db.get('articles', id), this.db.get('articleTexts', id)]);
      if (!article) return null;
      return {
        id,
        kind,
        articleUrl: article.url,
        title: article.title,
        section: article.section,
        saved: article.saved,
        snippet: mutable(snippetOf(text?.text ?? article.title, query)),
      };
    }
    const highlight = await this.db.get('highlights', id);
    if (!highlight) return null;
    return {
      id,
      kind,
      articleUrl: highlight.articleUrl,
      title: highlight.title,
      section: highlight.section,
      saved: false,
      snippet: mutable(snippetOf(highlightDocument(highlight).text, query)),
    };
  }
}

function highlightDocument(h: { id: string; articleUrl: string; title: string; note: string; selectors: readonly [{ exact: string }, ...unknown[]] }): SearchDocument {
  return { id: h.id, kind: 'highlight', articleUrl: h.articleUrl, title: h.title, text: h.note ? `${h.selectors[0].exact}\n${h.note}` : h.selectors[0].exact };
}

function mutable(snippet: ReturnType<typeof snippetOf>): SearchHitView['snippet'] {
  return { text: snippet.text, marks: snippet.marks.map(([start, end]): [number, number] => [start, end]) };
}
