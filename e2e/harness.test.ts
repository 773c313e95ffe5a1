/**
 * The harness itself, in both browsers: closed shadow roots reached from the test, real (trusted) input, the
 * accessibility audit inside closed roots, and a clear, quick failure when a browser refuses the extension.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { auditAccessibility, formatViolations } from './accessibility.ts';
import { launch, type TestPage } from './browsers.ts';
import { BROWSERS, extensionDir, useBrowser } from './harness.ts';
import type { Route } from './server.ts';

const OUTER_TEXT = 'Teks di luar, dalam akar bayangan tertutup.';
const INNER_QUOTE = 'kalimat yang dipilih di dalam akar tertutup';
const PLAIN_QUOTE = 'rubah cokelat melompati anjing';

/**
 * Every shadow root here is closed, made by the page's own script, which logs the events it receives: whether a
 * mouseup, a selection change or a click came from real input (`isTrusted`).
 */
const HARNESS_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Uji perangkat uji</title></head>
<body><main>
<h1>Perangkat uji</h1>
<p id="plain">Seekor   rubah cokelat melompati anjing yang malas.</p>
<test-outer></test-outer>
<test-bad></test-bad>
<test-clean></test-clean>
</main>
<script>
  window.__events = [];
  const log = (where) => (event) => window.__events.push({ type: event.type, trusted: event.isTrusted, where });
  document.addEventListener('mouseup', log('document'), true);
  document.addEventListener('selectionchange', log('document'));
  const closed = (host, html) => {
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = html;
    return root;
  };
  const outer = closed(document.querySelector('test-outer'), '<p class="outer">${OUTER_TEXT}</p><test-inner></test-inner>');
  const inner = closed(outer.querySelector('test-inner'),
    '<p class="quote">Ini <b>sebuah</b> kalimat yang dipilih di dalam akar tertutup, dengan sisa.</p>' +
    '<label>Nama <input id="name"></label> <button type="button" id="press">Tekan</button>');
  inner.getElementById('press').addEventListener('click', log('press'));
  closed(document.querySelector('test-bad'), '<button type="button"></button>');
  closed(document.querySelector('test-clean'), '<button type="button">Berlabel</button>');
