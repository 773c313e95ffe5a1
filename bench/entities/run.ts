/**
 * Entity highlighting against Readability on the same 1,500-word article, in Chromium: the cost of recognising and
 * highlighting as a share of Readability's parse time (target: at most 15%), the page's main thread and the
 * background's recognising apart, and the longest task the extension causes on the page when it loads (target: none
 * over 50 ms). Prints figures, never asserts.
 *
 *   npm run bench:entities [-- --iterations 30 --cold-loads 20 --busy]
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { ALL_ARTICLES, FOOD_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage, type ArticleFixture } from '../../fixtures/kompas-page.ts';
import { CHROMIUM_FLAGS, kompasHostRule } from '../../e2e/chromium-flags.ts';
import { startFixtureServer } from '../../e2e/server.ts';
import { readGold, SETS } from '../../scripts/ner/data.ts';
import { tagsToSpans } from '../../src/ner/conll.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET_WORDS = 1_500;
const iterationsIndex = process.argv.indexOf('--iterations');
const ITERATIONS = iterationsIndex >= 0 ? Number(process.argv[iterationsIndex + 1]) || 30 : 30;

/** The fixtures the long article is made of: every fixture's, and the one whose page names its subjects itself. */
const SOURCES: readonly ArticleFixture[] = [...ALL_ARTICLES, FOOD_ARTICLE];

/**
 * A long article made of every fixture's paragraphs, in turn, until it has 1,500 words. Its page names its subjects
 * as a real Kompas page does: the sources' tags (a dozen, names and topics), their keyword links where their
 * paragraphs first come, and the caption of the source whose photo shows its officials with their titles.
 */
function longArticle(): ArticleFixture {
  const paragraphs: string[] = [];
  const tagLinks: NonNullable<ArticleFixture['tagLinks']> = [];
  let words = 0;
  for (let round = 0; words < TARGET_WORDS; round++) {
    for (const article of SOURCES) {
      const at = round % article.paragraphs.length;
      for (const link of article.tagLinks ?? []) {
        if (link.paragraph === at && round < article.paragraphs.length) tagLinks.push({ paragraph: paragraphs.length, word: link.word });
      }
      const paragraph = article.paragraphs[at]!;
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
      if (words >= TARGET_WORDS) break;
    }
  }
  const tags = [...FOOD_ARTICLE.tags, ...ALL_ARTICLES.map((article) => article.tags[0]!)].slice(0, 12);
  return { ...ALL_ARTICLES[0]!, subdomain: 'www', path: '/read/2025/01/01/100000099/artikel-panjang', paragraphs, bacaJuga: [],
    tags, tagLinks, image: FOOD_ARTICLE.image! };
}

/**
 * Site furniture at the weight of a real kompas.com article page: navigation menus, "Terpopuler" and "Berita
 * Terkait" lists, ad slots, a long footer, structured data. Readability's cost grows with the whole page and ours
 * with the article alone, so a page of article text only would misstate the ratio readers experience.
 */
