/**
 * "Dengarkan" in both browsers, with the test's private speech-dispatcher and espeak-ng (some 13,000 voices, the most a
 * reader's system is likely to list): how long the bar takes from the click to a voice menu the reader can use, and
 * the longest task it causes on the page meanwhile (Chromium only: Firefox has no long-task timing), against the
 * browser's own cost of listing its voices (`speechSynthesis.getVoices()` in the page, once the list is loaded), the
 * baseline, measured in the same page. Also the time from one sentence's end to the next sentence's mark. Prints
 * figures, never asserts.
 *
 *   npm run bench:speech [-- --iterations 10]
 */
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { launch, type BrowserName, type TestPage } from '../../e2e/browsers.ts';
import { BROWSERS, extensionDir } from '../../e2e/harness.ts';
import { startFixtureServer } from '../../e2e/server.ts';
import { siteRoute, urlOf, variant, type SitePage } from '../../e2e/site.ts';
import { startSpeechService } from '../../e2e/speech-service.ts';

const READER = 'kompas-reader-host';
const iterationsIndex = process.argv.indexOf('--iterations');
const ITERATIONS = iterationsIndex >= 0 ? Number(process.argv[iterationsIndex + 1]) || 10 : 10;

const PAGE: SitePage = {
  article: variant(DIPLOMACY_ARTICLE, 'internasional', '100000031', {
    paragraphs: Array.from({ length: 5 }, () => DIPLOMACY_ARTICLE.paragraphs).flat(),
  }),
  options: { banners: 'wrapped' },
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Opening {
  /** From the click on "Dengarkan" to a voice menu with options. */
  menuMs: number;
  /** The longest task on the page's main thread meanwhile (null where the browser cannot tell). */
  longestTaskMs: number | null;
}

/** Opens the bar by a real click and times it in the page: a MutationObserver sees the menu fill. */
async function openBar(page: TestPage): Promise<Opening> {
  await page.evaluateInShadow(READER, (root) => {
    const state = { start: performance.now(), menu: 0, longest: null as number | null };
    (window as unknown as { __bar: typeof state }).__bar = state;
    // Firefox has no long-task timing; it would ignore the request without a word.
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longest = Math.max(state.longest ?? 0, entry.duration);
      }).observe({ type: 'longtask' });
      state.longest = 0;
    }
    const observer = new MutationObserver(() => {
      if ((root.querySelector<HTMLSelectElement>('.listen-voice')?.options.length ?? 0) > 1) {
        state.menu = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(root, { subtree: true, childList: true });
  });
  const clicked = await page.evaluate(() => performance.now());
  await page.clickInShadow(READER, '.listen-toggle');
  await page.waitFor(() => (window as unknown as { __bar: { menu: number } }).__bar.menu > 0, undefined, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const state = await page.evaluate(() => (window as unknown as { __bar: { menu: number; longest: number | null } }).__bar);
  await page.clickInShadow(READER, '.listen-close');
  return { menuMs: state.menu - clicked, longestTaskMs: state.longest };
}

/** `speechSynthesis.getVoices()` in the page, the voices already loaded: the browser's own share. */
const listVoices = (page: TestPage): Promise<number> => page.evaluate(() => {
  const start = performance.now();
  speechSynthesis.getVoices();
  return performance.now() - start;
});

/** From a sentence's end to the next one's mark, over a whole article read by the real voice. */
async function sentenceSteps(page: TestPage): Promise<number[]> {
  await page.evaluateInShadow(READER, (root) => {
    const steps: number[] = [];
    let last = performance.now();
    (window as unknown as { __steps: number[] }).__steps = steps;
    new MutationObserver(() => {
      const now = performance.now();
      steps.push(now - last);
      last = now;
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-position'] });
  });
  await page.clickInShadow(READER, '.listen-toggle');
  await page.waitForInShadow(READER, (root) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.status === 'playing', undefined, 20_000);
  await page.waitForInShadow(READER, (root) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.status === 'stopped', undefined, 120_000);
  return page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
}

async function run(name: BrowserName): Promise<void> {
  const server = await startFixtureServer(siteRoute([PAGE]));
  const speech = await startSpeechService();
  const browser = await launch(name, extensionDir(name), { port: server.port, locale: 'id', speechAddress: speech.address });
  try {
    const page = await browser.newPage();
    await page.goto(urlOf(PAGE));
    await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
    await page.clickInShadow('kompas-reader-button', 'button');
    await page.waitForInShadow(READER, (root) => root.querySelector('.listen-toggle') !== null);
    const first = await openBar(page);
    const openings: Opening[] = [];
    const baselines: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      baselines.push(await listVoices(page));
      openings.push(await openBar(page));
    }
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    const menu = median(openings.map((opening) => opening.menuMs));
    const baseline = median(baselines);
    const longest = openings.map((opening) => opening.longestTaskMs).filter((value): value is number => value !== null);
    console.log(`\n${name}: ${voices} voices, ${ITERATIONS} openings of the bar`);
    console.log(`  first opening (voices loading):     ${first.menuMs.toFixed(0)} ms to the voice menu`);
    console.log(`  later openings, median:             ${menu.toFixed(1)} ms to the voice menu`);
    console.log(`  getVoices() in the page (baseline): ${baseline.toFixed(1)} ms; bar / baseline ${(menu / baseline).toFixed(1)}x`);
    console.log(`  longest task while opening:         ${longest.length ? `${Math.max(...longest).toFixed(0)} ms (median ${median(longest).toFixed(0)} ms)` : 'not measurable here'}`);
    const steps = (await sentenceSteps(page)).slice(1);
    console.log(`  sentence to sentence (${steps.length}): median ${median(steps).toFixed(1)} ms, ` +
      `max ${Math.max(...steps).toFixed(1)} ms (synthesis of a sentence into a null sound sink included)`);
  } finally {
    await browser.close();
    await speech.stop();
    await server.close();
  }
}

for (const name of BROWSERS) await run(name);
