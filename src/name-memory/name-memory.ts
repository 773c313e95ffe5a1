/**
 * Names remembered from articles read before, so a later article finds a name (and, through propagation, its short
 * forms) without the title that introduced it. The memory is bounded and ages: it keeps at most `maxNames` names,
 * dropping the least recently seen first, and forgets a name not seen for `forgetAfterMs` (180 days: a minister or
 * suspect of this season's news is still written about months later, last year's mostly not).
 *
 * This is the memory itself, in plain data: the extension's background keeps it in IndexedDB (name-store.ts), the
 * command line in memory for one run. Both look names up and remember them through this class.
 */
import type { ArticleMemory, ArticleName } from '../entities/article.ts';
import { isWordCharacter } from '../ner/tokenizer.ts';

/** A remembered name as stored. */
export interface RememberedName extends ArticleName {
  /** In how many articles it was seen with the evidence the remembering rule asks for (remembering-rule.ts). */
  count: number;
  /** When it was last seen so, in milliseconds since the epoch. */
  lastSeen: number;
}

export interface MemoryLimits {
  maxNames: number;
  forgetAfterMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { maxNames: 5000, forgetAfterMs: 180 * DAY_MS };

/** Longer than any name: a run of text this long is not one. */
const MAX_NAME_LENGTH = 120;
/** Two or more words, each capitalised: "Purbaya Yudhi Sadewa", "Badan Gizi Nasional". */
const FULL_NAME = /^\p{Lu}[\p{L}\p{N}.'&-]*(?: \p{Lu}[\p{L}\p{N}.'&-]*)+$/u;
/** An abbreviation in capitals of two letters or more, maybe with digits or a hyphen: "BGN", "PDI-P". */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u;
/** The first word of a name, as the lookup indexes it: its first run of letters and digits. */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const CAPITAL = /^\p{Lu}$/u;
/** Whether the character code is a capital letter: ASCII at once, the rest by its Unicode category. */
const isCapital = (code: number): boolean => (code >= 65 && code <= 90) || (code > 127 && CAPITAL.test(String.fromCharCode(code)));
const ENTITY_TYPES: readonly string[] = ['PER', 'LOC', 'ORG'];

/** A full name of two or more capitalised words. */
export const isFullName = (name: string): boolean => name.length <= MAX_NAME_LENGTH && FULL_NAME.test(name);

/** An abbreviation of two or more capitals. */
export const isAbbreviation = (name: string): boolean => name.length <= MAX_NAME_LENGTH && ABBREVIATION.test(name);

/**
 * What the memory may hold: a full name or an abbreviation, never a lower-case word nor a single letter, so a
 * remembered name cannot make an ordinary word a name.
 */
export function isRememberable(value: unknown): value is ArticleName {
  if (typeof value !== 'object' || value === null) return false;
  const { name, type } = value as { name?: unknown; type?: unknown };
  return typeof name === 'string' && typeof type === 'string' && ENTITY_TYPES.includes(type)
    && (isFullName(name) || isAbbreviation(name));
}

/** What a change to the memory wrote and dropped: what a store must save. */
export interface MemoryChange {
  saved: RememberedName[];
  forgotten: string[];
}

export class NameMemory {
  /**
   * The names, least recently seen first: a name seen again moves to the end, so the bound drops names from the front
   * without sorting the memory on every article.
   */
  private readonly names = new Map<string, RememberedName>();
  /** First word -> names starting with it, longest first; kept in step as names come and go. */
  private byFirstWord: Map<string, RememberedName[]> | null = null;

  constructor(records: readonly RememberedName[] = [], private readonly limits: MemoryLimits = DEFAULT_MEMORY_LIMITS) {
    const kept = records.filter((record) => isRememberable(record)).sort((a, b) => a.lastSeen - b.lastSeen);
    for (const record of kept) this.names.set(record.name, { ...record });
  }

  get size(): number {
    return this.names.size;
  }

  records(): RememberedName[] {
    return [...this.names.values()].map((record) => ({ ...record }));
  }

