/**
 * Per-entity summaries of the reading memory: for each entity key (`entityKey`, as an article stores it) how many
 * articles name it, how often, in which forms, since and until when, in which weeks, and the links its articles make
 * to full names and abbreviations. They are kept in the `entitySummaries` store, changed in the same transaction as
 * every write of an article (src/reading/reading-store.ts) and built from the articles by the version-5 migration
 * (src/notes/store.ts), so an entity's page, the entity list and the reader panel's counts read a summary instead of
 * every article that names the entity.
 *
 * Summaries are per raw key, never per merged entity: whether "Prabowo" is Prabowo Subianto depends on every article
 * read (src/reading/entity-key.ts), and an article read later can change it. Merging happens when reading, over a
 * bounded set: an entity's own key and its short forms' (the words of a person's name, the abbreviations its
 * articles introduced). A summary carries what that needs: an abbreviation's full names and a full name's
 * abbreviations (`fullNames`, `abbreviations`), so that "is this abbreviation short for one name, and which" is one
 * `get`; the full names a one-word person may be short for are one range of the `personWords` store (each word of
 * each person named in several words, written when the person's summary is made or goes, `personWordEntries`); and the articles a short form shares with each full name it is a short
 * form of in the same article (`alongside`), so that such an article is counted once when merged. A word of a
 * person's name has no summary of its own unless an article names it alone: recording an article writes the
 * summaries of its own entities and of the abbreviations it introduces, no more (about 48 an article rather than 70
 * with a row per name word, bench/reading/README.md).
 *
 * Everything in a summary is a sum over articles, so removing an article subtracts exactly what recording it added;
 * only the first and last seen (a minimum and a maximum) are looked up again, from the articles' indexes, when the
 * article removed held them.
 */

import type { EntityType } from '../ner/index.ts';
import type { ArticleEntity } from './article-record.ts';
import { linksOf, personWords, typeOfKey } from './entity-key.ts';

/** Articles sharing a short form and one of its full names, as counted in the short form's summary. */
export interface SharedArticles {
  articles: number;
  /** By week (its Monday, YYYY-MM-DD). */
  weeks: Record<string, number>;
}

/** `entitySummaries`: one entity key across every article recorded. */
export interface EntitySummary {
  key: string;
  type: EntityType;
  /** Articles naming it; 0 for a key that is only a word or abbreviation other articles link (`fullNames`). */
  articleCount: number;
  mentionCount: number;
  /** Every form written, with its mentions. */
  names: Record<string, number>;
  /** Earliest first reading of an article naming it ('' when none does). */
  firstSeen: string;
  /** Latest reading of an article naming it ('' when none does). */
  lastSeen: string;
  /** Articles by week of publication (the first reading's when the page gave no date), keyed by the week's Monday. */
  weeks: Record<string, number>;
  /** For an abbreviation: the full names articles introduced it after, in brackets, with how many articles did. */
  fullNames: Record<string, number>;
  /** Abbreviations articles introduced for this key in brackets, with how many articles did. */
  abbreviations: Record<string, number>;
  /** For a short form: articles naming it and also the full name it is a short form of in that very article. */
  alongside: Record<string, SharedArticles>;
  /**
   * Minus `articleCount`, while it is above 0: the `listRank` index ([type, listRank, key]) reads most articles first in
   * the ascending order every browser's `getAll` reads in, one bounded request a page of the entity list.
   */
  listRank?: number;
}

/** What an article contributes to the summaries: the fields of its record they are made from. */
export interface SummarisedArticle {
  url: string;
  published: string | null;
  firstReadAt: string;
  lastReadAt: string;
  entities: readonly ArticleEntity[];
}

/** The Monday (YYYY-MM-DD) of the ISO week of a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(y, m - 1, d);
  return new Date(time - ((new Date(time).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

/** The week an article counts in: the date as written (a Kompas date is WIB's), else the first reading's. */
export function articleWeek(article: Pick<SummarisedArticle, 'published' | 'firstReadAt'>): string {
  return mondayOf((article.published ?? article.firstReadAt).slice(0, 10));
}

/** A change to one summary: signed sums, and the readings added and removed (for the first and last seen). */
interface SummaryDelta {
  articles: number;
  mentions: number;
  names: Map<string, number>;
  weeks: Map<string, number>;
  fullNames: Map<string, number>;
  abbreviations: Map<string, number>;
  alongside: Map<string, { articles: number; weeks: Map<string, number> }>;
  addedFirst: string;
  addedLast: string;
  /** A removed article may have held the first or last seen. */
  removedEdge: { first: string; last: string } | null;
}

