/**
 * The one message about the article content script's later parts: the content script asks the background to inject
 * one into its frame. Kept apart from `parseMessage`, which the document-start script carries, as the notes' family
 * is: that script never sends nor receives it, and every byte of it is evaluated while the page waits.
 */
import { isRecord } from '../validation/is-record.ts';
import { InvalidMessageError } from './messages.ts';

/**
 * The parts that come after start-up, each a classic script the background injects into the content script's own
 * world: the highlights and notes, the page's entity highlighting, and the reader (with its entities, which render
 * into the reader's Preact tree).
 */
export const CONTENT_PARTS = ['notes', 'entities', 'reader'] as const;
export type ContentPartName = (typeof CONTENT_PARTS)[number];

export const CONTENT_PART_REQUEST = 'content/load-part';

/**
 * Content script -> background: inject one of our parts into the sender's frame. The parts are not web-accessible,
 * so that no page can load one to learn the extension is installed; only the background can put them in place.
 */
export interface ContentPartRequest {
  type: typeof CONTENT_PART_REQUEST;
  part: ContentPartName;
}

export const isContentPartName = (value: unknown): value is ContentPartName =>
  typeof value === 'string' && (CONTENT_PARTS as readonly string[]).includes(value);

/** Whether `value` claims to be a part request, to be read with `parseContentPartRequest`. */
export const isContentPartRequestType = (value: unknown): boolean => isRecord(value) && value.type === CONTENT_PART_REQUEST;

/** Returns the typed request, or throws `InvalidMessageError` for a malformed one or a part the build does not make. */
export function parseContentPartRequest(value: unknown): ContentPartRequest {
  if (!isRecord(value) || value.type !== CONTENT_PART_REQUEST) throw new InvalidMessageError(`not a ${CONTENT_PART_REQUEST} message`);
  if (!isContentPartName(value.part)) {
    const named = typeof value.part === 'string' ? `"${value.part.slice(0, 40)}"` : typeof value.part;
    throw new InvalidMessageError(`${CONTENT_PART_REQUEST} names no known part: ${named}`);
  }
  return { type: CONTENT_PART_REQUEST, part: value.part };
}
