import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleHighlight } from '../notes/sample-highlights.ts';
import { openNotesDb, type NotesDb, type StoredArticle } from '../notes/store.ts';
import type { ReadEntity } from './article-record.ts';
import { EntityMemory, listEntities } from './entity-memory.ts';
import { personWordEntries, summariesOf, wordRange, type EntitySummary } from './entity-summary.ts';
import type { BackupArticle } from './reading-backup.ts';
import { ReadingStore } from './reading-store.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

const dbs: NotesDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
const per = (name: string, count = 1): ReadEntity => ({ name, type: 'PER', count });
const org = (name: string, count = 1): ReadEntity => ({ name, type: 'ORG', count });
const loc = (name: string, count = 1): ReadEntity => ({ name, type: 'LOC', count });

async function fresh(): Promise<{ db: NotesDb; reading: ReadingStore; memory: EntityMemory }> {
  const db = await openNotesDb(new IDBFactory());
  dbs.push(db);
  return { db, reading: new ReadingStore(db), memory: new EntityMemory(db) };
}

const byKey = (a: EntitySummary, b: EntitySummary) => (a.key < b.key ? -1 : 1);

/**
 * The summaries as stored equal the summaries made from nothing out of the articles as stored, and the list made from
 * them equals the list made from the records themselves (each article's entities tallied, a separate computation).
 */
async function expectExact(db: NotesDb): Promise<void> {
  const records = await db.getAll('articles');
  const stored = (await db.getAll('entitySummaries')).sort(byKey);
  expect(stored).toEqual(summariesOf(records).sort(byKey));
  const words = stored.flatMap((s) => personWordEntries(s.key)).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.key < b.key ? -1 : 1));
  expect(await db.getAll('personWords')).toEqual(words);
  expect(await listEntities(db)).toEqual(await listEntities(records));
}

