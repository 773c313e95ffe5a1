/**
 * A kompas.com page is not ours, and a compromised ad or analytics script runs in it too. Each test here runs an
 * attack as such a script would (`page.evaluate`, the page's own world) and asserts that it fails, and that the same
 * action done by the reader, through the automation's real mouse and keyboard, still works.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { PAGES, siteRoute, urlOf } from './site.ts';

const ARTICLE = PAGES.wrapped;
const SETTLE_MS = 800;

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** Runs in the page: the first article paragraph's text, the one the tests select in. */
function firstParagraphText(): string {
  return document.querySelector('[data-fixture-paragraph="0"]')!.textContent ?? '';
}

/** A few words of the first paragraph, as the quote to select. */
async function quoteOf(page: TestPage): Promise<string> {
  const text = await page.evaluate(firstParagraphText);
  const words = text.trim().split(/\s+/).slice(2, 7).join(' ');
  assert.ok(words.length > 10 && text.includes(words), `a quote from "${text}"`);
  return words;
}

/** Runs in the page: selects `quote` in the first paragraph by script and dispatches the events a drag would make. */
function selectByScript(quote: string): void {
  const paragraph = document.querySelector('[data-fixture-paragraph="0"]')!;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    paragraph.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
    return;
  }
  throw new Error(`no text node holds "${quote}"`);
}

/** Runs in the page: what a page script can reach of each of our hosts (their shadow roots must be closed). */
function reachableShadowRoots(): string[] {
  return Array.from(document.querySelectorAll('*'))
    .filter((element) => element.localName.startsWith('teman-baca-') || element.localName.startsWith('kompas-reader'))
    .filter((element) => element.shadowRoot !== null)
    .map((element) => element.localName);
}

/** Runs in the page: every extension address in the page's DOM, attributes and open shadow roots. */
function extensionAddresses(): string[] {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/(?:chrome|moz)-extension:/.test(attribute.value)) found.push(`${element.localName}[${attribute.name}]`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** Runs in the page: a point inside the first line of the element `selector` names, scrolled into view, to click. */
function pointOnHighlight(selector: string): { x: number; y: number } {
  const element = document.querySelector(selector)!;
  element.scrollIntoView({ block: 'center' });
  const rect = element.getClientRects()[0]!;
  return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
}

const drawnHighlights = (page: TestPage) => page.evaluate(() => document.querySelectorAll('teman-baca-highlight').length);
const panelOpen = (page: TestPage) => page.evaluate(() => document.querySelector('teman-baca-note-host') !== null);

/** Waits until the highlights' code has loaded: it puts its live regions in place at start. */
const highlightsReady = (page: TestPage) => page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);

