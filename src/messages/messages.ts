import type { Entity, EntityType } from '../ner/index.ts';
import { isRecord } from '../validation/is-record.ts';

/**
 * Messages between the extension's parts. Every receiver validates what it gets with `parseMessage`: a message
 * from a page, an old version or a bug is answered with an error and changes nothing.
 */

/** Popup -> content script: how many clutter items this page hides, and whether hiding is on. */
export interface ClutterStatusRequest {
  type: 'clutter/status';
}

export interface ClutterStatus {
  hidden: number;
  enabled: boolean;
}

/** Content script -> background: the hidden count changed, for the toolbar badge. */
export interface ClutterCountReport {
  type: 'clutter/count';
  count: number;
}

/** Popup or keyboard command -> content script: open the reader, or close it when it is open. */
export interface ReaderToggleRequest {
  type: 'reader/toggle';
}

/** Popup -> content script: whether this page offers the reader, and whether it is open. */
export interface ReaderStatusRequest {
  type: 'reader/status';
}

export interface ReaderStatus {
  /** The page is an article the reader can show. */
  available: boolean;
  open: boolean;
}

/** Popup -> content script: the entities of the article on this page, for the popup's entity panel. */
export interface EntityListRequest {
  type: 'entities/list';
}

/** One distinct entity as the panel lists it. */
export interface EntityListItem {
  id: string;
  type: EntityType;
  name: string;
  count: number;
}

export interface EntityList {
  /** False on pages without an article body, or while the recogniser is switched off. */
  available: boolean;
  entities: EntityListItem[];
}

/** Popup -> content script: scroll to the next mention of an entity and mark it briefly. */
export interface EntityRevealRequest {
  type: 'entities/reveal';
  id: string;
}

/** An entity of a text as the background reports it: the text itself is the asker's already. */
export interface RecognizedSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** The background's answer to `entities/article` (entity-article-request.ts): each paragraph's entities, in order. */
export interface RecognizedTexts {
  entities: RecognizedSpan[][];
}

/** Keyboard command or context menu -> content script: highlight the current selection. */
export interface HighlightSelectionRequest {
  type: 'highlights/selection';
}

/** Keyboard command -> content script: move focus to the selection toolbar. */
export interface HighlightFocusToolbarRequest {
  type: 'highlights/focus-toolbar';
}

/** Keyboard command -> content script: highlight the current selection and open its note. */
export interface HighlightNoteRequest {
  type: 'highlights/note';
}

/** Popup -> content script: how many of this article's highlights are drawn, and which were not found. */
export interface HighlightStatusRequest {
  type: 'highlights/status';
}

export interface HighlightStatus {
  drawn: number;
  /** Highlights whose text is no longer in the article: listed, never dropped. */
  notFound: Array<{ id: string; quote: string }>;
}

/** Popup -> content script: "Simpan", save the article of this page for reading later (src/reading). */
export interface ReaderSaveRequest {
  type: 'reader/save';
}

/** What saving did, in the reader's words (the page shows the same as a toast). */
export interface ReaderSaveResult {
  saved: boolean;
  text: string;
}

export type Message =
  | ReaderSaveRequest
  | HighlightSelectionRequest
  | HighlightFocusToolbarRequest
  | HighlightNoteRequest
  | HighlightStatusRequest
  | ClutterStatusRequest
  | ClutterCountReport
  | ReaderToggleRequest
  | ReaderStatusRequest
  | EntityListRequest
  | EntityRevealRequest;

/** Entity ids are a type and a name; anything longer is not one of ours. */
const MAX_ENTITY_ID_LENGTH = 300;
const ENTITY_TYPES: readonly string[] = ['PER', 'LOC', 'ORG'];
export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}


