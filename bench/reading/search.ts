/**
 * npm run bench:search — the reading memory's search at 10,000 articles and 3,000 highlights, made from the NER
 * corpora's news sentences (300-900 words each, titled by their first sentence). Prints figures and ratios against
 * two baselines in the same process (MiniSearch with its default terms, lower case only; a substring scan over the
 * texts); asserts nothing. Target (issue 19): a search answers in at most 50 ms at the 95th percentile.
 *
 * The figures of a run, and what they say, are in bench/reading/README.md.
 */

import MiniSearch from 'minisearch';
import { readGold, SETS } from '../../scripts/ner/data.ts';
import { clearStemCache, processTerm, stemCacheSize, tokenize } from '../../src/search/indonesian-terms.ts';
import { ReadingSearch, snippetOf, type SearchDocument } from '../../src/search/reading-search.ts';
import { restore, toSnapshot, type JournalEntry } from '../../src/search/search-snapshot.ts';
import { WORD_FAMILIES } from '../../src/search/word-families.ts';

const ARTICLES = 10_000;
const HIGHLIGHTS = 3_000;
const QUERIES = 200;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}
const next = random(17_08_1945);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (t: number): string => `${t.toFixed(2)} ms`;

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

// ---- Corpus -------------------------------------------------------------------------------------------------
const sentences = [SETS.idnerTrain, SETS.idnerDev, SETS.nergritTrain, SETS.nergritValid, SETS.nerpTrain]
  .flatMap((set) => readGold(set))
  .map((s) => s.words.join(' ').replace(/ ([.,;:!?)"'])/g, '$1').replace(/([("]) /g, '$1'))
  .filter((s) => s.split(' ').length >= 5);

function makeArticle(n: number): SearchDocument {
  const target = 300 + Math.floor(next() * 600);
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    const paragraph: string[] = [];
    for (let k = 0; k < 3 && words < target; k++) {
      const s = pick(sentences);
      paragraph.push(s);
      words += s.split(' ').length;
    }
    parts.push(paragraph.join(' '));
  }
  const first = parts[0]!.split(/(?<=[.!?])\s/)[0]!;
  const title = first.split(' ').slice(0, 12).join(' ');
  const url = `https://nasional.kompas.com/read/2024/01/01/${String(100000 + n)}/artikel-${n}`;
  return { id: url, kind: 'article', articleUrl: url, title, text: parts.join('\n\n') };
}

const articles = Array.from({ length: ARTICLES }, (_, n) => makeArticle(n));
const notes = ['Penting untuk tulisan tentang banjir', 'Cek lagi angka ini', 'Kutipan bagus', 'Bandingkan dengan laporan BMKG', ''];
const highlights: SearchDocument[] = Array.from({ length: HIGHLIGHTS }, (_, n) => {
  const a = pick(articles);
  const words = a.text.split(' ');
  const from = Math.floor(next() * (words.length - 20));
  const quote = words.slice(from, from + 5 + Math.floor(next() * 25)).join(' ');
  return { id: `h-${n}`, kind: 'highlight', articleUrl: a.articleUrl, title: a.title, text: `${quote}\n${pick(notes)}` };
});
const texts = new Map(articles.map((a) => [a.id, a.text]));
const totalWords = articles.reduce((n, a) => n + a.text.split(' ').length, 0);
console.log(`${ARTICLES} articles (${Math.round(totalWords / ARTICLES)} words on average, ${mb(articles.reduce((n, a) => n + a.text.length, 0))} of text), ${HIGHLIGHTS} highlights, from ${sentences.length} news sentences`);

