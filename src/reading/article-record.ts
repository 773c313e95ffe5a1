/**
 * An article the reader read, as the reading memory keeps it, and `parseReadingRecord`, the one gate what a content
 * script reports passes: the page may be hostile, so every field is checked and rebuilt, and bounded so that one
 * message cannot fill the disk or stall the background.
 */

import type { EntityType } from '../ner/index.ts';
import type { FieldProblem } from '../notes/highlight.ts';
import { canonicalArticleUrl } from '../notes/canonical-url.ts';
import { isArticleUrl } from '../kompas/article-url.ts';
import { isRecord } from '../validation/is-record.ts';
import { entityKey } from './entity-key.ts';

/** An entity of one article, as the reader's panel lists it. */
export interface ReadEntity {
  /** The fullest form the article uses. */
  name: string;
  type: EntityType;
  /** Mentions in the article. */
  count: number;
}

/** An article's entity as stored: with its key across articles (`entityKey`). */
export interface ArticleEntity extends ReadEntity {
  key: string;
}

/** One reading of an article, as a content script reports it at an idle moment, validated. */
export interface ReadingRecord {
  /** Canonical article address (`canonicalArticleUrl`). */
  url: string;
  title: string;
  section: string | null;
  author: string | null;
  /** ISO 8601 publication time as the page gave it (Kompas: WIB, `+07:00`), or null. */
  published: string | null;
  words: number;
  /** How far the reader got, 0 to 1. */
  readFraction: number;
  /** BCP 47 tag, e.g. "id". */
  language: string;
  /** The clean article text (the reader's), paragraphs joined by "\n\n": the text highlights anchor to. */
  text: string;
  /** Distinct entities (one per key; repeats are summed). */
  entities: ReadEntity[];
}

/** A recorded article in the `articles` store: metadata only, the text is in `articleTexts`. */
export interface ArticleRecord {
  url: string;
  title: string;
  section: string | null;
  author: string | null;
  published: string | null;
  words: number;
  /** The furthest the reader ever got, 0 to 1. */
  readFraction: number;
  /** ISO time of the first reading. */
  firstReadAt: string;
  /** ISO time of the latest reading. */
  lastReadAt: string;
  readCount: number;
  language: string;
  /** The entities of the latest reading, most mentioned first. */
  entities: ArticleEntity[];
  /** The keys of `entities`, for the multi-entry index that finds an entity's articles. */
  entityKeys: string[];
  /** Kept in full by "Simpan" (`savedArticles`): never removed by retention or "clear history". */
  saved: boolean;
  /** Its text is in `articleTexts`, so search finds it by its body (false for an import without texts). */
  textIndexed: boolean;
}

/** `articleTexts`: an article's clean text. */
export interface ArticleText {
  url: string;
  text: string;
}

/** The lead image of a saved article, fetched once so the article reads offline. */
export interface SavedImage {
  blob: Blob;
  /** MIME type, e.g. "image/jpeg". */
  type: string;
  alt: string;
  caption: string;
}

/** `savedArticles`: an article kept in full for reading offline. */
export interface SavedArticle {
  url: string;
  /** ISO time it was saved. */
  savedAt: string;
  /** The reader's sanitised HTML of the body (src/reader/sanitize-content.ts). */
  contentHtml: string;
  image: SavedImage | null;
}

/** Largest lead image kept with a saved article: a news photo is 100-500 KB; a bigger file is no photo we need. */
export const MAX_SAVED_IMAGE_BYTES = 5 * 1024 * 1024;
/**
 * Media types a saved lead image may have: raster images only. An SVG opened from its blob address (the saved page
 * shows the image from one) is a document that runs its scripts in the extension's origin.
 */
const SAVED_IMAGE_TYPE = /^image\/(?!svg)[a-z0-9][a-z0-9.+-]{0,60}$/;

/** Whether a lead image of media type `type` (lower case, without parameters) may be kept with a saved article. */
export const isSavedImageType = (type: string): boolean => SAVED_IMAGE_TYPE.test(type);

/** Largest reader HTML kept with a saved article (the text cap of a record, with room for markup). */
export const MAX_SAVED_HTML_CHARS = 2_000_000;

/** Progress of an article being read, reported again as the reader scrolls. */
export interface ReadingProgress {
  url: string;
  readFraction: number;
}

/**
 * Bounds on one record: far above a real article (the longest Kompas articles are about 60,000 characters and 200
 * names), low enough that a hostile page cannot fill the disk or stall the background with one message.
 */
export const READING_LIMITS = {
  url: 2048,
  title: 500,
  section: 100,
  author: 300,
  published: 40,
  language: 35,
  text: 300_000,
  words: 1_000_000,
  entities: 1_000,
  entityName: 200,
  entityCount: 100_000,
} as const;

/** A reading record that fails validation, naming the field (`entities[3].type`) and the problem. */
export class InvalidReadingError extends Error {
  override name = 'InvalidReadingError';
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
  ) {
    super(`${field}: ${problem.replace('-', ' ')}`);
  }
}

