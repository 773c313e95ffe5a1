/**
 * The reading memory in a backup file: the articles read (with or without their texts), the saved articles (reader
 * HTML and lead image) and the history settings. It rides in the highlights' Web Annotation export under
 * `READING_PROPERTY`, a top-level property beside the collection's own, so other annotation tools read the file as
 * before and ignore it.
 *
 * `parseReadingBackup` is the gate a file passes on import: the file is untrusted, so every article is rebuilt field
 * by field through the same checks a page's report passes (`parseReadingRecord`), times are capped like the
 * highlights', a saved copy's HTML is capped, and its image must be a raster image (`image/*`, not SVG) under the
 * size cap. A problem names the article and the field (`articles[3].saved.image.type`).
 */

import { isRecord } from '../validation/is-record.ts';
import { READING_PROPERTY } from '../notes/export.ts';
import type { FieldProblem } from '../notes/highlight.ts';
import { isRetentionPolicy, type HistorySettings } from '../settings/history-settings.ts';
import {
  InvalidReadingError,
  isSavedImageType,
  MAX_SAVED_HTML_CHARS,
  MAX_SAVED_IMAGE_BYTES,
  parseReadingRecord,
  type ArticleRecord,
  type ReadEntity,
  type SavedArticle,
  type SavedImage,
} from './article-record.ts';
import type { ReadingStore } from './reading-store.ts';

export { READING_PROPERTY };
/** Format of the reading part; a later format may add fields, an earlier reader refuses a later one. */
export const READING_BACKUP_VERSION = 1;
/** Most articles in one file: ten times a heavy reader's decade. */
export const MAX_BACKUP_ARTICLES = 100_000;
/** Most readings of one article a file may claim. */
const MAX_READ_COUNT = 1_000_000;
const DATA_URL = /^data:([^;,]{1,80});base64,([A-Za-z0-9+/]*={0,2})$/;

/** A saved lead image in a file: its bytes as a base64 `data:` URL. */
export interface ExportedImage {
  dataUrl: string;
  type: string;
  alt: string;
  caption: string;
}

/** An article's record as a file carries it: without what the store derives (entity keys, saved, text stored). */
export type RecordInFile = Omit<ArticleRecord, 'entities' | 'entityKeys' | 'saved' | 'textIndexed'> & { entities: ReadEntity[] };

/** An article in a file: its record, its text when exported with texts, its saved copy. */
export interface ExportedArticle extends RecordInFile {
  /** Absent when exported without texts, or when the article was recorded without one. */
  text?: string;
  saved?: { savedAt: string; contentHtml: string; image: ExportedImage | null };
}

/** The value of `READING_PROPERTY`. */
export interface ReadingBackup {
  version: typeof READING_BACKUP_VERSION;
  /** Whether article texts were exported: a file without them restores the history, not its search by body. */
  withTexts: boolean;
  /** `history` is absent when the exporter had no access to the settings; an import then leaves them alone. */
  settings: { history?: HistorySettings };
  articles: ExportedArticle[];
}

/** An article read back from a file, checked: what `ReadingStore.importBackup` merges. */
export interface BackupArticle {
  record: RecordInFile;
  text: string | null;
  saved: Omit<SavedArticle, 'url'> | null;
}

/** The reading part of a file, checked. */
export interface ParsedReadingBackup {
  /** Null when the file carries none (then the settings are left as they are). */
  settings: HistorySettings | null;
  articles: BackupArticle[];
}

/** A reading part that fails the checks: `article` is 1-based (as a person counts), absent for the part itself. */
export class InvalidReadingBackupError extends Error {
  override name = 'InvalidReadingBackupError';
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
    readonly article?: number,
  ) {
    super(`${article === undefined ? '' : `article ${article}: `}${field}: ${problem.replace('-', ' ')}`);
  }
}

// --- export -------------------------------------------------------------------------------------------------------

const BASE64_CHUNK = 0x8000;

export async function blobToDataUrl(blob: Blob, type: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In chunks: one call with a megabyte of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
  return `data:${type};base64,${btoa(binary)}`;
}

