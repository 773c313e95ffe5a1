/**
 * Messages about highlights between the extension's pages (the library, the popup, the note panel) and the
 * background, which alone opens the database; content scripts have their own, narrower `page/*` messages
 * (`page-messages.ts`). Which sender may send which is `notes-access.ts`'s to decide. The background checks each
 * with `parseNotesMessage`: a message from a page, an old version or a bug is answered with an error and changes
 * nothing. Meant to join the central `Message` union in
 * `src/messages/messages.ts`; every type starts with `notes/`.
 */

import type { HighlightSelectors } from '../anchoring/types.ts';
import {
  InvalidHighlightError,
  LIMITS,
  parseArticleUrl,
  parseColour,
  parseEntities,
  parseHighlight,
  parseId,
  parseNote,
  parseSelectors,
  parseTags,
  parseTime,
  type Colour,
  type Highlight,
} from './highlight.ts';
import { isRecord } from '../validation/is-record.ts';
import type { ImportError } from './import.ts';
import { MAX_IMPORT_CHARS } from './import.ts';
import type { ArticleGroup } from './group-by-article.ts';
import type { HighlightChanges, MergeCounts, SearchFilters } from './store.ts';

/** A new highlight as an extension page gives it; the background adds the id and the times. */
export interface HighlightDraft {
  /** Any address of the article; filed under its canonical form. */
  articleUrl: string;
  title: string;
  section: string | null;
  selectors: HighlightSelectors;
  colour: Colour;
  note?: string;
  tags?: string[];
  entities?: string[];
}

/** Extension page -> background: store a new highlight. (The page's content script uses `page/save-highlight`.) */
export interface SaveHighlight {
  type: 'notes/save';
  highlight: HighlightDraft;
}

/** The highlights of one article. */
export interface ListForArticle {
  type: 'notes/list-for-article';
  /** Any address of the article (page 2, AMP...). */
  url: string;
}

/** One highlight by id (the note panel: only the one its ticket opened). */
export interface GetHighlight {
  type: 'notes/get';
  id: string;
}

/** Change a highlight's note, colour, tags or entities. */
export interface UpdateHighlight {
  type: 'notes/update';
  id: string;
  changes: HighlightChanges;
}

/** Delete a highlight; the reply carries it for undo. */
export interface DeleteHighlight {
  type: 'notes/delete';
  id: string;
}

/** Undo a delete: put the highlight from the delete reply back. */
export interface RestoreHighlight {
  type: 'notes/restore';
  highlight: Highlight;
}

/** Library: full-text search with filters, results grouped by article. An empty query lists everything filtered. */
export interface SearchHighlights {
  type: 'notes/search';
  query: string;
  filters: SearchFilters;
  /** Most highlights returned, newest first; `DEFAULT_SEARCH_LIMIT` when absent. */
  limit?: number;
}

/** Library: every highlight, grouped by article. */
export interface ListAll {
  type: 'notes/list-all';
}

/**
 * Library: the whole collection as a file. `json` is the backup: the highlights as Web Annotations with the reading
 * memory beside them (the articles read, their texts unless `withTexts` is false, the saved articles, the history
 * settings). `markdown` is the highlights to read; `saved-markdown` the saved articles (or the one at `url`) with their
 * highlights and notes.
 */
export interface ExportHighlights {
  type: 'notes/export';
  format: 'json' | 'markdown' | 'saved-markdown';
  /** `json` only: include the articles' texts (the default), so search finds them by their body after an import. */
  withTexts?: boolean;
  /** `saved-markdown` only: this saved article alone. */
  url?: string;
}

/** Library: merge a file made by export (or another Web Annotation tool). All or nothing. */
export interface ImportHighlights {
  type: 'notes/import';
  /** The file's text. */
  content: string;
}

/**
 * Note panel -> background: the ticket its embedder handed it, for the highlight to show. Accepted once, from a panel
 * in the tab the ticket was made for; the reply is the whole highlight, and the panel frame may then get, update,
 * delete and restore that one highlight.
 */
export interface RedeemTicket {
  type: 'notes/redeem-ticket';
  ticket: string;
}

export type NotesMessage =
  | SaveHighlight
  | RedeemTicket
  | GetHighlight
  | ListForArticle
  | UpdateHighlight
  | DeleteHighlight
  | RestoreHighlight
  | SearchHighlights
  | ListAll
  | ExportHighlights
  | ImportHighlights;

export type NotesMessageType = NotesMessage['type'];

