import type { EntityType } from './types.ts';
import { runToEnd, type Steps } from '../scheduling/steps.ts';

/**
 * Names seen as entities in the training data ("Partai Demokrat", "Susilo Bambang Yudhoyono"), matched exactly in new
 * text. The tagger reads a match as a feature: it says where a known multi-word name starts and ends, which the
 * per-word features only guess. In training each sentence sees only the names from other parts of the data, so the
 * model learns how far a match can be trusted on text it has not seen.
 */
export interface KnownEntities {
  /** First word -> known names starting with it (as word arrays), longest first. */
  byFirstWord: Map<string, KnownName[]>;
}

/** A known name as words, and its type. */
export interface KnownName {
  readonly words: readonly string[];
  readonly type: EntityType;
}

/** What a caller that has looked a word up already knows: the known names it starts (`byFirstWord`). */
export interface KnownNameLookup {
  readonly knownNames: readonly KnownName[] | undefined;
}

/** Shipped form: per type, names joined by "|", words by " ". */
export type KnownEntitiesData = Record<EntityType, string>;

export function buildKnownEntities(data: KnownEntitiesData): KnownEntities {
  return runToEnd(buildKnownEntitiesInSteps(data));
}

/** Names indexed in one step of `buildKnownEntitiesInSteps`. */
const NAMES_PER_STEP = 500;

/** `buildKnownEntities`, yielding every NAMES_PER_STEP names. */
export function* buildKnownEntitiesInSteps(data: KnownEntitiesData): Steps<KnownEntities> {
  const byFirstWord = new Map<string, KnownName[]>();
  let count = 0;
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    for (const name of data[type].split('|')) {
      if (name === '') continue;
      const words = name.split(' ');
      let entries = byFirstWord.get(words[0]!);
      if (entries === undefined) byFirstWord.set(words[0]!, (entries = []));
      entries.push({ words, type });
      if (++count % NAMES_PER_STEP === 0) yield;
    }
  }
  for (const entries of byFirstWord.values()) entries.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/**
 * Marks ("B-PER", "I-ORG", ...) of the longest known names, left to right; null where no name matches.
 * `lookups[i]`, when given, holds the names of `known` that token i starts.
 */
export function markKnownEntities(words: readonly string[], known: KnownEntities, lookups?: ReadonlyArray<KnownNameLookup>): (string | null)[] {
  const marks = new Array<string | null>(words.length).fill(null);
  let i = 0;
  while (i < words.length) {
    const entries = lookups === undefined ? known.byFirstWord.get(words[i]!) : lookups[i]!.knownNames;
    let matched = 0;
    if (entries !== undefined) {
      for (const entry of entries) {
        const n = entry.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === entry.words[k];
        if (!ok) continue;
        for (let k = 0; k < n; k++) marks[i + k] = `${k === 0 ? 'B' : 'I'}-${entry.type}`;
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return marks;
}

/**
 * Collects the names of tagged sentences: each distinct name with the type it has most often, only names that start
 * with a capital or digit (lower-case spans are guideline quirks, not names).
 */
export function collectKnownEntities(sentences: readonly { words: readonly string[]; spans: readonly { start: number; end: number; type: EntityType }[] }[]): KnownEntitiesData {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const s of sentences) {
    for (const span of s.spans) {
      const name = s.words.slice(span.start, span.end).join(' ');
      if (!/^[\p{Lu}0-9]/u.test(name) || name.includes('|')) continue;
      let m = counts.get(name);
      if (m === undefined) counts.set(name, (m = new Map()));
      m.set(span.type, (m.get(span.type) ?? 0) + 1);
    }
  }
  const out: Record<EntityType, string[]> = { PER: [], LOC: [], ORG: [] };
  for (const name of [...counts.keys()].sort()) {
    let best: EntityType = 'PER';
    let bestCount = -1;
    for (const type of ['PER', 'LOC', 'ORG'] as const) {
      const c = counts.get(name)!.get(type) ?? 0;
      if (c > bestCount) [best, bestCount] = [type, c];
    }
    out[best].push(name);
  }
  return { PER: out.PER.join('|'), LOC: out.LOC.join('|'), ORG: out.ORG.join('|') };
}