function withSiteFurniture(page: string): string {
  const links = (count: number, label: string) => Array.from({ length: count }, (_, i) =>
    `<li class="nav__item"><a class="nav__link" href="https://www.kompas.com/${label}/${i}">${label} ${i + 1}</a></li>`).join('');
  const headline = (i: number) => `<div class="most__item"><div class="most__count">${i + 1}</div><div class="most__wrap">` +
    `<a class="most__link" href="https://nasional.kompas.com/read/2025/01/0${(i % 9) + 1}/1${i}/berita-${i}">` +
    `<h4 class="most__title">Judul berita terpopuler nomor ${i + 1} hari ini di Kompas.com</h4></a>` +
    `<div class="most__read">Dibaca ${1000 + i * 37} kali</div></div></div>`;
  const card = (i: number) => `<div class="article__list clearfix"><div class="article__asset"><a href="#"><img src="/img/t${i}.jpg" alt=""></a></div>` +
    `<div class="article__box"><h3 class="article__title"><a class="article__link" href="#">Berita terkait ${i + 1} tentang peristiwa yang sedang ramai</a></h3>` +
    `<div class="article__subtitle">Nasional</div><div class="article__date">0${(i % 9) + 1}/01/2025, 10:${10 + i} WIB</div></div></div>`;
  const header = `<header class="header"><nav><ul class="nav">${links(60, 'kanal')}</ul><ul class="nav nav--sub">${links(80, 'topik')}</ul></nav></header>`;
  const side = `<aside class="col-offset-fluid"><div class="most">${Array.from({ length: 20 }, (_, i) => headline(i)).join('')}</div>` +
    `<div class="ads-on-body"><div id="div-gpt-ad-1" class="DFP-slot"></div></div>` +
    `<div class="latest">${Array.from({ length: 40 }, (_, i) => card(i)).join('')}</div></aside>`;
  const footer = `<footer class="footer"><ul>${links(120, 'jaringan')}</ul></footer>` +
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' })}</script>`;
  return page.replace('<body>', `<body>${header}`).replace('</body>', `${side}${footer}</body>`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface BenchPage {
  name: string;
  url: string;
  html: string;
}

/**
 * A long article of news text that never repeats: the idner-news-2k dev sentences, three to a paragraph, until it has
 * 1,500 words. The fixtures' article above repeats its 49 paragraphs, so a page's second reading of a word is in it
 * more often than in a real article, and the recogniser scores a word form only on its first reading.
 */
function newsArticle(): ArticleFixture {
  const gold = readGold(SETS.idnerDev);
  const sentences = gold.map((s) => s.words.join(' ').replace(/ ([.,:;!?)])/g, '$1').replace(/([(]) /g, '$1'));
  const paragraphs: string[] = [];
  let words = 0;
  let used = 0;
  for (; words < TARGET_WORDS; used += 3) {
    const paragraph = sentences.slice(used, used + 3).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const names = pageNamesOf(gold.slice(0, used), paragraphs);
  return { ...ALL_ARTICLES[0]!, subdomain: 'www', path: '/read/2025/01/01/100000098/berita-panjang', paragraphs, bacaJuga: [], ...names };
}

/**
 * What a Kompas page would list for an article of these sentences: its most written names of more than one word as
 * tags (people and bodies, then places) with two topic tags, keyword links on the first three where the article
 * first writes them, and a caption naming its most written person at its most written place.
 */
function pageNamesOf(
  gold: ReadonlyArray<{ words: string[]; tags: readonly string[] }>, paragraphs: readonly string[],
): Pick<ArticleFixture, 'tags' | 'tagLinks' | 'image'> {
  const counts = new Map<string, { type: string; count: number }>();
  for (const { words, tags } of gold) {
    for (const span of tagsToSpans(tags)) {
      const name = words.slice(span.start, span.end).join(' ');
      const known = counts.get(name) ?? { type: span.type, count: 0 };
      known.count++;
      counts.set(name, known);
    }
  }
  const ranked = (types: string[], multiWord: boolean) => [...counts].filter(([name, { type }]) =>
    types.includes(type) && (!multiWord || name.includes(' ')) && paragraphs.some((paragraph) => paragraph.includes(name)))
    .sort((a, b) => b[1].count - a[1].count).map(([name]) => name);
  const people = ranked(['PER'], true);
  const named = [...ranked(['PER', 'ORG'], true).slice(0, 6), ...ranked(['LOC'], false).slice(0, 2)];
  const tagLinks = named.slice(0, 3).map((word) => ({ paragraph: paragraphs.findIndex((paragraph) => paragraph.includes(word)), word }));
  const caption = `${people[0]} memberikan keterangan kepada wartawan di ${ranked(['LOC'], false)[0]}, Senin (3/3/2025).`;
  return { tags: [...named, 'politik', 'ekonomi'], tagLinks, image: { src: '/img/2025/01/01/berita.jpg', caption, credit: 'KOMPAS.com/ARSIP' } };
}

/**
 * The two long articles, and the six real 2015 pages when ../shared has them (read in place, never copied).
 * The fixtures' article comes first: it is the one the first-run and long-task figures load.
 */
function pages(): BenchPage[] {
  const news = newsArticle();
  const list: BenchPage[] = [
    { name: 'synthetic 1,500 words', url: articleUrl(article), html },
    { name: 'news text 1,500 words', url: articleUrl(news), html: withSiteFurniture(buildArticlePage(news, { banners: 'siblings' })) },
  ];
  const folder = resolve(process.cwd(), '../shared/fixtures/kompas-2015');
  if (!existsSync(folder)) return list;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.html')).sort()) {
    const source = readFileSync(join(folder, file), 'utf8');
    list.push({ name: `2015 ${file.replace(/\.html$/, '')}`, url: `http://www.kompas.com/read/2015/01/01/${list.length}/real`, html: source });
  }
  return list;
}

const article = longArticle();
const html = withSiteFurniture(buildArticlePage(article, { banners: 'siblings' }));
const documents = pages();
const byPath = new Map(documents.map((doc) => [new URL(doc.url).pathname, doc.html]));
const server = await startFixtureServer((url) => {
  const body = byPath.get(url.pathname);
  return body === undefined ? null : { body };
});
const args = [kompasHostRule(server.port), ...CHROMIUM_FLAGS];

const bundle = await build({
  entryPoints: [resolve('bench/entities/browser-entry.ts')],
  bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent',
});

/** Opens `url` in `page` with the benchmark's functions loaded into it. */
async function loadBench(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return page;
}

// 1. The pipeline against Readability on each page, alternating which runs first.
interface Split {
  page: number;
  background: number;
}
type Bench = Record<'readability' | 'words' | 'elements' | 'hasBody', () => number> &
  Record<'page' | 'reader', () => Promise<Split>> & { stages: () => Promise<number[]>; pageNames: () => string };
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...args, '--js-flags=--expose-gc'] });
interface Row {
  name: string;
  words: number;
  elements: number;
  readability: number;
  page: Split;
  reader: Split;
  stages: number[];
  /** The page's own names as the content script reads them (PageNames, as JSON). */
  pageNames: string;
}
const rows: Row[] = [];
/** The median of each side. */
const medianSplit = (splits: Split[]): Split => ({ page: median(splits.map((s) => s.page)), background: median(splits.map((s) => s.background)) });
for (const doc of documents) {
  const page = await loadBench(await browser.newPage(), doc.url);
  const number = (name: 'readability' | 'words' | 'elements' | 'hasBody') =>
    page.evaluate((fn) => (globalThis as unknown as { bench: Bench }).bench[fn](), name);
  const split = (name: 'page' | 'reader') => page.evaluate((fn) => (globalThis as unknown as { bench: Bench }).bench[fn](), name);
  if (!(await number('hasBody'))) {
    console.log(`  (${doc.name}: no article body container known to the extension; skipped)`);
    await page.close();
    continue;
  }
  for (let i = 0; i < 5; i++) {
    await number('readability');
    await split('reader');
    await split('page');
  }
  const readability: number[] = [];
  const pageRuns: Split[] = [];
  const readerRuns: Split[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const runs = [async () => readability.push(await number('readability')), async () => readerRuns.push(await split('reader')),
      async () => pageRuns.push(await split('page'))];
    for (const run of i % 2 === 0 ? runs : runs.reverse()) await run();
  }
  const stages = await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.stages());
  const pageNames = await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.pageNames());
  rows.push({ name: doc.name, words: await number('words'), elements: await number('elements'), readability: median(readability),
    page: medianSplit(pageRuns), reader: medianSplit(readerRuns), stages, pageNames });
  await page.close();
}

