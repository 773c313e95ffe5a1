/**
 * `npm run demo`: serves a sample article as http://www.kompas.com/read/..., opens it in Chromium without and then
 * with the extension, and writes before/after screenshots to artifacts/demo/. With a display the browser window
 * with the extension stays open to explore until it is closed; without one everything runs headless.
 *
 * `npm run demo -- --phone`: the same article on a phone (360×780 CSS px at device scale 3, touch, mobile), always
 * headless: the page, the selection toolbar after a touch selection, the reader, and its "Aa" and entity sheets, in
 * artifacts/demo/phone/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { DIPLOMACY_ARTICLE } from '../fixtures/articles.ts';
import { articleUrl } from '../fixtures/kompas-page.ts';
import { CHROMIUM_FLAGS, kompasHostRule } from '../e2e/chromium-flags.ts';
import { startFixtureServer } from '../e2e/server.ts';
import { startSpeechService } from '../e2e/speech-service.ts';
import { siteRoute } from '../e2e/site.ts';

const OUT = resolve('artifacts/demo');
const EXTENSION = resolve('dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const phone = process.argv.includes('--phone');
const headless = phone || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const sample = { ...DIPLOMACY_ARTICLE, subdomain: 'www' };
const url = articleUrl(sample);
const route = siteRoute([{ article: sample, options: { banners: 'siblings' } }]);
const server = await startFixtureServer(route);
// A voice for "Dengarkan": the tests' private speech-dispatcher with espeak-ng, where the machine has them.
const speech = await startSpeechService().catch((error: Error) => {
  console.log(`No voice for "Dengarkan" in the demo: ${error.message}`);
  return null;
});
const speechEnv = speech ? { SPEECHD_ADDRESS: speech.address } : {};
const baseArgs = [kompasHostRule(server.port), ...CHROMIUM_FLAGS, ...(speech ? ['--enable-speech-dispatcher'] : [])];
const viewport = { width: 1100, height: 900 };
await mkdir(OUT, { recursive: true });

if (phone) {
  await phoneDemo();
  await speech?.stop();
  await server.close();
  process.exit(0);
}

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
  env: { ...process.env, ...speechEnv, LANGUAGE: process.env.LANGUAGE ?? 'id' },
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
// "Dengarkan", paused on the first paragraph, so the picture shows the mark and the bar as a listener sees them.
const desktopBox = shadowBoxes(await context.newCDPSession(page));
const clickBox = async (selector: string) => {
  const box = await desktopBox(selector);
  if (!box) throw new Error(`${selector} is not in the reader`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};
await clickBox('.listen-toggle');
for (let tries = 0; tries < 50 && !(await desktopBox('.speech-line')); tries += 1) await page.waitForTimeout(100);
await clickBox('.listen-play');
await page.waitForTimeout(400);
await page.screenshot({ path: join(OUT, 'reader-listening.png') });
console.log(`Screenshots: ${['before.png', 'after.png', 'reader.png', 'reader-listening.png'].map((name) => join(OUT, name)).join(', ')}`);
await page.keyboard.press('Escape');

if (headless) {
  await context.close();
} else {
  console.log(`Chromium is open on ${url} with the extension loaded; close the window to end the demo.`);
  await new Promise<void>((done) => context.on('close', () => done()));
}
await rm(profile, { recursive: true, force: true });
await speech?.stop();
await server.close();

/** The phone's screenshots: the page, the selection toolbar, the reader, and the reader's two sheets. */
async function phoneDemo(): Promise<void> {
  const out = join(OUT, 'phone');
  await mkdir(out, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'kompas-demo-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    env: { ...process.env, ...speechEnv, LANGUAGE: process.env.LANGUAGE ?? 'id' },
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...baseArgs],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForTimeout(300);
    const shots: string[] = [];
    const shoot = async (name: string) => {
      await page.screenshot({ path: join(out, name) });
      shots.push(join(out, name));
    };
    await shoot('page.png');
    // A word selected by a long press brings the selection toolbar below it. Headless Chromium does not turn a held
    // touch into a selection, so the word is selected while a real finger is down on it, as the gesture would.
    const touch = await context.newCDPSession(page);
    const word = await page.evaluate(() => {
      const paragraph = document.querySelector('[data-fixture-paragraph="1"]') ?? document.querySelector('.read__content p');
      const text = paragraph?.firstChild;
      if (!paragraph || !text || text.nodeType !== Node.TEXT_NODE) return null;
      paragraph.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      const data = (text as Text).data;
      const start = data.search(/\p{L}{5,}/u);
      range.setStart(text, start);
      range.setEnd(text, start + (data.slice(start).match(/^\p{L}+/u)?.[0].length ?? 1));
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    if (word) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: word.x, y: word.y }] });
      await page.waitForTimeout(500);
      await page.evaluate(({ x, y }) => {
        const caret = document.caretRangeFromPoint(x, y);
        if (!caret) return;
        const node = caret.startContainer as Text;
        let start = caret.startOffset;
        let end = caret.startOffset;
        while (start > 0 && /\p{L}/u.test(node.data[start - 1]!)) start -= 1;
        while (end < node.data.length && /\p{L}/u.test(node.data[end]!)) end += 1;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, word);
      await page.waitForTimeout(300);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(900);
      await shoot('selection-toolbar.png');
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await page.evaluate(() => scrollTo(0, 0));
      await page.waitForTimeout(300);
    }
    // Taps, as a finger would: the "Mode baca" button, then the reader's own bar, inside closed shadow roots.
    const tap = async (box: { x: number; y: number; width: number; height: number } | null, what: string) => {
      if (!box) throw new Error(`${what} is not on the screen`);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    const boxOf = shadowBoxes(await context.newCDPSession(page));
    // The "Mode baca" button: the first of the floating buttons (Simpan is beside it).
    await tap(await boxOf('button', 'kompas-reader-button'), 'the "Mode baca" button');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
    // The entity list arrives from the background's recogniser shortly after the reader opens.
    for (let tries = 0; tries < 50 && !(await boxOf('.open-panel .panel-count')); tries += 1) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    await shoot('reader.png');
    await tap(await boxOf('.open-settings'), 'the "Aa" button');
    await page.waitForTimeout(300);
    await shoot('reader-settings-sheet.png');
    await tap(await boxOf('dialog.sheet-settings .sheet-close'), 'the sheet\'s "Selesai"');
    await page.waitForTimeout(200);
    await tap(await boxOf('.open-panel'), 'the names\' button');
    await page.waitForTimeout(300);
    await shoot('reader-entity-sheet.png');
    await tap(await boxOf('dialog.sheet-aside .sheet-close'), 'the names sheet\'s "Selesai"');
    await page.waitForTimeout(200);
    await tap(await boxOf('.listen-toggle'), 'the "Dengarkan" button');
    // Paused on the first paragraph, so the picture shows the mark and the bar as a listener sees them.
    for (let tries = 0; tries < 50 && !(await boxOf('.speech-line')); tries += 1) await page.waitForTimeout(100);
    await tap(await boxOf('.listen-play'), 'the pause button');
    await page.waitForTimeout(400);
    await shoot('reader-listening.png');
    console.log(`Screenshots: ${shots.join(', ')}`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of the element matched by `selector` inside `host`'s closed shadow root, measured by the automation. */
function shadowBoxes(cdp: CDPSession): (selector: string, host?: string) => Promise<Box | null> {
  return async (selector, host = 'kompas-reader-host') => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node: typeof root): number | null => {
      if (node.localName === host && node.shadowRoots?.[0]) return node.shadowRoots[0].nodeId;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root);
    if (!shadow) return null;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow, selector });
    if (!nodeId) return null;
    // The mark of the sentence being read is drawn anew for each sentence: the node found may be gone a moment later.
    const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
    if (!box) return null;
    const [x1, y1, , , x3, y3] = box.model.border;
    return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
  };
}
