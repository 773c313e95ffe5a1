/**
 * The messages of the reading memory, between the extension's parts and the background, which alone writes the
 * database. Every receiver parses what it gets (`parseReadingMessage`): a message from a page, an old version or a
 * bug is answered with an error and changes nothing.
 *
 * Content scripts report the article they show and may save it; they learn nothing of the history but whether their
 * own article is recorded or saved, and how many other articles read name the entities of their own article. The
 * extension's own pages (library, saved-article reader) list, search, open, forget and clear.
 *
 * Extension pages read two heavy things from the database directly rather than through messages: the search index
 * (the library's search worker keeps it, src/search/) and a saved article's lead image (a Blob, which Chrome's
 * messaging cannot carry). Every write but the search snapshot goes through these messages.
 */
import type { ArticleRecord, ReadingRecord } from './article-record.ts';
import type { EntityAcross, EntityPage } from './entity-memory.ts';

/** Content script -> background: the article on this page was read (sent once at an idle moment, again from the reader). */
export interface ReadingRecordRequest {
  type: 'reading/record';
  record: ReadingRecord;
}

/** Content script -> background: how far the reader got in its article (sent when the tab is hidden or left). */
export interface ReadingProgressRequest {
  type: 'reading/progress';
  url: string;
  readFraction: number;
}

/**
 * Content script -> background: keep this page's article in full ("Simpan"). `contentHtml` is the reader's sanitised
 * HTML; the lead image is fetched by the background from its kompas.com address (no page script sees the request).
 */
export interface ReadingSaveRequest {
  type: 'reading/save';
  url: string;
  contentHtml: string;
  image: { src: string; alt: string; caption: string } | null;
}

/** Content script or extension page -> background: whether an article is recorded and saved. */
export interface ReadingStatusRequest {
  type: 'reading/status';
  url: string;
}

export interface ReadingStatus {
  /** History is on (the reader's switch "Ingat artikel yang saya baca"). */
  enabled: boolean;
  recorded: boolean;
  saved: boolean;
}

/**
 * Content script -> background: for each entity key of its article, in how many OTHER articles read it is named
 * ("di N artikel lain yang kamu baca").
 */
export interface ReadingEntityCountsRequest {
  type: 'reading/entity-counts';
  url: string;
  keys: string[];
}

export interface ReadingEntityCounts {
  counts: Record<string, number>;
}

/** Extension page -> background: a page of history, newest reading first; `savedOnly` lists saved articles. */
export interface ReadingListRequest {
  type: 'reading/list';
  limit: number;
  before?: string;
  savedOnly?: boolean;
}

export interface ReadingList {
  articles: Array<ArticleRecord & { savedAt: string | null }>;
  /** Pass as `before` for the next page; null at the end. */
  next: string | null;
}

/** Extension page -> background: one article with its text and, when saved, its reader HTML (image: read from the database). */
export interface ReadingArticleRequest {
  type: 'reading/article';
  url: string;
}

export interface ReadingArticle {
  article: ArticleRecord | null;
  text: string | null;
  saved: { savedAt: string; contentHtml: string; hasImage: boolean; imageAlt: string; imageCaption: string } | null;
}

/** Extension page -> background: unsave (the record stays in history). */
export interface ReadingUnsaveRequest {
  type: 'reading/unsave';
  url: string;
}

/** Extension page -> background: forget one article (record, text, saved copy). */
export interface ReadingForgetRequest {
  type: 'reading/forget';
  url: string;
}

/** Extension page -> background: forget every article not saved. */
export interface ReadingClearRequest {
  type: 'reading/clear';
}

/** Extension page -> background: every entity across the articles read. */
export interface ReadingEntitiesRequest {
  type: 'reading/entities';
}

export interface ReadingEntities {
  entities: EntityAcross[];
}

/** Extension page -> background: one entity's page. */
export interface ReadingEntityRequest {
  type: 'reading/entity';
  key: string;
}

export type ReadingEntityReply = { page: EntityPage | null };

export type ReadingMessage =
  | ReadingRecordRequest
  | ReadingProgressRequest
  | ReadingSaveRequest
  | ReadingStatusRequest
  | ReadingEntityCountsRequest
  | ReadingListRequest
  | ReadingArticleRequest
  | ReadingUnsaveRequest
  | ReadingForgetRequest
  | ReadingClearRequest
  | ReadingEntitiesRequest
  | ReadingEntityRequest;

export type ReadingMessageType = ReadingMessage['type'];

/** Errors every reading reply may carry instead of its answer. */
export interface ReadingError {
  error: {
    code: 'invalid-message' | 'not-allowed' | 'rate-limited' | 'storage-failed' | 'quota-exceeded' | 'not-found' | 'image-failed';
    message: string;
  };
}