// 2. The first run on a freshly loaded page, where the code is cold: what one page load costs, as against the warm
// medians above. Each figure comes from its own new page.
const FIRST_RUNS = 7;
const firstRuns = { readability: [] as number[], page: [] as Split[] };
for (let i = 0; i < FIRST_RUNS; i++) {
  for (const name of ['readability', 'page'] as const) {
    const context = await browser.newContext();
    const page = await loadBench(await context.newPage(), documents[0]!.url);
    if (name === 'readability') firstRuns.readability.push(await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.readability()));
    else firstRuns.page.push(await page.evaluate(() => (globalThis as unknown as { bench: Bench }).bench.page()));
    await context.close();
  }
}
await browser.close();

// 3. Long tasks while the page loads, with the built extension and, as the baseline, without it: a long task that
// also happens without the extension is the page's (parsing, style, layout), not ours. The first load after a browser
// starts is where the content scripts' cold start falls, and a long task there is occasional, so each load gets a
// browser of its own, alternating with and without the extension so that both see the machine in the same state;
// then five more loads in the last browser show the warm case. Three kinds of cold start, none with the extension's
// scripts run before: a browser on a new profile loading the page as it starts, while it installs the extension (a
// start with --load-extension; a reader installs from a store into a browser already running); the same once the
// installation has settled, a reader's first article after installing; a browser restarted on a profile that has
// the extension, every day's start.
const coldIndex = process.argv.indexOf('--cold-loads');
const COLD_LOADS = coldIndex >= 0 ? Number(process.argv[coldIndex + 1]) || 20 : 20;
/** `--busy`: the cold loads again while another process keeps one core busy. */
const BUSY = process.argv.includes('--busy');
/** How long a new profile's browser is left to start (and install the extension) before its first load, when settled. */
const SETTLE_MS = 3_000;

