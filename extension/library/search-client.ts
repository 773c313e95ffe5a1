/**
 * The library page's side of the search worker: one request at a time per query, replies parsed
 * (`parseSearchReply`); a reply to a query since replaced is dropped.
 */
import type { DocumentKind } from '../../src/search/reading-search.ts';
import { parseSearchReply, type SearchHitView, type SearchRequest } from './search-protocol.ts';

/** What the client needs of a Worker (a fake in tests). */
export interface SearchChannel {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export type SearchFunction = (query: string, kind?: DocumentKind) => Promise<SearchHitView[]>;

export class SearchAbandoned extends Error {
  override name = 'SearchAbandoned';
}

export function searchThrough(channel: SearchChannel): SearchFunction {
  let seq = 0;
  const waiting = new Map<number, { resolve: (hits: SearchHitView[]) => void; reject: (error: Error) => void }>();
  channel.addEventListener('message', (event) => {
    let reply;
    try {
      reply = parseSearchReply(event.data);
    } catch (error) {
      // A reply that cannot be read fails every search waiting: none of them can trust it.
      for (const [, w] of waiting) w.reject(error instanceof Error ? error : new Error(String(error)));
      waiting.clear();
      return;
    }
    if (reply.id === null) return;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.type === 'error') w.reject(new Error(reply.message));
    else w.resolve(reply.hits);
  });
  return (query, kind) => {
    const id = ++seq;
    // Only the latest query matters: earlier ones are settled as abandoned.
    for (const [, w] of waiting) w.reject(new SearchAbandoned('replaced by a newer search'));
    waiting.clear();
    return new Promise<SearchHitView[]>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      channel.postMessage({ type: 'search', id, query, ...(kind === undefined ? {} : { kind }) });
    });
  };
}

/** Starts the library's search worker (Vite bundles it as a module worker of the extension). */
export function startSearchWorker(): SearchFunction {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  return searchThrough(worker as unknown as SearchChannel);
}
