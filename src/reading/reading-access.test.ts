// @vitest-environment node
// (Node's Blob survives fake-indexeddb's structured clone, as a browser's does.)
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../messages/sender-policy.ts';
import { openNotesDb, StorageQuotaError, type NotesDb } from '../notes/store.ts';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../settings/history-settings.ts';
import { ImageTooLargeError, READING_WRITES_PER_MINUTE, ReadingAccess, RETENTION_INTERVAL_MS, type ReadingAccessOptions } from './reading-access.ts';
import { ReadingStore } from './reading-store.ts';
import { sampleReading, sampleUrl } from './sample-readings.ts';

const dbs: NotesDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const page: Sender = { kind: 'extension-page' };
const tab = (url: string, tabId = 7): Sender => ({ kind: 'content-script', tabId, frameId: 0, url });
/** The sender's page as the browser reports it: another form of the article's address. */
const pageOf = (n: number) => `${sampleUrl(n)}?page=2#komentar`;
const DAY = 86_400_000;

interface Setup {
  access: ReadingAccess;
  store: ReadingStore;
  history: HistorySettings;
  clock: { now: number };
  lastRetention: { at: number | null };
  fetched: string[];
  opened: string[];
}

async function setup(overrides: Partial<ReadingAccessOptions> = {}): Promise<Setup> {
  const db = await openNotesDb(new IDBFactory());
  dbs.push(db);
  const history = { ...DEFAULT_HISTORY_SETTINGS };
  const clock = { now: Date.UTC(2025, 5, 1) };
  const lastRetention = { at: null as number | null };
  const fetched: string[] = [];
  const opened: string[] = [];
  const access = new ReadingAccess(async () => db, {
    history: async () => ({ ...history }),
    fetchImage: async (src) => {
      fetched.push(src);
      return new Blob([new Uint8Array(2048)], { type: 'image/jpeg' });
    },
    openEntity: async (key) => void opened.push(key),
    retentionClock: { last: async () => lastRetention.at, mark: async (time) => void (lastRetention.at = time) },
    now: () => clock.now,
    ...overrides,
  });
  return { access, store: new ReadingStore(db), history, clock, lastRetention, fetched, opened };
}

const record = (n: number, overrides = {}) => ({ type: 'reading/record', record: { ...sampleReading(n), ...overrides } });
const saveOf = (n: number, extra: Record<string, unknown> = {}) => ({
  type: 'reading/save',
  url: sampleUrl(n),
  contentHtml: '<p>Isi berita</p>',
  image: { src: 'https://asset.kompas.com/crops/foto.jpg', alt: 'Banjir', caption: 'Warga mengungsi.' },
  ...extra,
});

