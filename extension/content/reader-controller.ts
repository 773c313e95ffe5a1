import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import type { ReaderHandle } from '../reader/mount-reader.ts';
import type { ReaderStrings } from '../reader/reader-messages.ts';
import type { ReaderSettings } from '../reader/reader-settings.ts';
import { loadContentPart } from './parts/load-part.ts';

export interface ReaderControllerOptions {
  strings: ReaderStrings;
  /** Current typography; read at each opening. */
  settings: () => ReaderSettings;
  saveSettings: (settings: ReaderSettings) => void;
  /** Fetches a same-origin page of a split article. */
  fetchText: (url: string) => Promise<string>;
  /** Told after the reader opened or closed, for parts that decorate it (entities, highlights). */
  onOpen?: (handle: ReaderHandle, article: ReaderArticle) => void;
  onClose?: () => void;
  /** "Simpan" in the reader's toolbar. */
  onSave?: () => void;
}

/**
 * Opens and closes the reader for the page the content script runs in. The article is read once, on first
 * opening, and kept: reopening is instant and a split article's other pages are fetched only once.
 */
export class ReaderController {
  private article: Promise<ReaderArticle | null> | null = null;
  private handle: ReaderHandle | null = null;
  private opening = false;

  constructor(
    private readonly document: Document,
    private readonly url: string,
    private readonly options: ReaderControllerOptions,
  ) {}

  /** The reader's article, read once (on first opening or first need, such as "Simpan") and kept. */
  async readArticle(): Promise<ReaderArticle | null> {
    const { parseArticle } = await loadContentPart('reader');
    this.article ??= parseArticle(this.document, this.url, { fetchText: this.options.fetchText });
    try {
      return await this.article;
    } catch (error) {
      this.article = null;
      throw error;
    }
  }

  isOpen(): boolean {
    return this.handle !== null;
  }

  async open(): Promise<void> {
    if (this.handle || this.opening) return;
    this.opening = true;
    try {
      // The reader's code (Readability, the pipeline, the view) is a part of its own, loaded on first opening: most
      // page loads never open the reader, and compiling it at load made the first page after a browser start jank.
      const article = await this.readArticle();
      if (!article) return;
      const { openReader } = await loadContentPart('reader');
      const handle = openReader(this.document, {
        article,
        settings: this.options.settings(),
        onSettingsChange: this.options.saveSettings,
        strings: this.options.strings,
        onClose: () => {
          this.handle = null;
          this.options.onClose?.();
        },
        onSave: this.options.onSave,
      });
      this.handle = handle;
      this.options.onOpen?.(handle, article);
    } catch (error) {
      // A failed read is retried on the next opening rather than cached.
      this.article = null;
      throw error;
    } finally {
      this.opening = false;
    }
  }

  close(): void {
    this.handle?.close();
  }

  async toggle(): Promise<void> {
    if (this.handle) this.close();
    else await this.open();
  }

  /** Applies settings changed elsewhere (the popup, another tab) to an open reader. */
  applySettings(settings: ReaderSettings): void {
    this.handle?.setSettings(settings);
  }
}
