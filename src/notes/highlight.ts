/**
 * A highlight: words of an article the reader marked, with a colour and an optional note. The one record the store
 * keeps, the messages carry and the export writes, and `parseHighlight` the one gate every copy from outside passes.
 */

import type { HighlightSelectors, TextPositionSelector, TextQuoteSelector } from '../anchoring/types.ts';
import { canonicalArticleUrl } from './canonical-url.ts';
import { isRecord } from '../validation/is-record.ts';

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

export interface Highlight {
  /** Lower-case UUID, made when the highlight is. Stable across devices, so imports merge by it. */
  id: string;
  /** The article's canonical address (`canonicalArticleUrl`): every page and AMP form of the article share it. */
  articleUrl: string;
  /** The article's title when the highlight was made. */
  title: string;
  /** The article's section ("Regional"), or null when the page named none. */
  section: string | null;
  /** Quote and position over the normalised article text (see `src/anchoring/article-text.ts`). */
  selectors: HighlightSelectors;
  colour: Colour;
  /** The reader's note, Markdown source; empty for none. Rendered only through `renderMarkdown`. */
  note: string;
  /** The reader's tags, trimmed, without repeats, in the order given. */
  tags: string[];
  /** Names of the people, places and organisations the quote mentions, as the recogniser found them. */
  entities: string[];
  /** ISO 8601 time the highlight was made. */
  createdAt: string;
  /** ISO 8601 time of the last change; the newer copy wins when two meet (import, sync). */
  updatedAt: string;
}

/**
 * Bounds on what one highlight may hold: far above any real use, low enough that a hostile file or message cannot
 * fill the disk or stall the library with one record.
 */
export const LIMITS = {
  quote: 10_000,
  context: 256,
  note: 20_000,
  title: 500,
  section: 100,
  url: 2048,
  tags: 32,
  tag: 64,
  entities: 100,
  entity: 200,
  /** Largest text offset a position selector may name. */
  offset: 10_000_000,
} as const;

/** What is wrong with a value, as a code the UI can word in Indonesian or English. */
export type FieldProblem = 'missing' | 'wrong-type' | 'too-long' | 'too-many' | 'invalid';

/** A highlight that fails validation, naming the field (`selectors[0].exact`) and the problem. */
export class InvalidHighlightError extends Error {
  override name = 'InvalidHighlightError';
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
  ) {
    super(`${field}: ${problem.replace('-', ' ')}`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;


export function newHighlightId(): string {
  return crypto.randomUUID();
}

export function isColour(value: unknown): value is Colour {
  return typeof value === 'string' && (COLOURS as readonly string[]).includes(value);
}

function string(value: unknown, field: string, max: number, options: { empty?: boolean } = {}): string {
  if (value === undefined || value === null) throw new InvalidHighlightError(field, 'missing');
  if (typeof value !== 'string') throw new InvalidHighlightError(field, 'wrong-type');
  if (value.length > max) throw new InvalidHighlightError(field, 'too-long');
  if (!options.empty && value.length === 0) throw new InvalidHighlightError(field, 'missing');
  return value;
}

function offset(value: unknown, field: string): number {
  if (value === undefined) throw new InvalidHighlightError(field, 'missing');
  if (typeof value !== 'number') throw new InvalidHighlightError(field, 'wrong-type');
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.offset) throw new InvalidHighlightError(field, 'invalid');
  return value;
}

export function parseId(value: unknown, field = 'id'): string {
  const id = string(value, field, 36);
  if (!UUID.test(id)) throw new InvalidHighlightError(field, 'invalid');
  return id.toLowerCase();
}

export function parseArticleUrl(value: unknown, field = 'articleUrl'): string {
  const url = canonicalArticleUrl(string(value, field, LIMITS.url));
  if (!url) throw new InvalidHighlightError(field, 'invalid');
  return url;
}

export function parseTime(value: unknown, field: string): string {
  const text = string(value, field, 40);
  const time = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(time)) throw new InvalidHighlightError(field, 'invalid');
  return new Date(time).toISOString();
}

export function parseColour(value: unknown, field = 'colour'): Colour {
  if (value === undefined) throw new InvalidHighlightError(field, 'missing');
  if (!isColour(value)) throw new InvalidHighlightError(field, 'invalid');
  return value;
}

export function parseNote(value: unknown, field = 'note'): string {
  return value === undefined ? '' : string(value, field, LIMITS.note, { empty: true });
}

/** Strings of a list, trimmed, empty ones and repeats dropped. */
function stringList(value: unknown, field: string, maxItems: number, maxLength: number): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidHighlightError(field, 'wrong-type');
  if (value.length > maxItems) throw new InvalidHighlightError(field, 'too-many');
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const text = string(item, `${field}[${i}]`, maxLength, { empty: true }).trim();
    if (text) seen.add(text);
  });
  return [...seen];
}

export function parseTags(value: unknown, field = 'tags'): string[] {
  return stringList(value, field, LIMITS.tags, LIMITS.tag);
}

export function parseEntities(value: unknown, field = 'entities'): string[] {
  return stringList(value, field, LIMITS.entities, LIMITS.entity);
}

export function parseSelectors(value: unknown, field = 'selectors'): HighlightSelectors {
  if (value === undefined) throw new InvalidHighlightError(field, 'missing');
  if (!Array.isArray(value)) throw new InvalidHighlightError(field, 'wrong-type');
  if (value.length > 8) throw new InvalidHighlightError(field, 'too-many');
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  value.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (!isRecord(item)) throw new InvalidHighlightError(at, 'wrong-type');
    if (item.type === 'TextQuoteSelector' && !quote) {
      quote = {
        type: 'TextQuoteSelector',
        exact: string(item.exact, `${at}.exact`, LIMITS.quote),
        prefix: string(item.prefix ?? '', `${at}.prefix`, LIMITS.context, { empty: true }),
        suffix: string(item.suffix ?? '', `${at}.suffix`, LIMITS.context, { empty: true }),
      };
    } else if (item.type === 'TextPositionSelector' && !position) {
      const start = offset(item.start, `${at}.start`);
      const end = offset(item.end, `${at}.end`);
      if (end <= start) throw new InvalidHighlightError(`${at}.end`, 'invalid');
      position = { type: 'TextPositionSelector', start, end };
    }
    // Other selector types (CSS, XPath, Range) from other tools are dropped: we cannot anchor with them.
  });
  if (!quote) throw new InvalidHighlightError(`${field}.TextQuoteSelector`, 'missing');
  if (!position) throw new InvalidHighlightError(`${field}.TextPositionSelector`, 'missing');
  return [quote, position];
}

/** A valid `Highlight` built field by field from untrusted data (so no stray or inherited keys come along). */
export function parseHighlight(value: unknown): Highlight {
  if (!isRecord(value)) throw new InvalidHighlightError('highlight', 'wrong-type');
  const section = value.section === null || value.section === undefined ? null : string(value.section, 'section', LIMITS.section);
  return {
    id: parseId(value.id),
    articleUrl: parseArticleUrl(value.articleUrl),
    title: string(value.title ?? '', 'title', LIMITS.title, { empty: true }),
    section: section === '' ? null : section,
    selectors: parseSelectors(value.selectors),
    colour: parseColour(value.colour),
    note: parseNote(value.note),
    tags: parseTags(value.tags),
    entities: parseEntities(value.entities),
    createdAt: parseTime(value.createdAt, 'createdAt'),
    updatedAt: parseTime(value.updatedAt, 'updatedAt'),
  };
}