/** The successful reply to each message type. */
export interface NotesResponses {
  'notes/save': { highlight: Highlight };
  'notes/redeem-ticket': { highlight: Highlight };
  'notes/list-for-article': { articleUrl: string; highlights: Highlight[] };
  'notes/get': { highlight: Highlight };
  'notes/update': { highlight: Highlight };
  'notes/delete': { deleted: Highlight };
  'notes/restore': { highlight: Highlight };
  /** `shown` of `total` matches, grouped; ask again with a larger `limit` for the rest. */
  'notes/search': { groups: ArticleGroup[]; total: number; shown: number };
  'notes/list-all': { groups: ArticleGroup[] };
  'notes/export': { filename: string; mimeType: string; content: string };
  /** Highlights added, updated, unchanged; with the articles and saved copies when the file carried them. */
  'notes/import': MergeCounts & { articles?: MergeCounts; savedArticles?: number };
}

export type NotesErrorCode =
  /** The message failed `parseNotesMessage`. */
  | 'invalid-message'
  /** No highlight with that id (deleted meanwhile, or never saved). */
  | 'not-found'
  /** The browser refused the write: storage is full. Nothing was saved; tell the reader. */
  | 'quota-exceeded'
  /** The import file was refused; `import` says why and where. Nothing was stored. */
  | 'invalid-import'
  /** IndexedDB failed otherwise. */
  | 'storage-failed'
  /** This sender may not send this message, or not about this highlight (for the note panel: open the note again). */
  | 'not-allowed'
  /** Too many saves from one tab in a minute; nothing was saved. */
  | 'rate-limited';

export interface NotesErrorResponse {
  error: { code: NotesErrorCode; message: string; import?: ImportError };
}

/** The reply to a message of type `T`. */
export type NotesReply<T extends NotesMessageType> = NotesResponses[T] | NotesErrorResponse;
export type AnyNotesReply = NotesReply<NotesMessageType>;

export function isNotesError(reply: unknown): reply is NotesErrorResponse {
  return isRecord(reply) && isRecord(reply.error) && typeof reply.error.code === 'string';
}

export class InvalidNotesMessageError extends Error {
  override name = 'InvalidNotesMessageError';
}

export const NOTES_MESSAGE_TYPES: readonly NotesMessageType[] = [
  'notes/save', 'notes/redeem-ticket', 'notes/get', 'notes/list-for-article', 'notes/update', 'notes/delete', 'notes/restore', 'notes/search',
  'notes/list-all', 'notes/export', 'notes/import',
];

/** True when a message is meant for the notes handler (by its type alone; it still needs parsing). */
export function isNotesMessageType(type: unknown): type is NotesMessageType {
  return typeof type === 'string' && (NOTES_MESSAGE_TYPES as readonly string[]).includes(type);
}

const MAX_QUERY = 500;
/** 128 bits as lower-case hex, as `NoteTickets` makes them. */
const TICKET = /^[0-9a-f]{32}$/;
const MAX_LIMIT = 100_000;

function parseChanges(value: unknown): HighlightChanges {
  if (!isRecord(value)) throw new InvalidHighlightError('changes', 'wrong-type');
  const changes: HighlightChanges = {};
  if (value.note !== undefined) changes.note = parseNote(value.note, 'changes.note');
  if (value.colour !== undefined) changes.colour = parseColour(value.colour, 'changes.colour');
  if (value.tags !== undefined) changes.tags = parseTags(value.tags, 'changes.tags');
  if (value.entities !== undefined) changes.entities = parseEntities(value.entities, 'changes.entities');
  if (Object.keys(changes).length === 0) throw new InvalidHighlightError('changes', 'missing');
  return changes;
}

function optionalString(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidHighlightError(field, 'wrong-type');
  if (value.length > max) throw new InvalidHighlightError(field, 'too-long');
  return value;
}

function parseFilters(value: unknown): SearchFilters {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new InvalidHighlightError('filters', 'wrong-type');
  const filters: SearchFilters = {};
  if (value.colours !== undefined) {
    if (!Array.isArray(value.colours) || value.colours.length > 5) throw new InvalidHighlightError('filters.colours', 'wrong-type');
    filters.colours = value.colours.map((c, i) => parseColour(c, `filters.colours[${i}]`));
  }
  const tag = optionalString(value.tag, 'filters.tag', LIMITS.tag);
  if (tag !== undefined) filters.tag = tag;
  const section = optionalString(value.section, 'filters.section', LIMITS.section);
  if (section !== undefined) filters.section = section;
  if (value.articleUrl !== undefined) filters.articleUrl = parseArticleUrl(value.articleUrl, 'filters.articleUrl');
  if (value.from !== undefined) filters.from = parseTime(value.from, 'filters.from');
  if (value.to !== undefined) filters.to = parseTime(value.to, 'filters.to');
  return filters;
}

