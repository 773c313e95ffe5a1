/**
 * What the note panel tells the content script that embeds it, by `window.parent.postMessage`. The panel is an
 * extension page in a cross-origin frame, and the target origin is '*' (the panel cannot know the article's origin
 * for certain), so the article page's own scripts could read these messages too: they carry ids, a colour and what
 * happened, and never the note, its tags or the quote. The content script asks the background for the record.
 *
 * A receiver must check `event.source === frame.contentWindow` before `parsePanelMessage`: anyone can post.
 */
import { isColour, type Colour } from '../../src/notes/highlight.ts';
import { isRecord } from '../../src/validation/is-record.ts';

export const PANEL_MESSAGE_SOURCE = 'teman-baca-note-panel';

/** Path of the panel page inside the extension, for `runtime.getURL`; the highlight's id goes in `?id=`. */
export const NOTE_PANEL_PATH = 'extension/note-panel/index.html';

interface PanelMessageBase {
  source: typeof PANEL_MESSAGE_SOURCE;
  /** The highlight the panel shows. */
  id: string;
}

/** The reader closed the panel (Tutup, Esc). */
export interface PanelClose extends PanelMessageBase {
  type: 'close';
}

/** Note, tags and colour were saved; `colour` is the stored one. */
export interface PanelSaved extends PanelMessageBase {
  type: 'saved';
  colour: Colour;
}

/** The highlight was deleted: take it off the page and close the panel. */
export interface PanelDeleted extends PanelMessageBase {
  type: 'deleted';
}

/** The reader picked another colour, and it is already saved: repaint the highlight. */
export interface PanelColour extends PanelMessageBase {
  type: 'colour';
  colour: Colour;
}

export type PanelMessage = PanelClose | PanelSaved | PanelDeleted | PanelColour;
export type PanelMessageType = PanelMessage['type'];

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The message as sent by the panel, or null for anything else posted to the window (the page's own messages, other
 * extensions, a hostile frame imitating ours). Rebuilt field by field: extra fields are dropped.
 */
export function parsePanelMessage(value: unknown): PanelMessage | null {
  if (!isRecord(value) || value.source !== PANEL_MESSAGE_SOURCE) return null;
  if (typeof value.id !== 'string' || !ID.test(value.id)) return null;
  const base = { source: PANEL_MESSAGE_SOURCE, id: value.id } as const;
  switch (value.type) {
    case 'close':
    case 'deleted':
      return { ...base, type: value.type };
    case 'saved':
    case 'colour':
      return isColour(value.colour) ? { ...base, type: value.type, colour: value.colour } : null;
    default:
      return null;
  }
}

/** Builds a message to post; the only place the panel makes one, so no note text can slip in. */
export function panelMessage(type: 'close' | 'deleted', id: string): PanelMessage;
export function panelMessage(type: 'saved' | 'colour', id: string, colour: Colour): PanelMessage;
export function panelMessage(type: PanelMessageType, id: string, colour?: Colour): PanelMessage {
  const base = { source: PANEL_MESSAGE_SOURCE, id } as const;
  return type === 'saved' || type === 'colour' ? { ...base, type, colour: colour! } : { ...base, type };
}
