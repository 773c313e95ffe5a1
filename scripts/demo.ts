/**
 * `npm run demo`: serves a sample article as http://www.kompas.com/read/..., opens it in Chromium without and then
 * with the extension, and writes before/after screenshots to artifacts/demo/. With a display the browser window
 * with the extension stays open to explore until it is closed; without one everything runs headless.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DIPLOMACY_ARTICLE } from '../fixtures/articles.ts';
import { articleUrl } from '../fixtures/kompas-page.ts';
import { CHROMIUM_FLAGS, kompasHostRule } from '../e2e/chromium-flags.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { siteRoute } from '../e2e/site.ts';

const OUT = resolve('artifacts/demo');
const EXTENSION = resolve('dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const sample = { ...DIPLOMACY_ARTICLE, subdomain: 'www' };
const url = articleUrl(sample);
const route = siteRoute([{ article: sample, options: { banners: 'siblings' } }]);
const server = await startFixtureServer(route);
const baseArgs = [kompasHostRule(server.port), ...CHROMIUM_FLAGS];
const viewport = { width: 1100, height: 900 };
await mkdir(OUT, { recursive: true });

// Before: the page as Kompas serves it.
const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: baseArgs });
const before = await plain.newPage({ viewport });
await before.goto(url);
await before.waitForTimeout(300); // the site's own script opens its data pop-up shortly after load
await before.screenshot({ path: join(OUT, 'before.png'), fullPage: true });
await plain.close();

// After: the same page with the extension.
const profile = await mkdtemp(join(tmpdir(), 'kompas-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless,
  viewport,
  env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? 'id' },
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...baseArgs],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForTimeout(300);
await page.screenshot({ path: join(OUT, 'after.png'), fullPage: true });

// The reader view, opened from its floating button: a real click on it, inside a shadow root the page cannot open.
const button = await page.locator('kompas-reader-button').boundingBox();
if (!button) throw new Error('the "Mode baca" button is not on the page');
await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
await page.waitForFunction(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
await page.waitForTimeout(300);
await page.screenshot({ path: join(OUT, 'reader.png') });
await page.keyboard.press('Escape');
console.log(`Screenshots: ${['before.png', 'after.png', 'reader.png'].map((name) => join(OUT, name)).join(', ')}`);

if (headless) {
  await context.close();
} else {
  console.log(`Chromium is open on ${url} with the extension loaded; close the window to end the demo.`);
  await new Promise<void>((done) => context.on('close', () => done()));
}
await rm(profile, { recursive: true, force: true });
await server.close();