describe('entity summaries', () => {
  it('sum each key\'s articles, mentions, forms, readings, weeks and links', async () => {
    const { db, reading } = await fresh();
    await reading.record(sampleReading(1, { published: '2025-01-06T09:00:00+07:00', entities: [per('Prabowo Subianto', 3), per('Prabowo'), org('Komisi Pemilihan Umum (KPU)', 2)] }), day(0));
    await reading.record(sampleReading(2, { published: null, entities: [per('PRABOWO', 2), org('KPU')] }), day(9));
    const prabowo = await db.get('entitySummaries', 'PER:prabowo');
    expect(prabowo).toEqual({
      key: 'PER:prabowo', type: 'PER', articleCount: 2, mentionCount: 3, names: { Prabowo: 1, PRABOWO: 2 },
      firstSeen: day(0).toISOString(), lastSeen: day(9).toISOString(),
      // Article 2 has no date: the week of its reading (Friday 10 January).
      weeks: { '2025-01-06': 2 },
      // The full names a word of a name may be short for are found by the words index, not kept here.
      fullNames: {},
      abbreviations: {},
      // Article 1 names him in full too: merged, it counts once.
      alongside: { 'PER:prabowo subianto': { articles: 1, weeks: { '2025-01-06': 1 } } },
      listRank: -2,
    });
    // A word no article names alone has no summary: the full name's words find it.
    expect(await db.get('entitySummaries', 'PER:subianto')).toBeUndefined();
    expect(await db.get('entitySummaries', 'PER:prabowo subianto')).toMatchObject({ articleCount: 1 });
    expect(await db.getAll('personWords')).toEqual([{ word: 'prabowo', key: 'PER:prabowo subianto' }, { word: 'subianto', key: 'PER:prabowo subianto' }]);
    expect(await db.get('entitySummaries', 'ORG:komisi pemilihan umum')).toMatchObject({ articleCount: 1, abbreviations: { 'ORG:kpu': 1 } });
    expect(await db.get('entitySummaries', 'ORG:kpu')).toMatchObject({ articleCount: 1, fullNames: { 'ORG:komisi pemilihan umum': 1 }, alongside: {} });
    await expectExact(db);
  });

  it('stay exact when an article is read again with other entities, and when articles are forgotten', async () => {
    const { db, reading, memory } = await fresh();
    await reading.record(sampleReading(1, { entities: [per('Joko Widodo', 2), loc('Solo')] }), day(1));
    await reading.record(sampleReading(2, { entities: [per('Joko Widodo'), per('Widodo'), loc('Solo', 3)] }), day(2));
    await reading.record(sampleReading(3, { entities: [per('Widodo'), loc('Jakarta')] }), day(3));
    await expectExact(db);
    // Read again: Solo and Widodo leave article 2, Bandung comes; its latest reading moves.
    await reading.record(sampleReading(2, { entities: [per('Joko Widodo', 4), loc('Bandung')] }), day(5));
    await expectExact(db);
    expect(await db.get('entitySummaries', 'LOC:solo')).toMatchObject({ articleCount: 1, mentionCount: 1, lastSeen: day(1).toISOString() });
    // Widodo is a word of one full name only: merged, with article 3.
    expect((await memory.entityPage('PER:joko widodo'))!.entity).toMatchObject({ articleCount: 3, mentionCount: 7, firstSeen: day(1).toISOString(), lastSeen: day(5).toISOString() });
    // Forgetting the article read first and the one read last moves both edges, from the indexes.
    await reading.forget(sampleUrl(1));
    await expectExact(db);
    expect((await memory.entityPage('PER:joko widodo'))!.entity).toMatchObject({ articleCount: 2, firstSeen: day(2).toISOString(), lastSeen: day(5).toISOString() });
    await reading.forget(sampleUrl(2));
    await expectExact(db);
    expect(await db.get('entitySummaries', 'PER:joko widodo')).toBeUndefined();
    expect(await db.get('entitySummaries', 'PER:joko')).toBeUndefined();
    // Widodo is its own again, in article 3 alone.
    expect((await memory.entityPage('PER:widodo'))!.entity).toMatchObject({ key: 'PER:widodo', articleCount: 1, firstSeen: day(3).toISOString() });
  });

  it('find the first seen again among every article left, not only the one least recently read', async () => {
    const { db, reading } = await fresh();
    await reading.record(sampleReading(1, { entities: [loc('Surabaya')] }), day(0));
    await reading.record(sampleReading(2, { entities: [loc('Surabaya')] }), day(2));
    await reading.record(sampleReading(3, { entities: [loc('Surabaya')] }), day(10));
    // Article 2 is read again later: first read on day 2, last on day 30.
    await reading.record(sampleReading(2, { entities: [loc('Surabaya')] }), day(30));
    await reading.forget(sampleUrl(1));
    expect(await db.get('entitySummaries', 'LOC:surabaya')).toMatchObject({ articleCount: 2, firstSeen: day(2).toISOString(), lastSeen: day(30).toISOString() });
    await reading.forget(sampleUrl(2));
    expect(await db.get('entitySummaries', 'LOC:surabaya')).toMatchObject({ articleCount: 1, firstSeen: day(10).toISOString(), lastSeen: day(10).toISOString() });
    await expectExact(db);
  });

  it('stay exact under clearing the history and retention, saved articles kept', async () => {
    const { db, reading, memory } = await fresh();
    for (let n = 1; n <= 12; n++) {
      await reading.record(sampleReading(n, { entities: [per('Sri Mulyani Indrawati', n), n % 2 ? loc('Bandung') : org('Bank Indonesia (BI)')] }), day(n * 10));
    }
    await reading.save(sampleUrl(2), { contentHtml: '<p>Isi.</p>', image: null }, day(200));
    // Read on days 10, 20 and 30, before the cut at day 35; the second is saved.
    expect(await reading.applyRetention('90d', day(125))).toBe(2);
    await expectExact(db);
    expect((await memory.entityPage('PER:sri mulyani indrawati'))!.entity).toMatchObject({ articleCount: 10, firstSeen: day(20).toISOString() });
    expect((await memory.articleCountsFor(['ORG:bi']))).toEqual(new Map([['ORG:bi', 6]]));
    expect(await reading.clearHistory()).toBe(9);
    await expectExact(db);
    expect(await listEntities(db)).toEqual([
      { key: 'PER:sri mulyani indrawati', type: 'PER', name: 'Sri Mulyani Indrawati', articleCount: 1, mentionCount: 2, firstSeen: day(20).toISOString(), lastSeen: day(20).toISOString() },
      { key: 'ORG:bank indonesia', type: 'ORG', name: 'Bank Indonesia (BI)', articleCount: 1, mentionCount: 1, firstSeen: day(20).toISOString(), lastSeen: day(20).toISOString() },
    ]);
  });

  it('stay exact when a backup is imported over articles already read', async () => {
    const { db, reading } = await fresh();
    await reading.record(sampleReading(1, { entities: [per('Anies Baswedan'), loc('Jakarta')] }), day(3));
    await reading.record(sampleReading(2, { entities: [per('Anies'), loc('Jakarta')] }), day(4));
    const backupOf = (n: number, lastRead: number, firstRead: number, entities: ReadEntity[]): BackupArticle => {
      const { text: _text, ...reading } = sampleReading(n, { entities });
      return {
        record: { ...reading, firstReadAt: day(firstRead).toISOString(), lastReadAt: day(lastRead).toISOString(), readCount: 1 },
        text: null,
        saved: null,
      };
    };
    const counts = await reading.importBackup(
      [sampleHighlight(1)],
      [
        // Newer: its entities replace article 1's; read first earlier than here.
        backupOf(1, 8, 1, [per('Anies Rasyid Baswedan'), loc('Depok')]),
        // Older: article 2 keeps its entities, but its first reading moves earlier.
        backupOf(2, 2, 0, [per('Ganjar Pranowo')]),
        backupOf(3, 5, 5, [per('Anies'), per('Anies Baswedan')]),
      ],
    );
    expect(counts.articles).toEqual({ added: 1, updated: 2, unchanged: 0 });
    await expectExact(db);
    expect(await db.get('entitySummaries', 'PER:anies')).toMatchObject({ articleCount: 2, firstSeen: day(0).toISOString() });
    expect(await db.getAll('personWords', wordRange('anies'))).toEqual([
      { word: 'anies', key: 'PER:anies baswedan' },
      { word: 'anies', key: 'PER:anies rasyid baswedan' },
    ]);
  });

  it('count an article naming a short form beside its full name once, on the page, in the list and in the panel', async () => {
    const { db, reading, memory } = await fresh();
    await reading.record(sampleReading(1, { published: '2025-01-06T09:00:00+07:00', entities: [per('Retno Marsudi'), per('Retno', 2)] }), day(0));
    await reading.record(sampleReading(2, { published: '2025-01-14T09:00:00+07:00', entities: [per('Retno')] }), day(1));
    await reading.record(sampleReading(3, { published: '2025-01-06T10:00:00+07:00', entities: [per('Retno Marsudi')] }), day(2));
    const page = (await memory.entityPage('PER:retno'))!;
    expect(page.entity).toMatchObject({ key: 'PER:retno marsudi', articleCount: 3, mentionCount: 5 });
    expect(page.timeline).toEqual([
      { week: '2025-W02', start: '2025-01-06', count: 2 },
      { week: '2025-W03', start: '2025-01-13', count: 1 },
    ]);
    expect((await listEntities(db)).find((e) => e.key === 'PER:retno marsudi')?.articleCount).toBe(3);
    expect(await memory.articleCountsFor(['PER:retno'], sampleUrl(1))).toEqual(new Map([['PER:retno', 2]]));
    await expectExact(db);
  });
});