const ENTITY_TYPES: readonly string[] = ['PER', 'LOC', 'ORG'];
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

function string(value: unknown, field: string, max: number, options: { empty?: boolean } = {}): string {
  if (value === undefined || value === null) throw new InvalidReadingError(field, 'missing');
  if (typeof value !== 'string') throw new InvalidReadingError(field, 'wrong-type');
  if (value.length > max) throw new InvalidReadingError(field, 'too-long');
  if (!options.empty && value.trim().length === 0) throw new InvalidReadingError(field, 'missing');
  return value;
}

/** A string, or null when absent or blank. */
function optionalString(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = string(value, field, max, { empty: true }).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function number(value: unknown, field: string, min: number, max: number, options: { integer?: boolean } = {}): number {
  if (value === undefined || value === null) throw new InvalidReadingError(field, 'missing');
  if (typeof value !== 'number') throw new InvalidReadingError(field, 'wrong-type');
  if (!Number.isFinite(value) || value < min || value > max || (options.integer && !Number.isInteger(value))) {
    throw new InvalidReadingError(field, 'invalid');
  }
  return value;
}

/** The canonical address of a kompas.com article; anything else is refused. */
export function parseReadingUrl(value: unknown, field = 'url'): string {
  const url = canonicalArticleUrl(string(value, field, READING_LIMITS.url));
  if (!url || !isArticleUrl(url)) throw new InvalidReadingError(field, 'invalid');
  return url;
}

function parsePublished(value: unknown): string | null {
  const text = optionalString(value, 'published', READING_LIMITS.published);
  if (text === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new InvalidReadingError('published', 'invalid');
  }
  return text;
}

function parseEntity(value: unknown, field: string): ReadEntity {
  if (!isRecord(value)) throw new InvalidReadingError(field, 'wrong-type');
  const name = string(value.name, `${field}.name`, READING_LIMITS.entityName).replace(/\s+/g, ' ').trim();
  if (typeof value.type !== 'string' || !ENTITY_TYPES.includes(value.type)) throw new InvalidReadingError(`${field}.type`, 'invalid');
  const count = number(value.count, `${field}.count`, 1, READING_LIMITS.entityCount, { integer: true });
  return { name, type: value.type as EntityType, count };
}

/**
 * The site itself, named in every article's dateline ("JAKARTA, KOMPAS.com -"): not a subject of the reader's
 * reading, and it would top every entity's "named together" list.
 */
const SITE_KEYS: ReadonlySet<string> = new Set(['ORG:kompas.com']);

/**
 * Distinct entities: names with one key are one entity (their counts summed), named by their longest form; the site's
 * own name is left out.
 */
function parseEntities(value: unknown): ReadEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidReadingError('entities', 'wrong-type');
  if (value.length > READING_LIMITS.entities) throw new InvalidReadingError('entities', 'too-many');
  const byKey = new Map<string, ReadEntity>();
  value.forEach((item, i) => {
    const entity = parseEntity(item, `entities[${i}]`);
    const key = entityKey(entity.type, entity.name);
    if (SITE_KEYS.has(key)) return;
    const known = byKey.get(key);
    if (!known) byKey.set(key, entity);
    else {
      known.count = Math.min(READING_LIMITS.entityCount, known.count + entity.count);
      if (entity.name.length > known.name.length) known.name = entity.name;
    }
  });
  return [...byKey.values()];
}

/** A valid `ReadingRecord` built field by field from what a content script sent. */
export function parseReadingRecord(input: unknown): ReadingRecord {
  if (!isRecord(input)) throw new InvalidReadingError('record', 'wrong-type');
  return {
    url: parseReadingUrl(input.url),
    title: string(input.title, 'title', READING_LIMITS.title).replace(/\s+/g, ' ').trim(),
    section: optionalString(input.section, 'section', READING_LIMITS.section),
    author: optionalString(input.author, 'author', READING_LIMITS.author),
    published: parsePublished(input.published),
    words: number(input.words, 'words', 0, READING_LIMITS.words, { integer: true }),
    readFraction: number(input.readFraction, 'readFraction', 0, 1),
    language: parseLanguage(input.language),
    text: string(input.text, 'text', READING_LIMITS.text, { empty: true }),
    entities: parseEntities(input.entities),
  };
}

function parseLanguage(value: unknown): string {
  const language = string(value, 'language', READING_LIMITS.language);
  if (!LANGUAGE.test(language)) throw new InvalidReadingError('language', 'invalid');
  return language.toLowerCase();
}

/** A valid progress report. */
export function parseReadingProgress(input: unknown): ReadingProgress {
  if (!isRecord(input)) throw new InvalidReadingError('progress', 'wrong-type');
  return { url: parseReadingUrl(input.url), readFraction: number(input.readFraction, 'readFraction', 0, 1) };
}
