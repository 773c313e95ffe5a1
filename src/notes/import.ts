/**
 * Reading an exported file back: the whole file is checked before anything is stored, and the first problem found
 * is reported with where it is ("annotation 3: target.source is missing"), as a code the UI words in Indonesian or
 * English. Files are untrusted: sizes are bounded, `__proto__`-style keys are refused, every value is type-checked
 * and rebuilt field by field through `parseHighlight`, and only kompas.com article addresses are accepted (the
 * library links to each article: a file must not plant links to other sites there). Times are capped at a day past
 * now, so that a stamp from the far future cannot win every later merge by id.
 */

import { InvalidHighlightError, parseHighlight, type FieldProblem, type Highlight } from './highlight.ts';
import { isRecord } from '../validation/is-record.ts';
import { EXTENSION_PROPERTY, READING_PROPERTY } from './export.ts';
import { isArticleUrl } from '../kompas/article-url.ts';
import { InvalidReadingBackupError, parseReadingBackup, type ParsedReadingBackup } from '../reading/reading-backup.ts';

/**
 * Largest file read, in characters: a backup of some thousand articles with their texts and saved copies, still
 * parsed in about half a second, and under the 64 MiB a browser's extension message carries.
 */
export const MAX_IMPORT_CHARS = 50_000_000;
/** Most annotations in one file. */
export const MAX_IMPORT_ITEMS = 50_000;
/** Latest time a file may stamp, past the importer's clock: clocks of two devices disagree, but not by more. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'forbidden-key'
  | 'not-annotations'
  | 'too-many'
  | 'invalid-annotation'
  | 'foreign-url'
  | 'invalid-article'
  | 'invalid-backup';

/** Why a file was refused. Nothing was stored. */
export interface ImportError {
  code: ImportErrorCode;
  /** English text for logs and the English UI; `importErrorMessage` words it in either language. */
  message: string;
  /** 1-based number of the annotation at fault, as a person counts. */
  annotation?: number;
  /** 1-based number of the article at fault in the reading memory's list (`invalid-article`). */
  article?: number;
  /** Path of the bad field within the annotation (e.g. `target.source`), the article (`saved.image.type`) or the
   * reading memory (`settings.history.retention`). */
  field?: string;
  problem?: FieldProblem;
  /** The refused address, for `foreign-url`. */
  url?: string;
}

export type ImportResult =
  | {
      ok: true;
      highlights: Highlight[];
      /** The reading memory, when the file is a backup that carries it (an export of highlights only does not). */
      reading: ParsedReadingBackup | null;
    }
  | { ok: false; error: ImportError };

/** Keys that would reach an object's prototype if data were ever merged into objects carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where our highlight fields live in a Web Annotation, for error messages in the file's own terms. */
const FIELD_PATHS: Record<string, string> = {
  id: 'id',
  articleUrl: 'target.source',
  selectors: 'target.selector',
  title: `${EXTENSION_PROPERTY}.title`,
  section: `${EXTENSION_PROPERTY}.section`,
  colour: `${EXTENSION_PROPERTY}.colour`,
  entities: `${EXTENSION_PROPERTY}.entities`,
  note: 'body',
  tags: 'body',
  createdAt: 'created',
  updatedAt: 'modified',
};

function annotationPath(field: string): string {
  const match = /^([A-Za-z]+)(.*)$/.exec(field);
  if (!match) return field;
  return (FIELD_PATHS[match[1]!] ?? match[1]!) + match[2]!;
}

const PROBLEM_TEXT: Record<'en' | 'id', Record<FieldProblem, string>> = {
  en: { missing: 'is missing', 'wrong-type': 'has the wrong type', 'too-long': 'is too long', 'too-many': 'has too many items', invalid: 'is not valid' },
  id: { missing: 'tidak ada', 'wrong-type': 'jenisnya salah', 'too-long': 'terlalu panjang', 'too-many': 'terlalu banyak isinya', invalid: 'tidak sah' },
};

