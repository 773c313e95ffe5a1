/**
 * A `ReadingPort` that answers the extension pages' READ messages from the notes database directly, with the same
 * engine the background uses (ReadingStore, EntityMemory), and sends every change to the background. Extension
 * pages may read the database (src/reading/reading-messages.ts); reading here spares waking the background and
 * carrying every entity through messaging, and works while the background's reading handlers are not there.
 */
import type { NotesDb } from '../../src/notes/store.ts';
import { EntityMemory } from '../../src/reading/entity-memory.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { parseReadingReply, type PageReadingMessage, type ReadingPort, type ReadingResponses } from './reading-port.ts';

export function databaseReadingPort(db: NotesDb, changes: ReadingPort): ReadingPort {
  const store = new ReadingStore(db);
  const entities = new EntityMemory(db);
  const answer = async (message: PageReadingMessage): Promise<unknown> => {
    switch (message.type) {
      case 'reading/list': {
        const found = message.savedOnly
          ? (await store.listSaved()).map(({ article }) => article)
          : await store.list({ limit: message.limit, ...(message.before === undefined ? {} : { before: message.before }) });
        const page = found.slice(0, message.limit);
        const withSaved = await Promise.all(page.map(async (article) => ({ ...article, savedAt: article.saved ? ((await store.saved(article.url))?.savedAt ?? null) : null })));
        return { articles: withSaved, next: !message.savedOnly && page.length === message.limit ? page[page.length - 1]!.lastReadAt : null };
      }
      case 'reading/article': {
        const [article, text, saved] = await Promise.all([store.get(message.url), store.text(message.url), store.saved(message.url)]);
        return {
          article,
          text,
          saved: saved && {
            savedAt: saved.savedAt,
            contentHtml: saved.contentHtml,
            hasImage: saved.image !== null,
            imageAlt: saved.image?.alt ?? '',
            imageCaption: saved.image?.caption ?? '',
          },
        };
      }
      case 'reading/entities':
        return { entities: await entities.list() };
      case 'reading/entity':
        return { page: await entities.entityPage(message.key) };
      default:
        return changes.request(message);
    }
  };
  return {
    async request<M extends PageReadingMessage>(message: M): Promise<ReadingResponses[M['type']]> {
      const reply = await answer(message);
      return parseReadingReply(message.type, structuredClone(reply)) as ReadingResponses[M['type']];
    },
  };
}
