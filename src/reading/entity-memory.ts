/**
 * People, places and organisations across everything read: the library's entity list and an entity's page, and the
 * reader panel's "di N artikel lain yang kamu baca", with short forms and abbreviations merged into their full names
 * as src/reading/entity-key.ts defines.
 *
 * Cost: none of them grows with the articles naming an entity. Each reads the per-key summaries
 * (src/reading/entity-summary.ts, kept up to date with every write of an article): an entity's page and the counts
 * `get` the summaries of the entity's key and its short forms', the page then its newest `PAGE_ARTICLES` articles by
 * one bounded range of the `entityLastRead` index; a page of the list (`listPage`) reads its summaries by the
 * `listRank` index, and only the whole list (`list`) reads every summary. Before the summaries, in real Chromium at
 * 10,000 articles, a page for an entity named in 9,000 of them took 90-140 ms (p95) and the list 1.7-1.9 s; the whole
 * list from the summaries takes 0.35-0.9 s, a page of 200 of each type well under 100 ms (bench/reading/README.md).
 */

import type { EntityType } from '../ner/index.ts';
import type { Highlight } from '../notes/highlight.ts';
import { fold, searchWords } from '../notes/search-terms.ts';
import type { NotesDb, StoredArticle } from '../notes/store.ts';
import type { ArticleRecord } from './article-record.ts';
import { aliasesOf, canonicalKey, entityKey, linksOf, MemoryLinks, personWords, typeOfKey, type LinkKind, type LinkSource } from './entity-key.ts';
import { entityRange, wordRange, type EntitySummary } from './entity-summary.ts';
import { listCursor, parseListCursor } from './entity-list-cursor.ts';

export { entityKey };

/** An entity across the articles read. */
export interface EntityAcross {
  /** Its key across articles (`entityKey`), the full name's when short forms merged in. */
  key: string;
  type: EntityType;
  /** The fullest form any article wrote. */
  name: string;
  /** Articles read that name it. */
  articleCount: number;
  /** Mentions in all of them. */
  mentionCount: number;
  /** ISO time of the first reading of an article naming it. */
  firstSeen: string;
  /** ISO time of the latest reading of an article naming it. */
  lastSeen: string;
}

/** Articles in one ISO week. */
export interface EntityWeek {
  /** ISO 8601 week, e.g. "2025-W03". */
  week: string;
  /** Its Monday, YYYY-MM-DD. */
  start: string;
  count: number;
}

/** An entity often named in the same articles ("sering disebut bersama"). */
export interface RelatedEntity {
  key: string;
  type: EntityType;
  name: string;
  /** Articles naming both. */
  sharedArticles: number;
}

export interface EntityPage {
  entity: EntityAcross;
  /** Every form the articles wrote it in, fullest first. */
  names: string[];
  /**
   * Its articles, latest reading first (records: metadata only): at most `PAGE_ARTICLES`, the newest; the entity's
   * `articleCount` says how many there are in all.
   */
  articles: ArticleRecord[];
  /** Articles per week by publication date (the reading date when the page gave none), oldest first, weeks with any. */
  timeline: EntityWeek[];
  /** At most `RELATED_LIMIT`, most shared articles first (among the articles listed). */
  related: RelatedEntity[];
  /** Highlights that mention it, newest change first. */
  highlights: Highlight[];
}

export const RELATED_LIMIT = 10;
/**
 * Most articles an entity's page reads. Beyond it the page lists the newest; the count, mentions, names, first and
 * last seen and the timeline still cover every article (from the summaries), while the related entities and the
 * highlights found by their article come from the ones listed.
 */
export const PAGE_ARTICLES = 100;
/**
 * Entities named with this one whose short forms are looked up before ranking. The rest are ranked by their own key:
 * a short form outside the most frequent twenty of the (at most `PAGE_ARTICLES`) articles read cannot lift its full
 * name into the first ten by much. Each lookup reads a summary or two; when they walked the links index, a hundred of
 * them were half an entity page's time in Chromium.
 */
const RESOLVE_LIMIT = 20;

