/**
 * npm run bench:reading — the reading memory's store in real Chromium (playwright-core, real IndexedDB) at 10,000
 * recorded articles made from the NER corpora's news sentences, their entities the corpora's gold names (with one
 * person, as a head of state is, named in nine articles of ten). Prints figures, and ratios against baselines run in
 * the same page; asserts nothing. Targets (issue 19): recording an article costs the background at most 20 ms and the
 * page's main thread at most 2 ms; an entity's page answers in at most 50 ms; the store's size per article is printed.
 *
 * The figures of a run, and what they say, are in bench/reading/README.md.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../e2e/chromium-flags.ts';
import { startFixtureServer } from '../../e2e/server.ts';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage, type ArticleFixture } from '../../fixtures/kompas-page.ts';
import { readGold, SETS } from '../../scripts/ner/data.ts';
import type { ReadEntity } from '../../src/reading/article-record.ts';
import { reading } from './corpus.ts';
import type { browserBench } from './browser-entry.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTICLES = Number(process.env.READING_ARTICLES ?? 10_000);
const BATCH = 250;
const RUNS = 30;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const median = (values: number[]) => percentile(values, 50);
const ms = (t: number) => `${t.toFixed(2)} ms`;

/** A 1,500-word article of news text (no paragraph repeated), for the page's part of recording. */
function newsArticle(): ArticleFixture {
  const gold = readGold(SETS.idnerDev).map((s) => s.words.join(' ').replace(/ ([.,:;!?)])/g, '$1').replace(/([(]) /g, '$1'));
  const paragraphs: string[] = [];
  let words = 0;
  for (let used = 0; words < 1_500; used += 3) {
    const paragraph = gold.slice(used, used + 3).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return { ...ALL_ARTICLES[0]!, subdomain: 'www', path: '/read/2025/01/01/100000098/berita-panjang', paragraphs, bacaJuga: [] };
}

const news = newsArticle();
const server = await startFixtureServer((url) => {
  if (url.pathname === new URL(articleUrl(news)).pathname) return { body: buildArticlePage(news, { banners: 'siblings' }) };
  return null;
});
const bundle = (
  await build({ entryPoints: [resolve('bench/reading/browser-entry.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent' })
).outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
const page = await (await browser.newContext()).newPage();
// localhost: a secure context, where navigator.storage.estimate is offered.
await page.goto(`http://localhost:${server.port}${new URL(articleUrl(news)).pathname}`);
await page.addScriptTag({ content: bundle });
type Bench = typeof browserBench;
const call = <K extends keyof Bench>(name: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> =>
  page.evaluate(([fn, rest]) => ((globalThis as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[fn as string]!(...(rest as unknown[]))), [name, args] as const) as never;

console.log(`bench:reading — ${ARTICLES.toLocaleString('en')} articles in Chromium's IndexedDB (${CHROMIUM})`);

// 1. The page's part of recording: its text joined and the message serialised, against Readability on the same page.
const pageEntities: ReadEntity[] = reading(0).entities;
const messageTimes: number[] = [];
const readabilityTimes: number[] = [];
for (let i = 0; i < 25; i++) {
  messageTimes.push(await call('recordMessage', pageEntities));
  readabilityTimes.push(await call('readability'));
}
const pageWords = await call('words');
console.log(`\npage's part (article of ${pageWords} words): message built ${ms(median(messageTimes.slice(5)))} median, ` +
  `Readability.parse ${ms(median(readabilityTimes.slice(5)))} (${(median(messageTimes.slice(5)) / median(readabilityTimes.slice(5)) * 100).toFixed(1)}% of a parse); target 2 ms`);

// 2. Recording 10,000 articles, each against the simplest durable write of the same data.
const usageBefore = await call('usage');
await call('open', `bench-reading-${Date.now()}`);
const record: number[] = [];
const baseline: number[] = [];
const started = Date.UTC(2025, 0, 1);
let generated = 0;
let corpusWords = 0;
const wall = performance.now();
for (let from = 0; from < ARTICLES; from += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, ARTICLES - from) }, (_, i) => reading(from + i + 1));
  generated += batch.length;
  corpusWords += batch.reduce((sum, r) => sum + r.words, 0);
  const times = await call('record', batch, started + from * 60_000);
  record.push(...times.record);
  baseline.push(...times.baseline);
}
const last = record.slice(-1_000);
console.log(`\nrecord one article (${generated} articles, ${Math.round(corpusWords / generated)} words on average; ${((performance.now() - wall) / 1000).toFixed(0)} s in all)`);
console.log(`  record:   median ${ms(median(record))}, p95 ${ms(percentile(record, 95))}; the last 1,000: median ${ms(median(last))}, p95 ${ms(percentile(last, 95))}  (target 20 ms)`);
console.log(`  baseline (one put of record and text): median ${ms(median(baseline))}, p95 ${ms(percentile(baseline, 95))}; ratio of medians ${(median(record) / median(baseline)).toFixed(2)}x`);

// 3. An entity's page for entities named in about 10, 100, 1,000 and most articles.
const counts = await call('entityCounts');
const nearest = (target: number) => counts.reduce((best, c) => (Math.abs(c[1] - target) < Math.abs(best[1] - target) ? c : best));
const most = counts.reduce((best, c) => (c[1] > best[1] ? c : best));
console.log(`\nentity's page (${RUNS} runs each; target p95 50 ms)`);
for (const [key] of [nearest(10), nearest(100), nearest(1_000), most]) {
  const result = await call('entityPage', key, RUNS);
  console.log(`  ${key.padEnd(34)} ${String(result.articles).padStart(5)} articles: median ${ms(median(result.times))}, p95 ${ms(percentile(result.times, 95))} ` +
    `(${result.shown} listed, ${result.timeline} weeks, ${result.related} related)`);
}

// 4. The entity list, the reader panel's counts, a page of history.
const list = await call('list', 5);
console.log(`\nentity list (${list.entities} entities): median ${ms(median(list.times))}, max ${ms(Math.max(...list.times))}`);
const pages = await call('listPages', 10, 200);
console.log(`entity list, first view (200 of each type, ${pages.shown} shown): median ${ms(median(pages.first))}, max ${ms(Math.max(...pages.first))}; ` +
  `next 200 people: median ${ms(median(pages.next))}, max ${ms(Math.max(...pages.next))}  (target 100 ms)`);
const panel = await call('counts', 100);
console.log(`entity-counts for an article's entities (${panel.keys.toFixed(1)} keys on average, 100 articles): median ${ms(median(panel.times))}, p95 ${ms(percentile(panel.times, 95))}`);
const history = await call('history', 60);
console.log(`history page of 50 (60 pages, newest first): median ${ms(median(history))}, p95 ${ms(percentile(history, 95))}`);

// 5. Forgetting the articles read first: each held the first seen of its entities, looked up again from the index.
const forget = await call('forgetOldest', 20);
console.log(`forget one of the articles read first (20): median ${ms(median(forget))}, max ${ms(Math.max(...forget))}`);

// 6. Size.
const sizes = await call('serialisedSizes');
const usageAfter = await call('usage');
console.log(`\nstore size: usage +${((usageAfter - usageBefore) / ARTICLES / 1024).toFixed(1)} kB an article by navigator.storage.estimate (the baseline's copy included: ` +
  `see the serialised sizes); serialised: record ${(sizes.records / sizes.count / 1024).toFixed(2)} kB + text ${(sizes.texts / sizes.count / 1024).toFixed(2)} kB an article; ` +
  `${sizes.summaryCount} entity summaries, ${(sizes.summaries / 1024 / 1024).toFixed(1)} MB (${(sizes.summaries / sizes.count / 1024).toFixed(2)} kB an article)`);

await browser.close();
await server.close();
