/**
 * Loaded into a plain http page of the fixture server: starts the recording worker, and checks the reading memory's
 * invariants and the highlights' migration with the browser's own IndexedDB.
 */
import { NotesStore, openNotesDb } from '../../src/notes/store.ts';
import { sampleHighlight } from '../../src/notes/sample-highlights.ts';
import { highlightTerms } from '../../src/notes/search-terms.ts';
import type { KillWorkerStart } from './kill-worker.ts';

export interface StoreCheck {
  articles: number;
  texts: number;
  saved: number;
  journal: number;
  /** Broken invariants, each said in a sentence; empty when the store is consistent. */
  problems: string[];
}

export interface WorkerProgress {
  /** Highest article number the running worker reported done; -1 before the first. */
  last: number;
  done: boolean;
}

const scope = globalThis as unknown as { killTest: Record<string, unknown> };
let worker: Worker | null = null;
const progress: WorkerProgress = { last: -1, done: false };

scope.killTest = {
  start(start: KillWorkerStart): void {
    worker = new Worker('/reading-store/kill-worker.js');
    progress.last = -1;
    progress.done = false;
    worker.onmessage = (event: MessageEvent<{ recorded?: number; done?: boolean }>) => {
      if (event.data.recorded !== undefined) progress.last = event.data.recorded;
      if (event.data.done) progress.done = true;
    };
    worker.postMessage(start);
  },
  progress: (): WorkerProgress => ({ ...progress }),
  /** Stops the worker at once, whatever it is doing, as a browser stops an idle service worker. */
  kill(): void {
    worker?.terminate();
    worker = null;
  },

  async check(name: string): Promise<StoreCheck> {
    const db = await openNotesDb(indexedDB, undefined, name);
    try {
      const tx = db.transaction(['articles', 'articleTexts', 'savedArticles', 'searchJournal'], 'readonly');
      const [articles, texts, saved, journalKeys, journal] = await Promise.all([
        tx.objectStore('articles').getAll(),
        tx.objectStore('articleTexts').getAll(),
        tx.objectStore('savedArticles').getAll(),
        tx.objectStore('searchJournal').getAllKeys(),
        tx.objectStore('searchJournal').getAll(),
      ]);
      await tx.done;
      const problems: string[] = [];
      const byUrl = new Map(articles.map((a) => [a.url, a]));
      const textUrls = new Set(texts.map((t) => t.url));
      for (const a of articles) {
        if (a.textIndexed && !textUrls.has(a.url)) problems.push(`${a.url} is textIndexed without its text`);
        if (a.saved !== saved.some((s) => s.url === a.url)) problems.push(`${a.url} says saved=${a.saved} and its copy says otherwise`);
      }
      for (const t of texts) if (!byUrl.has(t.url)) problems.push(`text of ${t.url} without its record`);
      for (const s of saved) if (!byUrl.has(s.url)) problems.push(`saved copy of ${s.url} without its record`);
      // The journal in order: each article's last entry says whether it exists now.
      const lastOp = new Map<string, string>();
      journal.forEach((entry, i) => {
        if (entry.seq !== journalKeys[i]) problems.push(`journal entry ${i} has seq ${entry.seq}, key ${journalKeys[i]}`);
        if (i > 0 && !(journalKeys[i]! > journalKeys[i - 1]!)) problems.push(`journal seq ${journalKeys[i]} after ${journalKeys[i - 1]}`);
        if (entry.kind === 'article') lastOp.set(entry.id, entry.op);
      });
      for (const [url, op] of lastOp) {
        if (op === 'put' && !byUrl.has(url)) problems.push(`journal's last entry for ${url} puts it, and it is missing`);
        if (op === 'delete' && byUrl.has(url)) problems.push(`journal's last entry for ${url} deletes it, and it is there`);
      }
      for (const url of byUrl.keys()) if (!lastOp.has(url)) problems.push(`${url} recorded without a journal entry`);
      return { articles: articles.length, texts: texts.length, saved: saved.length, journal: journal.length, problems };
    } finally {
      db.close();
    }
  },

  /**
   * Makes a database of an earlier `version` holding `count` highlights as that version stored them, opens it with
   * the current code, and returns the ids found against the ids written.
   */
  async migrate(name: string, version: number, count: number): Promise<{ written: string[]; found: string[]; searchable: number; tags: boolean }> {
    const old = await openNotesDb(indexedDB, version, name);
    const written: string[] = [];
    const tx = old.transaction('highlights', 'readwrite');
    for (let n = 0; n < count; n++) {
      const h = sampleHighlight(n, { note: `catatan ${n}`, tags: ['lama'] }) as unknown as Record<string, unknown>;
      // As each version stored a highlight: version 1 had no tags or entities, version 3 added the search terms.
      if (version === 1) {
        delete h.tags;
        delete h.entities;
      }
      if (version === 3) h.terms = highlightTerms(h as never);
      written.push(h.id as string);
      void tx.store.put(h as never);
    }
    await tx.done;
    old.close();
    const store = new NotesStore(await openNotesDb(indexedDB, undefined, name));
    try {
      const all = await store.listAll();
      const searchable = (await store.search('semarang', {}, Infinity)).total;
      return { written, found: all.map((h) => h.id), searchable, tags: all.every((h) => Array.isArray(h.tags) && Array.isArray(h.entities)) };
    } finally {
      store.close();
    }
  },
};
