/**
 * The speech harness in both browsers: with the suite's private speech-dispatcher, a kompas.com article page has an
 * Indonesian voice, and an utterance in it is really synthesised, from start to end.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROWSERS, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

/** What the page tells of one voice. */
interface VoiceSeen {
  name: string;
  lang: string;
  voiceURI: string;
}

/** What became of an utterance: its events in order, and the error's name if one came. */
interface SpeechLog {
  events: string[];
  error: string | null;
}

/** How long a browser may take to list its voices: Firefox asks speech-dispatcher for some thousands. */
const VOICES_TIMEOUT_MS = 10_000;

for (const browserName of BROWSERS) {
  describe(`speech voices in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([PAGES.siblings]), 'id', { speech: true });

    it('lists an Indonesian voice on an article page, and an utterance in it starts and ends', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));

        // Voices arrive asynchronously (both browsers may list none at first): wait for voiceschanged, bounded.
        const voices = await page.evaluate(async (timeoutMs) => {
          const list = (): VoiceSeen[] =>
            speechSynthesis.getVoices().map(({ name, lang, voiceURI }) => ({ name, lang, voiceURI }));
          if (list().length === 0) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, timeoutMs);
              speechSynthesis.addEventListener('voiceschanged', () => {
                clearTimeout(timer);
                resolve();
              }, { once: true });
            });
          }
          return list();
        }, VOICES_TIMEOUT_MS);
        const indonesian = voices.filter((voice) => /^id\b/i.test(voice.lang));
        assert.ok(indonesian.length > 0,
          `an Indonesian voice among ${voices.length}: ${voices.slice(0, 10).map((voice) => `${voice.name} (${voice.lang})`).join(', ')}`);
        const voice = indonesian[0]!;

        // Chrome's autoplay policy may refuse speak() without user activation (this headless Chromium does not): the
        // utterance goes out from the handler of a real click, as it will from the reader's button.
        await page.evaluate((voiceURI) => {
          const log: SpeechLog = { events: [], error: null };
          (window as unknown as { __speech: SpeechLog }).__speech = log;
          document.addEventListener('click', () => {
            const utterance = new SpeechSynthesisUtterance('Selamat pagi, pembaca Kompas.');
            utterance.voice = speechSynthesis.getVoices().find((candidate) => candidate.voiceURI === voiceURI) ?? null;
            utterance.lang = utterance.voice?.lang ?? 'id';
            if (!utterance.voice) log.events.push('no voice');
            for (const type of ['start', 'end', 'error'] as const) {
              utterance.addEventListener(type, (event) => {
                log.events.push(type);
                if (type === 'error') log.error = (event as SpeechSynthesisErrorEvent).error;
              });
            }
            speechSynthesis.speak(utterance);
          }, { once: true });
        }, voice.voiceURI);
        await page.click('h1.read__title');

        await page.waitFor(() => {
          const { events } = (window as unknown as { __speech: SpeechLog }).__speech;
          return events.includes('end') || events.includes('error') || events.includes('no voice');
        });
        const log = await page.evaluate(() => (window as unknown as { __speech: SpeechLog }).__speech);
        assert.deepEqual(log, { events: ['start', 'end'], error: null }, `the utterance in ${voice.name} (${voice.voiceURI})`);
      } finally {
        await page.close();
      }
    });
  });
}
