/**
 * The background's answer to notes messages: validates, runs the store operation, and replies with a typed result
 * or `{ error: { code, message } }`. It never throws, whatever it is sent, so the message listener can return its
 * promise as-is.
 */

import { newHighlightId, type Highlight } from './highlight.ts';
import { exportJson, exportMarkdown } from './export.ts';
import { parseImport } from './import.ts';
import {
  InvalidNotesMessageError,
  parseNotesMessage,
  type AnyNotesReply,
  type NotesErrorCode,
  type NotesErrorResponse,
  type NotesMessage,
  type NotesReply,
} from './messages.ts';
import { groupByArticle } from './group-by-article.ts';
import { StorageQuotaError, type NotesStore } from './store.ts';

export interface NotesServiceOptions {
  /** The time stamped on saves and used in export file names; tests fix it. */
  now?: () => Date;
}

export function failure(code: NotesErrorCode, message: string, extra: Partial<NotesErrorResponse['error']> = {}): NotesErrorResponse {
  return { error: { code, message, ...extra } };
}

export class NotesService {
  private readonly now: () => Date;

  constructor(
    private readonly store: NotesStore,
    options: NotesServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Handles anything received from a sender: parses it first, replies with an error if it is not a notes message. */
  async handle(raw: unknown): Promise<AnyNotesReply> {
    let message: NotesMessage;
    try {
      message = parseNotesMessage(raw);
    } catch (error) {
      if (error instanceof InvalidNotesMessageError) return failure('invalid-message', error.message);
      return failure('invalid-message', 'message could not be read');
    }
    return this.run(message);
  }

  /** Handles an already validated message, typed by its type. */
  async run<M extends NotesMessage>(message: M): Promise<NotesReply<M['type']>>;
  async run(message: NotesMessage): Promise<AnyNotesReply> {
    try {
      return await this.dispatch(message);
    } catch (error) {
      if (error instanceof StorageQuotaError) {
        return failure('quota-exceeded', 'Storage is full: the change was not saved. Free some space or export and delete old highlights.');
      }
      return failure('storage-failed', error instanceof Error ? error.message : String(error));
    }
  }

  private async dispatch(message: NotesMessage): Promise<AnyNotesReply> {
    switch (message.type) {
      case 'notes/save': {
        const draft = message.highlight;
        const now = this.now().toISOString();
        const highlight: Highlight = {
          id: newHighlightId(),
          articleUrl: draft.articleUrl,
          title: draft.title,
          section: draft.section,
          selectors: draft.selectors,
          colour: draft.colour,
          note: draft.note ?? '',
          tags: draft.tags ?? [],
          entities: draft.entities ?? [],
          createdAt: now,
          updatedAt: now,
        };
        return { highlight: await this.store.put(highlight, this.now()) };
      }
      case 'notes/redeem-ticket':
        // Tickets are the sender's business: `NotesAccess` redeems them before anything reaches the store.
        return failure('not-allowed', 'notes/redeem-ticket is answered for a note panel only');
      case 'notes/get': {
        const highlight = await this.store.get(message.id);
        return highlight ? { highlight } : failure('not-found', `no highlight ${message.id}`);
      }
      case 'notes/list-for-article':
        return { articleUrl: message.url, highlights: await this.store.listByArticle(message.url) };
      case 'notes/update': {
        const highlight = await this.store.update(message.id, message.changes, this.now());
        return highlight ? { highlight } : failure('not-found', `no highlight ${message.id}`);
      }
      case 'notes/delete': {
        const deleted = await this.store.delete(message.id);
        return deleted ? { deleted } : failure('not-found', `no highlight ${message.id}`);
      }
      case 'notes/restore':
        return { highlight: await this.store.restore(message.highlight) };
      case 'notes/search': {
        const found = await this.store.search(message.query, message.filters, message.limit);
        return { groups: groupByArticle(found.highlights), total: found.total, shown: found.highlights.length };
      }
      case 'notes/list-all':
        return { groups: await this.store.listGrouped() };
      case 'notes/export': {
        const all = await this.store.listAll();
        const date = this.now().toISOString().slice(0, 10);
        return message.format === 'json'
          ? { filename: `teman-baca-kompas-${date}.jsonld`, mimeType: 'application/ld+json', content: exportJson(all) }
          : { filename: `teman-baca-kompas-${date}.md`, mimeType: 'text/markdown', content: exportMarkdown(all) };
      }
      case 'notes/import': {
        const parsed = parseImport(message.content, this.now());
        if (!parsed.ok) return failure('invalid-import', parsed.error.message, { import: parsed.error });
        return this.store.merge(parsed.highlights);
      }
    }
  }
}
