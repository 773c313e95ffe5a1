import 'fake-indexeddb/auto'; // idb recognises requests by the global IDB classes; each test still gets its own factory
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NameStore, openNamesDb } from './name-store.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 0, 10);
const DADAN = { name: 'Dadan Hindayana', type: 'PER' as const };
const BGN = { name: 'Badan Gizi Nasional', type: 'ORG' as const };

const sorted = <T extends { name: string }>(records: T[]) => [...records].sort((a, b) => a.name.localeCompare(b.name));

describe('the names database', () => {
  it('keeps what remember() saved across a reopening, counts included', async () => {
    const factory = new IDBFactory();
    const first = new NameStore(await openNamesDb(factory));
    const memory = await first.load(NOW);
    await first.save(memory.remember([DADAN, BGN], NOW));
    await first.save(memory.remember([DADAN], NOW + DAY));
    first.close();

    const again = await new NameStore(await openNamesDb(factory)).load(NOW + 2 * DAY);
    expect(sorted(again.records())).toEqual([
      { ...BGN, count: 1, lastSeen: NOW },
      { ...DADAN, count: 2, lastSeen: NOW + DAY },
    ]);
    expect(again.namesIn(['Kata  Dadan Hindayana  hari ini.'], NOW + 2 * DAY)).toEqual([DADAN]);
  });

  it('deletes from the database what the memory drops over its bound, and what it forgets with age', async () => {
    const factory = new IDBFactory();
    const store = new NameStore(await openNamesDb(factory));
    const limits = { maxNames: 2, forgetAfterMs: 10 * DAY };
    const memory = await store.load(NOW, limits);
    await store.save(memory.remember([{ name: 'Ahmad Sahroni', type: 'PER' }], NOW));
    await store.save(memory.remember([DADAN], NOW + DAY));
    await store.save(memory.remember([BGN], NOW + 2 * DAY));
    store.close();
    const reopened = new NameStore(await openNamesDb(factory));
    expect(sorted((await reopened.load(NOW + 2 * DAY, limits)).records()).map((record) => record.name))
      .toEqual(['Badan Gizi Nasional', 'Dadan Hindayana']);
    // Loading ages the stored names: eleven days after Dadan was last seen, only the Badan is left, on disk too.
    expect((await reopened.load(NOW + 12 * DAY, limits)).records().map((record) => record.name)).toEqual(['Badan Gizi Nasional']);
    expect((await reopened.load(NOW + 2 * DAY, limits)).records().map((record) => record.name)).toEqual(['Badan Gizi Nasional']);
  });

  it('loads within a bound smaller than what is stored, and skips records the memory could not hold', async () => {
    const factory = new IDBFactory();
    const db = await openNamesDb(factory);
    await db.put('names', { ...DADAN, count: 1, lastSeen: NOW - DAY });
    await db.put('names', { ...BGN, count: 3, lastSeen: NOW });
    await db.put('names', { name: 'hadir di', type: 'PER', count: 1, lastSeen: NOW });
    await db.put('names', { name: 'Joko Widodo', type: 'PER', count: 'many', lastSeen: NOW } as never);
    const memory = await new NameStore(db).load(NOW, { maxNames: 1, forgetAfterMs: 100 * DAY });
    expect(memory.records()).toEqual([{ ...BGN, count: 3, lastSeen: NOW }]);
    expect((await db.getAllKeys('names')).sort()).toEqual(['Badan Gizi Nasional', 'Joko Widodo', 'hadir di']);
  });

  it('clears every name', async () => {
    const factory = new IDBFactory();
    const store = new NameStore(await openNamesDb(factory));
    await store.save((await store.load(NOW)).remember([DADAN, BGN], NOW));
    await store.clear();
    store.close();
    expect((await new NameStore(await openNamesDb(factory)).load(NOW)).size).toBe(0);
  });
});