/**
 * The file-level errors, worded when one is reported. Written at module load, its numbers formatted for a locale
 * made the browser load that locale's data on every article page that loads the highlights' code: 30 ms on a
 * busy machine, for messages only an import that fails ever shows.
 */
function codeText(language: 'en' | 'id', code: Exclude<ImportErrorCode, 'invalid-annotation' | 'foreign-url' | 'invalid-article' | 'invalid-backup'>): string {
  const number = (n: number) => n.toLocaleString(language);
  const texts: Record<'en' | 'id', Record<typeof code, string>> = {
    en: {
      'too-large': `The file is too large (over ${number(MAX_IMPORT_CHARS)} characters).`,
      'not-json': 'The file is not JSON.',
      'forbidden-key': 'The file contains a forbidden key (__proto__, constructor or prototype).',
      'not-annotations': 'The file is not a Web Annotation export (no annotations found).',
      'too-many': `The file has more than ${number(MAX_IMPORT_ITEMS)} annotations.`,
    },
    id: {
      'too-large': `Berkas terlalu besar (lebih dari ${number(MAX_IMPORT_CHARS)} karakter).`,
      'not-json': 'Berkas bukan JSON.',
      'forbidden-key': 'Berkas berisi kunci terlarang (__proto__, constructor, atau prototype).',
      'not-annotations': 'Berkas bukan ekspor Web Annotation (tidak ada anotasi).',
      'too-many': `Berkas berisi lebih dari ${number(MAX_IMPORT_ITEMS)} anotasi.`,
    },
  };
  return texts[language][code];
}

/** The error worded for the reader, in Indonesian or English. */
export function importErrorMessage(error: Omit<ImportError, 'message'>, language: 'en' | 'id' = 'en'): string {
  if (error.code === 'foreign-url') {
    return language === 'id'
      ? `anotasi ${error.annotation}: ${error.url} bukan alamat artikel kompas.com`
      : `annotation ${error.annotation}: ${error.url} is not a kompas.com article address`;
  }
  const problem = PROBLEM_TEXT[language][error.problem ?? 'invalid'];
  if (error.code === 'invalid-article') {
    if (error.field === 'url' && error.problem === 'invalid') {
      return language === 'id'
        ? `artikel ${error.article}: url bukan alamat artikel kompas.com`
        : `article ${error.article}: url is not a kompas.com article address`;
    }
    return `${language === 'id' ? 'artikel' : 'article'} ${error.article}: ${error.field} ${problem}`;
  }
  if (error.code === 'invalid-backup') return `${READING_PROPERTY}: ${error.field} ${problem}`;
  if (error.code !== 'invalid-annotation') return codeText(language, error.code);
  const which = language === 'id' ? 'anotasi' : 'annotation';
  return `${which} ${error.annotation}: ${error.field} ${PROBLEM_TEXT[language][error.problem ?? 'invalid']}`;
}

function fail(error: Omit<ImportError, 'message'>): ImportResult {
  return { ok: false, error: { ...error, message: importErrorMessage(error) } };
}

class ForbiddenKey extends Error {}

/** The list of annotations in any of the shapes a Web Annotation export takes, or null. */
function annotationList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return null;
  if (data.type === 'Annotation') return [data];
  if (Array.isArray(data.items)) return data.items; // an AnnotationPage
  if (isRecord(data.first) && Array.isArray(data.first.items)) return data.first.items; // an AnnotationCollection
  return null;
}