/** `installing`: load as the browser starts; `installed`: after SETTLE_MS, in either arm; `restarted`: see above. */
type ColdStart = 'installing' | 'installed' | 'restarted';

/** The longest task of each page load, in one freshly started browser: `loads` loads, the first of them cold. */
async function longestTasks(withExtension: boolean, loads: number, start: ColdStart = 'installing'): Promise<number[]> {
  const profile = await mkdtemp(join(tmpdir(), 'kompas-bench-'));
  const extension = resolve('dist/chrome');
  const options = {
    executablePath: CHROMIUM, headless: true,
    args: [...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []), ...args],
  };
  if (start === 'restarted') {
    const first = await chromium.launchPersistentContext(profile, options);
    await (await first.newPage()).waitForTimeout(1_500);
    await first.close();
  }
  const context = await chromium.launchPersistentContext(profile, options);
  if (start === 'installed') await (await context.newPage()).waitForTimeout(SETTLE_MS);
  const longest: number[] = [];
  for (let i = 0; i < loads; i++) {
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const scope = window as unknown as { __longTasks: number[] };
      scope.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) scope.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await tab.goto(documents[0]!.url);
    if (withExtension) {
      await tab.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, undefined, { timeout: 15_000 });
    }
    await tab.waitForTimeout(withExtension ? 300 : 1_000);
    longest.push(Math.max(0, ...(await tab.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks))));
    await tab.close();
  }
  await context.close();
  await rm(profile, { recursive: true, force: true });
  return longest;
}
const cold = { without: [] as number[], with: [] as number[] };
const installedCold = { without: [] as number[], with: [] as number[] };
const restartedCold = { without: [] as number[], with: [] as number[] };
for (let i = 0; i < COLD_LOADS; i++) {
  cold.without.push(...(await longestTasks(false, 1)));
  cold.with.push(...(await longestTasks(true, 1)));
  installedCold.without.push(...(await longestTasks(false, 1, 'installed')));
  installedCold.with.push(...(await longestTasks(true, 1, 'installed')));
  restartedCold.without.push(...(await longestTasks(false, 1, 'restarted')));
  restartedCold.with.push(...(await longestTasks(true, 1, 'restarted')));
}
// The same with one core kept busy by another process, as on a reader's machine doing something else: tasks take
// about twice as long there, and a task of ours that is short on an idle machine becomes a long one.
const busyCold = { without: [] as number[], with: [] as number[] };
if (BUSY) {
  const spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < COLD_LOADS; i++) {
      busyCold.without.push(...(await longestTasks(false, 1)));
      busyCold.with.push(...(await longestTasks(true, 1)));
    }
  } finally {
    spinner.kill();
  }
}
const warmWithout = (await longestTasks(false, 6)).slice(1);
const warm = (await longestTasks(true, 6)).slice(1);
await server.close();

