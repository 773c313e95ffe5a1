import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory, IDBIndex as FakeIndex, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeText } from '../anchoring/describe.ts';
import { sampleHighlight, sampleId } from '../notes/sample-highlights.ts';
import { NotesStore, openNotesDb, type NotesDb } from '../notes/store.ts';
import type { ReadEntity } from './article-record.ts';
import { EntityMemory, PAGE_ARTICLES, isoWeek, listEntities } from './entity-memory.ts';
import { ReadingStore } from './reading-store.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

const dbs: NotesDb[] = [];
afterEach(() => {
  dbs.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
const per = (name: string, count = 1): ReadEntity => ({ name, type: 'PER', count });
const org = (name: string, count = 1): ReadEntity => ({ name, type: 'ORG', count });
const loc = (name: string, count = 1): ReadEntity => ({ name, type: 'LOC', count });

/** Five articles: full names, their short forms in other articles, an abbreviation, an ambiguous surname. */
const ARTICLES: Array<[n: number, readDay: number, published: string | null, entities: ReadEntity[]]> = [
  [1, 0, '2025-01-06T09:00:00+07:00', [per('Prabowo Subianto', 3), org('Komisi Pemilihan Umum (KPU)', 2), loc('Jakarta'), per('Gibran Rakabuming Raka')]],
  [2, 1, '2025-01-08T23:30:00+07:00', [per('Prabowo', 2), org('KPU', 3), loc('Jakarta', 2)]],
  [3, 9, '2025-01-15T06:00:00+07:00', [per('Prabowo Subianto'), per('Gibran'), loc('Bandung')]],
  [4, 10, null, [per('Joko Widodo', 2), per('Widodo')]],
  [5, 11, '2025-01-20T10:00:00+07:00', [per('Bambang Widodo'), org('KPU'), loc('Jakarta')]],
];

async function memoryWith(articles = ARTICLES): Promise<{ memory: EntityMemory; reading: ReadingStore; db: NotesDb }> {
  const db = await openNotesDb(new IDBFactory());
  dbs.push(db);
  const reading = new ReadingStore(db);
  for (const [n, readDay, published, entities] of articles) await reading.record(sampleReading(n, { published, entities }), day(readDay));
  return { memory: new EntityMemory(db), reading, db };
}

describe('listEntities', () => {
  it('merges short forms and abbreviations across articles, fullest name shown, most read about first', async () => {
    const { db } = await memoryWith();
    const list = await listEntities(db);
    expect(list.map((e) => [e.key, e.name, e.articleCount, e.mentionCount])).toEqual([
      ['ORG:komisi pemilihan umum', 'Komisi Pemilihan Umum (KPU)', 3, 6],
      ['PER:prabowo subianto', 'Prabowo Subianto', 3, 6],
      ['LOC:jakarta', 'Jakarta', 3, 4],
      ['PER:gibran rakabuming raka', 'Gibran Rakabuming Raka', 2, 2],
      ['PER:joko widodo', 'Joko Widodo', 1, 2],
      ['PER:bambang widodo', 'Bambang Widodo', 1, 1],
      ['LOC:bandung', 'Bandung', 1, 1],
      // A surname two people share stays its own entity.
      ['PER:widodo', 'Widodo', 1, 1],
    ]);
    expect(list[1]).toMatchObject({ type: 'PER', firstSeen: day(0).toISOString(), lastSeen: day(9).toISOString() });
  });

  it('lists one type, and gives the same from records already read', async () => {
    const { db } = await memoryWith();
    const people = await listEntities(db, { type: 'PER' });
    expect(people.map((e) => e.key)).toEqual([
      'PER:prabowo subianto', 'PER:gibran rakabuming raka', 'PER:joko widodo', 'PER:bambang widodo', 'PER:widodo',
    ]);
    expect(await listEntities(await db.getAll('articles'), { type: 'PER' })).toEqual(people);
    expect(await listEntities([])).toEqual([]);
  });
});

describe('EntityMemory.listPage', () => {
  /** Every page of `type`'s list, `limit` at a time. */
  async function allPages(memory: EntityMemory, type: 'PER' | 'LOC' | 'ORG', limit: number) {
    const pages = [];
    let after: string | undefined;
    do {
      const page = await memory.listPage({ type, limit, ...(after === undefined ? {} : { after }) });
      pages.push(page);
      after = page.next ?? undefined;
    } while (after !== undefined && pages.length < 20);
    return pages;
  }

  it('gives each type\'s whole list on one page when it fits, as the full list has it', async () => {
    const { db, memory } = await memoryWith();
    for (const type of ['PER', 'LOC', 'ORG'] as const) {
      expect(await memory.listPage({ type, limit: 50 })).toEqual({ entities: await listEntities(db, { type }), next: null });
    }
  });

  it('pages through every entity once, by the articles of its most read name, reading only the summaries listed', async () => {
    const { db, memory } = await memoryWith([
      ...ARTICLES,
      // Anies is named alone in three articles and in full in one: listed once, at the place of "Anies".
      [6, 12, null, [per('Anies'), loc('Depok')]],
      [7, 13, null, [per('Anies', 2), loc('Depok')]],
      [8, 14, null, [per('Anies'), per('Ganjar Pranowo')]],
      [9, 15, null, [per('Anies Baswedan'), per('Ganjar Pranowo')]],
    ]);
    const storeReads = vi.spyOn(FakeObjectStore.prototype, 'getAll');
    const pages = await allPages(memory, 'PER', 2);
    expect(storeReads).not.toHaveBeenCalled();
    expect(pages.map((p) => p.entities.map((e) => [e.key, e.articleCount]))).toEqual([
      [['PER:anies baswedan', 4], ['PER:ganjar pranowo', 2]],
      // Prabowo Subianto's most read name is in two articles, as Ganjar Pranowo is (the key decides); merged, three.
      [['PER:prabowo subianto', 3], ['PER:bambang widodo', 1]],
      // Gibran is named alone in one article and in full in another: at the place of "PER:gibran", one article's.
      [['PER:gibran rakabuming raka', 2], ['PER:joko widodo', 1]],
      [['PER:widodo', 1]],
    ]);
    expect(pages.map((p) => p.next === null)).toEqual([false, false, false, true]);
    const whole = await listEntities(db, { type: 'PER' });
    expect(pages.flatMap((p) => p.entities).sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual([...whole].sort((a, b) => (a.key < b.key ? -1 : 1)));
    // A page that ends with the list says there is no more.
    expect((await memory.listPage({ type: 'PER', limit: 7 })).next).toBeNull();
    expect((await memory.listPage({ type: 'PER', limit: 6 })).next).not.toBeNull();
  });

  it('refuses a cursor of another type or none at all', async () => {
    const { memory } = await memoryWith();
    const { next } = await memory.listPage({ type: 'PER', limit: 1 });
    await expect(memory.listPage({ type: 'LOC', limit: 1, after: next! })).rejects.toThrow(RangeError);
    await expect(memory.listPage({ type: 'PER', limit: 1, after: 'PER:prabowo' })).rejects.toThrow(RangeError);
  });
});

describe('EntityMemory.entityPage', () => {
  it('finds an entity by any of its forms, with its articles, names, timeline and related entities', async () => {
    const { memory } = await memoryWith();
    const page = await memory.entityPage('PER:prabowo');
    expect(page).not.toBeNull();
    expect(page!.entity).toEqual({
      key: 'PER:prabowo subianto', type: 'PER', name: 'Prabowo Subianto', articleCount: 3, mentionCount: 6,
      firstSeen: day(0).toISOString(), lastSeen: day(9).toISOString(),
    });
    expect(page!.names).toEqual(['Prabowo Subianto', 'Prabowo']);
    expect(page!.articles.map((a) => a.url)).toEqual([3, 2, 1].map(sampleUrl));
    expect(page!.articles[0]).not.toHaveProperty('entityLinks');
    expect(page!.timeline).toEqual([
      { week: '2025-W02', start: '2025-01-06', count: 2 },
      { week: '2025-W03', start: '2025-01-13', count: 1 },
    ]);
    expect(page!.related.map((r) => [r.key, r.name, r.sharedArticles])).toEqual([
      ['PER:gibran rakabuming raka', 'Gibran Rakabuming Raka', 2],
      ['LOC:jakarta', 'Jakarta', 2],
      ['ORG:komisi pemilihan umum', 'Komisi Pemilihan Umum (KPU)', 2],
      ['LOC:bandung', 'Bandung', 1],
    ]);
    expect(await memory.entityPage('PER:prabowo subianto')).toEqual(page);
  });

  it('agrees with the list on every entity', async () => {
    const { memory, db } = await memoryWith();
    for (const entity of await listEntities(db)) expect((await memory.entityPage(entity.key))?.entity).toEqual(entity);
  });

  it('dates the timeline by the reading when the page gave no date', async () => {
    const { memory } = await memoryWith();
    // Article 4 was read on 2025-01-11, a Saturday.
    expect((await memory.entityPage('PER:joko'))?.timeline).toEqual([{ week: '2025-W02', start: '2025-01-06', count: 1 }]);
  });

  it('follows later reading: a second full name with the word makes the short form its own entity again', async () => {
    const { memory, reading } = await memoryWith();
    await reading.record(sampleReading(6, { entities: [per('Prabowo Sutrisno')] }), day(20));
    expect((await memory.entityPage('PER:prabowo subianto'))?.articles.map((a) => a.url)).toEqual([3, 1].map(sampleUrl));
    expect((await memory.entityPage('PER:prabowo'))?.entity).toMatchObject({ key: 'PER:prabowo', articleCount: 1 });
    // Forgetting the article that made it ambiguous merges it back.
    await reading.forget(sampleUrl(6));
    expect((await memory.entityPage('PER:prabowo'))?.entity.articleCount).toBe(3);
  });

  it('reads only the summaries and records of the entity\'s keys, however many others there are', async () => {
    const others = Array.from({ length: 150 }, (_, i): (typeof ARTICLES)[number] => [
      100 + i, 20 + (i % 30), null, [per(`Tokoh Nomor${i} Lain`), loc('Jakarta'), per(i % 2 ? 'Subianto' : 'Rakyat')],
    ]);
    const { memory } = await memoryWith([...ARTICLES, ...others]);
    const storeReads = [
      vi.spyOn(FakeObjectStore.prototype, 'getAll'),
      vi.spyOn(FakeObjectStore.prototype, 'openCursor'),
      vi.spyOn(FakeIndex.prototype, 'openCursor'),
    ];
    const indexReads = vi.spyOn(FakeIndex.prototype, 'getAll');
    const gets = vi.spyOn(FakeObjectStore.prototype, 'get');
    const page = await memory.entityPage('PER:gibran');
    expect(page?.entity.articleCount).toBe(2);
    for (const spy of storeReads) expect(spy).not.toHaveBeenCalled();
    // Index reads ask for one key or range each: the entity's keys that articles name, then its articles' highlights.
    const asked = indexReads.mock.calls.map((args, i) => {
      const query = args[0] as IDBKeyRange | string;
      return `${(indexReads.mock.contexts[i] as IDBIndex).name} ${typeof query === 'string' ? query : String((query.lower as string[])[0])}`;
    });
    expect(asked.sort()).toEqual([
      `articleUrl ${sampleUrl(1)}`,
      `articleUrl ${sampleUrl(3)}`,
      'entityLastRead PER:gibran',
      'entityLastRead PER:gibran rakabuming raka',
    ]);
    // The summaries of the name and its words, and of the entities named with it whose short forms are resolved.
    expect(gets.mock.calls.length).toBeLessThanOrEqual(10);
  });

  it('is null for an entity no article read names', async () => {
    const { memory } = await memoryWith();
    expect(await memory.entityPage('PER:anies baswedan')).toBeNull();
    expect(await memory.entityPage('LOC:prabowo')).toBeNull();
  });

  it('lists the highlights that name the entity or quote one of its names as a word', async () => {
    const { memory, db } = await memoryWith();
    const notes = new NotesStore(db);
    const quote = (n: number, text: string, articleUrl: string, entities: string[] = []) =>
      notes.put(sampleHighlight(n, { articleUrl, selectors: describeText(text, 0, text.length)!, entities }), day(30 + n));
    await quote(1, 'Prabowo Subianto menyampaikan pidato', sampleUrl(1));
    await quote(2, 'Banjir di Jakarta', sampleUrl(1));
    await quote(3, 'kata PRABOWO kemarin', 'https://regional.kompas.com/read/2025/02/01/1/lain');
    await quote(4, 'Dia bertemu presiden', sampleUrl(3), ['Prabowo']);
    await quote(5, 'Istilah Prabowonomics muncul', sampleUrl(2));
    await quote(6, 'Prabowonomics lagi', 'https://regional.kompas.com/read/2025/02/02/2/lain');
    await quote(7, 'Gerakan AntiPrabowo', sampleUrl(2));
    const page = await memory.entityPage('PER:prabowo subianto');
    expect(page!.highlights.map((h) => h.id)).toEqual([4, 3, 1].map(sampleId));
    expect(page!.highlights[0]).not.toHaveProperty('terms');
    expect((await memory.entityPage('ORG:kpu'))!.highlights).toEqual([]);
  });
});

describe('EntityMemory.entityPage, an entity in more articles than a page reads', () => {
  it('lists the newest PAGE_ARTICLES, reading no more records, and counts and dates every article from its summary', async () => {
    // 130 articles name her, read on days 1 to 130 (article 7 read again last), 40 others do not.
    const many = Array.from({ length: 170 }, (_, i): (typeof ARTICLES)[number] => [
      10 + i, 1 + i, null, i < 130 ? [per('Sri Mulyani Indrawati', 1 + (i % 3)), loc(i % 2 ? 'Bandung' : 'Medan')] : [loc('Jakarta')],
    ]);
    const { memory, reading } = await memoryWith(many);
    await reading.record(sampleReading(17, { published: null, entities: [per('Sri Mulyani Indrawati')] }), day(300));
    const gets = vi.spyOn(FakeObjectStore.prototype, 'get');
    const indexReads = vi.spyOn(FakeIndex.prototype, 'getAll');
    const page = (await memory.entityPage('PER:sri mulyani indrawati'))!;
    expect(gets.mock.calls.length).toBeLessThanOrEqual(PAGE_ARTICLES + 1);
    expect(indexReads).not.toHaveBeenCalled();
    expect(page.articles).toHaveLength(PAGE_ARTICLES);
    expect(page.articles[0]!.url).toBe(sampleUrl(17));
    // The newest by latest reading: articles 10..139 read on days 1..130, so the 99 after article 17 are 40..138.
    expect(page.articles.slice(1).map((a) => a.url)).toEqual(Array.from({ length: 99 }, (_, i) => sampleUrl(139 - i)));
    expect(page.entity).toMatchObject({ articleCount: 130, firstSeen: day(1).toISOString(), lastSeen: day(300).toISOString() });
    // The timeline counts every article, by its first reading's week (no page gave a date): days 1 to 130.
    expect(page.timeline.reduce((sum, w) => sum + w.count, 0)).toBe(130);
    const weeks = [...new Set(Array.from({ length: 130 }, (_, i) => isoWeek(day(1 + i).toISOString().slice(0, 10)).week))];
    expect(page.timeline.map((w) => w.week)).toEqual(weeks);
    expect(page.related.map((r) => r.name)).toEqual(['Bandung', 'Medan']);
    // An entity in fewer articles than the bound is read whole, as before (65 named Bandung; article 17 no longer does).
    expect((await memory.entityPage('LOC:bandung'))!.articles).toHaveLength(64);
  });
});

describe('EntityMemory.articleCountsFor', () => {
  it('counts an entity with no short forms by its index, the open article left out', async () => {
    const { memory } = await memoryWith();
    const getAllKeys = vi.spyOn(FakeIndex.prototype, 'getAllKeys');
    const counts = await memory.articleCountsFor(['LOC:jakarta', 'LOC:bandung'], sampleUrl(2));
    expect(Object.fromEntries(counts)).toEqual({ 'LOC:jakarta': 2, 'LOC:bandung': 1 });
    expect(getAllKeys).not.toHaveBeenCalled();
    expect((await memory.articleCountsFor(['LOC:jakarta'], sampleUrl(3))).get('LOC:jakarta')).toBe(3);
  });

  it('counts the other articles naming each entity, short forms merged', async () => {
    const { memory } = await memoryWith();
    const counts = await memory.articleCountsFor(['PER:prabowo', 'ORG:kpu', 'LOC:bandung', 'PER:widodo', 'PER:anies baswedan'], sampleUrl(2));
    expect(Object.fromEntries(counts)).toEqual({ 'PER:prabowo': 2, 'ORG:kpu': 2, 'LOC:bandung': 1, 'PER:widodo': 1, 'PER:anies baswedan': 0 });
    expect((await memory.articleCountsFor(['ORG:komisi pemilihan umum'])).get('ORG:komisi pemilihan umum')).toBe(3);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2025-01-01', '2025-W01', '2024-12-30'],
    ['2025-01-06', '2025-W02', '2025-01-06'],
    ['2025-01-12', '2025-W02', '2025-01-06'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2026-12-31', '2026-W53', '2026-12-28'],
  ])('%s is in %s from %s', (date, week, start) => {
    expect(isoWeek(date)).toEqual({ week, start });
  });
});
