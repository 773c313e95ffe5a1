/**
 * Drives the built extension in real Chromium (playwright-core) and real Firefox (puppeteer-core over WebDriver
 * BiDi) behind one small interface, so every end-to-end test is written once and run in both.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../manifest.ts';
import { CHROMIUM_FLAGS, kompasHostRule } from './chromium-flags.ts';
import { chromiumShadowRoots, firefoxShadowRoots, type ShadowRootAccess } from './shadow-roots.ts';
import { DEFAULT_TIMEOUT_MS, pollUntil, userActions, type Point, type UserActions } from './user-actions.ts';
import { touchActions, type TouchInput, type TouchActions } from './touch-actions.ts';

export type BrowserName = 'chromium' | 'firefox';

/**
 * A tab, as tests need it: run code in the page's own world (also inside closed shadow roots), wait for a condition,
 * act as a user would with the automation's real input.
 */
export interface TestPage extends UserActions, TouchActions {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Makes this the tab the browser shows, as a reader clicking its tab does: a tab behind another gets no animation
   * frames (Firefox), so a selection's toolbar or a click target's layout check would wait there for ever.
   */
  bringToFront(): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Resolves once `fn` returns a truthy value; rejects after `timeoutMs`. A throw counts as "not yet" (the element
   * inside a shadow root may not exist yet), so conditions can be written plainly.
   */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real click on the element matched by a CSS selector in the document (see `clickInShadow` for shadow roots). */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Types as a user would, into whatever has focus (also inside a frame of another origin). */
  type(text: string): Promise<void>;
  /** Chooses a file for an `<input type=file>`, as a user picking it would. */
  uploadFile(selector: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the page's viewport, as a narrow window or a phone would show it. */
  setViewport(width: number, height: number): Promise<void>;
  /** Runs a script's source in the page's main world, as a `<script>` would but beyond the page's CSP. */
  addScript(source: string): Promise<void>;
  /**
   * `evaluate` in the page's first frame whose address contains `urlPart` (the note panel, an extension page in a
   * frame of its own, beyond the page's reach but not the automation's).
   */
  evaluateInFrame<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** `addScript` in that frame. */
  addScriptInFrame(urlPart: string, source: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The first of `frames` whose document's address contains `urlPart`, asked of each document itself: puppeteer can
 * still name an extension's frame in a Firefox page by its first address (about:blank) after it has loaded.
 */
async function frameOf<F extends { url(): string; evaluate(expression: string): Promise<unknown> }>(frames: readonly F[], urlPart: string): Promise<F> {
  const addresses: string[] = [];
  for (const frame of frames) {
    const address = await frame.evaluate('location.href').catch(() => frame.url());
    if (typeof address === 'string' && address.includes(urlPart)) return frame;
    addresses.push(String(address));
  }
  throw new Error(`no frame at an address with ${urlPart}: ${addresses.join(', ')}`);
}

export interface ExtensionBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's own pages by its path inside the package. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The fixed address of a file of the extension (Chrome: by extension id; Firefox: by this run's fixed UUID). */
  fixedUrlOf(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the fixture server that stands in for *.kompas.com. */
  port: number;
  /** Browser UI language; the extension's strings follow it. */
  locale?: 'id' | 'en';
  /** How long the browser may take to accept the extension before the launch fails (20 s by default). */
  extensionStartTimeoutMs?: number;
  /**
   * Caret browsing, as keyboard users turn it on (F7): a caret in the page's text that Shift and the arrow keys
   * extend into a selection.
   */
  caretBrowsing?: boolean;
  /**
   * A phone: 360 by 780 CSS pixels and a finger for a pointer (Chromium: mobile emulation, touch, device scale 3;
   * Firefox: a window that narrow, touch events on and a coarse primary pointer).
   */
  phone?: boolean;
  /**
   * A speech-dispatcher's address (`SPEECHD_ADDRESS`, see speech-service.ts) for `speechSynthesis`: both browsers
   * speak through it, Chromium once told to use speech-dispatcher at all. Without it the browsers have no voices.
   */
  speechAddress?: string;
}

/**
 * Where a browser without `speechAddress` looks for speech-dispatcher: nowhere (no socket can exist under
 * /dev/null). Left to its default address, Firefox starts the machine's own speech-dispatcher the first time a page
 * touches `speechSynthesis`; without a sound server that one hangs on its first utterance and outlives the test run.
 * Asked for another address, the machine's server refuses to start (its socket is elsewhere) and the page has no
 * voice.
 */
const NO_SPEECH_ADDRESS = 'unix_socket:/dev/null/no-speech-dispatcher';

/** The environment that leads a browser's speech-dispatcher client to the server of `options.speechAddress`. */
function speechEnv(options: LaunchOptions): Record<string, string> {
  return { SPEECHD_ADDRESS: options.speechAddress ?? NO_SPEECH_ADDRESS };
}

/** The phone profile's viewport. */
export const PHONE = { width: 360, height: 780, deviceScaleFactor: 3 } as const;

/** The part of the background's `chrome` the launch checks. */
type ChromeRuntime = { chrome: { runtime: { onMessage: { hasListeners(): boolean } } } };

/** How long a browser may take to accept the extension before the harness gives up on it. */
const EXTENSION_START_TIMEOUT_MS = 20_000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so that moz-extension:// URLs are known before the add-on is installed. */
const FIREFOX_UUID = '3f9c2a4e-6b1d-4c8e-9a7f-2d5e8b1c0a64';

/**
 * Page functions travel as source text. The TypeScript loader that runs these tests wraps named functions in a
 * `__name(...)` helper that exists only in Node, so each function is sent with a stand-in for it.
 */
function pageExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;
}

/** Resolves as `promise` does, or rejects with `message` once `timeoutMs` has passed. */
async function within<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A finger in Chromium: CDP's touch events, which the renderer's gesture detection turns into taps and long presses. */
function chromiumTouch(session: () => Promise<CDPSession>): TouchInput {
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: Point) =>
    void (await (await session()).send('Input.dispatchTouchEvent', { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] }));
  return {
    async press(path, holdMs) {
      const [first, ...rest] = path;
      await send('touchStart', first);
      await sleep(holdMs);
      for (const point of rest) {
        await send('touchMove', point);
        await sleep(30);
      }
      await send('touchEnd');
    },
    async hold(at) {
      await send('touchStart', at);
      return () => send('touchEnd');
    },
  };
}

