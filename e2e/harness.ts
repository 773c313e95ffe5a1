/** Shared set-up for end-to-end suites: one fixture server and one browser per suite, torn down after it. */
import { after, before } from 'node:test';
import { launch, type BrowserName, type ExtensionBrowser, type LaunchOptions } from './browsers.ts';
import { startFixtureServer, type FixtureServer, type Route } from './server.ts';
import { startSpeechService, type SpeechService } from './speech-service.ts';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const extensionDir = (name: BrowserName): string => (name === 'chromium' ? 'dist/chrome' : 'dist/firefox');

export interface Suite {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export interface SuiteOptions extends Pick<LaunchOptions, 'caretBrowsing' | 'phone'> {
  /** A real voice for `speechSynthesis`: a private speech-dispatcher with espeak-ng, up for as long as the browser. */
  speech?: boolean;
}

/** Registers before/after hooks in the current describe block; read the returned object inside tests. */
export function useBrowser(
  name: BrowserName,
  route: Route,
  locale: 'id' | 'en' = 'id',
  { speech, ...options }: SuiteOptions = {},
): Suite {
  const suite = {} as Suite;
  let speechService: SpeechService | undefined;
  before(async () => {
    suite.server = await startFixtureServer(route);
    if (speech) speechService = await startSpeechService();
    suite.browser = await launch(name, extensionDir(name), {
      port: suite.server.port,
      locale,
      ...options,
      ...(speechService ? { speechAddress: speechService.address } : {}),
    });
  });
  after(async () => {
    try {
      await suite.browser?.close();
    } finally {
      // The speech server goes down after the browser, which is its client, and even when closing the browser fails.
      await speechService?.stop();
      await suite.server?.close();
    }
  });
  return suite;
}

/** The id of the tab showing `url`, asked of the extension itself from one of its pages. */
export async function tabIdOf(browser: ExtensionBrowser, urlPattern: string): Promise<number> {
  const page = await browser.openExtensionPage('extension/popup/index.html');
  try {
    const id = await page.evaluate(async (pattern) => {
      type TabsApi = { tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = scope.browser ?? scope.chrome;
      const tabs = await api.tabs.query({ url: pattern });
      return tabs[0]?.id ?? -1;
    }, urlPattern);
    if (id < 0) throw new Error(`no tab matches ${urlPattern}`);
    return id;
  } finally {
    await page.close();
  }
}
