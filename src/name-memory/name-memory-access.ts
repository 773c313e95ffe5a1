/**
 * Who may do what with the name memory: the one gate between the background's message listener and the names
 * database.
 *
 * - Content scripts may ask which remembered names the texts they send contain (`names/recall`), and give names to
 *   remember (`names/remember`, each one checked by the memory's own rule). They never receive the whole memory.
 * - The extension's own pages may forget every name (`names/forget`).
 * - While the reader has switched the memory off, recall finds nothing and remembering keeps nothing.
 * Anything else is answered `not-allowed` and changes nothing.
 */
import type { Sender } from '../messages/sender-policy.ts';
import { TabRateLimit } from '../messages/tab-rate-limit.ts';
import type { MemoryLimits, NameMemory } from './name-memory.ts';
import {
  InvalidNamesMessageError,
  MAX_RECALLED_NAMES,
  parseNamesMessage,
  type NamesMessage,
  type RecalledNames,
} from './name-messages.ts';
import type { NameStore } from './name-store.ts';

export interface NamesError {
  error: { code: 'invalid-message' | 'not-allowed' | 'rate-limited' | 'storage-failed'; message: string };
}

export type NamesReply = RecalledNames | { ok: true } | NamesError;

/** Which kind of sender may send each message. */
const ALLOWED: Record<NamesMessage['type'], Sender['kind']> = {
  'names/recall': 'content-script',
  'names/remember': 'content-script',
  'names/forget': 'extension-page',
};

export interface NameMemoryAccessOptions {
  /** Whether the reader has the memory on (the entity settings' `rememberNames`), asked at every message. */
  enabled: () => Promise<boolean>;
  now?: () => number;
  limits?: MemoryLimits;
}

/** `names/remember` messages one tab may send per minute: a page sends one per article it reads. */
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
      switch (message.type) {
        case 'names/forget':
          await this.forget();
          return { ok: true };
        case 'names/recall': {
          if (!(await this.options.enabled())) return { names: [] };
          const { memory } = await this.load();
          return { names: memory.namesIn(message.texts, this.now()).slice(0, MAX_RECALLED_NAMES) };
        }
        case 'names/remember': {
          if (!(await this.options.enabled())) return { ok: true };
          // A flood of names from one tab would push the reader's real names out of the bounded memory.
          if (from.kind === 'content-script' && !this.remembers.take(from.tabId)) {
            return { error: { code: 'rate-limited', message: `at most ${REMEMBERS_PER_MINUTE} articles' names a minute from one tab` } };
          }
          const { store, memory } = await this.load();
          await store.save(memory.remember(message.names, this.now()));
          return { ok: true };
        }
      }
    } catch (error) {
      return { error: { code: 'storage-failed', message: `the name memory failed: ${String(error)}` } };
    }
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