// ---- Queries ------------------------------------------------------------------------------------------------
const vocabulary = [...new Set(articles.slice(0, 500).flatMap((a) => tokenize(a.text)).map((w) => w.toLowerCase()))].filter(
  (w) => w.length >= 5 && /^[a-z]+$/.test(w) && processTerm(w) !== null,
);
const familyForms = WORD_FAMILIES.flatMap((f) => f.forms).filter((w) => w.length >= 5);
const queries: { kind: string; q: string }[] = [];
for (let i = 0; i < QUERIES; i++) {
  const k = i % 4;
  if (k === 0) queries.push({ kind: 'word', q: `${pick(vocabulary)} ` });
  else if (k === 1) queries.push({ kind: 'inflected', q: `${pick(familyForms)} ` });
  else if (k === 2) queries.push({ kind: 'two words', q: `${pick(vocabulary)} ${pick(familyForms)} ` });
  else queries.push({ kind: 'prefix', q: pick(vocabulary).slice(0, 3 + Math.floor(next() * 3)) });
}

// ---- Stemming cost --------------------------------------------------------------------------------------------
{
  const sample = articles.slice(0, 200).flatMap((a) => tokenize(a.text));
  clearStemCache();
  const [, cold] = time(() => sample.forEach((w) => processTerm(w)));
  const [, warm] = time(() => sample.forEach((w) => processTerm(w)));
  console.log(`processTerm over ${sample.length} words: cold cache ${ms(cold)} (${((cold / sample.length) * 1000).toFixed(2)} µs/word), warm ${ms(warm)} (${((warm / sample.length) * 1000).toFixed(2)} µs/word): ${(cold / warm).toFixed(1)}x; ${stemCacheSize()} distinct words cached`);
}

// ---- Build ----------------------------------------------------------------------------------------------------
clearStemCache();
const heapBefore = heap();
const search = new ReadingSearch();
const [, buildTime] = time(() => {
  for (const a of articles) search.put(a);
  for (const h of highlights) search.put(h);
});
const heapAfter = heap();
console.log(`\nReadingSearch (Indonesian terms): build ${ms(buildTime)} (${ms(buildTime / (ARTICLES + HIGHLIGHTS))} a document), heap +${mb(heapAfter - heapBefore)} (${((heapAfter - heapBefore) / ARTICLES / 1024).toFixed(1)} kB an article), stem cache ${stemCacheSize()} words`);

const [json, writeTime] = time(() => toSnapshot(search, 0).json);
const bytes = Buffer.byteLength(json);
console.log(`snapshot: ${mb(bytes)} (${(bytes / ARTICLES / 1024).toFixed(1)} kB an article), written (JSON) in ${ms(writeTime)}`);
const [, loadTime] = time(() => ReadingSearch.fromJSON(json));
console.log(`snapshot loaded in ${ms(loadTime)}`);

