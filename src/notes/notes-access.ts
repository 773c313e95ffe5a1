/**
 * Who may do what with the highlights: the one gate between the background's message listener and the database.
 *
 * - Extension pages (the library, the popup) may send every `notes/*` message, as the reader's own tools.
 * - Content scripts may send `page/*` messages only, each scoped to the article at the address the browser reports
 *   for the sender: they save without choosing an id, list, read and recolour that article's highlights, get
 *   replies without notes, tags or times, save at most `SAVES_PER_MINUTE` times a minute per tab, and ask for a
 *   one-time ticket to open a note in the note panel.
 * - The note panel may redeem a ticket made for its tab, and then get, update (note, colour, tags), delete and
 *   restore that highlight only.
 * Anything else is answered `not-allowed` and changes nothing.
 */

import { canonicalArticleUrl } from './canonical-url.ts';
import {
  InvalidNotesMessageError,
  isNotesError,
  isNotesMessageType,
  parseNotesMessage,
  type AnyNotesReply,
  type NotesErrorResponse,
  type NotesMessage,
} from './messages.ts';
import { failure, type NotesService } from './notes-service.ts';
import { NoteTickets } from './note-tickets.ts';
import {
  InvalidPageMessageError,
  isPageMessageType,
  parsePageMessage,
  toPageHighlight,
  type PageMessage,
  type PageResponses,
} from './page-messages.ts';
import { TabRateLimit, SAVES_PER_MINUTE } from '../messages/tab-rate-limit.ts';
import type { ContentScriptSender, NotePanelSender, Sender } from '../messages/sender-policy.ts';
import type { Highlight } from './highlight.ts';

export type PageReply = PageResponses[keyof PageResponses] | NotesErrorResponse;

export interface NotesAccessOptions {
  tickets?: NoteTickets;
  saveLimit?: TabRateLimit;
}

/** True for the types this gate answers: `notes/*` and `page/*`. */
export function isNotesFamilyType(type: unknown): boolean {
  return isNotesMessageType(type) || isPageMessageType(type);
}

/** The note panel's messages about its one highlight, and which highlight each is about. */
const PANEL_MESSAGES: Partial<Record<NotesMessage['type'], (message: NotesMessage) => string>> = {
  'notes/get': (message) => (message as { id: string }).id,
  'notes/update': (message) => (message as { id: string }).id,
  'notes/delete': (message) => (message as { id: string }).id,
  'notes/restore': (message) => (message as { highlight: Highlight }).highlight.id,
};

const OPEN_AGAIN = 'this panel may not open that highlight; open the note again from the article';

export class NotesAccess {
  readonly tickets: NoteTickets;
  private readonly saveLimit: TabRateLimit;

  constructor(
    private readonly service: NotesService,
    options: NotesAccessOptions = {},
  ) {
    this.tickets = options.tickets ?? new NoteTickets();
    this.saveLimit = options.saveLimit ?? new TabRateLimit();
  }

  /** Answers a `notes/*` or `page/*` message from `sender`; never throws. */
  async handle(raw: unknown, sender: Sender): Promise<AnyNotesReply | PageReply> {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const name = typeof type === 'string' ? type.slice(0, 50) : String(type);
    switch (sender.kind) {
      case 'extension-page':
        if (!isNotesMessageType(type) || type === 'notes/redeem-ticket') {
          return failure('not-allowed', `${name} is not for extension pages`);
        }
        return this.service.handle(raw);
      case 'content-script':
        if (!isPageMessageType(type)) return failure('not-allowed', `${name} is not for content scripts`);
        return this.fromPage(raw, sender);
      case 'note-panel':
        if (!isNotesMessageType(type)) return failure('not-allowed', `${name} is not for the note panel`);
        return this.fromPanel(raw, sender);
    }
  }

  /** Forgets what a closed tab held: its panels' grants, its tickets and its save count. */
  forgetTab(tabId: number): void {
    this.tickets.forgetTab(tabId);
    this.saveLimit.forgetTab(tabId);
  }

  private async fromPanel(raw: unknown, sender: NotePanelSender): Promise<AnyNotesReply> {
    let message: NotesMessage;
    try {
      message = parseNotesMessage(raw);
    } catch (error) {
      return failure('invalid-message', error instanceof InvalidNotesMessageError ? error.message : 'message could not be read');
    }
    if (message.type === 'notes/redeem-ticket') {
      const id = this.tickets.redeem(message.ticket, sender.tabId, sender.frameId);
      if (id === null) return failure('not-allowed', 'the ticket is unknown, used, expired or for another tab; open the note again');
      return this.service.run({ type: 'notes/get', id });
    }
    const idOf = PANEL_MESSAGES[message.type];
    if (!idOf) return failure('not-allowed', `${message.type} is not for the note panel`);
    if (idOf(message) !== this.tickets.granted(sender.tabId, sender.frameId)) return failure('not-allowed', OPEN_AGAIN);
    if (message.type === 'notes/update' && message.changes.entities !== undefined) {
      return failure('not-allowed', 'the note panel changes note, colour and tags only');
    }
    return this.service.run(message);
  }

  private async fromPage(raw: unknown, sender: ContentScriptSender): Promise<PageReply> {
    let message: PageMessage;
    try {
      message = parsePageMessage(raw);
    } catch (error) {
      return failure('invalid-message', error instanceof InvalidPageMessageError ? error.message : 'message could not be read');
    }
    const article = canonicalArticleUrl(sender.url);
    if (article === null) return failure('not-allowed', 'the sender is not on an article');
    switch (message.type) {
      case 'page/save-highlight': {
        if (message.highlight.articleUrl !== article) {
          return failure('not-allowed', 'a page may save highlights of its own article only');
        }
        if (!this.saveLimit.take(sender.tabId)) {
          return failure('rate-limited', `at most ${SAVES_PER_MINUTE} highlights a minute may be saved from one tab; wait a moment`);
        }
        const reply = await this.service.run({ type: 'notes/save', highlight: message.highlight });
        return isNotesError(reply) ? reply : { highlight: toPageHighlight(reply.highlight) };
      }
      case 'page/list-highlights': {
        const reply = await this.service.run({ type: 'notes/list-for-article', url: article });
        return isNotesError(reply) ? reply : { highlights: reply.highlights.map(toPageHighlight) };
      }
      case 'page/get-highlight': {
        const found = await this.ownHighlight(message.id, article);
        return isNotesError(found) ? found : { highlight: toPageHighlight(found) };
      }
      case 'page/set-colour': {
        const found = await this.ownHighlight(message.id, article);
        if (isNotesError(found)) return found;
        const reply = await this.service.run({ type: 'notes/update', id: found.id, changes: { colour: message.colour } });
        return isNotesError(reply) ? reply : { highlight: toPageHighlight(reply.highlight) };
      }
      case 'page/open-note': {
        const found = await this.ownHighlight(message.id, article);
        return isNotesError(found) ? found : { ticket: this.tickets.issue(found.id, sender.tabId) };
      }
    }
  }

  /** The highlight `id` if it belongs to `article`; another article's is as absent as one never saved. */
  private async ownHighlight(id: string, article: string): Promise<Highlight | NotesErrorResponse> {
    const reply = await this.service.run({ type: 'notes/get', id });
    if (isNotesError(reply)) return reply;
    return reply.highlight.articleUrl === article ? reply.highlight : failure('not-found', `no highlight ${id}`);
  }
}