describe('ReadingAccess from a content script', () => {
  it('records its own article, whatever form of the address its page is at', async () => {
    const { access, store } = await setup();
    expect(await access.handle(record(1), tab(pageOf(1)))).toEqual({ recorded: true });
    expect((await store.get(sampleUrl(1)))?.title).toBe('Berita nomor 1');
    expect(await access.handle({ type: 'reading/progress', url: sampleUrl(1), readFraction: 0.9 }, tab(pageOf(1)))).toEqual({ recorded: true });
    expect((await store.get(sampleUrl(1)))?.readFraction).toBe(0.9);
    expect(await access.handle({ type: 'reading/status', url: sampleUrl(1) }, tab(pageOf(1)))).toEqual({ enabled: true, recorded: true, saved: false });
  });

  it('may not report, save or ask about another article', async () => {
    const { access, store } = await setup();
    await access.handle(record(2), page);
    for (const message of [
      record(1),
      { type: 'reading/progress', url: sampleUrl(2), readFraction: 1 },
      saveOf(2),
      { type: 'reading/status', url: sampleUrl(2) },
      { type: 'reading/entity-counts', url: sampleUrl(2), keys: ['LOC:jakarta'] },
    ]) {
      expect(await access.handle(message, tab(pageOf(3))), message.type).toMatchObject({ error: { code: 'not-allowed' } });
    }
    expect(await store.get(sampleUrl(1))).toBeNull();
    expect((await store.get(sampleUrl(2)))?.readFraction).toBe(0.5);
    // Not on an article at all.
    expect(await access.handle(record(1), tab('https://www.kompas.com/'))).toMatchObject({ error: { code: 'not-allowed' } });
  });

  it('may not list, read, forget, clear or see entities', async () => {
    const { access, store } = await setup();
    await access.handle(record(1), page);
    for (const message of [
      { type: 'reading/list', limit: 10 },
      { type: 'reading/article', url: sampleUrl(1) },
      { type: 'reading/forget', url: sampleUrl(1) },
      { type: 'reading/unsave', url: sampleUrl(1) },
      { type: 'reading/clear' },
      { type: 'reading/entities' },
      { type: 'reading/entity', key: 'LOC:jakarta' },
    ]) {
      expect(await access.handle(message, tab(pageOf(1))), message.type).toMatchObject({ error: { code: 'not-allowed' } });
    }
    expect(await store.count()).toBe(1);
  });

  it('is limited per tab, and one tab\'s flood leaves another tab alone', async () => {
    const { access, clock } = await setup();
    for (let i = 0; i < READING_WRITES_PER_MINUTE; i++) {
      expect(await access.handle({ type: 'reading/progress', url: sampleUrl(1), readFraction: 0.1 }, tab(pageOf(1), 1))).toEqual({ recorded: false });
    }
    expect(await access.handle(record(1), tab(pageOf(1), 1))).toMatchObject({ error: { code: 'rate-limited' } });
    expect(await access.handle(record(1), tab(pageOf(1), 2))).toEqual({ recorded: true });
    clock.now += 61_000;
    expect(await access.handle(record(1), tab(pageOf(1), 1))).toEqual({ recorded: true });
  });

  it('opens an entity\'s page at most ten times a minute per tab', async () => {
    const { access, opened } = await setup();
    for (let i = 0; i < 10; i++) expect(await access.handle({ type: 'reading/open-entity', key: 'PER:prabowo subianto' }, tab(pageOf(1)))).toEqual({ done: true });
    expect(await access.handle({ type: 'reading/open-entity', key: 'PER:prabowo subianto' }, tab(pageOf(1)))).toMatchObject({ error: { code: 'rate-limited' } });
    expect(opened).toHaveLength(10);
  });

  it('counts the other articles read that name its entities', async () => {
    const { access } = await setup();
    await access.handle(record(1), page);
    await access.handle(record(2, { entities: [{ name: 'Prabowo', type: 'PER', count: 1 }] }), page);
    await access.handle(record(3, { entities: [{ name: 'Bandung', type: 'LOC', count: 1 }] }), page);
    const reply = await access.handle({ type: 'reading/entity-counts', url: sampleUrl(1), keys: ['PER:prabowo subianto', 'LOC:jakarta', 'LOC:bandung'] }, tab(pageOf(1)));
    // Article 2's "Prabowo" is his short form; article 1 itself is not counted.
    expect(reply).toEqual({ counts: { 'PER:prabowo subianto': 1, 'LOC:jakarta': 0, 'LOC:bandung': 1 } });
  });

  it('answers a note panel with nothing', async () => {
    const { access } = await setup();
    expect(await access.handle({ type: 'reading/status', url: sampleUrl(1) }, { kind: 'note-panel', tabId: 1, frameId: 3 }))
      .toMatchObject({ error: { code: 'not-allowed' } });
  });
});

describe('ReadingAccess with history off', () => {
  it('records nothing and says so, keeps what was recorded, and still saves on request', async () => {
    const { access, store, history } = await setup();
    await access.handle(record(1), tab(pageOf(1)));
    history.rememberArticles = false;
    expect(await access.handle(record(2), tab(pageOf(2)))).toEqual({ recorded: false });
    expect(await access.handle({ type: 'reading/progress', url: sampleUrl(1), readFraction: 1 }, tab(pageOf(1)))).toEqual({ recorded: false });
    expect(await store.get(sampleUrl(2))).toBeNull();
    expect((await store.get(sampleUrl(1)))?.readFraction).toBe(0.5);
    expect(await access.handle({ type: 'reading/status', url: sampleUrl(1) }, tab(pageOf(1)))).toEqual({ enabled: false, recorded: true, saved: false });
    // "Simpan" is asked for each time: it records the article it saves.
    expect(await access.handle(saveOf(3, { record: sampleReading(3) }), tab(pageOf(3)))).toEqual({ saved: true, image: 'stored' });
    expect((await store.get(sampleUrl(3)))?.saved).toBe(true);
  });
});