/** An abbreviation as written: capitals (two or more), digits, hyphens. Only these can be introduced in brackets. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}.&-]*\p{Lu}[\p{Lu}\p{N}.&-]*$/u;

function plain(record: StoredArticle | ArticleRecord): ArticleRecord {
  const { entityLastRead: _last, entityFirstRead: _first, savedAt: _savedAt, ...article } = record as StoredArticle;
  return article;
}

const wordCount = (name: string) => name.split(' ').length;

/** Fullest first: more words, then longer, then more mentions, then alphabetical. */
function byFullness(mentions: ReadonlyMap<string, number>) {
  return (a: string, b: string) =>
    wordCount(b) - wordCount(a) || b.length - a.length || (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sums an entity's readings, its short forms' included. */
class Tally {
  articles = new Set<string>();
  mentions = 0;
  firstSeen = '';
  lastSeen = '';
  readonly names = new Map<string, number>();

  constructor(readonly key: string) {}

  add(article: ArticleRecord, name: string, count: number): void {
    this.articles.add(article.url);
    this.mentions += count;
    this.names.set(name, (this.names.get(name) ?? 0) + count);
    if (this.firstSeen === '' || article.firstReadAt < this.firstSeen) this.firstSeen = article.firstReadAt;
    if (article.lastReadAt > this.lastSeen) this.lastSeen = article.lastReadAt;
  }

  namesByFullness(): string[] {
    return [...this.names.keys()].sort(byFullness(this.names));
  }

  entity(): EntityAcross {
    return {
      key: this.key,
      type: typeOfKey(this.key),
      name: this.namesByFullness()[0]!,
      articleCount: this.articles.size,
      mentionCount: this.mentions,
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
    };
  }
}

export interface ListOptions {
  type?: EntityType;
}

/** A page of the entity list: one type's entities, most read about first. */
export interface EntityListPage {
  entities: EntityAcross[];
  /** Pass as `after` for the next page; null when there is no more. */
  next: string | null;
}

export interface EntityListPageOptions {
  type: EntityType;
  /** Entities on the page, at most. */
  limit: number;
  /** The `next` of the page before; the first page when absent. */
  after?: string;
}

/** Before `b` in the list's order: more articles, then by key. */
const listsBefore = (a: EntitySummary, b: EntitySummary) => a.articleCount > b.articleCount || (a.articleCount === b.articleCount && a.key < b.key);

/** Most articles first, then most mentions, then by name. */
const byWeight = (a: EntityAcross, b: EntityAcross) =>
  b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'id');

/**
 * Every entity of `source`, short forms merged, most read about first: from the database's summaries (one read of
 * the `entitySummaries` store), or from records already read.
 */
export async function listEntities(source: NotesDb | readonly ArticleRecord[], options: ListOptions = {}): Promise<EntityAcross[]> {
  if (!Array.isArray(source)) return listSummarised(await (source as NotesDb).getAll('entitySummaries'), options);
  const records = source as readonly ArticleRecord[];
  const links = new MemoryLinks(records.flatMap((r) => linksOf(r.entities)));
  const tallies = new Map<string, Tally>();
  for (const article of records) {
    for (const e of article.entities) {
      if (options.type !== undefined && e.type !== options.type) continue;
      const key = links.canonicalNow(e.key);
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = new Tally(key)));
      tally.add(article, e.name, e.count);
    }
  }
  return [...tallies.values()].map((t) => t.entity()).sort(byWeight);
}

/** Every entity of the summaries, short forms merged into their full names. */
function listSummarised(all: readonly EntitySummary[], options: ListOptions): EntityAcross[] {
  const byKey = new Map(all.map((s) => [s.key, s]));
  const namesWith = personsByWord(all);
  const groups = new Map<string, EntitySummary[]>();
  for (const s of all) {
    if (s.articleCount === 0 || (options.type !== undefined && s.type !== options.type)) continue;
    const canonical = canonicalIn(byKey, namesWith, s.key);
    const group = groups.get(canonical);
    if (group) group.push(s);
    else groups.set(canonical, [s]);
  }
  const entities: EntityAcross[] = [];
  for (const [canonical, members] of groups) {
    const merged = mergeSummaries(canonical, members);
    if (merged) entities.push(merged.entity);
  }
  return entities.sort(byWeight);
}