/** A finger in Firefox: WebDriver BiDi's `input.performActions` with a pointer of type "touch". */
function firefoxTouch(page: PuppeteerPage): TouchInput {
  type Context = { performActions(actions: unknown[]): Promise<void>; releaseActions(): Promise<void> };
  const context = () => (page.mainFrame() as unknown as { browsingContext: Context }).browsingContext;
  return {
    async press(path, holdMs) {
      const [first, ...rest] = path;
      const at = (point: Point) => ({ x: Math.round(point.x), y: Math.round(point.y), origin: 'viewport' });
      await context().performActions([{
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', ...at(first!) },
          { type: 'pointerDown', button: 0 },
          { type: 'pause', duration: holdMs },
          ...rest.map((point) => ({ type: 'pointerMove', duration: 30, ...at(point) })),
          { type: 'pointerUp', button: 0 },
        ],
      }]);
      await context().releaseActions();
    },
    async hold(point) {
      const finger = { type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' } };
      await context().performActions([{ ...finger, actions: [
        { type: 'pointerMove', x: Math.round(point.x), y: Math.round(point.y), origin: 'viewport' },
        { type: 'pointerDown', button: 0 },
      ] }]);
      return async () => {
        await context().performActions([{ ...finger, actions: [{ type: 'pointerUp', button: 0 }] }]);
        await context().releaseActions();
      };
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function wrapPlaywright(page: PlaywrightPage): TestPage {
  // One CDP session per page, opened when a test first reaches into a shadow root.
  let cdp: ReturnType<BrowserContext['newCDPSession']> | undefined;
  const session = () => (cdp ??= page.context().newCDPSession(page));
  const shadow: ShadowRootAccess = { call: async (steps, fn, arg) => chromiumShadowRoots(await session()).call(steps, fn, arg) };
  return {
    ...userActions(shadow, page.mouse),
    ...touchActions(shadow, chromiumTouch(session)),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
    // Polled from here: waitForFunction evaluates strings inside the page, which extension pages' CSP forbids.
    waitFor: (fn, arg, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      pollUntil(() => page.evaluate(pageExpression(fn, arg)).catch(() => false), timeoutMs, fn.toString()),
    click: (selector) => page.locator(selector).first().click(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    uploadFile: (selector, path) => page.locator(selector).setInputFiles(path),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    addScript: async (source) => {
      const { exceptionDetails } = await (await session()).send('Runtime.evaluate', { expression: source });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    },
    evaluateInFrame: async (urlPart, fn, arg) => (await frameOf(page.frames(), urlPart)).evaluate(pageExpression(fn, arg)) as never,
    addScriptInFrame: async (urlPart, source) => void (await (await frameOf(page.frames(), urlPart)).evaluate(`${source}\n;undefined`)),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  const shadow = firefoxShadowRoots(page);
  return {
    ...userActions(shadow, page.mouse),
    ...touchActions(shadow, firefoxTouch(page)),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    bringToFront: () => page.bringToFront(),
    evaluate: (fn, arg) => page.evaluate(pageExpression(fn, arg)) as never,
    // Polled from here, retrying through a document that is still being replaced: waitForFunction over BiDi fails
    // outright when the extension page's first document gives way to the loaded one.
    waitFor: (fn, arg, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      pollUntil(() => page.evaluate(pageExpression(fn, arg)).catch(() => false), timeoutMs, fn.toString()),
    click: async (selector) => {
      const handle = await page.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT_MS });
      if (!handle) throw new Error(`no element for ${selector}`);
      await handle.click();
      await handle.dispose();
    },
    // Puppeteer presses one key at a time: hold the modifiers of a chord such as "Control+Enter" around it.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    uploadFile: async (selector, path) => {
      const input = await page.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT_MS });
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // The script's completion value is no business of the test's: `undefined` is what comes back.
    addScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
    evaluateInFrame: async (urlPart, fn, arg) => (await frameOf(page.frames(), urlPart)).evaluate(pageExpression(fn, arg)) as never,
    addScriptInFrame: async (urlPart, source) => void (await (await frameOf(page.frames(), urlPart)).evaluate(`${source}\n;undefined`)),
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'kompas-e2e-chromium-'));
  const dir = resolve(extensionDir);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'id',
    // On Linux the UI language, which chrome.i18n follows, comes from the environment, not from --lang.
    env: {
      ...process.env,
      LANGUAGE: options.locale ?? 'id',
      LANG: options.locale === 'en' ? 'en_US.UTF-8' : 'id_ID.UTF-8',
      ...speechEnv(options),
    },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      kompasHostRule(options.port),
      `--lang=${options.locale ?? 'id'}`,
      ...(options.caretBrowsing ? ['--enable-caret-browsing'] : []),
      // Without it Chromium on Linux has no voices, and speak() fails with "synthesis-failed".
      ...(options.speechAddress ? ['--enable-speech-dispatcher'] : []),
      ...CHROMIUM_FLAGS,
    ],
    ...(options.phone
      ? { isMobile: true, hasTouch: true, viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.deviceScaleFactor }
      : {}),
  });
  const timeoutMs = options.extensionStartTimeoutMs ?? EXTENSION_START_TIMEOUT_MS;
  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? await within(
      context.waitForEvent('serviceworker', { timeout: 0 }),
      timeoutMs,
      `Chromium (${CHROMIUM_PATH}) started no service worker for the extension in ${dir} within ${timeoutMs} ms. Likely ` +
        'cause: it refused the extension (a manifest it cannot load, a missing service worker file).',
    );
    // Chromium starts the worker even when its script fails to evaluate; a background that evaluated has registered
    // its message listeners.
    const started = worker;
    await pollUntil(
      () => started.evaluate(() => (globalThis as unknown as ChromeRuntime).chrome.runtime.onMessage.hasListeners()).catch(() => false),
      timeoutMs,
      'the background to register its listeners',
    ).catch(() => {
      throw new Error(`Chromium (${CHROMIUM_PATH}) started the service worker of the extension in ${dir}, but within ${timeoutMs} ms ` +
        `it registered no message listener. Likely cause: its background script (${new URL(started.url()).pathname}) failed to evaluate.`);
    });
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    newPage: async () => wrapPlaywright(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrapPlaywright(page);
    },
    fixedUrlOf: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The likely cause of Firefox refusing the add-on in `dir`: its minimum version, when this Firefox is older. */
