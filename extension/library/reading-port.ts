/**
 * How the library and the saved-article page reach the reading memory: typed messages of
 * src/reading/reading-messages.ts, whose replies are parsed here before any view reads them. `ReadingPort` is
 * injected, so the views load without the extension API and tests answer over a real store.
 */
import type {
  ReadingArticle,
  ReadingArticleRequest,
  ReadingClearRequest,
  ReadingEntities,
  ReadingEntitiesRequest,
  ReadingEntityReply,
  ReadingEntityRequest,
  ReadingError,
  ReadingForgetRequest,
  ReadingList,
  ReadingListRequest,
  ReadingUnsaveRequest,
} from '../../src/reading/reading-messages.ts';
import { isRecord } from '../../src/validation/is-record.ts';

/** The messages an extension page sends. */
export type PageReadingMessage =
  | ReadingListRequest
  | ReadingArticleRequest
  | ReadingEntitiesRequest
  | ReadingEntityRequest
  | ReadingForgetRequest
  | ReadingClearRequest
  | ReadingUnsaveRequest;

/** What each answers. The background's answers to forget, clear and unsave carry nothing the pages read. */
export interface ReadingResponses {
  'reading/list': ReadingList;
  'reading/article': ReadingArticle;
  'reading/entities': ReadingEntities;
  'reading/entity': ReadingEntityReply;
  'reading/forget': unknown;
  'reading/clear': unknown;
  'reading/unsave': unknown;
}

export interface ReadingPort {
  /** Resolves to the parsed reply, or rejects with `ReadingRequestError`. */
  request<M extends PageReadingMessage>(message: M): Promise<ReadingResponses[M['type']]>;
}

export class ReadingRequestError extends Error {
  override name = 'ReadingRequestError';
  constructor(
    readonly code: ReadingError['error']['code'] | 'unreachable' | 'bad-reply',
    message: string,
  ) {
    super(message);
  }
}

const fail = (what: string): never => {
  throw new ReadingRequestError('bad-reply', `the reply ${what}`);
};

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function checkArticle(value: unknown): void {
  if (!isRecord(value)) return fail('holds an article that is not an object');
  const { url, title, section, lastReadAt, firstReadAt, readFraction, saved, entities } = value as Record<string, unknown>;
  if (!isString(url) || !/^https?:\/\//.test(url)) fail('holds an article without a web address');
  if (!isString(title) || !isStringOrNull(section) || !isString(lastReadAt) || !isString(firstReadAt)) fail('holds an article with bad fields');
  if (typeof readFraction !== 'number' || typeof saved !== 'boolean' || !Array.isArray(entities)) fail('holds an article with bad fields');
}

function checkEntity(value: unknown): void {
  if (!isRecord(value)) return fail('holds an entity that is not an object');
  const { key, type, name, articleCount, mentionCount, firstSeen, lastSeen } = value as Record<string, unknown>;
  if (!isString(key) || !['PER', 'LOC', 'ORG'].includes(String(type)) || !isString(name)) fail('holds an entity with bad fields');
  if (typeof articleCount !== 'number' || typeof mentionCount !== 'number' || !isString(firstSeen) || !isString(lastSeen)) fail('holds an entity with bad counts');
}

const array = (value: unknown, what: string): unknown[] => (Array.isArray(value) ? value : fail(`has no ${what}`));

/** Checks a reply to `type` has the shape the views read; throws `ReadingRequestError` (bad-reply) else. */
export function parseReadingReply<T extends PageReadingMessage['type']>(type: T, reply: unknown): ReadingResponses[T] {
  if (!isRecord(reply)) fail('is not an object');
  const r = reply as Record<string, unknown>;
  if (isRecord(r.error)) {
    const code = String(r.error.code) as ReadingError['error']['code'];
    throw new ReadingRequestError(code, String(r.error.message ?? ''));
  }
  switch (type) {
    case 'reading/list':
      array(r.articles, 'articles').forEach(checkArticle);
      if (!isStringOrNull(r.next)) fail('has a bad next');
      break;
    case 'reading/article': {
      if (r.article !== null) checkArticle(r.article);
      if (!isStringOrNull(r.text)) fail('has a bad text');
      const saved = r.saved;
      if (saved !== null && (!isRecord(saved) || !isString(saved.contentHtml) || !isString(saved.savedAt) || typeof saved.hasImage !== 'boolean')) {
        fail('has a bad saved copy');
      }
      break;
    }
    case 'reading/entities':
      array(r.entities, 'entities').forEach(checkEntity);
      if (r.next !== undefined && (!isRecord(r.next) || !Object.values(r.next).every(isString))) fail('has a bad next');
      break;
    case 'reading/entity': {
      const page = r.page;
      if (page === null) break;
      if (!isRecord(page)) return fail('has a bad page');
      checkEntity(page.entity);
      array(page.articles, 'articles').forEach(checkArticle);
      array(page.names, 'names');
      array(page.timeline, 'timeline').forEach((w) => {
        if (!isRecord(w) || !isString(w.week) || !isString(w.start) || typeof w.count !== 'number') fail('has a bad week');
      });
      array(page.related, 'related entities').forEach((e) => {
        if (!isRecord(e) || !isString(e.key) || !isString(e.name) || typeof e.sharedArticles !== 'number') fail('has a bad related entity');
      });
      array(page.highlights, 'highlights').forEach((h) => {
        if (!isRecord(h) || !isString(h.id) || !isString(h.note) || !Array.isArray(h.selectors)) fail('has a bad highlight');
      });
      break;
    }
    default:
      break;
  }
  return reply as ReadingResponses[T];
}

/** Reads a rejection as a reading failure; anything else counts as `storage-failed`, never swallowed. */
export function readingFailure(error: unknown): ReadingRequestError {
  if (error instanceof ReadingRequestError) return error;
  return new ReadingRequestError('storage-failed', error instanceof Error ? error.message : String(error));
}
