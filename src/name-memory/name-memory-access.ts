/**
 * Who may do what with the name memory: the one gate between the background and the names database.
 *
 * - An article a content script sends to be read (`entities/article`) is read with the remembered names its
 *   paragraphs write, and teaches the memory the names it introduces (`articleMemory`). The page never receives the
 *   memory, and never gives it names: the background picks them from what it recognised.
 * - The extension's own pages may forget every name (`names/forget`).
 * - While the reader has switched the memory off, recall finds nothing and remembering keeps nothing.
 * Anything else is answered `not-allowed` and changes nothing.
 */
import type { ArticleMemory, ArticleName } from '../entities/article.ts';
import type { Sender } from '../messages/sender-policy.ts';
import { TabRateLimit } from '../messages/tab-rate-limit.ts';
import { isRememberable, type MemoryLimits, type NameMemory } from './name-memory.ts';
import { InvalidNamesMessageError, MAX_RECALLED_NAMES, MAX_REMEMBER_NAMES, parseNamesMessage, type NamesMessage } from './name-messages.ts';
import type { NameStore } from './name-store.ts';

export interface NamesError {
  error: { code: 'invalid-message' | 'not-allowed' | 'storage-failed'; message: string };
}

export type NamesReply = { ok: true } | NamesError;

/** Which kind of sender may send each message. */
const ALLOWED: Record<NamesMessage['type'], Sender['kind']> = {
  'names/forget': 'extension-page',
};

export interface NameMemoryAccessOptions {
  /** Whether the reader has the memory on (the entity settings' `rememberNames`), asked at every reading. */
  enabled: () => Promise<boolean>;
  now?: () => number;
  limits?: MemoryLimits;
  /** Told when the memory could not be read or written; the article is read without it all the same. */
  report?: (error: unknown) => void;
}

/** Articles one tab may teach the memory per minute: a reader opens a few; a page reloading itself opens hundreds. */
export const REMEMBERS_PER_MINUTE = 10;

export class NameMemoryAccess {
  /** The memory, loaded from the store when first needed, then kept in step with it. */
  private loaded: Promise<{ store: NameStore; memory: NameMemory }> | null = null;
  private readonly now: () => number;
  private readonly remembers: TabRateLimit;

  constructor(private readonly openStore: () => Promise<NameStore>, private readonly options: NameMemoryAccessOptions) {
    this.now = options.now ?? Date.now;
    this.remembers = new TabRateLimit(REMEMBERS_PER_MINUTE, this.now);
  }

  async handle(raw: unknown, from: Sender): Promise<NamesReply> {
    let message: NamesMessage;
    try {
      message = parseNamesMessage(raw);
    } catch (error) {
      const reason = error instanceof InvalidNamesMessageError ? error.message : 'invalid message';
      return { error: { code: 'invalid-message', message: reason } };
    }
    if (ALLOWED[message.type] !== from.kind) {
      return { error: { code: 'not-allowed', message: `${message.type} is not for this sender` } };
    }
    try {
      await this.forget();
      return { ok: true };
    } catch (error) {
      return { error: { code: 'storage-failed', message: `the name memory failed: ${String(error)}` } };
    }
  }

  /**
   * The memory as one article read for `from` uses it (src/entities/article.ts): recalling the remembered names its
   * paragraphs write, and, when `remember`, keeping the names it teaches. Only content scripts' articles teach, at
   * most `REMEMBERS_PER_MINUTE` a minute from one tab: a flood of articles would push the reader's real names out of
   * the bounded memory. The memory only adds names, so a failure to read or write it leaves the article read without.
   */
  articleMemory(from: Sender, remember: boolean): ArticleMemory {
    return {
      recall: async (paragraphs): Promise<readonly ArticleName[]> => {
        try {
          if (!(await this.options.enabled())) return [];
          const { memory } = await this.load();
          return memory.namesIn(paragraphs, this.now()).slice(0, MAX_RECALLED_NAMES);
        } catch (error) {
          this.options.report?.(error);
          return [];
        }
      },
      remember: async (names): Promise<void> => {
        if (!remember || from.kind !== 'content-script' || names.length === 0) return;
        try {
          if (!(await this.options.enabled()) || !this.remembers.take(from.tabId)) return;
          const { store, memory } = await this.load();
          await store.save(memory.remember(names.filter(isRememberable).slice(0, MAX_REMEMBER_NAMES), this.now()));
        } catch (error) {
          this.options.report?.(error);
        }
      },
    };
  }

  /** Forgets every remembered name, in the database and in the loaded memory. */
  async forget(): Promise<void> {
    const { store, memory } = await this.load();
    memory.clear();
    await store.clear();
  }

  private load(): Promise<{ store: NameStore; memory: NameMemory }> {
    this.loaded ??= this.openStore()
      .then(async (store) => ({ store, memory: await store.load(this.now(), this.options.limits) }))
      .catch((error: unknown) => {
        this.loaded = null;
        throw error;
      });
    return this.loaded;
  }
}