describe('ReadingAccess saving', () => {
  it('keeps the article with its fetched lead image', async () => {
    const { access, store, fetched } = await setup();
    await access.handle(record(1), tab(pageOf(1)));
    expect(await access.handle(saveOf(1), tab(pageOf(1)))).toEqual({ saved: true, image: 'stored' });
    expect(fetched).toEqual(['https://asset.kompas.com/crops/foto.jpg']);
    const saved = await store.saved(sampleUrl(1));
    expect(saved).toMatchObject({ contentHtml: '<p>Isi berita</p>', image: { type: 'image/jpeg', alt: 'Banjir', caption: 'Warga mengungsi.' } });
    expect(saved?.image?.blob.size).toBe(2048);
    // Saving does not count as another reading.
    expect((await store.get(sampleUrl(1)))?.readCount).toBe(1);
  });

  it('has the picture of a page fetched over that page\'s own scheme only', async () => {
    const { access, fetched } = await setup();
    await access.handle(record(1), tab(pageOf(1)));
    const inTheClear = { ...saveOf(1), image: { src: 'http://asset.kompas.com/crops/foto.jpg', alt: '', caption: '' } };
    expect(await access.handle(inTheClear, tab(pageOf(1)))).toMatchObject({ error: { code: 'invalid-message' } });
    expect(fetched).toEqual([]);
    // A page served over http (as the test site is) has its picture fetched over http.
    const plainPage = pageOf(1).replace('https:', 'http:');
    expect(await access.handle(inTheClear, tab(plainPage))).toEqual({ saved: true, image: 'stored' });
    expect(fetched).toEqual(['http://asset.kompas.com/crops/foto.jpg']);
  });

  it('saves without the image when it cannot be fetched or is too large, and says which', async () => {
    const failing = await setup({ fetchImage: async () => { throw new Error('403'); } });
    await failing.access.handle(record(1), page);
    expect(await failing.access.handle(saveOf(1), page)).toEqual({ saved: true, image: 'failed' });
    expect((await failing.store.saved(sampleUrl(1)))?.image).toBeNull();
    const large = await setup({ fetchImage: async () => { throw new ImageTooLargeError('big'); } });
    await large.access.handle(record(1), page);
    expect(await large.access.handle(saveOf(1), page)).toEqual({ saved: true, image: 'too-large' });
    expect(await large.access.handle(saveOf(1, { image: null }), page)).toEqual({ saved: true, image: 'none' });
  });

  it('refuses to save an article neither recorded nor sent with its record', async () => {
    const { access, store } = await setup();
    expect(await access.handle(saveOf(1), tab(pageOf(1)))).toMatchObject({ error: { code: 'not-found' } });
    expect(await store.saved(sampleUrl(1))).toBeNull();
  });
});

