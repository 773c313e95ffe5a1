/**
 * The name memory as a page's article reads it (`ArticleMemory`): two messages to the background, which keeps the
 * memory in the extension's own database and answers with the remembered names the paragraphs write, never more.
 * The memory only adds names: when the background cannot answer, the article is read without them.
 */
import type { ArticleMemory, ArticleName } from '../../src/entities/article.ts';
import { MAX_REMEMBER_NAMES, parseRecalledNames } from '../../src/name-memory/name-messages.ts';
import { isRecord } from '../../src/validation/is-record.ts';

export type SendMessage = (message: unknown) => Promise<unknown>;

export interface BackgroundMemoryOptions {
  /**
   * Whether this reading teaches the memory. A page's article is remembered once, whatever number of times it is
   * read again as the page changes; the reader view, which shows the same article, only recalls.
   */
  remember: boolean;
}

async function ask(send: SendMessage, message: unknown): Promise<unknown> {
  const reply = await send(message);
  if (isRecord(reply) && isRecord(reply.error)) throw new Error(`the name memory refused: ${String(reply.error.message)}`);
  return reply;
}

export function backgroundMemory(send: SendMessage, options: BackgroundMemoryOptions): ArticleMemory {
  let remembered = false;
  return {
    async recall(paragraphs): Promise<readonly ArticleName[]> {
      try {
        return parseRecalledNames(await ask(send, { type: 'names/recall', texts: [...paragraphs] }), paragraphs);
      } catch (error) {
        console.warn('Teman Baca: remembered names are unavailable', error);
        return [];
      }
    },
    remember(names): void {
      if (!options.remember || remembered || names.length === 0) return;
      remembered = true;
      // Not waited for: the article's entities are shown without waiting for the memory to store them.
      void (async () => {
        for (let at = 0; at < names.length; at += MAX_REMEMBER_NAMES) {
          await ask(send, { type: 'names/remember', names: names.slice(at, at + MAX_REMEMBER_NAMES) });
        }
      })().catch((error: unknown) => console.warn('Teman Baca: names could not be remembered', error));
    },
  };
}
