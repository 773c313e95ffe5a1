/**
 * The search index kept across restarts of the background, as a snapshot and a write-ahead journal. Recording an
 * article (or a highlight) stores its journal entry in the same IndexedDB transaction as the document, and updates
 * the index in memory; the snapshot (the index's JSON) is rewritten only now and then (`shouldCompact`), together
 * with trimming the journal. On wake the snapshot is loaded and the journal entries after it are replayed, reading
 * those documents again; the index is rebuilt from every document only when there is no usable snapshot.
 *
 * Pure over the functions it is given: the IndexedDB side (src/reading/) supplies the documents and stores what
 * `toSnapshot` returns.
 */

import { TERM_PIPELINE_VERSION } from './indonesian-terms.ts';
import { ReadingSearch, type DocumentKind, type SearchDocument } from './reading-search.ts';

/**
 * Version of a snapshot: its layout (fields, stored fields, MiniSearch's JSON) times 1000, plus the term pipeline's
 * version, since a snapshot made with other terms would no longer match the queries. A snapshot of another version
 * is rebuilt.
 */
export const SNAPSHOT_VERSION = 1 * 1000 + TERM_PIPELINE_VERSION;

/** Journal entries after which the snapshot is rewritten: replaying 200 articles on wake takes well under a second. */
export const COMPACT_AFTER = 200;

export interface SearchSnapshot {
  readonly version: number;
  /** The index as ReadingSearch.toJSON wrote it. */
  readonly json: string;
  /** The last journal sequence number the index contains; later entries are replayed over it. */
  readonly journalUpTo: number;
}

/** One change to the indexed documents, in the order they were made (`seq` increasing). */
export interface JournalEntry {
  readonly seq: number;
  readonly op: 'put' | 'delete';
  readonly kind: DocumentKind;
  readonly id: string;
}

export interface RestoreResult {
  readonly search: ReadingSearch;
  /** The last journal sequence number the index now contains (a new snapshot records it). */
  readonly journalUpTo: number;
  /** Whether the index was rebuilt from every document (then a new snapshot should be written at once). */
  readonly rebuilt: boolean;
  /** Journal entries applied over the snapshot (after merging those for the same document). */
  readonly replayed: number;
}

export function toSnapshot(search: ReadingSearch, journalUpTo: number): SearchSnapshot {
  return { version: SNAPSHOT_VERSION, json: search.toJSON(), journalUpTo };
}

export function shouldCompact(journalLength: number): boolean {
  return journalLength >= COMPACT_AFTER;
}

/**
 * The index as it was: the snapshot when its version is this one, with the journal entries after it replayed in
 * order; only for each document its latest entry counts, and a `put` whose document is gone removes it. Replaying
 * entries the snapshot already holds changes nothing (a put replaces, a delete of nothing does nothing). Without a
 * usable snapshot (none, another version, unreadable JSON), every document from `rebuildAll`.
 */
export async function restore(
  snapshot: SearchSnapshot | null,
  journal: readonly JournalEntry[],
  loadDoc: (kind: DocumentKind, id: string) => Promise<SearchDocument | null>,
  rebuildAll: () => AsyncIterable<SearchDocument>,
): Promise<RestoreResult> {
  const lastSeq = journal.reduce((max, e) => Math.max(max, e.seq), snapshot?.journalUpTo ?? 0);
  const loaded = snapshot !== null && snapshot.version === SNAPSHOT_VERSION ? parse(snapshot.json) : null;

  if (loaded === null) {
    const search = new ReadingSearch();
    for await (const doc of rebuildAll()) search.put(doc);
    return { search, journalUpTo: lastSeq, rebuilt: true, replayed: 0 };
  }

  const latest = new Map<string, JournalEntry>();
  for (const entry of [...journal].sort((a, b) => a.seq - b.seq)) {
    if (entry.seq <= snapshot!.journalUpTo) continue;
    latest.delete(entry.id); // keep the map in the order of each document's latest entry
    latest.set(entry.id, entry);
  }
  for (const entry of latest.values()) {
    const doc = entry.op === 'put' ? await loadDoc(entry.kind, entry.id) : null;
    if (doc === null) loaded.remove(entry.id);
    else loaded.put(doc);
  }
  return { search: loaded, journalUpTo: lastSeq, rebuilt: false, replayed: latest.size };
}

function parse(json: string): ReadingSearch | null {
  try {
    return ReadingSearch.fromJSON(json);
  } catch {
    return null;
  }
}
