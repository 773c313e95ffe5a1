/**
 * How much the reader pipeline (cleaning, Readability, model) costs against `Readability.parse()` alone on the same
 * documents, in Node (jsdom) and in Chromium. Target: at most 1.3x. Prints figures, never asserts: timings depend
 * on the machine.
 *
 *   npm run bench:reader [-- --iterations 30 --warmup 5 --no-browser --filter 2015]
 *
 * Documents: the project's fixture pages in several layouts, plus the six real 2015 pages when
 * ../shared/fixtures/kompas-2015 exists (read in place, never copied).
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../e2e/chromium-flags.ts';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage, type PageOptions } from '../../fixtures/kompas-page.ts';
import { measure, type MeasureOptions, type Timing } from './measure.ts';

interface BenchDocument {
  name: string;
  url: string;
  html: string;
}

const SHARED_2015 = '../shared/fixtures/kompas-2015';
const CHROMIUM_PATH = '/usr/bin/chromium';
const LAYOUTS: Array<{ name: string; options: PageOptions }> = [
  { name: 'plain', options: { banners: 'siblings' } },
  { name: 'cluttered', options: { banners: 'split', promos: true, bacaJugaBlocks: true, wrapper: 'nested' } },
];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function documents(): BenchDocument[] {
  const list: BenchDocument[] = [];
  for (const article of ALL_ARTICLES) {
    for (const layout of LAYOUTS) {
      list.push({ name: `${article.subdomain} ${layout.name}`, url: articleUrl(article),
        html: buildArticlePage(article, layout.options) });
    }
  }
  const folder = resolve(process.cwd(), SHARED_2015);
  if (existsSync(folder)) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html')).sort()) {
      const html = readFileSync(resolve(folder, file), 'utf8');
      const url = /<meta\s+property="og:url"\s+content="([^"]+)"/i.exec(html)?.[1] ?? 'https://www.kompas.com/read/x';
      list.push({ name: `2015 ${file.replace(/\.html$/, '')}`, url, html });
    }
  }
  return list;
}

function report(environment: string, rows: Array<{ name: string; timing: Timing }>): void {
  console.log(`\n${environment}: median ms per document (Readability alone | pipeline | ratio)`);
  let readability = 0;
  let pipeline = 0;
  for (const { name, timing } of rows) {
    readability += timing.readability;
    pipeline += timing.pipeline;
    console.log(`  ${name.padEnd(44)} ${timing.readability.toFixed(2).padStart(8)} ${timing.pipeline.toFixed(2).padStart(8)}` +
      `  ${(timing.pipeline / timing.readability).toFixed(2)}x`);
  }
  const ratios = rows.map(({ timing }) => timing.pipeline / timing.readability).sort((a, b) => a - b);
  console.log(`  ${'total'.padEnd(44)} ${readability.toFixed(2).padStart(8)} ${pipeline.toFixed(2).padStart(8)}` +
    `  ${(pipeline / readability).toFixed(2)}x`);
  console.log(`  ${environment} ratio (sum of medians): ${(pipeline / readability).toFixed(3)}x; per document ` +
    `${ratios[0]!.toFixed(2)}x-${ratios[ratios.length - 1]!.toFixed(2)}x, target <= 1.30x`);
}

function runNode(list: BenchDocument[], options: MeasureOptions): void {
  const parsed = list.map((item) => ({ item, doc: new JSDOM(item.html, { url: item.url }).window.document }));
  // One round over every document first, so the first documents do not pay for compiling both code paths.
  for (const { item, doc } of parsed) measure(doc, item.url, { warmup: 0, iterations: 1 });
  const rows = parsed.map(({ item, doc }) => ({ name: item.name, timing: measure(doc, item.url, options) }));
  report('Node (jsdom)', rows);
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(process.cwd(), 'bench/reader/browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

async function runChromium(list: BenchDocument[], options: MeasureOptions): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nChromium: skipped, ${CHROMIUM_PATH} not found`);
    return;
  }
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: true });
    const rows: Array<{ name: string; timing: Timing }> = [];
    for (const item of list) {
      // Every request is answered here: the document at its own address, and nothing else from anywhere.
      await page.route('**/*', (route) =>
        route.request().url() === item.url
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: item.html })
          : route.fulfill({ status: 204, body: '' }));
      await page.goto(item.url, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      rows.push({ name: item.name, timing: await page.evaluate((opts) => window.readerBench(opts), options) });
      await page.unroute('**/*');
    }
    report('Chromium', rows);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const options: MeasureOptions = { warmup: argument('warmup', 5), iterations: argument('iterations', 30) };
  const filterIndex = process.argv.indexOf('--filter');
  const filter = filterIndex >= 0 ? process.argv[filterIndex + 1] ?? '' : '';
  const list = documents().filter((item) => item.name.includes(filter));
  console.log(`${list.length} documents, ${options.warmup} warm-up + ${options.iterations} timed runs each`);
  runNode(list, options);
  if (!process.argv.includes('--no-browser')) await runChromium(list, options);
}

await main();