const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Changes to the summaries, gathered in memory over any number of articles added and removed, then applied one
 * summary at a time (`apply`). Adding an article and removing its earlier record cancel out where they agree.
 */
export class SummaryChanges {
  readonly deltas = new Map<string, SummaryDelta>();

  private delta(key: string): SummaryDelta {
    let d = this.deltas.get(key);
    if (!d) {
      this.deltas.set(
        key,
        (d = {
          articles: 0, mentions: 0, names: new Map(), weeks: new Map(), fullNames: new Map(), abbreviations: new Map(),
          alongside: new Map(), addedFirst: '', addedLast: '', removedEdge: null,
        }),
      );
    }
    return d;
  }

  add(article: SummarisedArticle): void {
    this.change(article, 1);
  }

  remove(article: SummarisedArticle): void {
    this.change(article, -1);
  }

  private change(article: SummarisedArticle, sign: 1 | -1): void {
    const week = articleWeek(article);
    const keys = new Set<string>();
    for (const e of article.entities) {
      const d = this.delta(e.key);
      if (!keys.has(e.key)) {
        keys.add(e.key);
        d.articles += sign;
        bump(d.weeks, week, sign);
        if (sign > 0) {
          if (d.addedFirst === '' || article.firstReadAt < d.addedFirst) d.addedFirst = article.firstReadAt;
          if (article.lastReadAt > d.addedLast) d.addedLast = article.lastReadAt;
        } else {
          const edge = (d.removedEdge ??= { first: article.firstReadAt, last: article.lastReadAt });
          if (article.firstReadAt < edge.first) edge.first = article.firstReadAt;
          if (article.lastReadAt > edge.last) edge.last = article.lastReadAt;
        }
      }
      d.mentions += sign * e.count;
      bump(d.names, e.name, sign * e.count);
    }
    const linked = new Set<string>();
    for (const link of linksOf(article.entities)) {
      // A word of a person's name is found by the `personWords` index: it only counts the articles shared with the
      // name, and only when the article names the word alone too.
      if (link.kind === 'w' && !keys.has(link.from)) continue;
      const id = `${link.kind}\u0000${link.from}\u0000${link.to}`;
      if (linked.has(id)) continue;
      linked.add(id);
      const d = this.delta(link.from);
      if (link.kind === 'A') {
        bump(d.abbreviations, link.to, sign);
        continue;
      }
      if (link.kind === 'a') bump(d.fullNames, link.to, sign);
      if (keys.has(link.from) && keys.has(link.to)) {
        let shared = d.alongside.get(link.to);
        if (!shared) d.alongside.set(link.to, (shared = { articles: 0, weeks: new Map() }));
        shared.articles += sign;
        bump(shared.weeks, week, sign);
      }
    }
  }
}

function addInto(record: Record<string, number>, changes: ReadonlyMap<string, number>): void {
  for (const [key, by] of changes) {
    if (by === 0) continue;
    const value = (record[key] ?? 0) + by;
    if (value > 0) record[key] = value;
    else delete record[key];
  }
}

export function emptySummary(key: string): EntitySummary {
  return {
    key, type: typeOfKey(key), articleCount: 0, mentionCount: 0, names: {}, firstSeen: '', lastSeen: '', weeks: {},
    fullNames: {}, abbreviations: {}, alongside: {},
  };
}

/** `personWords`: a word of the name of a person named in several words, with the person's key. */
export interface PersonWord {
  word: string;
  key: string;
}

/**
 * The `personWords` entries of a summary's key: one a word when it is a person named in several words, else none.
 * A store of their own rather than an index over the summaries: an index entry is written again with every put of its
 * record (each summary, each article), these only when a person's summary is made or goes.
 */
export function personWordEntries(key: string): PersonWord[] {
  return personWords(key).map((word) => ({ word, key }));
}

/** The range of the `personWords` entries of `word`. */
export function wordRange(word: string): IDBKeyRange {
  return IDBKeyRange.bound([word], [word, []]);
}

