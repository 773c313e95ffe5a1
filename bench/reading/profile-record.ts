/**
 * node --import tsx bench/reading/profile-record.ts — where recording an article's time goes: `ReadingStore.record`
 * beside its parts run alone (the reads of the record and the summaries, the article's write with and without the
 * entity-pair indexes, the summaries' reads and writes with and without the name words' rows), on a store of
 * PROFILE_ARTICLES (default 3,000) articles of the benchmark's corpus, in headless Chromium. Prints medians and p95s.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../e2e/chromium-flags.ts';
import { startFixtureServer } from '../../e2e/server.ts';
import { reading } from './corpus.ts';
import type { profile } from './profile-entry.ts';

const ARTICLES = Number(process.env.PROFILE_ARTICLES ?? 3_000);
const EACH = Number(process.env.PROFILE_EACH ?? 60);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const server = await startFixtureServer(() => ({ body: '<!doctype html><title>profile</title>' }));
const bundle = (await build({ entryPoints: [resolve('bench/reading/profile-entry.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent' })).outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_FLAGS] });
const page = await (await browser.newContext()).newPage();
await page.goto(`http://localhost:${server.port}/`);
await page.addScriptTag({ content: bundle });
type Profile = typeof profile;
const call = <K extends keyof Profile>(name: K, ...args: Parameters<Profile[K]>): Promise<Awaited<ReturnType<Profile[K]>>> =>
  page.evaluate(([fn, rest]) => ((globalThis as unknown as { profile: Record<string, (...a: unknown[]) => unknown> }).profile[fn as string]!(...(rest as unknown[]))), [name, args] as const) as never;

await call('open', `profile-${Date.now()}`);
const start = Date.UTC(2025, 0, 1);
let n = 0;
const fill: number[] = [];
for (; n < ARTICLES; n += 250) fill.push(...(await call('fill', Array.from({ length: 250 }, (_, i) => reading(n + i + 1)), start + n * 60_000)));
console.log(`store of ${n} articles filled; record median ${percentile(fill.slice(-1000), 50).toFixed(2)} ms, p95 ${percentile(fill.slice(-1000), 95).toFixed(2)} ms (last 1,000)`);
console.log(`${await call('copySummaries')} summaries copied into stores with fewer indexes`);
const names = await call('names');
const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < EACH / 20; round++) {
  const batch = Array.from({ length: 20 * names.length }, (_, i) => reading(n + i + 1));
  const got = await call('run', batch, start + n * 60_000, names);
  n += batch.length;
  for (const name of names) times[name]!.push(...got[name]!);
}
for (const name of names) console.log(`${name.padEnd(48)} median ${percentile(times[name]!, 50).toFixed(2)} ms, p95 ${percentile(times[name]!, 95).toFixed(2)} ms`);
await browser.close();
await server.close();