// ---- Search ---------------------------------------------------------------------------------------------------
function measureQueries(run: (q: string) => number): { p50: number; p95: number; hits: number } {
  for (const { q } of queries.slice(0, 20)) run(q); // warm up
  const times: number[] = [];
  let hits = 0;
  for (const { q } of queries) {
    const [count, t] = time(() => run(q));
    times.push(t);
    hits += count;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits: hits / queries.length };
}
const ours = measureQueries((q) => search.search(q, { limit: 20 }).length);
console.log(`search, ${queries.length} queries (words, inflected forms, two words, prefixes), 20 hits: p50 ${ms(ours.p50)}, p95 ${ms(ours.p95)}`);
for (const kind of ['word', 'inflected', 'two words', 'prefix']) {
  const times = queries.filter((x) => x.kind === kind).map(({ q }) => time(() => search.search(q, { limit: 20 }))[1]);
  console.log(`  ${kind.padEnd(10)} p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
}
const withSnippets = measureQueries((q) => {
  const hits = search.search(q, { limit: 20 });
  for (const h of hits.slice(0, 10)) if (h.kind === 'article') snippetOf(texts.get(h.id)!, q);
  return hits.length;
});
console.log(`search + snippets of the 10 shown hits: p50 ${ms(withSnippets.p50)}, p95 ${ms(withSnippets.p95)}`);

// ---- Per-article update ---------------------------------------------------------------------------------------
{
  const fresh = Array.from({ length: 50 }, (_, n) => makeArticle(ARTICLES + n));
  const putTimes = fresh.map((a) => time(() => search.put(a))[1]);
  const replaceTimes = fresh.map((a) => time(() => search.put({ ...a, text: `${a.text} Diperbarui.` }))[1]);
  const removeTimes = fresh.map((a) => time(() => search.remove(a.id))[1]);
  console.log(`put one article into ${ARTICLES}: median ${ms(percentile(putTimes, 50))}, max ${ms(Math.max(...putTimes))}; replace median ${ms(percentile(replaceTimes, 50))}; remove median ${ms(percentile(removeTimes, 50))}`);
}

// ---- Wake: snapshot + journal ---------------------------------------------------------------------------------
{
  const journal: JournalEntry[] = articles.slice(0, 200).map((a, i) => ({ seq: i + 1, op: 'put', kind: 'article', id: a.id }));
  const byId = new Map([...articles, ...highlights].map((d) => [d.id, d]));
  const snapshot = { version: toSnapshot(search, 0).version, json, journalUpTo: 0 };
  const started = performance.now();
  const result = await restore(snapshot, journal, async (_k, id) => byId.get(id) ?? null, async function* () {});
  console.log(`restore: snapshot + ${result.replayed} journal entries replayed in ${ms(performance.now() - started)}`);
  const rebuildStarted = performance.now();
  clearStemCache();
  await restore(null, [], async () => null, async function* () {
    yield* articles;
    yield* highlights;
  });
  console.log(`restore without a snapshot (rebuild from every document, cold stems): ${ms(performance.now() - rebuildStarted)}`);
}

// ---- Baselines ------------------------------------------------------------------------------------------------
{
  const plainBefore = heap();
  const plain = new MiniSearch<SearchDocument>({ fields: ['title', 'text'], storeFields: ['kind', 'articleUrl'] });
  const [, plainBuild] = time(() => plain.addAll([...articles, ...highlights]));
  const plainHeap = heap() - plainBefore;
  const plainJson = JSON.stringify(plain);
  const plainQueries = measureQueries(
    (q) => plain.search(q, { boost: { title: 2 }, combineWith: 'AND', prefix: (_t, i, all) => !q.endsWith(' ') && i === all.length - 1 }).slice(0, 20).length,
  );
  console.log(`\nBaseline MiniSearch, default terms (lower case only): build ${ms(plainBuild)}, heap +${mb(plainHeap)}, snapshot ${mb(Buffer.byteLength(plainJson))}; search p50 ${ms(plainQueries.p50)}, p95 ${ms(plainQueries.p95)}`);
  console.log(`  ratios, Indonesian terms / default: build ${(buildTime / plainBuild).toFixed(2)}x, snapshot ${(bytes / Buffer.byteLength(plainJson)).toFixed(2)}x, heap ${((heapAfter - heapBefore) / plainHeap).toFixed(2)}x, search p95 ${(ours.p95 / plainQueries.p95).toFixed(2)}x`);

  // What stemming finds that exact words miss: documents found for the inflected-form queries, with no limit.
  const inflected = queries.filter((x) => x.kind === 'inflected').map((x) => x.q);
  const found = (run: (q: string) => number): number => inflected.reduce((n, q) => n + run(q), 0) / inflected.length;
  const oursFound = found((q) => search.search(q, { limit: Infinity }).length);
  const plainFound = found((q) => plain.search(q, { combineWith: 'AND' }).length);
  console.log(`  inflected-form queries find ${oursFound.toFixed(0)} documents on average with Indonesian terms, ${plainFound.toFixed(0)} with exact words (${(oursFound / plainFound).toFixed(1)}x)`);

  const lowered = [...articles, ...highlights].map((d) => `${d.title}\n${d.text}`.toLowerCase());
  const scan = measureQueries((q) => {
    const words = q.trim().toLowerCase().split(/\s+/);
    let n = 0;
    for (const t of lowered) if (words.every((w) => t.includes(w))) n++;
    return Math.min(n, 20);
  });
  console.log(`Baseline substring scan over the texts (no index, no ranking, no stemming): p50 ${ms(scan.p50)}, p95 ${ms(scan.p95)} (${(scan.p95 / ours.p95).toFixed(1)}x the index's p95)`);
}