function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** An annotation's content in `Highlight` field names, for `parseHighlight` to check. */
function toCandidate(annotation: unknown): unknown {
  if (!isRecord(annotation)) throw new InvalidHighlightError('annotation', 'wrong-type');
  const types = asList(annotation.type);
  if (!types.includes('Annotation')) throw new InvalidHighlightError('type', types.length ? 'invalid' : 'missing');
  const id = typeof annotation.id === 'string' ? annotation.id.replace(/^urn:uuid:/i, '') : annotation.id;
  if (annotation.target === undefined) throw new InvalidHighlightError('target', 'missing');
  if (!isRecord(annotation.target)) throw new InvalidHighlightError('target', 'wrong-type');
  const target = annotation.target;
  const ours = annotation[EXTENSION_PROPERTY];
  if (ours !== undefined && !isRecord(ours)) throw new InvalidHighlightError(EXTENSION_PROPERTY, 'wrong-type');

  let note: unknown = '';
  const tags: unknown[] = [];
  const bodies = asList(annotation.body);
  if (bodies.length > 1000) throw new InvalidHighlightError('body', 'too-many');
  bodies.forEach((body, i) => {
    if (!isRecord(body)) throw new InvalidHighlightError(`body[${i}]`, 'wrong-type');
    if (body.purpose === 'tagging') tags.push(body.value);
    else if (note === '') note = body.value;
  });
  return {
    id,
    articleUrl: target.source,
    selectors: target.selector === undefined || Array.isArray(target.selector) ? target.selector : [target.selector],
    title: ours?.title ?? '',
    section: ours?.section ?? null,
    // Annotations made by other tools have no colour of ours: they come in as the default yellow.
    colour: ours?.colour ?? 'yellow',
    entities: ours?.entities ?? [],
    note,
    tags,
    createdAt: annotation.created ?? annotation.modified,
    updatedAt: annotation.modified ?? annotation.created,
  };
}

/**
 * Parses and checks a whole file; highlights with the same id are merged, the newest `updatedAt` kept. Times later
 * than `now` plus `MAX_CLOCK_SKEW_MS` are brought back to that.
 */
export function parseImport(content: string, now: Date = new Date()): ImportResult {
  const latestTime = now.getTime() + MAX_CLOCK_SKEW_MS;
  const latest = new Date(latestTime).toISOString();
  if (content.length > MAX_IMPORT_CHARS) return fail({ code: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(content, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey();
      return value;
    });
  } catch (error) {
    return fail({ code: error instanceof ForbiddenKey ? 'forbidden-key' : 'not-json' });
  }
  const items = annotationList(data) ?? [];
  const readingPart = isRecord(data) ? data[READING_PROPERTY] : undefined;
  if (items.length === 0 && readingPart === undefined) return fail({ code: 'not-annotations' });
  if (items.length > MAX_IMPORT_ITEMS) return fail({ code: 'too-many' });

  const byId = new Map<string, Highlight>();
  for (let i = 0; i < items.length; i++) {
    let highlight: Highlight;
    try {
      highlight = parseHighlight(toCandidate(items[i]));
    } catch (error) {
      if (!(error instanceof InvalidHighlightError)) throw error;
      return fail({ code: 'invalid-annotation', annotation: i + 1, field: annotationPath(error.field), problem: error.problem });
    }
    // Checked after canonicalising, so an AMP or paged address of an article is accepted as the article.
    if (!isArticleUrl(highlight.articleUrl)) return fail({ code: 'foreign-url', annotation: i + 1, url: highlight.articleUrl });
    // Compared as times: past the year 9999 an ISO string starts with "+", and sorts before every other.
    if (Date.parse(highlight.createdAt) > latestTime) highlight.createdAt = latest;
    if (Date.parse(highlight.updatedAt) > latestTime) highlight.updatedAt = latest;
    const seen = byId.get(highlight.id);
    if (!seen || highlight.updatedAt > seen.updatedAt) byId.set(highlight.id, highlight);
  }
  let reading: ParsedReadingBackup | null = null;
  if (readingPart !== undefined) {
    try {
      reading = parseReadingBackup(readingPart, latestTime);
    } catch (error) {
      if (!(error instanceof InvalidReadingBackupError)) throw error;
      const { field, problem, article } = error;
      return fail(article === undefined ? { code: 'invalid-backup', field, problem } : { code: 'invalid-article', article, field, problem });
    }
  }
  return { ok: true, highlights: [...byId.values()], reading };
}