</script>
</body></html>`;

const route: Route = (url) => (url.pathname === '/harness' ? { body: HARNESS_PAGE } : null);

interface LoggedEvent {
  type: string;
  trusted: boolean;
  where: string;
}
const events = (page: TestPage) => page.evaluate(() => (window as unknown as { __events: LoggedEvent[] }).__events);
const clearEvents = (page: TestPage) => page.evaluate(() => void ((window as unknown as { __events: LoggedEvent[] }).__events = []));

for (const browserName of BROWSERS) {
  describe(`test harness in ${browserName}`, () => {
    const suite = useBrowser(browserName, route);
    let page: TestPage;
    before(async () => {
      page = await suite.browser.newPage();
      await page.goto(`http://127.0.0.1:${suite.server.port}/harness`);
    });
    after(async () => {
      await page?.close();
    });

    it('reads closed shadow roots, nested ones too, which page script cannot', async () => {
      assert.equal(await page.evaluate(() => document.querySelector('test-outer')!.shadowRoot), null, 'the root is closed');
      assert.equal(await page.evaluateInShadow('test-outer', (root) => root.querySelector('.outer')!.textContent), OUTER_TEXT);
      assert.equal(
        await page.evaluateInShadow(['test-outer', 'test-inner'], (root, tag) => root.querySelector(tag)!.textContent, 'b'),
        'sebuah',
      );
      await assert.rejects(page.evaluateInShadow(['test-outer', 'test-nowhere'], () => 1), /no element for test-nowhere/);
    });

    it('selects text with the real mouse, in the document and in a closed root, and the page sees trusted events', async () => {
      await clearEvents(page);
      await page.selectText({ within: '#plain' }, PLAIN_QUOTE);
      assert.equal(await page.evaluate(() => document.getSelection()!.toString()), PLAIN_QUOTE);
      await page.selectText({ hosts: ['test-outer', 'test-inner'], within: '.quote' }, INNER_QUOTE);
      const logged = await events(page);
      const mouseups = logged.filter((event) => event.type === 'mouseup');
      assert.equal(mouseups.length, 2, JSON.stringify(logged));
      assert.ok(mouseups.every((event) => event.trusted), JSON.stringify(logged));
      assert.ok(logged.some((event) => event.type === 'selectionchange'), JSON.stringify(logged));
      await assert.rejects(page.selectText({ within: '#plain' }, 'tidak ada di halaman'), /is not in #plain/);
    });

    it('clicks inside a closed root with a trusted click, and follows focus through closed roots', async () => {
      await clearEvents(page);
      await page.clickInShadow(['test-outer', 'test-inner'], '#press');
      assert.deepEqual((await events(page)).filter((event) => event.type === 'click'), [{ type: 'click', trusted: true, where: 'press' }]);
      await page.clickInShadow(['test-outer', 'test-inner'], '#name');
      const path = await page.focusedPath();
      assert.deepEqual(path.map((element) => element.tag), ['test-outer', 'test-inner', 'input']);
      assert.equal(path[2]!.attributes.id, 'name');
      await page.type('Ani');
      assert.equal(await page.evaluateInShadow(['test-outer', 'test-inner'], (root) => (root.getElementById('name') as HTMLInputElement).value), 'Ani');
    });

    it('audits inside closed roots: a nameless button is reported, a labelled one is not', async () => {
      const bad = await auditAccessibility(page, { include: 'test-bad' });
      assert.deepEqual(bad.map((violation) => violation.id), ['button-name'], formatViolations(bad));
      assert.match(formatViolations(bad), /button-name \(critical\)[^\n]*\n {2}at \[\["test-bad","button"\]\]/);
      const clean = await auditAccessibility(page, { include: ['test-clean'] });
      assert.deepEqual(clean, [], formatViolations(clean));
      // Lent for the audit only: the page cannot reach the roots afterwards.
      assert.equal(await page.evaluate(() => document.querySelector('test-bad')!.shadowRoot), null);
    });

    it('gives no voice to a suite that did not ask for speech: an utterance fails at once, nothing is left speaking', async () => {
      const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
      await page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { __speech: string[] }).__speech = log;
        document.getElementById('plain')!.addEventListener('click', () => {
          const utterance = new SpeechSynthesisUtterance('Selamat pagi');
          utterance.lang = 'id';
          for (const type of ['start', 'end', 'error']) utterance.addEventListener(type, () => log.push(type));
          speechSynthesis.speak(utterance);
        }, { once: true });
      });
      await page.click('#plain');
      await page.waitFor(() => (window as unknown as { __speech: string[] }).__speech.length > 0);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __speech: string[] }).__speech), ['error']);
      assert.equal(voices + await page.evaluate(() => speechSynthesis.getVoices().length), 0, 'no voice, before or after');
    });

    it('audits the extension\'s own pages', async () => {
      for (const path of ['extension/popup/index.html', 'extension/library/index.html']) {
        const extensionPage = await suite.browser.openExtensionPage(path);
        try {
          const violations = await auditAccessibility(extensionPage);
          assert.deepEqual(violations, [], `${path}:\n${formatViolations(violations)}`);
        } finally {
          await extensionPage.close();
        }
      }
    });
  });

  describe(`a browser that refuses the extension: ${browserName}`, () => {
    let folder = '';
    before(async () => {
      folder = await mkdtemp(join(tmpdir(), 'kompas-refused-'));
      await cp(extensionDir(browserName), folder, { recursive: true });
      if (browserName === 'firefox') {
        const manifestPath = join(folder, 'manifest.json');
        const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: Record<string, unknown> } };
        manifest.browser_specific_settings.gecko.strict_min_version = '999.0';
        await writeFile(manifestPath, JSON.stringify(manifest));
      } else {
        await writeFile(join(folder, 'service-worker-loader.js'), 'import "./nowhere-to-be-found.js"; this is not JavaScript');
      }
    });
    after(async () => {
      await rm(folder, { recursive: true, force: true });
    });

    it('fails fast with a message naming the browser, the folder and the likely cause', async () => {
      const started = Date.now();
      await assert.rejects(launch(browserName, folder, { port: 9, extensionStartTimeoutMs: 5_000 }), (error: Error) => {
        assert.ok(error.message.includes(folder), error.message);
        assert.match(error.message, browserName === 'firefox' ? /^Firefox .*strict_min_version/s : /^Chromium .*service worker.*failed to evaluate/s);
        return true;
      });
      assert.ok(Date.now() - started < 20_000, `gave up after ${Date.now() - started} ms`);
    });
  });
}