describe('the version-5 migration', () => {
  it('builds the summaries from the articles a version-4 database holds, and keeps every highlight', async () => {
    const factory = new IDBFactory();
    const v4 = await openNotesDb(factory, 4);
    const readings = [
      sampleReading(1, { entities: [per('Prabowo Subianto', 3), org('Komisi Pemilihan Umum (KPU)'), loc('Jakarta')] }),
      sampleReading(2, { published: null, entities: [per('Prabowo', 2), org('KPU'), per('Prabowo Subianto')] }),
      sampleReading(3, { entities: [per('Gibran'), loc('Jakarta', 4)] }),
    ];
    // Records as version 4 wrote them: with `entityLinks`, without the reading pairs.
    readings.forEach((r, i) => {
      const entities = r.entities.map((e) => ({ ...e, key: `${e.type}:${e.name.replace(/ \(.*\)$/, '').toLowerCase()}` }));
      const record = {
        url: r.url, title: r.title, section: r.section, author: r.author, published: r.published, words: r.words, readFraction: r.readFraction,
        firstReadAt: day(i).toISOString(), lastReadAt: day(10 - i).toISOString(), readCount: 1, language: r.language, entities,
        entityKeys: entities.map((e) => e.key), entityLinks: ['w\u0000PER:prabowo\u0000PER:prabowo subianto\u0000Prabowo Subianto'], saved: false, textIndexed: false,
      };
      void v4.put('articles', record as never);
    });
    for (let n = 1; n <= 6; n++) await v4.put('highlights', { ...sampleHighlight(n), terms: [] } as never);
    const highlightsBefore = await v4.getAll('highlights');
    v4.close();

    const db = await openNotesDb(factory);
    dbs.push(db);
    expect(db.version).toBe(5);
    expect(await db.getAll('highlights')).toEqual(highlightsBefore);
    const records = await db.getAll('articles');
    expect(records[0]).not.toHaveProperty('entityLinks');
    expect(records.find((r) => r.url === sampleUrl(2))!.entityLastRead).toEqual([
      ['PER:prabowo', day(9).toISOString()], ['ORG:kpu', day(9).toISOString()], ['PER:prabowo subianto', day(9).toISOString()],
    ]);
    const summaries = (await db.getAll('entitySummaries')).sort(byKey);
    expect(summaries).toEqual(summariesOf(records as StoredArticle[]).sort(byKey));
    expect(await db.getAll('personWords')).toEqual([{ word: 'prabowo', key: 'PER:prabowo subianto' }, { word: 'subianto', key: 'PER:prabowo subianto' }]);
    expect(summaries.map((s) => [s.key, s.articleCount])).toEqual([
      ['LOC:jakarta', 2], ['ORG:komisi pemilihan umum', 1], ['ORG:kpu', 1], ['PER:gibran', 1], ['PER:prabowo', 1], ['PER:prabowo subianto', 2],
    ]);
    // The pages work on what was migrated, and go on being kept up to date.
    const memory = new EntityMemory(db);
    expect((await memory.entityPage('ORG:kpu'))!.entity).toMatchObject({ key: 'ORG:komisi pemilihan umum', articleCount: 2, lastSeen: day(10).toISOString() });
    expect((await memory.entityPage('PER:prabowo'))!.articles.map((a) => a.url)).toEqual([1, 2].map(sampleUrl));
    await new ReadingStore(db).forget(sampleUrl(1));
    expect((await memory.entityPage('ORG:kpu'))!.entity).toMatchObject({ key: 'ORG:kpu', articleCount: 1, lastSeen: day(9).toISOString() });
  });
});