function parseDraft(value: unknown): HighlightDraft {
  if (!isRecord(value)) throw new InvalidHighlightError('highlight', 'wrong-type');
  // Validated as a whole highlight with placeholder id and times, so the draft obeys exactly the stored rules.
  const placeholderTime = '2000-01-01T00:00:00.000Z';
  // The background makes every id: a sender choosing one could overwrite another highlight.
  if (value.id !== undefined) throw new InvalidHighlightError('id', 'invalid');
  const checked = parseHighlight({
    ...value,
    id: '00000000-0000-4000-8000-000000000000',
    createdAt: placeholderTime,
    updatedAt: placeholderTime,
  });
  const draft: HighlightDraft = {
    articleUrl: checked.articleUrl,
    title: checked.title,
    section: checked.section,
    selectors: checked.selectors,
    colour: checked.colour,
    note: checked.note,
    tags: checked.tags,
    entities: checked.entities,
  };
  return draft;
}

/** Returns the typed message, or throws `InvalidNotesMessageError` saying what is wrong with it. */
export function parseNotesMessage(value: unknown): NotesMessage {
  if (!isRecord(value) || typeof value.type !== 'string') throw new InvalidNotesMessageError('message has no type');
  const type = value.type;
  try {
    switch (type) {
      case 'notes/save':
        return { type, highlight: parseDraft(value.highlight) };
      case 'notes/redeem-ticket': {
        if (typeof value.ticket !== 'string') throw new InvalidHighlightError('ticket', 'wrong-type');
        if (!TICKET.test(value.ticket)) throw new InvalidHighlightError('ticket', 'invalid');
        return { type, ticket: value.ticket };
      }
      case 'notes/list-for-article':
        return { type, url: parseArticleUrl(value.url, 'url') };
      case 'notes/get':
        return { type, id: parseId(value.id) };
      case 'notes/update':
        return { type, id: parseId(value.id), changes: parseChanges(value.changes) };
      case 'notes/delete':
        return { type, id: parseId(value.id) };
      case 'notes/restore':
        return { type, highlight: parseHighlight(value.highlight) };
      case 'notes/search': {
        const query = optionalString(value.query, 'query', MAX_QUERY) ?? '';
        const message: SearchHighlights = { type, query, filters: parseFilters(value.filters) };
        if (value.limit !== undefined) {
          if (typeof value.limit !== 'number' || !Number.isInteger(value.limit) || value.limit < 1 || value.limit > MAX_LIMIT) {
            throw new InvalidHighlightError('limit', 'invalid');
          }
          message.limit = value.limit;
        }
        return message;
      }
      case 'notes/list-all':
        return { type };
      case 'notes/export': {
        const format = value.format;
        if (format !== 'json' && format !== 'markdown' && format !== 'saved-markdown') throw new InvalidHighlightError('format', 'invalid');
        const message: ExportHighlights = { type, format };
        if (value.withTexts !== undefined) {
          if (typeof value.withTexts !== 'boolean') throw new InvalidHighlightError('withTexts', 'wrong-type');
          message.withTexts = value.withTexts;
        }
        if (value.url !== undefined) {
          if (typeof value.url !== 'string') throw new InvalidHighlightError('url', 'wrong-type');
          if (value.url.length > 2048) throw new InvalidHighlightError('url', 'too-long');
          message.url = value.url;
        }
        return message;
      }
      case 'notes/import': {
        if (typeof value.content !== 'string') throw new InvalidHighlightError('content', 'wrong-type');
        // The size check proper is the importer's, with its own message; this only stops absurd messages early.
        if (value.content.length > MAX_IMPORT_CHARS + 1) throw new InvalidHighlightError('content', 'too-long');
        return { type, content: value.content };
      }
      default:
        throw new InvalidNotesMessageError(`unknown message type "${type.slice(0, 50)}"`);
    }
  } catch (error) {
    if (error instanceof InvalidHighlightError) throw new InvalidNotesMessageError(`${type}: ${error.message}`);
    throw error;
  }
}