  /**
   * Counts one more sighting of each of `names` at `now` (a name seen again takes the type it was seen with last),
   * then forgets names too old and, over the bound, the least recently seen.
   */
  remember(names: readonly ArticleName[], now: number): MemoryChange {
    const saved = new Map<string, RememberedName>();
    for (const { name, type } of names) {
      if (!isRememberable({ name, type }) || saved.has(name)) continue;
      const known = this.names.get(name);
      // The same record object stays in the index; only its place in the order changes.
      const record = known ?? { name, type, count: 0, lastSeen: now };
      record.type = type;
      record.count += 1;
      record.lastSeen = now;
      this.names.delete(name);
      this.names.set(name, record);
      if (!known) this.addToIndex(record);
      saved.set(name, record);
    }
    const forgotten = this.forgetOld(now);
    while (this.names.size > this.limits.maxNames) {
      const oldest = this.names.values().next().value!;
      this.names.delete(oldest.name);
      this.removeFromIndex(oldest);
      saved.delete(oldest.name);
      forgotten.push(oldest.name);
    }
    return { saved: [...saved.values()].map((record) => ({ ...record })), forgotten };
  }

  /** Forgets the names not seen for the memory's age limit; returns them. */
  forgetOld(now: number): string[] {
    const forgotten: string[] = [];
    for (const record of this.names.values()) {
      if (now - record.lastSeen > this.limits.forgetAfterMs) forgotten.push(record.name);
    }
    for (const name of forgotten) {
      this.removeFromIndex(this.names.get(name)!);
      this.names.delete(name);
    }
    return forgotten;
  }

  clear(): void {
    this.names.clear();
    this.byFirstWord = null;
  }

  /**
   * The remembered names (not yet too old at `now`) that `texts` write exactly, as whole words. Each capitalised
   * word of the texts is looked up by itself, so the cost follows the texts' length, not the memory's size.
   */
  namesIn(texts: readonly string[], now: number): ArticleName[] {
    const index = this.index();
    const found = new Map<string, ArticleName>();
    for (const text of texts) {
      // Word by word over character codes, as the tokenizer reads words: most words are lower case and skipped at
      // their first letter, without a string being made of them.
      for (let at = 0; at < text.length;) {
        if (!isWordCharacter(text.charCodeAt(at))) {
          at++;
          continue;
        }
        const start = at;
        while (at < text.length && isWordCharacter(text.charCodeAt(at))) at++;
        if (!isCapital(text.charCodeAt(start))) continue;
        for (const record of index.get(text.slice(start, at)) ?? []) {
          const end = start + record.name.length;
          if (found.has(record.name) || now - record.lastSeen > this.limits.forgetAfterMs) continue;
          if (text.startsWith(record.name, start) && !(end < text.length && isWordCharacter(text.charCodeAt(end)))) {
            found.set(record.name, { name: record.name, type: record.type });
          }
        }
      }
    }
    return [...found.values()];
  }

  private addToIndex(record: RememberedName): void {
    if (this.byFirstWord === null) return;
    const first = FIRST_WORD.exec(record.name)![0];
    const list = this.byFirstWord.get(first) ?? [];
    const at = list.findIndex((other) => other.name.length < record.name.length);
    list.splice(at < 0 ? list.length : at, 0, record);
    this.byFirstWord.set(first, list);
  }

  private removeFromIndex(record: RememberedName): void {
    if (this.byFirstWord === null) return;
    const first = FIRST_WORD.exec(record.name)![0];
    const list = this.byFirstWord.get(first)?.filter((other) => other !== record) ?? [];
    if (list.length > 0) this.byFirstWord.set(first, list);
    else this.byFirstWord.delete(first);
  }

  private index(): Map<string, RememberedName[]> {
    if (this.byFirstWord !== null) return this.byFirstWord;
    const index = new Map<string, RememberedName[]>();
    for (const record of [...this.names.values()].sort((a, b) => b.name.length - a.name.length)) {
      const first = FIRST_WORD.exec(record.name)![0];
      const list = index.get(first);
      if (list === undefined) index.set(first, [record]);
      else list.push(record);
    }
    this.byFirstWord = index;
    return index;
  }
}

/**
 * `memory` as an article reads it (article.ts), every sighting at `now`: the command line and the benchmark carry
 * names from article to article in file order this way.
 */
export function articleMemoryOf(memory: NameMemory, now: () => number = Date.now): ArticleMemory {
  return {
    recall: (paragraphs) => memory.namesIn(paragraphs, now()),
    remember: (names) => void memory.remember(names, now()),
  };
}
