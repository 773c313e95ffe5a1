/**
 * Who may do what with the reading memory: the one gate between the background's message listener and the
 * reading stores of the notes database.
 *
 * - Content scripts may report, save and ask about their own tab's article only (`reading/record`, `progress`,
 *   `save`, `status`, `entity-counts`): the article's canonical address must be that of the page the browser says
 *   the message came from. They may also ask for an entity's page in the library to be opened. Each tab is
 *   rate-limited, so a hostile page driving our script cannot flood the history or open tabs without end.
 * - The extension's own pages (library, popup, saved-article reader) may send everything.
 * - The note panel may send nothing here.
 *
 * While history is off ("Ingat artikel yang saya baca"), `record` and `progress` write nothing and say so
 * (`recorded: false`); what was recorded before stays until cleared. "Simpan" still saves: it is asked for each time.
 * Retention runs when the background wakes (at most once an hour, `RETENTION_INTERVAL_MS`) and when the setting
 * changes; saved articles are never removed by it.
 */

import type { Sender } from '../messages/sender-policy.ts';
import type { EntityType } from '../ner/index.ts';
import { SAVES_PER_MINUTE, TabRateLimit } from '../messages/tab-rate-limit.ts';
import { canonicalArticleUrl } from '../notes/canonical-url.ts';
import { StorageQuotaError, type NotesDb } from '../notes/store.ts';
import type { HistorySettings } from '../settings/history-settings.ts';
import { InvalidReadingError, type SavedImage } from './article-record.ts';
import { EntityMemory } from './entity-memory.ts';
import {
  parseReadingMessage,
  type ReadingArticle,
  type ReadingCleared,
  type ReadingDone,
  type ReadingEntities,
  type ReadingEntitiesRequest,
  type ReadingEntityCounts,
  type ReadingEntityReply,
  type ReadingError,
  type ReadingList,
  type ReadingMessage,
  type ReadingMessageType,
  type ReadingRecorded,
  type ReadingSaved,
  type ReadingSaveRequest,
  type ReadingStatus,
} from './reading-messages.ts';
import { ReadingStore } from './reading-store.ts';

export type ReadingReply =
  | ReadingRecorded
  | ReadingSaved
  | ReadingStatus
  | ReadingEntityCounts
  | ReadingList
  | ReadingArticle
  | ReadingDone
  | ReadingCleared
  | ReadingEntities
  | ReadingEntityReply
  | ReadingError;

/** The lead image was larger than the saved article may keep; the article is saved without it. */
export class ImageTooLargeError extends Error {
  override name = 'ImageTooLargeError';
}

/** When retention last ran, kept where a stopped background finds it again (extension storage). */
export interface RetentionClock {
  last(): Promise<number | null>;
  mark(time: number): Promise<void>;
}

export interface ReadingAccessOptions {
  /** The reader's history settings, asked at every message that may write. */
  history: () => Promise<HistorySettings>;
  /** Fetches a lead image (on kompas.com over the page's scheme, checked already); rejects when it cannot, `ImageTooLargeError` when too big. */
  fetchImage: (src: string) => Promise<Blob>;
  /** Opens the library at an entity's page. */
  openEntity: (key: string) => Promise<void>;
  retentionClock: RetentionClock;
  now?: () => number;
}

/** Content scripts' messages, each about the article of the sender's own page (`open-entity` aside). */
const CONTENT_SCRIPT_TYPES: ReadonlySet<ReadingMessageType> = new Set([
  'reading/record', 'reading/progress', 'reading/save', 'reading/status', 'reading/entity-counts', 'reading/open-entity',
]);
/** Reports and saves: one article's record, its progress when the tab hides, its save. A reader sends a few a minute. */
export const READING_WRITES_PER_MINUTE = SAVES_PER_MINUTE;
/** Questions about the page's article: at each reader opening and popup. */
export const READING_QUESTIONS_PER_MINUTE = 60;
/** Library tabs one page may have opened a minute: each is a click on an entity. */
export const ENTITY_OPENS_PER_MINUTE = 10;
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

const failure = (code: ReadingError['error']['code'], message: string): ReadingError => ({ error: { code, message } });

export class ReadingAccess {
  private opened: Promise<{ store: ReadingStore; entities: EntityMemory }> | null = null;
  private readonly now: () => number;
  private readonly writes: TabRateLimit;
  private readonly questions: TabRateLimit;
  private readonly opens: TabRateLimit;

