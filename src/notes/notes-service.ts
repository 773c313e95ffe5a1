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
import { canonicalArticleUrl } from './canonical-url.ts';
import { StorageQuotaError, type NotesStore } from './store.ts';
import { ReadingStore } from '../reading/reading-store.ts';
import { exportReadingBackup } from '../reading/reading-backup.ts';
import { savedArticlesMarkdown, type SavedMarkdownInput } from '../reading/saved-markdown.ts';
import type { HistorySettings } from '../settings/history-settings.ts';

/** The history settings as the extension keeps them (browser storage, outside the database). */
export interface HistorySettingsAccess {
  load(): Promise<HistorySettings>;
  save(settings: HistorySettings): Promise<void>;
}

export interface NotesServiceOptions {
  /** The time stamped on saves and used in export file names; tests fix it. */
  now?: () => Date;
  /** The reading memory exported and imported with the highlights; by default the one in the highlights' database. */
  reading?: ReadingStore;
  /** Without it, a backup carries no settings and an import leaves them as they are. */
  history?: HistorySettingsAccess;
}

export function failure(code: NotesErrorCode, message: string, extra: Partial<NotesErrorResponse['error']> = {}): NotesErrorResponse {
  return { error: { code, message, ...extra } };
}

export class NotesService {
  private readonly now: () => Date;
  private readonly reading: ReadingStore;
  private readonly history: HistorySettingsAccess | null;

  constructor(
    private readonly store: NotesStore,
    options: NotesServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.reading = options.reading ?? new ReadingStore(store.db);
    this.history = options.history ?? null;
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
        const date = this.now().toISOString().slice(0, 10);
        if (message.format === 'saved-markdown') return this.exportSaved(message.url, date);
        const all = await this.store.listAll();
        if (message.format === 'markdown') return { filename: `teman-baca-kompas-${date}.md`, mimeType: 'text/markdown', content: exportMarkdown(all) };
        const history = this.history ? await this.history.load() : null;
        const reading = await exportReadingBackup(this.reading, history, { withTexts: message.withTexts ?? true });
        return { filename: `teman-baca-kompas-${date}.jsonld`, mimeType: 'application/ld+json', content: exportJson(all, reading) };
      }
      case 'notes/import': {
        const parsed = parseImport(message.content, this.now());
        if (!parsed.ok) return failure('invalid-import', parsed.error.message, { import: parsed.error });
        if (!parsed.reading) return this.store.merge(parsed.highlights);
        const counts = await this.reading.importBackup(parsed.highlights, parsed.reading.articles);
        // Settings live outside the database, so they follow the transaction: a file that did not import changes none.
        if (parsed.reading.settings && this.history) await this.history.save(parsed.reading.settings);
        return counts;
      }
    }
  }

  /** The saved articles (or the one at `url`), most recently saved first, as one Markdown file. */
  private async exportSaved(url: string | undefined, date: string): Promise<AnyNotesReply> {
    const listed = await this.reading.listSaved();
    const chosen = url === undefined ? listed : listed.filter((s) => s.article.url === (canonicalArticleUrl(url) ?? url));
    if (url !== undefined && chosen.length === 0) return failure('not-found', `no saved article ${url}`);
    const inputs = await Promise.all(
      chosen.map(async ({ article }): Promise<SavedMarkdownInput | null> => {
        const [saved, text, highlights] = await Promise.all([
          this.reading.saved(article.url),
          this.reading.text(article.url),
          this.store.listByArticle(article.url),
        ]);
        return saved ? { article, saved, text, highlights } : null;
      }),
    );
    const name = chosen.length === 1 ? slug(chosen[0]!.article.title) : 'tersimpan';
    return {
      filename: `teman-baca-kompas-${name}-${date}.md`,
      mimeType: 'text/markdown',
      content: savedArticlesMarkdown(inputs.filter((input): input is SavedMarkdownInput => input !== null)),
    };
  }
}

/** A file-name part from a title: lower-case letters and digits joined by hyphens, at most 60 characters. */
function slug(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.join('-').slice(0, 60).replace(/-+$/, '') || 'artikel';
}