const share = (ms: number, of: number) => `${ms.toFixed(2)} ms = ${((ms / of) * 100).toFixed(0).padStart(3)}%`;
console.log(`Entity highlighting against Readability.parse() in Chromium, median of ${ITERATIONS} runs (target: at most 15%).`);
console.log('The page\'s scripts read the article and the page\'s own names (tags, keyword links, title, caption), send them');
console.log('to the background in one message and highlight the answer. The background, off the page\'s main thread,');
console.log('recognises the paragraphs with a recogniser as it has it when it wakes (word records empty) and reads them as one');
console.log('article: the page\'s names and the remembered names marked, names followed, the names to remember picked. The');
console.log('reader opens over the highlighted page; the background has kept the paragraphs the page sent.');
console.log('  page                          words  elements  Readability  page\'s main thread     background: recognise   reader: main thread    (background)');
for (const row of rows) {
  console.log(`  ${row.name.padEnd(28)} ${String(row.words).padStart(6)} ${String(row.elements).padStart(9)} ${row.readability.toFixed(2).padStart(9)} ms  ` +
    `${share(row.page.page, row.readability).padStart(18)}  ${share(row.page.background, row.readability).padStart(22)}  ` +
    `${share(row.reader.page, row.readability).padStart(20)}  ${share(row.reader.background, row.readability).padStart(16)}`);
}
const firstPage = medianSplit(firstRuns.page);
const firstReadability = median(firstRuns.readability);
console.log(`\nFirst run on a freshly loaded page (${documents[0]!.name}), median of ${FIRST_RUNS} pages each: ` +
  `Readability ${firstReadability.toFixed(1)} ms; the page's main thread ${share(firstPage.page, firstReadability)}, ` +
  `the background's recognising ${share(firstPage.background, firstReadability)}`);
console.log('\nWhere the time goes (ms per run, mean of 20 runs of each stage alone; "recognise" is the median of 20 runs each');
console.log('with a fresh recogniser, and "again" with one that has read the article\'s words, as after a reload; "article steps"');
console.log('are the page\'s names, the remembered names and following names, over paragraphs already recognised)');
console.log('                                -------------------------- page\'s main thread --------------------------   ---------------- background ----------------');
console.log('  page                          read body  page\'s names   message  highlight  (index, for the panel)   article steps  recognise   (again)');
for (const row of rows) {
  const [read, names, message, highlight, index, article, recognise, again] = row.stages.map((ms) => ms.toFixed(2));
  console.log(`  ${row.name.padEnd(28)} ${read!.padStart(10)} ${names!.padStart(13)} ${message!.padStart(9)} ${highlight!.padStart(10)} ` +
    `${index!.padStart(23)} ${article!.padStart(15)} ${recognise!.padStart(10)} ${again!.padStart(9)}`);
}
console.log('\nThe page\'s own names each page gives (listed names; title and caption read: yes/no)');
for (const row of rows) {
  const { listed, title, caption } = JSON.parse(row.pageNames) as { listed: string[]; title: string | null; caption: string | null };
  console.log(`  ${row.name.padEnd(28)} ${listed.length} listed (${listed.join(', ')}); title ${title ? 'yes' : 'no'}, caption ${caption ? 'yes' : 'no'}`);
}
const over50 = (values: number[]) => {
  const long = values.filter((ms) => ms > 50);
  return `${long.length} of ${values.length} loads${long.length ? ` (${long.map((ms) => ms.toFixed(0)).join(', ')} ms)` : ''}; ` +
    `median longest ${median(values).toFixed(0)} ms`;
};
console.log(`\nLongest task on page load (target: none over 50 ms from us)`);
console.log(`  first load on a new profile as the browser starts, while it installs the extension, ${COLD_LOADS} browsers each, alternating:`);
console.log(`    without the extension: over 50 ms in ${over50(cold.without)}`);
console.log(`    with the extension:    over 50 ms in ${over50(cold.with)}`);
console.log(`  first load on a new profile once the browser has started and installed the extension (${SETTLE_MS / 1000} s), ${COLD_LOADS} browsers each, alternating:`);
console.log(`    without the extension: over 50 ms in ${over50(installedCold.without)}`);
console.log(`    with the extension:    over 50 ms in ${over50(installedCold.with)}`);
console.log(`  first load in a browser restarted on its profile, the extension installed before, ${COLD_LOADS} browsers each, alternating:`);
console.log(`    without the extension: over 50 ms in ${over50(restartedCold.without)}`);
console.log(`    with the extension:    over 50 ms in ${over50(restartedCold.with)}`);
if (BUSY) {
  console.log(`  the same with one core kept busy by another process, ${COLD_LOADS} browsers each:`);
  console.log(`    without the extension: over 50 ms in ${over50(busyCold.without)}`);
  console.log(`    with the extension:    over 50 ms in ${over50(busyCold.with)}`);
}
console.log('  five later loads in a started browser:');
console.log(`    without the extension: ${warmWithout.map((ms) => ms.toFixed(0)).join(', ')} ms`);
console.log(`    with the extension:    ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