/** The outcome of applying a change to one summary. */
export interface AppliedSummary {
  /** The new summary; null when nothing is left of it (delete it). */
  summary: EntitySummary | null;
  /** An article removed held its first or last seen: look them up again once the articles are written. */
  edgesStale: boolean;
}

/** Applies `delta` to the summary stored for `key` (undefined when none is). */
export function applyChange(changes: SummaryChanges, key: string, current: EntitySummary | undefined): AppliedSummary {
  const d = changes.deltas.get(key)!;
  const next: EntitySummary = current ? structuredCloneSummary(current) : emptySummary(key);
  next.articleCount += d.articles;
  next.mentionCount += d.mentions;
  addInto(next.names, d.names);
  addInto(next.weeks, d.weeks);
  addInto(next.fullNames, d.fullNames);
  addInto(next.abbreviations, d.abbreviations);
  for (const [full, shared] of d.alongside) {
    const known = next.alongside[full] ?? { articles: 0, weeks: {} };
    known.articles += shared.articles;
    addInto(known.weeks, shared.weeks);
    if (known.articles > 0) next.alongside[full] = known;
    else delete next.alongside[full];
  }
  let edgesStale = false;
  if (next.articleCount <= 0) {
    next.articleCount = 0;
    next.firstSeen = next.lastSeen = '';
    delete next.listRank;
  } else {
    next.listRank = -next.articleCount;
    // A removed article that held the first (last) seen leaves it unknown, unless an article added is at least as
    // early (late): everything else is later (earlier) than the old value.
    const removed = d.removedEdge;
    if (removed !== null && current !== undefined) {
      const firstGone = removed.first <= current.firstSeen && !(d.addedFirst !== '' && d.addedFirst <= current.firstSeen);
      const lastGone = removed.last >= current.lastSeen && !(d.addedLast !== '' && d.addedLast >= current.lastSeen);
      edgesStale = firstGone || lastGone;
    }
    if (d.addedFirst !== '' && (next.firstSeen === '' || d.addedFirst < next.firstSeen)) next.firstSeen = d.addedFirst;
    if (d.addedLast > next.lastSeen) next.lastSeen = d.addedLast;
  }
  const empty = next.articleCount === 0 && Object.keys(next.fullNames).length === 0 && Object.keys(next.abbreviations).length === 0;
  return { summary: empty ? null : next, edgesStale: edgesStale && !empty };
}

function structuredCloneSummary(s: EntitySummary): EntitySummary {
  const alongside: Record<string, SharedArticles> = {};
  for (const [key, shared] of Object.entries(s.alongside)) alongside[key] = { articles: shared.articles, weeks: { ...shared.weeks } };
  return {
    ...s, names: { ...s.names }, weeks: { ...s.weeks }, fullNames: { ...s.fullNames }, abbreviations: { ...s.abbreviations }, alongside,
  };
}

/** The keys whose summaries an article's entities change: their own, and the abbreviations they introduce. */
export function summaryKeysOf(entities: readonly ArticleEntity[]): Set<string> {
  const keys = new Set(entities.map((e) => e.key));
  for (const link of linksOf(entities)) if (link.kind === 'a') keys.add(link.from);
  return keys;
}

/** Every summary of `articles` from nothing (the migration, and tests' reference). */
export function summariesOf(articles: Iterable<SummarisedArticle>): EntitySummary[] {
  const changes = new SummaryChanges();
  for (const article of articles) changes.add(article);
  const summaries: EntitySummary[] = [];
  for (const key of changes.deltas.keys()) {
    const { summary } = applyChange(changes, key, undefined);
    if (summary) summaries.push(summary);
  }
  return summaries;
}

/** The index entries an article record carries for its entities: by latest and by first reading. */
export function entityReadingKeys(article: Pick<SummarisedArticle, 'firstReadAt' | 'lastReadAt'> & { entityKeys: readonly string[] }): {
  entityLastRead: Array<[string, string]>;
  entityFirstRead: Array<[string, string]>;
} {
  return {
    entityLastRead: article.entityKeys.map((key) => [key, article.lastReadAt]),
    entityFirstRead: article.entityKeys.map((key) => [key, article.firstReadAt]),
  };
}

/** The range of an entity's entries in `entityLastRead` or `entityFirstRead`. */
export function entityRange(key: string): IDBKeyRange {
  // [key] sorts before [key, anything], and [key, []] after every [key, string].
  return IDBKeyRange.bound([key], [key, []]);
}