for (const browserName of BROWSERS) {
  describe(`a hostile page in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute());

    it('cannot make a highlight: its selection and events are ignored, the reader\'s drag and click are not', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await highlightsReady(page);
        const quote = await quoteOf(page);
        await page.evaluate(selectByScript, quote);
        await settle();
        assert.equal(await page.evaluate(() => document.querySelector('teman-baca-toolbar')), null, 'no toolbar for a scripted selection');
        assert.equal(await drawnHighlights(page), 0);

        await page.evaluate(() => getSelection()!.removeAllRanges());
        await page.selectText({ within: '[data-fixture-paragraph="0"]' }, quote);
        await page.waitFor(() => document.querySelector('teman-baca-toolbar') !== null);
        assert.deepEqual(await page.evaluate(reachableShadowRoots), [], 'the page reaches none of our shadow roots');
        // A page script can still find the host, but nothing in it to press.
        await page.evaluate(() => (document.querySelector('teman-baca-toolbar') as HTMLElement).click());
        await settle();
        assert.equal(await drawnHighlights(page), 0, 'clicking the host by script highlights nothing');

        await page.clickInShadow('teman-baca-toolbar', 'button[data-action="highlight"]');
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        const text = await page.evaluate(() => Array.from(document.querySelectorAll('teman-baca-highlight'), (e) => e.textContent).join(''));
        assert.equal(text, quote);
      } finally {
        await page.close();
      }
    });

    it('cannot open a note with a highlight of its own making, by script or by luring the reader\'s click', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        const realId = await page.evaluate(() => document.querySelector('teman-baca-highlight')!.getAttribute('data-highlight-id')!);
        await page.evaluate((id) => {
          const forged = document.createElement('teman-baca-highlight');
          forged.setAttribute('data-highlight-id', id);
          forged.id = 'forged';
          forged.textContent = 'Klik di sini untuk hadiah';
          forged.style.cssText = 'display:inline-block;padding:8px;background:#ffeb3b';
          document.querySelector('[data-fixture-paragraph="1"]')!.prepend(forged);
          forged.click();
          forged.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }, realId);
        await settle();
        assert.equal(await panelOpen(page), false, 'no panel for a scripted click or key');
        const box = await page.evaluate(() => {
          const element = document.getElementById('forged')!;
          element.scrollIntoView({ block: 'center' });
          const rect = element.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        await page.clickAt(box);
        await settle();
        assert.equal(await panelOpen(page), false, 'no panel for the reader\'s click on an element the page made');

        await page.clickAt(await page.evaluate(pointOnHighlight, 'teman-baca-highlight:not(#forged)'));
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
      } finally {
        await page.close();
      }
    });

    it('can neither reach the note panel, nor learn its address, nor restyle it, nor speak for it', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        await page.clickAt(await page.evaluate(pointOnHighlight, 'teman-baca-highlight'));
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        assert.deepEqual(await page.evaluate(reachableShadowRoots), []);
        assert.deepEqual(await page.evaluate(extensionAddresses), [], 'no extension address is visible to the page');
        // The panel's frame is the extension's: its document and address stay out of the page's reach.
        const probe = await page.evaluate(() => {
          const frame = window.frames[0];
          if (!frame) return 'no frame';
          try {
            return frame.location.href;
          } catch {
            return 'refused';
          }
        });
        assert.ok(probe === 'refused' || probe === 'no frame', `the page read ${probe}`);

        // Messages in the panel's words, posted by the page, change nothing.
        const id = await page.evaluate(() => document.querySelector('teman-baca-highlight')!.getAttribute('data-highlight-id')!);
        await page.evaluate((target) => {
          window.postMessage({ source: 'teman-baca-note-panel', type: 'deleted', id: target }, '*');
          window.frames[0]?.postMessage({ source: 'teman-baca-note-host', type: 'ticket', ticket: '0'.repeat(32) }, '*');
        }, id);
        await settle();
        assert.ok((await drawnHighlights(page)) > 0, 'the highlight is still drawn');
        assert.equal(await panelOpen(page), true);

        // Making the panel transparent, to lure a click onto it, closes it instead.
        await page.evaluate(() => (document.querySelector('teman-baca-note-host') as HTMLElement).style.setProperty('opacity', '0.02', 'important'));
        await page.waitFor(() => document.querySelector('teman-baca-note-host') === null);
      } finally {
        await page.close();
      }
    });

    it('cannot reach the note panel\'s window to post it a ticket of its own before ours', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-highlight') !== null);
        const before = await page.evaluate(() => window.frames.length);
        await page.clickAt(await page.evaluate(pointOnHighlight, 'teman-baca-highlight'));
        await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
        // The frame sits behind a closed shadow root: it is not among the page's frames, and no element leads to it.
        assert.equal(await page.evaluate(() => window.frames.length), before, 'the panel\'s frame is not among window.frames');
        assert.equal(await page.evaluate(() => document.querySelector('iframe[src*="note-panel"]')), null);
        let opened = false;
        for (let attempt = 0; attempt < 40 && !opened; attempt++) {
          opened = await page.evaluateInFrame('note-panel', () => document.getElementById('note-text') !== null).catch(() => false);
          if (!opened) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.equal(opened, true, 'the note opened in the panel');
      } finally {
        await page.close();
      }
    });

    it('cannot run script through the reader: active markup the page puts in the article stays inert', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.evaluate(() => {
          const fired: string[] = [];
          (window as unknown as { __fired: string[] }).__fired = fired;
          // Into the article's own paragraphs, where the reader surely takes it.
          const paragraph = document.querySelector('[data-fixture-paragraph="1"]')!;
          paragraph.insertAdjacentHTML('beforeend', [
            ' <img src="/img/x.png" onload="__fired.push(\'img\')" onerror="__fired.push(\'img\')">',
            '<noembed>&lt;/noembed&gt;&lt;img src=x onerror="__fired.push(\'noembed\')"&gt;</noembed>',
            ' <a href="javascript:__fired.push(\'link\')">tautan sisipan</a>',
            '<svg><style>&lt;img src=x onerror="__fired.push(\'svg\')"&gt;</style></svg>',
            '<math><mtext><table><mglyph><style><img src=x onerror="__fired.push(\'math\')"></style></mglyph></table></mtext></math>',
          ].join(''));
          const next = document.querySelector('[data-fixture-paragraph="2"]')!;
          const xmp = document.createElement('xmp');
          xmp.textContent = '</xmp><img src=x onerror="__fired.push(\'xmp\')">';
          next.append(xmp, document.createComment('--><img src=x onerror="__fired.push(\'comment\')">'));
          // Whatever fired before the reader opened is the page's own doing.
          setTimeout(() => fired.splice(0), 300);
        });
        await settle();
        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        await page.waitForInShadow('kompas-reader-host', (root) => root.querySelector('.content p') !== null);
        await settle();
        assert.deepEqual(await page.evaluate(() => (window as unknown as { __fired: string[] }).__fired), []);
        const active = await page.evaluateInShadow('kompas-reader-host', (root) =>
          Array.from(root.querySelectorAll('*'))
            .filter((element) => element.localName !== 'style' && (
              ['script', 'noembed', 'xmp', 'svg', 'math', 'iframe', 'object'].includes(element.localName) ||
              Array.from(element.attributes).some((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))))
            .map((element) => element.localName));
        assert.deepEqual(active, []);
        const text = await page.evaluateInShadow('kompas-reader-host', (root) => root.querySelector('.content')!.textContent ?? '');
        assert.match(text, /tautan sisipan/, 'the inserted link\'s text itself is shown');
        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
      } finally {
        await page.close();
      }
    });

    it('cannot load the extension\'s scripts or frame its note panel even knowing their fixed address', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
        // The test knows the extension's fixed address (in Firefox a UUID the test itself chose); a page would not.
        const scripts = ['content-parts/notes.js', 'content-parts/reader.js', 'content-parts/entities.js', 'ner/model.json']
          .map((path) => suite.browser.fixedUrlOf(path));
        const loaded = await page.evaluate((urls) => Promise.all(urls.map((url) => new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = url;
          script.onload = () => resolve(`${url} loaded`);
          script.onerror = () => resolve('refused');
          document.head.append(script);
        }))), scripts);
        assert.deepEqual(loaded, scripts.map(() => 'refused'));
        if (suite.browser.name === 'chromium') {
          // Chrome serves the panel at a per-session address only: its fixed address is refused to the page.
          const panel = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), suite.browser.fixedUrlOf('extension/note-panel/index.html'));
          assert.equal(panel, 'refused');
        }
      } finally {
        await page.close();
      }
    });

    it('cannot close the reader or press its button by script', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(ARTICLE));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.evaluate(() => (document.querySelector('kompas-reader-button') as HTMLElement).click());
        await settle();
        assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-kompas-reader')), false);
        await page.clickInShadow('kompas-reader-button', 'button');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === 'open');
        await page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
        await settle();
        assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-kompas-reader')), 'open');
        await page.press('Escape');
        await page.waitFor(() => !document.documentElement.hasAttribute('data-kompas-reader'));
      } finally {
        await page.close();
      }
    });
  });
}

