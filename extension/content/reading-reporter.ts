/**
 * The page's side of the reading memory: the reading reported once at an idle moment (and again when the page adds
 * to the article, or the reader opens with its own text), how far the reader got, and "Simpan". It comes with the
 * highlights' part (parts/notes.part.ts), which every article loads at an idle moment, so none of it is evaluated
 * while the page starts; the start-up script only says when.
 */
import type { KompasMetadata } from '../../src/kompas/metadata.ts';
import type { EntityListItem, ReaderSaveResult } from '../../src/messages/messages.ts';
import { canonicalArticleUrl } from '../../src/notes/canonical-url.ts';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import type { ReadingMessage } from '../../src/reading/reading-messages.ts';
import { showToast } from './highlights/toast.ts';
import type { HistoryMessageKey } from './history-messages.ts';
import type { PageEntities } from './page-entities.ts';
import type { ReaderEntityMemory } from './reader-entities.ts';
import { pageReading, readArticleText, readerReading, ReadingProgress, reportProgressOnLeave, saveRequest } from './reading-record.ts';

/** How long the article must stay unchanged after the page changed it before the reading is reported again. */
const RECORD_AGAIN_AFTER_MS = 2_000;

/** What the reporter needs of the article script. */
export interface ReadingReporterHost {
  document: Document;
  /** The reader's switch "Ingat artikel yang saya baca", as stored now (the background checks it again). */
  rememberArticles(): boolean;
  /** The page's entity highlighting when it runs (it has read the article body already), else null. */
  pageEntities(): Promise<PageEntities> | null;
  metadata(): KompasMetadata;
  readerOpen(): boolean;
  /** The reader's article, read now if the reader never opened (on the reader's click only). */
  readArticle(): Promise<ReaderArticle | null>;
  /** Sends a message of the reading memory; an error reply or no answer comes back as null. */
  ask(message: ReadingMessage): Promise<Record<string, unknown> | null>;
  strings(key: HistoryMessageKey, ...substitutions: string[]): string;
  /** Shows the article as saved (or not) on the page's button and in the reader. */
  showSaved(saved: boolean): void;
}

export class ReadingReporter {
  private readonly progress: ReadingProgress;
  private saved = false;
  private pageBody: Element | null = null;

  constructor(private readonly host: ReadingReporterHost, private readonly findBody: (doc: Document) => Element | null) {
    this.progress = new ReadingProgress(host.document.defaultView!);
  }

  /** At an idle moment after load: the article's reading reported, its saved state shown, progress followed. */
  startOnPage(): void {
    const { document: doc } = this.host;
    this.followPage();
    reportProgressOnLeave(doc, this.progress, (readFraction) => {
      const url = canonicalArticleUrl(doc.location.href);
      if (this.host.rememberArticles() && url) void this.host.ask({ type: 'reading/progress', url, readFraction });
    });
    const url = canonicalArticleUrl(doc.location.href);
    if (url) void this.host.ask({ type: 'reading/status', url }).then((status) => status?.saved === true && this.markSaved(true));
    if (!this.host.rememberArticles()) return;
    this.reportPage();
    // A paragraph the page adds later is part of what was read: reported again once the page has settled, while the
    // reader is not open (the reader's own text is reported when it opens).
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.host.pageEntities()?.then((entities) => entities.onArticleChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => this.host.readerOpen() || this.reportPage(), RECORD_AGAIN_AFTER_MS);
    }), () => undefined);
  }

  /** The reader opened: its text is what highlights anchor to, so the reading is reported again with it. */
  readerOpened(shadowRoot: ShadowRoot, content: () => Element | null, article: ReaderArticle): void {
    this.progress.track(shadowRoot, content);
    if (!this.host.rememberArticles()) return;
    void this.articleFacts().then(({ entities }) => {
      const record = readerReading(this.host.document.location.href, article, entities, this.progress.fraction);
      return record ? this.host.ask({ type: 'reading/record', record }) : null;
    });
  }

  /** The reader closed: progress is followed on the page again. */
  readerClosed(): void {
    this.followPage();
  }

  /** "Simpan": the reader's article with its sanitised HTML and lead image, saved by the background; said and shown. */
  async save(): Promise<ReaderSaveResult> {
    const { strings } = this.host;
    const outcome = (done: boolean, text: string): ReaderSaveResult => {
      showToast(this.host.document, text, done ? 'status' : 'alert');
      return { saved: done, text };
    };
    if (this.saved) return outcome(true, strings('saveAlready'));
    const article = await this.host.readArticle().catch(() => null);
    const { entities } = article ? await this.articleFacts() : { entities: [] };
    const request = article && saveRequest(this.host.document.location.href, article, entities, this.progress.fraction);
    if (!request) return outcome(false, strings('saveNoArticle'));
    const reply = await this.host.ask(request);
    if (reply?.saved === true) {
      this.markSaved(true);
      return outcome(true, strings(reply.image === 'stored' || reply.image === 'none' ? 'saveDone' : 'saveDoneWithoutImage'));
    }
    const error = reply?.error as { code?: string; message?: string } | undefined;
    if (error?.code === 'quota-exceeded') return outcome(false, strings('saveQuotaFull'));
    return outcome(false, strings('saveFailed', error?.message ?? strings('saveNoAnswer')));
  }

  /** The reading memory as the reader's entity panel uses it: counts for its article's entities, and their pages. */
  entityMemory(): ReaderEntityMemory {
    return {
      counts: async (keys) => {
        const url = canonicalArticleUrl(this.host.document.location.href);
        if (!url) return null;
        const reply = await this.host.ask({ type: 'reading/entity-counts', url, keys: keys.slice(0, 1000) });
        const counts = reply?.counts;
        return typeof counts === 'object' && counts !== null ? (counts as Record<string, number>) : null;
      },
      open: (key) => void this.host.ask({ type: 'reading/open-entity', key }),
    };
  }

  /** Whether the article is saved, as last learnt. */
  isSaved(): boolean {
    return this.saved;
  }

  private markSaved(saved: boolean): void {
    this.saved = saved;
    this.host.showSaved(saved);
  }

  private followPage(): void {
    const doc = this.host.document;
    this.progress.track(doc.defaultView!, () => (this.pageBody?.isConnected ? this.pageBody : (this.pageBody = this.findBody(doc))));
  }

  private reportPage(): void {
    void this.articleFacts().then(({ text, entities }) => {
      const doc = this.host.document;
      const record = pageReading({ url: doc.location.href, metadata: this.host.metadata(), text: text ?? '', entities, readFraction: this.progress.fraction, doc });
      return record ? this.host.ask({ type: 'reading/record', record }) : null;
    });
  }

  /**
   * The article body's text and the entity panel's list, from the page's entity highlighting when it runs (it has
   * read the body already; nothing is read twice), else the body's text read once and no entities.
   */
  private async articleFacts(): Promise<{ text: string | null; entities: EntityListItem[] }> {
    const running = this.host.pageEntities();
    if (running) {
      try {
        const entities = await running;
        await entities.start();
        const text = entities.articleText();
        if (text !== null) return { text, entities: entities.list().entities };
      } catch {
        // Recorded without entities: the reading matters more than its names.
      }
    }
    return { text: readArticleText(this.host.document), entities: [] };
  }
}
