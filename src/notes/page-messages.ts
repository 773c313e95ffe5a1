/**
 * What a content script may ask of the highlights database: the highlights of the page it runs in, and no more. The
 * page may be hostile (a compromised ad script, or a compromised page process that can send anything our content
 * script can), so each request is scoped by the background to the address the browser reports for the sender, the
 * replies carry what drawing a highlight needs and never a note, tags or times, and saves are rate-limited per tab.
 * Every type starts with `page/`.
 */

import type { HighlightSelectors } from '../anchoring/types.ts';
import {
  InvalidHighlightError,
  parseColour,
  parseHighlight,
  parseId,
  type Colour,
  type Highlight,
} from './highlight.ts';
import { isRecord } from '../validation/is-record.ts';

/** A highlight as the page sees it: enough to draw it, nothing of what the reader wrote. */
export interface PageHighlight {
  id: string;
  colour: Colour;
  selectors: HighlightSelectors;
  /** Whether a note is attached, for the marker the page shows; the note itself stays in the extension. */
  hasNote: boolean;
}

export function toPageHighlight(highlight: Highlight): PageHighlight {
  return { id: highlight.id, colour: highlight.colour, selectors: highlight.selectors, hasNote: highlight.note.trim() !== '' };
}

/** What the content script knows when the reader makes a highlight; the background adds the id and the times. */
export interface PageHighlightDraft {
  /** Any address of the article; must be the sender's own article. */
  articleUrl: string;
  title: string;
  section: string | null;
  selectors: HighlightSelectors;
  colour: Colour;
  entities: string[];
}

/** Store a new highlight of the sender's article. */
export interface PageSaveHighlight {
  type: 'page/save-highlight';
  highlight: PageHighlightDraft;
}

/** The highlights of the sender's article. */
export interface PageListHighlights {
  type: 'page/list-highlights';
}

/** One highlight of the sender's article, after the note panel changed it. */
export interface PageGetHighlight {
  type: 'page/get-highlight';
  id: string;
}

/** Recolour a highlight of the sender's article. */
export interface PageSetColour {
  type: 'page/set-colour';
  id: string;
  colour: Colour;
}

/** A one-time ticket the note panel redeems to open this highlight's note (see `note-tickets.ts`). */
export interface PageOpenNote {
  type: 'page/open-note';
  id: string;
}

export type PageMessage = PageSaveHighlight | PageListHighlights | PageGetHighlight | PageSetColour | PageOpenNote;
export type PageMessageType = PageMessage['type'];

export interface PageResponses {
  'page/save-highlight': { highlight: PageHighlight };
  'page/list-highlights': { highlights: PageHighlight[] };
  'page/get-highlight': { highlight: PageHighlight };
  'page/set-colour': { highlight: PageHighlight };
  'page/open-note': { ticket: string };
}

export const PAGE_MESSAGE_TYPES: readonly PageMessageType[] = [
  'page/save-highlight', 'page/list-highlights', 'page/get-highlight', 'page/set-colour', 'page/open-note',
];

export function isPageMessageType(type: unknown): type is PageMessageType {
  return typeof type === 'string' && (PAGE_MESSAGE_TYPES as readonly string[]).includes(type);
}

export class InvalidPageMessageError extends Error {
  override name = 'InvalidPageMessageError';
}

function parsePageDraft(value: unknown): PageHighlightDraft {
  if (!isRecord(value)) throw new InvalidHighlightError('highlight', 'wrong-type');
  // The background makes every id: a page choosing one could overwrite another highlight.
  if (value.id !== undefined) throw new InvalidHighlightError('highlight.id', 'invalid');
  // Validated as a whole highlight with placeholder id and times, so the draft obeys exactly the stored rules.
  const placeholderTime = '2000-01-01T00:00:00.000Z';
  const checked = parseHighlight({
    articleUrl: value.articleUrl,
    title: value.title,
    section: value.section,
    selectors: value.selectors,
    colour: value.colour,
    entities: value.entities,
    id: '00000000-0000-4000-8000-000000000000',
    createdAt: placeholderTime,
    updatedAt: placeholderTime,
  });
  const { articleUrl, title, section, selectors, colour, entities } = checked;
  return { articleUrl, title, section, selectors, colour, entities };
}

/** Returns the typed message, or throws `InvalidPageMessageError` saying what is wrong with it. */
export function parsePageMessage(value: unknown): PageMessage {
  if (!isRecord(value) || typeof value.type !== 'string') throw new InvalidPageMessageError('message has no type');
  const type = value.type;
  try {
    switch (type) {
      case 'page/save-highlight':
        return { type, highlight: parsePageDraft(value.highlight) };
      case 'page/list-highlights':
        return { type };
      case 'page/get-highlight':
      case 'page/open-note':
        return { type, id: parseId(value.id) };
      case 'page/set-colour':
        return { type, id: parseId(value.id), colour: parseColour(value.colour) };
      default:
        throw new InvalidPageMessageError(`unknown message type "${type.slice(0, 50)}"`);
    }
  } catch (error) {
    if (error instanceof InvalidHighlightError) throw new InvalidPageMessageError(`${type}: ${error.message}`);
    throw error;
  }
}
