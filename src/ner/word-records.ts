/**
 * What tagging looks up for a word form, found with one lookup per token. The list phrases it can start, the known
 * names it starts, its style-cue hash, whether it starts like a name and its partial emission sums each used to be
 * a lookup of their own in their module's table; on a page every lookup is a hash-table probe that often misses the
 * processor's caches, and together they were a third of recognising an article. News repeats its words, so a word
 * form's record is made once and found again by one probe.
 */
import { startsLikeName, type NameStartLookup } from './candidates.ts';
import { lowerHash, type StyleCueLookup } from './domain.ts';
import type { ScoreLookup } from './emissions.ts';
import { phrasesStartingWith, type GazetteerLookup, type GazetteerPhrase } from './gazetteer.ts';
import type { KnownEntities, KnownName } from './known-entities.ts';

export interface WordRecord extends GazetteerLookup, StyleCueLookup, NameStartLookup, ScoreLookup {}

class FormRecord implements WordRecord {
  readonly phrases: readonly GazetteerPhrase[];
  readonly knownNames: readonly KnownName[] | undefined;
  readonly lowerHash: number;
  readonly startsLikeName: boolean;
  readonly scored: ScoreLookup['scored'] = [undefined, undefined];

  constructor(word: string, known: KnownEntities) {
    this.phrases = phrasesStartingWith(word);
    this.knownNames = known.byFirstWord.get(word);
    this.lowerHash = lowerHash(word);
    this.startsLikeName = startsLikeName(word);
  }
}

/** Records are kept per model (the known names and partial sums are the model's); bounded, cleared when full. */
const recordsByModel = new WeakMap<{ known: KnownEntities }, Map<string, WordRecord>>();
const RECORD_LIMIT = 20_000;

/** The record of each of `words`, for a model with known names `model.known`. */
export function wordRecords(model: { known: KnownEntities }, words: readonly string[]): WordRecord[] {
  let table = recordsByModel.get(model);
  if (table === undefined) recordsByModel.set(model, (table = new Map()));
  const records = new Array<WordRecord>(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let record = table.get(word);
    if (record === undefined) {
      if (table.size >= RECORD_LIMIT) table.clear();
      record = new FormRecord(word, model.known);
      table.set(word, record);
    }
    records[i] = record;
  }
  return records;
}
