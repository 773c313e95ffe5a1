/**
 * A stand-in for the background recording articles: a worker that records generated articles into the database it is
 * told, as fast as it can, forgetting and saving some on the way, and reports each step done. The test terminates it
 * at random moments, as a browser stops a service worker, mid-write.
 */
import { openNotesDb } from '../../src/notes/store.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { sampleReading, sampleUrl } from '../../src/reading/sample-readings.ts';

export interface KillWorkerStart {
  name: string;
  /** Number of the first article to record. */
  from: number;
  /** Stop after this many articles (the kill rounds give none: they run until terminated). */
  count?: number;
}

/** A longer text than the sample's, so a write is a transaction of some size. */
const BODY = Array.from({ length: 40 }, (_, i) => `Paragraf ${i} tentang banjir di Jakarta dan rapat di Istana.`).join('\n\n');

self.onmessage = async (event: MessageEvent<KillWorkerStart>) => {
  const { name, from, count = Infinity } = event.data;
  const store = new ReadingStore(await openNotesDb(indexedDB, undefined, name));
  for (let n = from; n < from + count; n++) {
    await store.record(sampleReading(n, { text: `${BODY}\n\nNomor ${n}.` }));
    // Every fifth article is saved (with a lead image), every seventh forgets the one recorded three before it.
    if (n % 5 === 0) {
      const blob = new Blob([new Uint8Array(20_000).fill(n % 256)], { type: 'image/jpeg' });
      await store.save(sampleUrl(n), { contentHtml: `<p>Artikel ${n}</p>`, image: { blob, type: 'image/jpeg', alt: '', caption: '' } });
    }
    if (n % 7 === 0) await store.forget(sampleUrl(n - 3));
    postMessage({ recorded: n });
  }
  store.db.close();
  postMessage({ done: true });
};
