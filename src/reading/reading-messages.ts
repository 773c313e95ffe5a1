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
import { isKompasHost } from '../kompas/article-url.ts';
import { isRecord } from '../validation/is-record.ts';
import {
  InvalidReadingError,
  parseReadingProgress,
  parseReadingRecord,
  parseReadingUrl,
  READING_LIMITS,
  type ArticleRecord,
  type ReadingRecord,
} from './article-record.ts';
import type { EntityType } from '../ner/index.ts';
import type { EntityAcross, EntityPage } from './entity-memory.ts';
import { parseListCursor } from './entity-list-cursor.ts';
import { MAX_SAVED_HTML_CHARS } from './reading-store.ts';

/** Content script -> background: the article on this page was read (sent once at an idle moment, again from the reader). */
export interface ReadingRecordRequest {
  type: 'reading/record';
  record: ReadingRecord;
}

/** The answer to `reading/record` and `reading/progress`: false while history is off (nothing was written). */
export interface ReadingRecorded {
  recorded: boolean;
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
  image: SaveImageSource | null;
  /**
   * The article's reading, recorded with the save when the article is not recorded yet (history off, or saved before
   * the idle moment's record): a saved article needs its record, which the library lists.
   */
  record?: ReadingRecord;
}

/** Where the lead image of an article to save is, and what describes it. */
export interface SaveImageSource {
  /** An address on kompas.com or one of its subdomains, over the page's own scheme (https on kompas.com). */
  src: string;
  alt: string;
  caption: string;
}

/**
 * The answer to `reading/save`. `image`: stored with the article; `none`, the article has none; `failed`, it could not
 * be fetched (the article is saved without it); `too-large`, over MAX_SAVED_IMAGE_BYTES (saved without it).
 */
export interface ReadingSaved {
  saved: true;
  image: 'stored' | 'none' | 'failed' | 'too-large';
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

/**
 * Extension page -> background: the entities across the articles read, most read about first. Without `limit`,
 * every one (read from every summary: slow beyond a few thousand articles); with it, at most `limit` of each type, or
 * of `entityType` alone, from `after` (the `next` of the page before) on.
 */
export interface ReadingEntitiesRequest {
  type: 'reading/entities';
  limit?: number;
  entityType?: EntityType;
  after?: string;
}

export interface ReadingEntities {
  entities: EntityAcross[];
  /** With `limit`: for each type asked for with more entities to show, the `after` of its next page. */
  next?: Partial<Record<EntityType, string>>;
}

/** Extension page -> background: one entity's page. */
export interface ReadingEntityRequest {
  type: 'reading/entity';
  key: string;
}

export type ReadingEntityReply = { page: EntityPage | null };

/**
 * Content script or extension page -> background: open an entity's page in the library, in a new tab. Content
 * scripts cannot open extension pages themselves (nothing of the extension is web-accessible), so the background does.
 */
export interface ReadingOpenEntityRequest {
  type: 'reading/open-entity';
  key: string;
}

/** The answer to `reading/unsave`, `reading/forget` and `reading/open-entity`: whether anything changed. */
export interface ReadingDone {
  done: boolean;
}

/** The answer to `reading/clear`: how many articles were forgotten. */
export interface ReadingCleared {
  cleared: number;
}

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
  | ReadingEntityRequest
  | ReadingOpenEntityRequest;

export type ReadingMessageType = ReadingMessage['type'];

/** Errors every reading reply may carry instead of its answer. */
export interface ReadingError {
  error: {
    code: 'invalid-message' | 'not-allowed' | 'rate-limited' | 'storage-failed' | 'quota-exceeded' | 'not-found' | 'image-failed';
    message: string;
  };
}

const TYPES: readonly ReadingMessageType[] = [
  'reading/record', 'reading/progress', 'reading/save', 'reading/status', 'reading/entity-counts', 'reading/list',
  'reading/article', 'reading/unsave', 'reading/forget', 'reading/clear', 'reading/entities', 'reading/entity',
  'reading/open-entity',
];

export const isReadingMessageType = (type: unknown): type is ReadingMessageType =>
  typeof type === 'string' && (TYPES as readonly string[]).includes(type);

/**
 * Bounds of the messages beyond a record's: an article names at most `READING_LIMITS.entities` entities, so a panel
 * asks for no more keys; a key is a type, a colon and a name; a library page lists at most 200 articles.
 */
export const READING_MESSAGE_LIMITS = {
  keys: READING_LIMITS.entities,
  key: 4 + READING_LIMITS.entityName,
  listLimit: 200,
  before: 40,
  entityListLimit: 200,
  imageSrc: READING_LIMITS.url,
  imageAlt: 500,
  imageCaption: 1_000,
} as const;

function stringField(value: unknown, field: string, max: number): string {
  if (value === undefined || value === null) throw new InvalidReadingError(field, 'missing');
  if (typeof value !== 'string') throw new InvalidReadingError(field, 'wrong-type');
  if (value.length > max) throw new InvalidReadingError(field, 'too-long');
  return value;
}

/** A text shown beside a picture, whitespace tidied and cut at `max`: a long caption is the page's, not an attack. */
function cappedText(value: unknown, field: string, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new InvalidReadingError(field, 'wrong-type');
  return value.slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

function parseKey(value: unknown, field: string): string {
  const key = stringField(value, field, READING_MESSAGE_LIMITS.key);
  if (!/^(PER|LOC|ORG):\S/.test(key)) throw new InvalidReadingError(field, 'invalid');
  return key;
}

function parseKeys(value: unknown): string[] {
  if (!Array.isArray(value)) throw new InvalidReadingError('keys', value === undefined ? 'missing' : 'wrong-type');
  if (value.length > READING_MESSAGE_LIMITS.keys) throw new InvalidReadingError('keys', 'too-many');
  return [...new Set(value.map((key, i) => parseKey(key, `keys[${i}]`)))];
}

/**
 * The lead image's address: on kompas.com or a subdomain, over http(s), nothing else for the background to fetch. The
 * scheme is the page's own (the background holds a content script to it): kompas.com serves its pages over https.
 */
export function parseImageSrc(value: unknown, field = 'image.src'): string {
  const text = stringField(value, field, READING_MESSAGE_LIMITS.imageSrc);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidReadingError(field, 'invalid');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !isKompasHost(url.hostname) || url.username !== '' || url.password !== '' || url.port !== '') {
    throw new InvalidReadingError(field, 'invalid');
  }
  url.hash = '';
  return url.href;
}

function parseImage(value: unknown): SaveImageSource | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new InvalidReadingError('image', 'wrong-type');
  return {
    src: parseImageSrc(value.src),
    alt: cappedText(value.alt, 'image.alt', READING_MESSAGE_LIMITS.imageAlt),
    caption: cappedText(value.caption, 'image.caption', READING_MESSAGE_LIMITS.imageCaption),
  };
}

