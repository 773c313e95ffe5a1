/**
 * The name memory's database: IndexedDB in the extension's origin, a database of its own beside the notes', opened
 * only by the background. The background loads it into a `NameMemory` when a page first asks, and writes back what
 * each `remember()` saved and forgot, in one transaction, so the stored names follow the memory's bounds.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { NameMemory, isRememberable, type MemoryChange, type MemoryLimits, type RememberedName } from './name-memory.ts';

export const NAMES_DB_NAME = 'teman-baca-names';

/**
 * Schema history; `openNamesDb` runs each step from the stored version up.
 * 1. Store `names`, keyed by `name`: one `RememberedName` each.
 */
export const NAMES_DB_VERSION = 1;

interface NamesDbSchema extends DBSchema {
  names: { key: string; value: RememberedName };
}

export type NamesDb = IDBPDatabase<NamesDbSchema>;

/** `UPGRADES[v]` takes the database from version v - 1 to v. */
const UPGRADES: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('names', { keyPath: 'name' });
  },
};

/** Opens (creating or upgrading) the names database; `factory` is a fresh fake-indexeddb `IDBFactory` in tests. */
export async function openNamesDb(factory: IDBFactory = indexedDB): Promise<NamesDb> {
  const request = factory.open(NAMES_DB_NAME, NAMES_DB_VERSION);
  request.onupgradeneeded = (event) => {
    for (let version = event.oldVersion + 1; version <= NAMES_DB_VERSION; version++) UPGRADES[version]!(request.result);
  };
  const db = (await wrap(request)) as unknown as NamesDb;
  // Another of the extension's pages upgrading the schema: step aside rather than block it.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

const isRememberedName = (value: unknown): value is RememberedName => {
  if (!isRememberable(value)) return false;
  const { count, lastSeen } = value as { count?: unknown; lastSeen?: unknown };
  return typeof count === 'number' && Number.isInteger(count) && count > 0 && typeof lastSeen === 'number' && Number.isFinite(lastSeen);
};

export class NameStore {
  constructor(private readonly db: NamesDb) {}

  /**
   * The stored names as a memory under `limits`, already aged at `now`: names too old, and any over the bound (the
   * limits may have shrunk since they were stored), are dropped from the database too. Malformed records are skipped.
   */
  async load(now: number, limits?: MemoryLimits): Promise<NameMemory> {
    const records = (await this.db.getAll('names')).filter(isRememberedName);
    const memory = new NameMemory(records, limits);
    const change = memory.remember([], now);
    await this.save(change);
    return memory;
  }

  /** Writes what a change to the memory saved and forgot, in one transaction. */
  async save(change: MemoryChange): Promise<void> {
    if (change.saved.length === 0 && change.forgotten.length === 0) return;
    const tx = this.db.transaction('names', 'readwrite');
    await Promise.all([
      ...change.saved.map((record) => tx.store.put(record)),
      ...change.forgotten.map((name) => tx.store.delete(name)),
      tx.done,
    ]);
  }

  async clear(): Promise<void> {
    await this.db.clear('names');
  }

  close(): void {
    this.db.close();
  }
}