async function exportedImage(image: SavedImage | null): Promise<ExportedImage | null> {
  if (!image) return null;
  return { dataUrl: await blobToDataUrl(image.blob, image.type), type: image.type, alt: image.alt, caption: image.caption };
}

/** The reading memory as a file's reading part, oldest reading first so successive exports diff small. */
export async function exportReadingBackup(
  store: ReadingStore,
  history: HistorySettings | null,
  { withTexts }: { withTexts: boolean },
): Promise<ReadingBackup> {
  const [records, texts, copies] = await Promise.all([
    store.db.getAll('articles'),
    withTexts ? store.db.getAll('articleTexts') : Promise.resolve([]),
    store.db.getAll('savedArticles'),
  ]);
  const textOf = new Map(texts.map((t) => [t.url, t.text]));
  const copyOf = new Map(copies.map((c) => [c.url, c]));
  records.sort((a, b) => a.firstReadAt.localeCompare(b.firstReadAt) || a.url.localeCompare(b.url));
  const articles = await Promise.all(
    records.map(async (r): Promise<ExportedArticle> => {
      const article: ExportedArticle = {
        url: r.url,
        title: r.title,
        section: r.section,
        author: r.author,
        published: r.published,
        words: r.words,
        readFraction: r.readFraction,
        firstReadAt: r.firstReadAt,
        lastReadAt: r.lastReadAt,
        readCount: r.readCount,
        language: r.language,
        entities: r.entities.map(({ name, type, count }) => ({ name, type, count })),
      };
      const text = textOf.get(r.url);
      if (text !== undefined) article.text = text;
      const copy = copyOf.get(r.url);
      if (copy) article.saved = { savedAt: copy.savedAt, contentHtml: copy.contentHtml, image: await exportedImage(copy.image) };
      return article;
    }),
  );
  return { version: READING_BACKUP_VERSION, withTexts, settings: history ? { history: { ...history } } : {}, articles };
}

// --- import -------------------------------------------------------------------------------------------------------

/** Checks made on one article, each throwing `InvalidReadingError` with the field's path within the article. */
function readTime(value: unknown, field: string, latest: number): string {
  if (value === undefined || value === null) throw new InvalidReadingError(field, 'missing');
  if (typeof value !== 'string') throw new InvalidReadingError(field, 'wrong-type');
  const time = Date.parse(value);
  if (value.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) throw new InvalidReadingError(field, 'invalid');
  // A stamp from the far future would win every later merge: brought back, as the highlights' are.
  return new Date(Math.min(time, latest)).toISOString();
}

function readText(value: unknown, field: string, max: number): string {
  if (value === undefined || value === null) throw new InvalidReadingError(field, 'missing');
  if (typeof value !== 'string') throw new InvalidReadingError(field, 'wrong-type');
  if (value.length > max) throw new InvalidReadingError(field, 'too-long');
  return value;
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function readImage(value: unknown): SavedImage | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) throw new InvalidReadingError('saved.image', 'wrong-type');
  const type = readText(value.type, 'saved.image.type', 80).toLowerCase();
  if (!isSavedImageType(type)) throw new InvalidReadingError('saved.image.type', 'invalid');
  // The size is known from the text's length: a file over the cap is refused before anything is decoded.
  const dataUrl = readText(value.dataUrl, 'saved.image.dataUrl', Math.ceil(MAX_SAVED_IMAGE_BYTES / 3) * 4 + 100);
  const match = DATA_URL.exec(dataUrl);
  if (!match || match[1]!.toLowerCase() !== type || match[2]!.length % 4 !== 0) throw new InvalidReadingError('saved.image.dataUrl', 'invalid');
  const bytes = base64Bytes(match[2]!);
  if (bytes.length > MAX_SAVED_IMAGE_BYTES) throw new InvalidReadingError('saved.image.dataUrl', 'too-long');
  return {
    blob: new Blob([bytes], { type }),
    type,
    alt: readText(value.alt ?? '', 'saved.image.alt', 2_000),
    caption: readText(value.caption ?? '', 'saved.image.caption', 2_000),
  };
}

