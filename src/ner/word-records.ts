/**
 * What tagging looks up for a word form, found with one lookup per token. The list phrases it can start, the known
 * names it starts, its style-cue hash, whether it starts like a name and its partial emission sums were each a lookup
 * of their own in their module's table, and together a third of recognising an article. News repeats its words, so
 * a word form's record is made once and found again by one probe.
 *
 * The table is probed with the token's place in the text, not a string: slicing every token out of the text and
 * hashing the new string cost more than the rest of the lookup (a fresh string's hash is computed on first use, and
 * Chromium's string hash is slower than this one over the few characters of a word).
 */
import { startsLikeName, type NameStartLookup } from './candidates.ts';
import { hashLowerCase, type StyleCueLookup } from './domain.ts';
import type { ScoreLookup } from './emissions.ts';
import { findPhrasesStartingWith, type GazetteerLookup, type GazetteerPhrase } from './gazetteer.ts';
import { hashRange } from './hash.ts';
import type { KnownEntities, KnownName } from './known-entities.ts';

export interface WordRecord extends GazetteerLookup, StyleCueLookup, NameStartLookup, ScoreLookup {
  /** The word form; the same string for every token of that form. */
  readonly word: string;
}

class FormRecord implements WordRecord {
  readonly phrases: readonly GazetteerPhrase[];
  readonly knownNames: readonly KnownName[] | undefined;
  readonly lowerHash: number;
  readonly startsLikeName: boolean;
  readonly scored: ScoreLookup['scored'] = [undefined, undefined];

  constructor(readonly word: string, known: KnownEntities) {
    this.phrases = findPhrasesStartingWith(word);
    this.knownNames = known.byFirstWord.get(word);
    this.lowerHash = hashLowerCase(word);
    this.startsLikeName = startsLikeName(word);
  }
}

/** A model's records by word form: open addressing over the forms' hashes, grown at half full. */
class RecordTable {
  private slots: Array<FormRecord | undefined> = new Array<FormRecord | undefined>(1024).fill(undefined);
  private size = 0;

  constructor(private readonly known: KnownEntities) {}

  /** The record of `text.slice(start, end)`, made if the form is new. */
  recordAt(text: string, start: number, end: number): WordRecord {
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hashRange(text, start, end) & mask;
    for (let record = this.slots[slot]; record !== undefined; record = this.slots[slot]) {
      if (record.word.length === length && text.startsWith(record.word, start)) return record;
      slot = (slot + 1) & mask;
    }
    const record = new FormRecord(text.slice(start, end), this.known);
    if (this.size >= RECORD_LIMIT) this.clear();
    else if (2 * (this.size + 1) > this.slots.length) this.grow();
    this.insert(record);
    return record;
  }

  private insert(record: FormRecord): void {
    const mask = this.slots.length - 1;
    let slot = hashRange(record.word, 0, record.word.length) & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = record;
    this.size++;
  }

  private grow(): void {
    const records = this.slots.filter((record): record is FormRecord => record !== undefined);
    this.slots = new Array<FormRecord | undefined>(this.slots.length * 2).fill(undefined);
    this.size = 0;
    for (const record of records) this.insert(record);
  }

  /** Bounded: a very long session starts over rather than keep every form it met, which changes no result. */
  private clear(): void {
    this.slots = new Array<FormRecord | undefined>(1024).fill(undefined);
    this.size = 0;
  }
}

const RECORD_LIMIT = 20_000;
const tables = new WeakMap<{ known: KnownEntities }, RecordTable>();

function tableOf(model: { known: KnownEntities }): RecordTable {
  let table = tables.get(model);
  if (table === undefined) tables.set(model, (table = new RecordTable(model.known)));
  return table;
}

/** The record of each token of `text` given as offsets (`tokenOffsets`), for a model with known names `model.known`. */
export function recordsAt(model: { known: KnownEntities }, text: string, offsets: ArrayLike<number>): WordRecord[] {
  const table = tableOf(model);
  const records = new Array<WordRecord>(offsets.length / 2);
  for (let k = 0; k < records.length; k++) records[k] = table.recordAt(text, offsets[2 * k]!, offsets[2 * k + 1]!);
  return records;
}

/** The record of each of `words`. */
export function wordRecords(model: { known: KnownEntities }, words: readonly string[]): WordRecord[] {
  const table = tableOf(model);
  return words.map((word) => table.recordAt(word, 0, word.length));
}
