/**
 * What the note panel and the content script that embeds it tell each other by `postMessage`.
 *
 * The content script hands the panel its ticket (`HostTicket`), posted to the frame with the extension's origin as
 * the target, so no other document the frame might hold receives it. The panel takes it only from its embedder
 * (`event.source === window.parent`) and the background checks it: the panel learns which note to open from the
 * ticket, never from its address.
 *
 * The panel's replies go to `window.parent` with the target origin '*' (the panel cannot know the article's origin
 * for certain), so the article page's own scripts could read them too: they carry ids, a colour and what happened,
 * and never the note, its tags or the quote. The content script asks the background for what it may see.
 *
 * A receiver must check `event.origin` (the extension's origin) and `event.source === frame.contentWindow` before
 * `parsePanelMessage`: anyone can post, and a page that replaces our frame's document (`srcdoc`) could imitate it.
 */
import { isColour, type Colour } from '../../src/notes/highlight.ts';
import { isRecord } from '../../src/validation/is-record.ts';

export const PANEL_MESSAGE_SOURCE = 'teman-baca-note-panel';
export const HOST_MESSAGE_SOURCE = 'teman-baca-note-host';

/** Path of the panel page inside the extension, for `runtime.getURL`. Its address carries nothing else. */
export const NOTE_PANEL_PATH = 'extension/note-panel/index.html';

/** Content script -> panel: the one-time ticket for the note to open (`page/open-note`). */
export interface HostTicket {
  source: typeof HOST_MESSAGE_SOURCE;
  type: 'ticket';
  ticket: string;
}

const TICKET = /^[0-9a-f]{32}$/;

export function hostTicketMessage(ticket: string): HostTicket {
  return { source: HOST_MESSAGE_SOURCE, type: 'ticket', ticket };
}

/** The ticket in a message from the embedder, or null for anything else. */
export function parseHostTicket(value: unknown): string | null {
  if (!isRecord(value) || value.source !== HOST_MESSAGE_SOURCE || value.type !== 'ticket') return null;
  return typeof value.ticket === 'string' && TICKET.test(value.ticket) ? value.ticket : null;
}

/** The part of the panel's window that receiving the ticket needs. */
export type TicketReceiver = Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener'>;

/** The tickets the embedder posts, one at a time, in the order they came. */
export interface TicketSource {
  /** The next ticket, waiting for one to come; null once none is left and the wait is over. */
  next(): Promise<string | null>;
}

/**
 * The tickets the document that framed `view` posts, from that document and no other: each is the embedder's word,
 * which the background checks (made for this tab, once, minutes ago at most). The article page's own scripts are that
 * document too. They cannot reach the frame's window today (it sits behind a closed shadow root, so it is not among
 * `window.frames`), but should one ever get hold of it and post a ticket of its own before ours, the panel does not
 * stop at the first: every ticket is kept for the panel to try in turn until one is redeemed, and a forged one costs
 * one refused request. No more come after `timeoutMs`, and none at all when `view` is not framed.
 */
export function receiveTickets(view: TicketReceiver, timeoutMs: number): TicketSource {
  const queued: string[] = [];
  let waiting: ((ticket: string | null) => void) | null = null;
  let over = view.parent === view;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== view.parent) return;
    const ticket = parseHostTicket(event.data);
    if (ticket === null) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(ticket);
    } else {
      queued.push(ticket);
    }
  };
  const stop = () => {
    over = true;
    view.removeEventListener('message', onMessage);
    waiting?.(null);
    waiting = null;
  };
  if (!over) {
    view.addEventListener('message', onMessage);
    setTimeout(stop, timeoutMs);
  }
  return {
    next: () => {
      const ticket = queued.shift();
      if (ticket !== undefined) return Promise.resolve(ticket);
      if (over) return Promise.resolve(null);
      return new Promise((resolve) => (waiting = resolve));
    },
  };
}

interface PanelMessageBase {
  source: typeof PANEL_MESSAGE_SOURCE;
  /** The highlight the panel shows. */
  id: string;
}

/** The reader closed the panel (Tutup, Esc); also before any note was opened, so it names none. */
export interface PanelClose {
  source: typeof PANEL_MESSAGE_SOURCE;
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
  if (value.type === 'close') return { source: PANEL_MESSAGE_SOURCE, type: 'close' };
  if (typeof value.id !== 'string' || !ID.test(value.id)) return null;
  const base = { source: PANEL_MESSAGE_SOURCE, id: value.id } as const;
  switch (value.type) {
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
export function panelMessage(type: 'close'): PanelMessage;
export function panelMessage(type: 'deleted', id: string): PanelMessage;
export function panelMessage(type: 'saved' | 'colour', id: string, colour: Colour): PanelMessage;
export function panelMessage(type: PanelMessageType, id?: string, colour?: Colour): PanelMessage {
  if (type === 'close') return { source: PANEL_MESSAGE_SOURCE, type };
  const base = { source: PANEL_MESSAGE_SOURCE, id: id! } as const;
  return type === 'saved' || type === 'colour' ? { ...base, type, colour: colour! } : { ...base, type: 'deleted' };
}