/** The ISO week of a YYYY-MM-DD date, with its Monday. */
export function isoWeek(date: string): { week: string; start: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const DAY = 86_400_000;
  const time = Date.UTC(y, m - 1, d);
  const monday = time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
  // The week belongs to the year of its Thursday.
  const thursday = monday + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: new Date(monday).toISOString().slice(0, 10) };
}

function timeline(articles: readonly ArticleRecord[]): EntityWeek[] {
  const weeks = new Map<string, EntityWeek>();
  for (const article of articles) {
    // The date as written: a Kompas date is WIB's, so a story of Monday 01:00 WIB is Monday's.
    const { week, start } = isoWeek((article.published ?? article.firstReadAt).slice(0, 10));
    const known = weeks.get(week);
    if (known) known.count++;
    else weeks.set(week, { week, start, count: 1 });
  }
  return [...weeks.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** The date in an article's address (`/read/YYYY/MM/DD/`): its publication day, as Kompas writes it. */
const ADDRESS_DATE = /\/read\/(\d{4})\/(\d{2})\/(\d{2})\//;

/** The timeline of articles known by their addresses only (an article without a dated address is left out). */
function timelineOfAddresses(urls: Iterable<string>): EntityWeek[] {
  const weeks = new Map<string, EntityWeek>();
  for (const url of urls) {
    const date = ADDRESS_DATE.exec(url);
    if (!date) continue;
    const { week, start } = isoWeek(`${date[1]}-${date[2]}-${date[3]}`);
    const known = weeks.get(week);
    if (known) known.count++;
    else weeks.set(week, { week, start, count: 1 });
  }
  return [...weeks.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/**
 * Summaries looked up by key, each read once per question; as a `LinkSource`, a one-word person's link targets are
 * the persons whose names hold the word (the `personWords` store), an abbreviation's its summary's `fullNames`, a full
 * name's abbreviations its summary's `abbreviations`.
 */
class SummaryLookup implements LinkSource {
  private readonly cache = new Map<string, Promise<EntitySummary | undefined>>();
  private readonly named = new Map<string, Promise<string[]>>();

  constructor(
    private readonly read: (key: string) => Promise<EntitySummary | undefined>,
    /** At least two of the persons whose names hold `word`, when there are (one question needs no more). */
    private readonly namesWith: (word: string) => Promise<string[]>,
  ) {}

  /** Takes a summary already read (a page of the list) instead of reading it again. */
  seed(summary: EntitySummary): void {
    if (!this.cache.has(summary.key)) this.cache.set(summary.key, Promise.resolve(summary));
  }

  get(key: string): Promise<EntitySummary | undefined> {
    let answer = this.cache.get(key);
    if (!answer) this.cache.set(key, (answer = this.read(key)));
    return answer;
  }

  async targets(kind: LinkKind, from: string): Promise<Array<{ key: string; name: string }>> {
    if (kind === 'w') {
      const word = from.slice(4);
      let answer = this.named.get(word);
      if (!answer) this.named.set(word, (answer = this.namesWith(word)));
      return (await answer).map((key) => ({ key, name: '' }));
    }
    const summary = await this.get(from);
    if (!summary) return [];
    return Object.keys(kind === 'A' ? summary.abbreviations : summary.fullNames).map((key) => ({ key, name: '' }));
  }
}

/** A lookup of the summaries and the persons' words within a transaction. */
function lookupIn(store: SummaryStore, words: PersonWordStore): SummaryLookup {
  return new SummaryLookup(
    (key) => store.get(key),
    // Two are enough to tell one full name from an ambiguous word (`canonicalKey`).
    async (word) => (await words.getAllKeys(wordRange(word), 2)).map(([, key]) => key),
  );
}

/** What a lookup reads of the `personWords` store. */
interface PersonWordStore {
  getAllKeys(query: IDBKeyRange, count: number): Promise<Array<[string, string]>>;
}

/**
 * The summaries merged into `canonical` besides its own, named in some article: its words' (a person) or its
 * abbreviations' (anything else) that are short for it alone. The members `groupOf` finds, those with articles.
 */
async function shortFormsOf(lookup: SummaryLookup, canonical: string, own: EntitySummary | undefined): Promise<EntitySummary[]> {
  const candidates = typeOfKey(canonical) === 'PER' ? personWords(canonical).map((word) => `PER:${word}`) : Object.keys(own?.abbreviations ?? {});
  const found = await Promise.all(
    candidates.map(async (key) => {
      const summary = await lookup.get(key);
      // The summary first: most words of names are named alone in no article, and then need no index read.
      if (!summary || summary.articleCount === 0) return null;
      return (await canonicalKey(lookup, key)).key === canonical ? summary : null;
    }),
  );
  return found.filter((s): s is EntitySummary => s !== null);
}

/** What a lookup reads of the `entitySummaries` store. */
interface SummaryStore {
  get(key: string): Promise<EntitySummary | undefined>;
}

/** `canonicalKey` over summaries held in memory (the list reads them all); `namesWith` maps a word to the persons whose names hold it. */
function canonicalIn(summaries: ReadonlyMap<string, EntitySummary>, namesWith: ReadonlyMap<string, string[]>, key: string): string {
  if (typeOfKey(key) === 'PER' && key.includes(' ')) return key;
  const targets = typeOfKey(key) === 'PER' ? (namesWith.get(key.slice(4)) ?? []) : Object.keys(summaries.get(key)?.fullNames ?? {});
  return targets.length === 1 ? targets[0]! : key;
}

/** Each word of the persons named in several words, to those persons' keys. */
function personsByWord(all: Iterable<EntitySummary>): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const s of all) {
    for (const word of personWords(s.key)) {
      const keys = byWord.get(word);
      if (keys) keys.push(s.key);
      else byWord.set(word, [s.key]);
    }
  }
  return byWord;
}

/** An entity merged from its own summary and its short forms'. */
interface MergedEntity {
  entity: EntityAcross;
  /** Every form written, fullest first. */
  names: string[];
  /** Articles by week, keyed by the week's Monday. */
  weeks: Map<string, number>;
}

/**
 * Merges the summaries of an entity's keys (`canonical` and its short forms). An article naming a short form with
 * the full name it is a short form of in that article is counted once (the short form's `alongside`); one naming two
 * short forms of the same entity but not the entity itself ("Prabowo" and "Subianto", never "Prabowo Subianto") is
 * counted once for each, which an article's own merging of names makes rare. Null when no article names any.
 */
function mergeSummaries(canonical: string, members: readonly EntitySummary[]): MergedEntity | null {
  let articleCount = 0;
  let mentionCount = 0;
  let firstSeen = '';
  let lastSeen = '';
  const names = new Map<string, number>();
  const weeks = new Map<string, number>();
  const add = (record: Record<string, number>, into: Map<string, number>, sign: 1 | -1) => {
    for (const [key, n] of Object.entries(record)) into.set(key, (into.get(key) ?? 0) + sign * n);
  };
  for (const s of members) {
    if (s.articleCount === 0) continue;
    articleCount += s.articleCount;
    mentionCount += s.mentionCount;
    add(s.names, names, 1);
    add(s.weeks, weeks, 1);
    const shared = s.key === canonical ? undefined : s.alongside[canonical];
    if (shared) {
      articleCount -= shared.articles;
      add(shared.weeks, weeks, -1);
    }
    if (firstSeen === '' || s.firstSeen < firstSeen) firstSeen = s.firstSeen;
    if (s.lastSeen > lastSeen) lastSeen = s.lastSeen;
  }
  if (articleCount <= 0) return null;
  for (const [week, n] of weeks) if (n <= 0) weeks.delete(week);
  const forms = [...names.keys()].sort(byFullness(names));
  return {
    entity: { key: canonical, type: typeOfKey(canonical), name: forms[0]!, articleCount, mentionCount, firstSeen, lastSeen },
    names: forms,
    weeks,
  };
}

/** The summaries of an entity's keys: its own and its short forms'. */
async function groupOf(lookup: SummaryLookup, key: string): Promise<{ canonical: string; keys: string[]; members: EntitySummary[] }> {
  const canonical = (await canonicalKey(lookup, key)).key;
  const keys = [canonical, ...(await aliasesOf(lookup, canonical))];
  const members = (await Promise.all(keys.map((k) => lookup.get(k)))).filter((s): s is EntitySummary => s !== undefined);
  return { canonical, keys, members };
}

function timelineOfWeeks(weeks: ReadonlyMap<string, number>): EntityWeek[] {
  return [...weeks]
    .map(([start, count]) => ({ week: isoWeek(start).week, start, count }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** What `newestOf` needs of the `entityLastRead` index. */
interface ValueCursor {
  readonly value: StoredArticle;
  continue(): Promise<ValueCursor | null>;
}
interface LastReadIndex {
  getAll(range: IDBKeyRange): Promise<StoredArticle[]>;
  openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<ValueCursor | null>;
}

/** A key's articles, latest reading first, at most `limit`: one request when it has no more, else a bounded walk back. */
async function newestOf(index: LastReadIndex, key: string, articleCount: number, limit: number): Promise<StoredArticle[]> {
  if (articleCount <= limit) return (await index.getAll(entityRange(key))).reverse();
  const found: StoredArticle[] = [];
  for (let cursor = await index.openCursor(entityRange(key), 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) {
    found.push(cursor.value);
  }
  return found;
}

/** What an entity's page needs of the highlights store. */
interface HighlightsReader {
  index(name: 'articleUrl' | 'terms'): { getAll(query: string): Promise<Highlight[]>; getAllKeys(query: string): Promise<string[]> };
  get(id: string): Promise<Highlight | undefined>;
  getAll(): Promise<Highlight[]>;
  count(): Promise<number>;
}

/** Whether a highlight mentions one of `names` (folded, as whole words) in its quote, or names one of `keys`. */
function mentions(highlight: Highlight, keys: ReadonlySet<string>, type: EntityType, patterns: readonly RegExp[]): boolean {
  if (highlight.entities.some((name) => keys.has(entityKey(type, name)))) return true;
  const quote = fold(highlight.selectors[0].exact);
  return patterns.some((pattern) => pattern.test(quote));
}

function wordPattern(name: string): RegExp {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/** The reading memory's entities, over the notes database. */
export class EntityMemory {
  constructor(readonly db: NotesDb) {}

  /** Every entity, short forms merged, most read about first: reads every summary (0.4-0.9 s at 10,000 articles). */
  list(options: ListOptions = {}): Promise<EntityAcross[]> {
    return listEntities(this.db, options);
  }

  /**
   * One page of the entity list of `type`: at most `limit` entities, short forms merged, by the `listRank` index, so a
   * page reads about as many summaries as it shows whatever was read. An entity comes at the place of its most read
   * name (the summary of its own key or of a short form with the most articles): its merged count, which counts every
   * name's articles, may be larger than the next entity's, so within a page and across pages the order is by that
   * name's count, and the full `list` may order two entities the other way round.
   */
  async listPage({ type, limit, after }: EntityListPageOptions): Promise<EntityListPage> {
    const cursor = after === undefined ? null : parseListCursor(after);
    if (after !== undefined && (cursor === null || typeOfKey(cursor.key) !== type)) throw new RangeError(`not a cursor of the ${type} list: ${after}`);
    const tx = this.db.transaction(['entitySummaries', 'personWords'], 'readonly');
    const store = tx.objectStore('entitySummaries');
    const lookup = lookupIn(store, tx.objectStore('personWords'));
    const index = store.index('listRank');
    // Index keys [type, -articleCount, key]; [type, 0] ends the type's entities with articles.
    const end: [string, number] = [type, 0];
    let from: [string, number, string] | null = cursor && [type, -cursor.articleCount, cursor.key];
    const entities: EntityAcross[] = [];
    let next: string | null = null;
    while (entities.length < limit) {
      const range = from ? IDBKeyRange.bound(from, end, true, true) : IDBKeyRange.bound([type, -Infinity], end, false, true);
      const wanted = limit - entities.length;
      const rows = await index.getAll(range, wanted);
      for (const row of rows) lookup.seed(row);
      const listed = await Promise.all(rows.map((row) => this.listed(lookup, row)));
      let last = -1;
      for (let i = 0; i < rows.length && entities.length < limit; i++) {
        last = i;
        if (listed[i]) entities.push(listed[i]!);
      }
      if (rows.length < wanted && last === rows.length - 1) break;
      const stop = rows[last]!;
      from = [type, -stop.articleCount, stop.key];
      if (entities.length === limit) {
        const more = last < rows.length - 1 || (await index.getKey(IDBKeyRange.bound(from, end, true, true))) !== undefined;
        next = more ? listCursor(stop) : null;
      }
    }
    await tx.done;
    // Within the page, by the merged counts shown.
    return { entities: entities.sort(byWeight), next };
  }

  /** The entity `row` is listed as, or null when it is listed at another of its names (one with more articles). */
  private async listed(lookup: SummaryLookup, row: EntitySummary): Promise<EntityAcross | null> {
    const canonical = (await canonicalKey(lookup, row.key)).key;
    const own = canonical === row.key ? row : await lookup.get(canonical);
    const members = [...(own && own.articleCount > 0 ? [own] : []), ...(await shortFormsOf(lookup, canonical, own))];
    if (members.some((m) => m.key !== row.key && listsBefore(m, row))) return null;
    return mergeSummaries(canonical, members)?.entity ?? null;
  }

  /** An entity's page, by its key or any of its short forms' keys; null when no article read names it. */
  async entityPage(key: string): Promise<EntityPage | null> {
    const tx = this.db.transaction(['entitySummaries', 'personWords', 'articles', 'highlights'], 'readonly');
    const lookup = lookupIn(tx.objectStore('entitySummaries'), tx.objectStore('personWords'));
    const { canonical, members } = await groupOf(lookup, key);
    const merged = mergeSummaries(canonical, members);
    if (!merged) {
      await tx.done;
      return null;
    }
    const index = tx.objectStore('articles').index('entityLastRead') as unknown as LastReadIndex;
    const lists = await Promise.all(members.filter((s) => s.articleCount > 0).map((s) => newestOf(index, s.key, s.articleCount, PAGE_ARTICLES)));
    const byUrl = new Map<string, StoredArticle>();
    for (const list of lists) for (const record of list) byUrl.set(record.url, record);
    const articles = [...byUrl.values()]
      .map(plain)
      .sort((a, b) => (a.lastReadAt < b.lastReadAt ? 1 : a.lastReadAt > b.lastReadAt ? -1 : 0))
      .slice(0, PAGE_ARTICLES);
    const keySet = new Set(members.map((s) => s.key));
    const [related, highlights] = await Promise.all([
      this.related(articles, keySet, lookup),
      this.highlightsMentioning(tx.objectStore('highlights'), articles.map((a) => a.url), keySet, merged.entity.type, merged.names),
    ]);
    await tx.done;
    return { entity: merged.entity, names: merged.names, articles, timeline: timelineOfWeeks(merged.weeks), related, highlights };
  }

  /** The entities most often named in the same articles, their short forms merged. */
  private async related(articles: readonly ArticleRecord[], own: ReadonlySet<string>, links: SummaryLookup): Promise<RelatedEntity[]> {
    const raw = new Map<string, { count: number; short: boolean }>();
    for (const article of articles) {
      for (const e of article.entities) {
        if (own.has(e.key)) continue;
        const known = raw.get(e.key);
        const short = e.type === 'PER' ? !e.name.includes(' ') : ABBREVIATION.test(e.name);
        if (known) {
          known.count++;
          known.short ||= short;
        } else raw.set(e.key, { count: 1, short });
      }
    }
    const toResolve = [...raw].filter(([, r]) => r.short).sort((a, b) => b[1].count - a[1].count).slice(0, RESOLVE_LIMIT);
    const resolved = new Map<string, { key: string; name: string | null }>();
    await Promise.all(
      toResolve.map(async ([k]) => {
        const target = (await canonicalKey(links, k)).key;
        if (target === k) return;
        // The full name's fullest form, from its summary.
        const summary = await links.get(target);
        const forms = Object.keys(summary?.names ?? {}).sort(byFullness(new Map(Object.entries(summary?.names ?? {}))));
        resolved.set(k, { key: target, name: forms[0] ?? null });
      }),
    );

    const tallies = new Map<string, { shared: Set<string>; names: Map<string, number>; linkName: string | null }>();
    for (const article of articles) {
      for (const e of article.entities) {
        if (own.has(e.key)) continue;
        const target = resolved.get(e.key);
        const key = target?.key ?? e.key;
        if (own.has(key)) continue;
        let tally = tallies.get(key);
        if (!tally) tallies.set(key, (tally = { shared: new Set(), names: new Map(), linkName: null }));
        tally.shared.add(article.url);
        tally.names.set(e.name, (tally.names.get(e.name) ?? 0) + e.count);
        if (target?.name) tally.linkName = target.name;
      }
    }
    return [...tallies]
      .map(([key, t]) => {
        const forms = [...t.names.keys(), ...(t.linkName ? [t.linkName] : [])].sort(byFullness(t.names));
        return { key, type: typeOfKey(key), name: forms[0]!, sharedArticles: t.shared.size };
      })
      .sort((a, b) => b.sharedArticles - a.sharedArticles || a.name.localeCompare(b.name, 'id'))
      .slice(0, RELATED_LIMIT);
  }

  /**
   * Highlights in the entity's articles, and elsewhere those whose words hold one of its names (the `terms` index),
   * kept when they name the entity or quote one of its names.
   */
  private async highlightsMentioning(
    store: HighlightsReader,
    urls: readonly string[],
    keys: ReadonlySet<string>,
    type: EntityType,
    names: readonly string[],
  ): Promise<Highlight[]> {
    const byId = new Map<string, Highlight>();
    // One request per article, or, when the entity is in more articles than there are highlights, one for them all.
    if (urls.length >= PAGE_ARTICLES && (await store.count()) <= urls.length) {
      const wanted = new Set(urls);
      for (const h of await store.getAll()) if (wanted.has(h.articleUrl)) byId.set(h.id, h);
    } else {
      for (const list of await Promise.all(urls.map((url) => store.index('articleUrl').getAll(url)))) {
        for (const h of list) byId.set(h.id, h);
      }
    }
    const elsewhere = new Set<string>();
    await Promise.all(
      names.map(async (name) => {
        const words = searchWords(name);
        if (words.length === 0) return;
        const lists = await Promise.all(words.map((word) => store.index('terms').getAllKeys(word)));
        const [first, ...rest] = lists.map((l) => new Set(l));
        for (const id of first!) if (!byId.has(id) && rest.every((set) => set.has(id))) elsewhere.add(id);
      }),
    );
    for (const h of await Promise.all([...elsewhere].map((id) => store.get(id)))) if (h) byId.set(h.id, h);
    const patterns = names.map(wordPattern);
    return [...byId.values()]
      .filter((h) => mentions(h, keys, type, patterns))
      .map((h) => {
        const { terms: _terms, ...highlight } = h as Highlight & { terms?: string[] };
        return highlight;
      })
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /**
   * For the reader's panel: how many articles read name each of `keys` (short forms merged), not counting
   * `excludeUrl` (the article open): "di N artikel lain yang kamu baca". Read from the summaries: a few `get`s a key.
   */
  async articleCountsFor(keys: readonly string[], excludeUrl?: string): Promise<Map<string, number>> {
    const tx = this.db.transaction(['entitySummaries', 'personWords', 'articles'], 'readonly');
    const lookup = lookupIn(tx.objectStore('entitySummaries'), tx.objectStore('personWords'));
    const openArticle = excludeUrl === undefined ? Promise.resolve(undefined) : tx.objectStore('articles').get(excludeUrl);
    const counts = new Map<string, number>();
    await Promise.all(
      [...new Set(keys)].map(async (key) => {
        const [{ canonical, members }, open] = await Promise.all([groupOf(lookup, key), openArticle]);
        const merged = mergeSummaries(canonical, members);
        const inOpen = open !== undefined && members.some((s) => open.entityKeys.includes(s.key));
        counts.set(key, Math.max(0, (merged?.entity.articleCount ?? 0) - (inOpen ? 1 : 0)));
      }),
    );
    await tx.done;
    return counts;
  }
}