async function refusalHint(dir: string, version: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { strict_min_version?: string } };
    };
    const wanted = manifest.browser_specific_settings?.gecko?.strict_min_version;
    const running = /(\d+(?:\.\d+)*)/.exec(version)?.[1];
    if (wanted && running && compareVersions(running, wanted) < 0) {
      return `Likely cause: the manifest asks for Firefox ${wanted} or later (strict_min_version) and this is ${running}.`;
    }
    return `Likely cause: a manifest or file this Firefox rejects (strict_min_version ${wanted ?? 'unset'}; run web-ext lint).`;
  } catch (error) {
    return `Likely cause: no readable manifest.json there (${(error as Error).message}).`;
  }
}

function compareVersions(a: string, b: string): number {
  const [left, right] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < Math.max(left!.length, right!.length); i++) {
    const difference = (left![i] ?? 0) - (right![i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export async function launchFirefox(extensionDir: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...speechEnv(options) },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': options.locale ?? 'id',
      'intl.accept_languages': options.locale ?? 'id',
      ...(options.caretBrowsing ? { 'accessibility.browsewithcaret': true } : {}),
      // A phone's input: touch events for pages, and a finger (coarse, no hover) as the primary pointer.
      ...(options.phone ? { 'dom.w3c_touch_events.enabled': 1, 'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1 } : {}),
    },
  });
  const dir = resolve(extensionDir);
  const timeoutMs = options.extensionStartTimeoutMs ?? EXTENSION_START_TIMEOUT_MS;
  try {
    const version = await browser.version();
    // Firefox answers an add-on it refuses with an error, or with nothing at all (an ESR older than the manifest's
    // strict_min_version has been seen to never answer): bounded either way.
    await within(
      browser.installExtension(dir).catch(async (error: unknown) => {
        throw new Error(`Firefox (${FIREFOX_PATH}, ${version}) refused the extension in ${dir}: ${(error as Error).message}. ` +
          await refusalHint(dir, version));
      }),
      timeoutMs,
      `Firefox (${FIREFOX_PATH}, ${version}) did not install the extension in ${dir} within ${timeoutMs} ms. ` +
        await refusalHint(dir, version),
    );
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return {
    name: 'firefox',
    newPage: async () => {
      const page = await browser.newPage();
      if (options.phone) await page.setViewport({ width: PHONE.width, height: PHONE.height });
      return wrapPuppeteer(page);
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // Navigations to moz-extension:// pages load but never report completion over BiDi: poll instead.
      page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => undefined);
      const wrapped = wrapPuppeteer(page);
      await wrapped.waitFor(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
      return wrapped;
    },
    fixedUrlOf: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, extensionDir: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir, options) : launchFirefox(extensionDir, options);
}