  constructor(
    private readonly openDb: () => Promise<NotesDb>,
    private readonly options: ReadingAccessOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.writes = new TabRateLimit(READING_WRITES_PER_MINUTE, this.now);
    this.questions = new TabRateLimit(READING_QUESTIONS_PER_MINUTE, this.now);
    this.opens = new TabRateLimit(ENTITY_OPENS_PER_MINUTE, this.now);
  }

  /** Answers a `reading/*` message from `sender`; never throws. */
  async handle(raw: unknown, sender: Sender): Promise<ReadingReply> {
    let message: ReadingMessage;
    try {
      message = parseReadingMessage(raw);
    } catch (error) {
      return failure('invalid-message', error instanceof InvalidReadingError ? error.message : 'message could not be read');
    }
    if (sender.kind === 'note-panel') return failure('not-allowed', `${message.type} is not for the note panel`);
    if (sender.kind === 'content-script') {
      const refusal = this.refusal(message, sender.url, sender.tabId);
      if (refusal) return refusal;
    }
    try {
      return await this.run(message);
    } catch (error) {
      if (error instanceof StorageQuotaError) return failure('quota-exceeded', error.message);
      if (error instanceof InvalidReadingError) return failure('invalid-message', error.message);
      return failure('storage-failed', `the reading memory failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Forgets a closed tab's counts. */
  forgetTab(tabId: number): void {
    this.writes.forgetTab(tabId);
    this.questions.forgetTab(tabId);
    this.opens.forgetTab(tabId);
  }

  /**
   * Removes what retention says is too old: when `force` (the setting changed), or when it last ran over an hour
   * ago. Returns how many articles went.
   */
  async applyRetention(force = false): Promise<number> {
    const now = this.now();
    const last = force ? null : await this.options.retentionClock.last();
    if (last !== null && now - last < RETENTION_INTERVAL_MS && now >= last) return 0;
    const { retention } = await this.options.history();
    const { store } = await this.open();
    const removed = await store.applyRetention(retention, new Date(now));
    await this.options.retentionClock.mark(now);
    return removed;
  }

  /** Why a content script may not send `message`, or null when it may. */
  private refusal(message: ReadingMessage, senderUrl: string, tabId: number): ReadingError | null {
    if (!CONTENT_SCRIPT_TYPES.has(message.type)) return failure('not-allowed', `${message.type} is not for content scripts`);
    if (message.type === 'reading/open-entity') {
      return this.opens.take(tabId) ? null : failure('rate-limited', `at most ${ENTITY_OPENS_PER_MINUTE} library pages a minute may be opened from one tab`);
    }
    const own = canonicalArticleUrl(senderUrl);
    const url = message.type === 'reading/record' ? message.record.url : (message as { url: string }).url;
    if (own === null || url !== own) return failure('not-allowed', 'a page may report and ask about its own article only');
    // The picture comes over the page's own scheme: an https page never has the background fetch in the clear.
    if (message.type === 'reading/save' && message.image && new URL(message.image.src).protocol !== new URL(senderUrl).protocol) {
      return failure('invalid-message', 'image.src: not over the page\'s own scheme');
    }
    const question = message.type === 'reading/status' || message.type === 'reading/entity-counts';
    if (!(question ? this.questions : this.writes).take(tabId)) {
      return failure('rate-limited', `${message.type} was sent too often from this tab; wait a moment`);
    }
    return null;
  }

  private async run(message: ReadingMessage): Promise<ReadingReply> {
    const { store, entities } = await this.open();
    switch (message.type) {
      case 'reading/record': {
        if (!(await this.options.history()).rememberArticles) return { recorded: false };
        await store.record(message.record, new Date(this.now()));
        return { recorded: true };
      }
      case 'reading/progress': {
        if (!(await this.options.history()).rememberArticles) return { recorded: false };
        return { recorded: (await store.setProgress(message.url, message.readFraction)) !== null };
      }
      case 'reading/save':
        return this.save(store, message);
      case 'reading/status': {
        const [history, article] = await Promise.all([this.options.history(), store.get(message.url)]);
        return { enabled: history.rememberArticles, recorded: article !== null, saved: article?.saved ?? false };
      }
      case 'reading/entity-counts': {
        const counts = await entities.articleCountsFor(message.keys, message.url);
        return { counts: Object.fromEntries(counts) };
      }
      case 'reading/list':
        return this.list(store, message.limit, message.before, message.savedOnly ?? false);
      case 'reading/article': {
        const [article, text, saved] = await Promise.all([store.get(message.url), store.text(message.url), store.saved(message.url)]);
        return {
          article,
          text,
          saved: saved && {
            savedAt: saved.savedAt,
            contentHtml: saved.contentHtml,
            hasImage: saved.image !== null,
            imageAlt: saved.image?.alt ?? '',
            imageCaption: saved.image?.caption ?? '',
          },
        };
      }
      case 'reading/unsave':
        return { done: await store.unsave(message.url) };
      case 'reading/forget':
        return { done: await store.forget(message.url) };
      case 'reading/clear':
        return { cleared: await store.clearHistory() };
      case 'reading/entities':
        return this.entities(entities, message);
      case 'reading/entity':
        return { page: await entities.entityPage(message.key) };
      case 'reading/open-entity':
        await this.options.openEntity(message.key);
        return { done: true };
    }
  }

  /**
   * "Simpan": records the article first when it is not (the record is what the library lists), fetches its lead
   * image, and keeps both; an image that cannot be had leaves the article saved without it, and the answer says so.
   */
  private async save(store: ReadingStore, message: ReadingSaveRequest): Promise<ReadingSaved | ReadingError> {
    if (message.record && (await store.get(message.url)) === null) await store.record(message.record, new Date(this.now()));
    let image: SavedImage | null = null;
    let outcome: ReadingSaved['image'] = 'none';
    if (message.image) {
      try {
        const blob = await this.options.fetchImage(message.image.src);
        image = { blob, type: blob.type, alt: message.image.alt, caption: message.image.caption };
        outcome = 'stored';
      } catch (error) {
        outcome = error instanceof ImageTooLargeError ? 'too-large' : 'failed';
      }
    }
    const result = await store.save(message.url, { contentHtml: message.contentHtml, image }, new Date(this.now()));
    if (result === null) return failure('not-found', 'the article is not recorded; open it again to save it');
    return { saved: true, image: result.imageDropped ? 'too-large' : outcome };
  }

  /** Everything, or a page of each type asked for (the library's first view: a page of each). */
  private async entities(memory: EntityMemory, { limit, entityType, after }: ReadingEntitiesRequest): Promise<ReadingEntities> {
    if (limit === undefined) return { entities: await memory.list() };
    const types: readonly EntityType[] = entityType ? [entityType] : ['PER', 'LOC', 'ORG'];
    const pages = await Promise.all(types.map((type) => memory.listPage({ type, limit, ...(after === undefined ? {} : { after }) })));
    const next: Partial<Record<EntityType, string>> = {};
    pages.forEach((page, i) => {
      if (page.next !== null) next[types[i]!] = page.next;
    });
    return { entities: pages.flatMap((page) => page.entities), next };
  }

  private async list(store: ReadingStore, limit: number, before: string | undefined, savedOnly: boolean): Promise<ReadingList> {
    // The saved articles are few (each kept on purpose): their times come from one index read.
    const saved = await store.listSaved();
    const savedAt = new Map(saved.map((listing) => [listing.article.url, listing.savedAt]));
    if (savedOnly) {
      const page = saved.filter((listing) => before === undefined || listing.savedAt < before);
      const shown = page.slice(0, limit);
      return {
        articles: shown.map((listing) => ({ ...listing.article, savedAt: listing.savedAt })),
        next: page.length > limit ? shown[shown.length - 1]!.savedAt : null,
      };
    }
    const found = await store.list(before === undefined ? { limit: limit + 1 } : { limit: limit + 1, before });
    const shown = found.slice(0, limit);
    return {
      articles: shown.map((article) => ({ ...article, savedAt: savedAt.get(article.url) ?? null })),
      next: found.length > limit ? shown[shown.length - 1]!.lastReadAt : null,
    };
  }

  private open(): Promise<{ store: ReadingStore; entities: EntityMemory }> {
    this.opened ??= this.openDb()
      .then((db) => ({ store: new ReadingStore(db), entities: new EntityMemory(db) }))
      .catch((error: unknown) => {
        this.opened = null;
        throw error;
      });
    return this.opened;
  }
}