/** Returns the typed message, or throws `InvalidMessageError` saying what is wrong with it. */
export function parseMessage(value: unknown): Message {
  if (!isRecord(value) || typeof value.type !== 'string') throw new InvalidMessageError('message has no type');
  switch (value.type) {
    case 'clutter/status':
      return { type: 'clutter/status' };
    case 'reader/toggle':
      return { type: 'reader/toggle' };
    case 'reader/status':
      return { type: 'reader/status' };
    case 'reader/save':
      return { type: 'reader/save' };
    case 'entities/list':
      return { type: 'entities/list' };
    case 'highlights/selection':
      return { type: 'highlights/selection' };
    case 'highlights/focus-toolbar':
      return { type: 'highlights/focus-toolbar' };
    case 'highlights/note':
      return { type: 'highlights/note' };
    case 'highlights/status':
      return { type: 'highlights/status' };
    case 'entities/reveal': {
      const id = value.id;
      if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ENTITY_ID_LENGTH) {
        throw new InvalidMessageError('entities/reveal needs an entity id');
      }
      return { type: 'entities/reveal', id };
    }
    case 'clutter/count': {
      const count = value.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 100_000) {
        throw new InvalidMessageError('clutter/count needs a non-negative integer count');
      }
      return { type: 'clutter/count', count };
    }
    default:
      throw new InvalidMessageError(`unknown message type "${value.type}"`);
  }
}

/**
 * Whether a message asks for the clutter status: all the document-start script answers, checked without the whole
 * parser, which would be most of what every page evaluates before its first paint.
 */
export function isClutterStatusRequest(value: unknown): value is ClutterStatusRequest {
  return isRecord(value) && value.type === 'clutter/status';
}

export function parseClutterStatus(value: unknown): ClutterStatus {
  if (!isRecord(value) || typeof value.hidden !== 'number' || typeof value.enabled !== 'boolean') {
    throw new InvalidMessageError('malformed clutter status');
  }
  return { hidden: value.hidden, enabled: value.enabled };
}

export function parseReaderStatus(value: unknown): ReaderStatus {
  if (!isRecord(value) || typeof value.available !== 'boolean' || typeof value.open !== 'boolean') {
    throw new InvalidMessageError('malformed reader status');
  }
  return { available: value.available, open: value.open };
}

export function parseEntityList(value: unknown): EntityList {
  if (!isRecord(value) || typeof value.available !== 'boolean' || !Array.isArray(value.entities)) {
    throw new InvalidMessageError('malformed entity list');
  }
  const entities = value.entities.map((item: unknown): EntityListItem => {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string' ||
        typeof item.count !== 'number' || typeof item.type !== 'string' || !ENTITY_TYPES.includes(item.type)) {
      throw new InvalidMessageError('malformed entity in list');
    }
    return { id: item.id, type: item.type as EntityType, name: item.name, count: item.count };
  });
  return { available: value.available, entities };
}

export function parseReaderSaveResult(value: unknown): ReaderSaveResult {
  if (!isRecord(value) || typeof value.saved !== 'boolean' || typeof value.text !== 'string') {
    throw new InvalidMessageError('malformed save result');
  }
  return { saved: value.saved, text: value.text.slice(0, 500) };
}

export function parseHighlightStatus(value: unknown): HighlightStatus {
  if (!isRecord(value) || typeof value.drawn !== 'number' || !Array.isArray(value.notFound)) {
    throw new InvalidMessageError('malformed highlight status');
  }
  const notFound = value.notFound.map((item: unknown) => {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.quote !== 'string') {
      throw new InvalidMessageError('malformed highlight in status');
    }
    return { id: item.id, quote: item.quote };
  });
  return { drawn: value.drawn, notFound };
}

/**
 * The entities of `texts` from the background's answer, each checked to lie inside its text and carry a known type;
 * throws `InvalidMessageError` for an answer that does not fit the texts asked.
 */
export function parseRecognizedTexts(value: unknown, texts: readonly string[]): Entity[][] {
  if (!isRecord(value) || !Array.isArray(value.entities) || value.entities.length !== texts.length) {
    throw new InvalidMessageError('malformed recognition: expected the entities of each text asked');
  }
  return value.entities.map((spans: unknown, index): Entity[] => {
    const text = texts[index]!;
    if (!Array.isArray(spans)) throw new InvalidMessageError(`malformed recognition of text ${index}`);
    return spans.map((span: unknown): Entity => {
      if (!isRecord(span) || !Number.isInteger(span.start) || !Number.isInteger(span.end) ||
          typeof span.type !== 'string' || !ENTITY_TYPES.includes(span.type)) {
        throw new InvalidMessageError(`malformed entity in the recognition of text ${index}`);
      }
      const start = span.start as number;
      const end = span.end as number;
      if (start < 0 || end <= start || end > text.length) {
        throw new InvalidMessageError(`entity [${start}, ${end}) lies outside text ${index} of ${text.length} characters`);
      }
      return { start, end, type: span.type as EntityType, text: text.slice(start, end) };
    });
  });
}