function readArticle(value: unknown, latest: number): BackupArticle {
  if (!isRecord(value)) throw new InvalidReadingError('article', 'wrong-type');
  // The fields a page reports pass the page's own gate: the same caps, the same kompas.com-only addresses.
  const reading = parseReadingRecord({ ...value, text: value.text ?? '' });
  const firstReadAt = readTime(value.firstReadAt, 'firstReadAt', latest);
  const lastReadAt = readTime(value.lastReadAt, 'lastReadAt', latest);
  if (firstReadAt > lastReadAt) throw new InvalidReadingError('firstReadAt', 'invalid');
  const readCount = value.readCount;
  if (typeof readCount !== 'number') throw new InvalidReadingError('readCount', readCount === undefined ? 'missing' : 'wrong-type');
  if (!Number.isInteger(readCount) || readCount < 1 || readCount > MAX_READ_COUNT) throw new InvalidReadingError('readCount', 'invalid');
  let saved: BackupArticle['saved'] = null;
  if (value.saved !== undefined && value.saved !== null) {
    if (!isRecord(value.saved)) throw new InvalidReadingError('saved', 'wrong-type');
    saved = {
      savedAt: readTime(value.saved.savedAt, 'saved.savedAt', latest),
      contentHtml: readText(value.saved.contentHtml, 'saved.contentHtml', MAX_SAVED_HTML_CHARS),
      image: readImage(value.saved.image),
    };
  }
  const { text, readFraction, entities, ...metadata } = reading;
  return {
    record: { ...metadata, readFraction, firstReadAt, lastReadAt, readCount, entities },
    text: text.trim().length > 0 ? text : null,
    saved,
  };
}

function readSettings(value: unknown): HistorySettings | null {
  if (value === undefined) return null;
  if (!isRecord(value)) throw new InvalidReadingBackupError('settings', 'wrong-type');
  if (value.history === undefined) return null;
  const history = value.history;
  if (!isRecord(history)) throw new InvalidReadingBackupError('settings.history', 'wrong-type');
  if (typeof history.rememberArticles !== 'boolean') {
    throw new InvalidReadingBackupError('settings.history.rememberArticles', history.rememberArticles === undefined ? 'missing' : 'wrong-type');
  }
  if (!isRetentionPolicy(history.retention)) throw new InvalidReadingBackupError('settings.history.retention', 'invalid');
  return { rememberArticles: history.rememberArticles, retention: history.retention };
}

/**
 * Checks a file's reading part whole; an article listed twice is kept once, its latest reading winning. Times past
 * `latestTime` (ms) are brought back to it. Throws `InvalidReadingBackupError` at the first problem.
 */
export function parseReadingBackup(value: unknown, latestTime: number): ParsedReadingBackup {
  if (!isRecord(value)) throw new InvalidReadingBackupError(READING_PROPERTY, 'wrong-type');
  if (value.version !== READING_BACKUP_VERSION) throw new InvalidReadingBackupError('version', value.version === undefined ? 'missing' : 'invalid');
  const settings = readSettings(value.settings);
  const list = value.articles ?? [];
  if (!Array.isArray(list)) throw new InvalidReadingBackupError('articles', 'wrong-type');
  if (list.length > MAX_BACKUP_ARTICLES) throw new InvalidReadingBackupError('articles', 'too-many');
  const byUrl = new Map<string, BackupArticle>();
  list.forEach((item, i) => {
    let article: BackupArticle;
    try {
      article = readArticle(item, latestTime);
    } catch (error) {
      if (error instanceof InvalidReadingError) throw new InvalidReadingBackupError(error.field, error.problem, i + 1);
      throw error;
    }
    const seen = byUrl.get(article.record.url);
    if (!seen || article.record.lastReadAt > seen.record.lastReadAt) byUrl.set(article.record.url, article);
  });
  return { settings, articles: [...byUrl.values()] };
}