describe('ReadingAccess from the extension\'s pages', () => {
  it('lists history a page at a time with saved times, lists saved ones, opens, unsaves, forgets and clears', async () => {
    const { access, clock } = await setup();
    for (const n of [1, 2, 3]) {
      await access.handle(record(n), page);
      clock.now += 1000;
    }
    await access.handle(saveOf(2), page);
    const first = await access.handle({ type: 'reading/list', limit: 2 }, page) as { articles: Array<{ url: string; savedAt: string | null }>; next: string | null };
    expect(first.articles.map((a) => [a.url, a.savedAt !== null])).toEqual([[sampleUrl(3), false], [sampleUrl(2), true]]);
    const second = await access.handle({ type: 'reading/list', limit: 2, before: first.next! }, page) as typeof first;
    expect(second).toMatchObject({ articles: [{ url: sampleUrl(1) }], next: null });
    expect(await access.handle({ type: 'reading/list', limit: 5, savedOnly: true }, page)).toMatchObject({ articles: [{ url: sampleUrl(2) }], next: null });
    expect(await access.handle({ type: 'reading/article', url: sampleUrl(2) }, page)).toMatchObject({
      article: { url: sampleUrl(2) },
      text: sampleReading(2).text,
      saved: { contentHtml: '<p>Isi berita</p>', hasImage: true, imageAlt: 'Banjir', imageCaption: 'Warga mengungsi.' },
    });
    expect(await access.handle({ type: 'reading/clear' }, page)).toEqual({ cleared: 2 });
    expect(await access.handle({ type: 'reading/unsave', url: sampleUrl(2) }, page)).toEqual({ done: true });
    expect(await access.handle({ type: 'reading/forget', url: sampleUrl(2) }, page)).toEqual({ done: true });
    expect(await access.handle({ type: 'reading/forget', url: sampleUrl(2) }, page)).toEqual({ done: false });
    expect(await access.handle({ type: 'reading/article', url: sampleUrl(2) }, page)).toEqual({ article: null, text: null, saved: null });
  });

  it('lists entities and an entity\'s page', async () => {
    const { access } = await setup();
    await access.handle(record(1), page);
    expect(await access.handle({ type: 'reading/entities' }, page)).toMatchObject({ entities: expect.arrayContaining([expect.objectContaining({ key: 'LOC:jakarta', articleCount: 1 })]) });
    expect(await access.handle({ type: 'reading/entity', key: 'LOC:jakarta' }, page)).toMatchObject({ page: { entity: { key: 'LOC:jakarta' } } });
    expect(await access.handle({ type: 'reading/entity', key: 'LOC:bandung' }, page)).toEqual({ page: null });
    // A page of each type, and the next page of one.
    await access.handle(record(2, { entities: [{ name: 'Bandung', type: 'LOC', count: 1 }, { name: 'Jakarta', type: 'LOC', count: 1 }] }), page);
    const first = await access.handle({ type: 'reading/entities', limit: 1 }, page);
    expect(first).toEqual({
      entities: [expect.objectContaining({ key: 'PER:prabowo subianto' }), expect.objectContaining({ key: 'LOC:jakarta', articleCount: 2 })],
      next: { LOC: '2:LOC:jakarta' },
    });
    expect(await access.handle({ type: 'reading/entities', limit: 1, entityType: 'LOC', after: '2:LOC:jakarta' }, page)).toEqual({
      entities: [expect.objectContaining({ key: 'LOC:bandung', articleCount: 1 })],
      next: {},
    });
  });
});

describe('ReadingAccess errors', () => {
  it('names the field of an invalid message', async () => {
    const { access } = await setup();
    expect(await access.handle(record(1, { words: -3 }), page)).toEqual({ error: { code: 'invalid-message', message: 'record.words: invalid' } });
  });

  it('reports a full disk as quota-exceeded', async () => {
    const { access } = await setup();
    vi.spyOn(ReadingStore.prototype, 'record').mockRejectedValueOnce(new StorageQuotaError(new Error('full'), 'the article'));
    expect(await access.handle(record(1), page)).toMatchObject({ error: { code: 'quota-exceeded' } });
    vi.restoreAllMocks();
  });
});

describe('ReadingAccess retention', () => {
  it('runs at most once an hour on waking, at once when forced, and never removes saved articles', async () => {
    const { access, store, history, clock, lastRetention } = await setup();
    await access.handle(record(1), page);
    await access.handle(record(2), page);
    await access.handle(saveOf(2), page);
    clock.now += 40 * DAY;
    await access.handle(record(3), page);
    history.retention = '30d';
    expect(await access.applyRetention()).toBe(1);
    expect(lastRetention.at).toBe(clock.now);
    expect((await store.list({ limit: 10 })).map((a) => a.url).sort()).toEqual([sampleUrl(2), sampleUrl(3)].sort());

    clock.now += 31 * DAY;
    lastRetention.at = clock.now - RETENTION_INTERVAL_MS + 1000;
    expect(await access.applyRetention()).toBe(0);
    expect(await store.get(sampleUrl(3))).not.toBeNull();
    expect(await access.applyRetention(true)).toBe(1);
    expect(await store.get(sampleUrl(3))).toBeNull();
    expect((await store.get(sampleUrl(2)))?.saved).toBe(true);
  });
});