/** A record inside a message, its problems named from the message (`record.title`). */
function recordIn(value: unknown): ReadingRecord {
  try {
    return parseReadingRecord(value);
  } catch (error) {
    if (error instanceof InvalidReadingError && error.field !== 'record') throw new InvalidReadingError(`record.${error.field}`, error.problem);
    throw error;
  }
}

function parseSave(value: Record<string, unknown>): ReadingSaveRequest {
  const url = parseReadingUrl(value.url);
  const message: ReadingSaveRequest = {
    type: 'reading/save',
    url,
    contentHtml: stringField(value.contentHtml, 'contentHtml', MAX_SAVED_HTML_CHARS),
    image: parseImage(value.image),
  };
  if (value.record !== undefined) {
    const record = recordIn(value.record);
    if (record.url !== url) throw new InvalidReadingError('record.url', 'invalid');
    message.record = record;
  }
  return message;
}

function parseList(value: Record<string, unknown>): ReadingListRequest {
  const limit = value.limit;
  if (typeof limit !== 'number') throw new InvalidReadingError('limit', limit === undefined ? 'missing' : 'wrong-type');
  if (!Number.isInteger(limit) || limit < 1 || limit > READING_MESSAGE_LIMITS.listLimit) throw new InvalidReadingError('limit', 'invalid');
  const message: ReadingListRequest = { type: 'reading/list', limit };
  if (value.before !== undefined) {
    const before = stringField(value.before, 'before', READING_MESSAGE_LIMITS.before);
    if (Number.isNaN(Date.parse(before))) throw new InvalidReadingError('before', 'invalid');
    message.before = before;
  }
  if (value.savedOnly !== undefined) {
    if (typeof value.savedOnly !== 'boolean') throw new InvalidReadingError('savedOnly', 'wrong-type');
    message.savedOnly = value.savedOnly;
  }
  return message;
}

const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

function parseEntities(value: Record<string, unknown>): ReadingEntitiesRequest {
  const message: ReadingEntitiesRequest = { type: 'reading/entities' };
  if (value.limit === undefined) {
    if (value.entityType !== undefined || value.after !== undefined) throw new InvalidReadingError('limit', 'missing');
    return message;
  }
  const limit = value.limit;
  if (typeof limit !== 'number') throw new InvalidReadingError('limit', 'wrong-type');
  if (!Number.isInteger(limit) || limit < 1 || limit > READING_MESSAGE_LIMITS.entityListLimit) throw new InvalidReadingError('limit', 'invalid');
  message.limit = limit;
  if (value.entityType !== undefined) {
    if (typeof value.entityType !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(value.entityType)) throw new InvalidReadingError('entityType', 'invalid');
    message.entityType = value.entityType as EntityType;
  }
  if (value.after !== undefined) {
    if (message.entityType === undefined) throw new InvalidReadingError('entityType', 'missing');
    const after = stringField(value.after, 'after', 10 + READING_MESSAGE_LIMITS.key);
    const cursor = parseListCursor(after);
    if (cursor === null || !cursor.key.startsWith(`${message.entityType}:`)) throw new InvalidReadingError('after', 'invalid');
    message.after = after;
  }
  return message;
}

/**
 * Returns the typed message, rebuilt field by field, or throws `InvalidReadingError` naming the field at fault
 * (`record.entities[2].type`, `keys`, `image.src`).
 */
export function parseReadingMessage(raw: unknown): ReadingMessage {
  if (!isRecord(raw)) throw new InvalidReadingError('message', 'wrong-type');
  const type = raw.type;
  if (!isReadingMessageType(type)) throw new InvalidReadingError('type', 'invalid');
  switch (type) {
    case 'reading/record':
      return { type, record: recordIn(raw.record) };
    case 'reading/progress':
      return { type, ...parseReadingProgress(raw) };
    case 'reading/save':
      return parseSave(raw);
    case 'reading/status':
    case 'reading/article':
    case 'reading/unsave':
    case 'reading/forget':
      return { type, url: parseReadingUrl(raw.url) };
    case 'reading/entity-counts':
      return { type, url: parseReadingUrl(raw.url), keys: parseKeys(raw.keys) };
    case 'reading/list':
      return parseList(raw);
    case 'reading/clear':
      return { type };
    case 'reading/entities':
      return parseEntities(raw);
    case 'reading/entity':
    case 'reading/open-entity':
      return { type, key: parseKey(raw.key, 'key') };
  }
}
