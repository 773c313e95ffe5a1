/**
 * The library's search worker: a dedicated module Worker the library page starts (search-client.ts). It opens the
 * notes database itself, keeps the full-text index (search-service.ts) and answers `SearchRequest`s, each checked
 * by `parseSearchRequest`; anything else is answered with an error, never with results.
 */
import { openNotesDb } from '../../src/notes/store.ts';
import { parseSearchRequest, type SearchReply } from './search-protocol.ts';
import { SearchService } from './search-service.ts';

/** The worker's global scope as used here (the project's types are the DOM's, which describe a window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as WorkerScope;
const service = openNotesDb(indexedDB).then((db) => new SearchService(db));
// Restore the index before the first query arrives: the reader is still reading the page.
void service.then((s) => s.start()).catch((error: unknown) => console.error('Teman Baca: the search index could not start', error));

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  let request;
  try {
    request = parseSearchRequest(event.data);
  } catch (error) {
    const id = typeof event.data === 'object' && event.data !== null ? (event.data as { id?: unknown }).id : null;
    reply({ type: 'error', id: typeof id === 'number' ? id : null, message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const { id, query } = request;
  service
    .then((s) => s.search(request))
    .then(
      (hits) => reply({ type: 'results', id, query, hits }),
      (error: unknown) => reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }),
    );
});

function reply(message: SearchReply): void {
  scope.postMessage(message);
}
