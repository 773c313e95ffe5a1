import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleHighlight } from '../../src/notes/sample-highlights.ts';
import { NotesStore, openNotesDb, type NotesDb } from '../../src/notes/store.ts';
import { ReadingStore } from '../../src/reading/reading-store.ts';
import { sampleReading, sampleUrl } from '../../src/reading/sample-readings.ts';
import { SNAPSHOT_VERSION } from '../../src/search/search-snapshot.ts';
import type { SearchHitView } from './search-protocol.ts';
import { SearchService } from './search-service.ts';

let factory: IDBFactory;
let db: NotesDb;
let reading: ReadingStore;

const ATTACK = sampleReading(1, {
  title: 'Situasi perbatasan memanas',
  text: 'Pasukan bersiaga.\n\nSerangan  udara terjadi pada malam hari di dekat perbatasan.',
});
const FLOOD = sampleReading(2, { title: 'Banjir di Semarang', text: 'Air naik setinggi satu meter di pusat kota.' });

beforeEach(async () => {
  factory = new IDBFactory();
  db = await openNotesDb(factory);
  reading = new ReadingStore(db);
});

afterEach(() => db.close());

const marked = (hit: SearchHitView) => hit.snippet.marks.map(([start, end]) => hit.snippet.text.slice(start, end));

describe('SearchService', () => {
  it('finds an article by an inflected form of a word in its body, with the matched word marked in the snippet', async () => {
    await reading.record(ATTACK);
    await reading.record(FLOOD);
    const service = new SearchService(db);
    const hits = await service.search({ query: 'menyerang' });
    expect(hits.map((h) => h.id)).toEqual([ATTACK.url]);
    expect(hits[0]).toMatchObject({ kind: 'article', title: ATTACK.title, section: ATTACK.section, saved: false });
    expect(marked(hits[0]!)).toEqual(['Serangan']);
    expect(hits[0]!.snippet.text).toContain('Serangan udara terjadi');
  });

  it('rebuilds without a snapshot and writes one at once, whose journal mark covers what it holds', async () => {
    await reading.record(ATTACK);
    const service = new SearchService(db);
    await service.start();
    expect(service.started).toEqual({ rebuilt: true, replayed: 0 });
    const snapshot = await reading.readSnapshot();
    expect(snapshot?.version).toBe(SNAPSHOT_VERSION);
    expect(snapshot?.journalUpTo).toBeGreaterThan(0);
    expect(await reading.journal()).toEqual([]);
  });

  it('restores from the snapshot and replays only the journal written after it', async () => {
    await reading.record(ATTACK);
    await new SearchService(db).start();
    await reading.record(FLOOD);
    await reading.forget(ATTACK.url);
    const again = new SearchService(db);
    expect((await again.search({ query: 'banjir' })).map((h) => h.id)).toEqual([FLOOD.url]);
    expect(again.started).toEqual({ rebuilt: false, replayed: 2 });
    expect(await again.search({ query: 'serangan' })).toEqual([]);
  });

  it('follows articles recorded and forgotten while it runs, before each search', async () => {
    const service = new SearchService(db);
    expect(await service.search({ query: 'serangan' })).toEqual([]);
    await reading.record(ATTACK);
    expect((await service.search({ query: 'serangan' })).map((h) => h.id)).toEqual([ATTACK.url]);
    await reading.forget(ATTACK.url);
    expect(await service.search({ query: 'serangan' })).toEqual([]);
  });

  it('writes a new snapshot once the journal is long, trimming it in the same step', async () => {
    const service = new SearchService(db, { shouldCompact: (n) => n >= 3 });
    await service.start();
    const written = service.snapshotsWritten;
    await reading.record(sampleReading(3));
    await reading.record(sampleReading(4));
    await service.search({ query: 'paragraf' });
    expect(service.snapshotsWritten).toBe(written);
    expect(await reading.journal()).toHaveLength(2);
    await reading.record(sampleReading(5));
    await service.search({ query: 'paragraf' });
    expect(service.snapshotsWritten).toBe(written + 1);
    expect(await reading.journal()).toEqual([]);
    // A fresh start from that snapshot alone holds all three.
    const again = new SearchService(db);
    expect((await again.search({ query: 'paragraf' })).map((h) => h.id).sort()).toEqual([sampleUrl(3), sampleUrl(4), sampleUrl(5)].sort());
    expect(again.started).toEqual({ rebuilt: false, replayed: 0 });
  });

  it('searches highlights by quote and note, alone when asked for that kind', async () => {
    const notes = new NotesStore(db);
    const highlight = sampleHighlight(7, { note: 'Mereka diserang dua kali' });
    await notes.put(highlight);
    await reading.record(ATTACK);
    const service = new SearchService(db);
    const both = await service.search({ query: 'serang' });
    expect(both.map((h) => h.kind).sort()).toEqual(['article', 'highlight']);
    const only = await service.search({ query: 'menyerang', kind: 'highlight' });
    expect(only.map((h) => h.id)).toEqual([highlight.id]);
    expect(only[0]).toMatchObject({ articleUrl: highlight.articleUrl, title: highlight.title });
    expect(marked(only[0]!)).toEqual(['diserang']);
    await notes.delete(highlight.id);
    expect(await service.search({ query: 'menyerang', kind: 'highlight' })).toEqual([]);
  });

  it('returns at most the limit, best first', async () => {
    for (let n = 10; n < 16; n++) await reading.record(sampleReading(n));
    const hits = await new SearchService(db).search({ query: 'banjir', limit: 4 });
    expect(hits).toHaveLength(4);
  });
});
