import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENTITY_PALETTE } from '../src/entities/entity-palette.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, tabIdOf, useBrowser } from './harness.ts';
import { readPng } from './png.ts';
import type { Route } from './server.ts';
import { extensionReferencesInPage, PAGES, siteRoute, styleElementsAdded, urlOf } from './site.ts';

interface HighlightedText {
  type: string;
  text: string;
}

/** What the page's Highlight registry holds per entity type, as text; falls back to wrapper elements. */
function highlighted(): HighlightedText[] {
  const scope = window as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } };
  const registry = scope.CSS?.highlights;
  const out: HighlightedText[] = [];
  // The extension registers static ranges: their text is read through a live range over the same boundaries.
  const textOf = (range: AbstractRange) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  };
  if (registry) {
    for (const type of ['PER', 'LOC', 'ORG']) {
      const highlight = registry.get(`kompas-entity-${type}`);
      if (highlight) for (const range of highlight) out.push({ type, text: textOf(range) });
    }
  }
  for (const element of document.querySelectorAll('kompas-entity')) {
    out.push({ type: element.getAttribute('data-entity-type') ?? '', text: element.textContent ?? '' });
  }
  return out;
}

/** `rgba(r, g, b, a)` painted over white, as [r, g, b]. */
function overWhite(colour: string): [number, number, number] {
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
  return [r, g, b].map((channel) => Math.round(255 - a * (255 - channel))) as [number, number, number];
}

/** Runs in the page: the box of the first line of the highlighted `name` of `type`, scrolled into the middle of the view. */
function mentionBox({ type, name }: { type: string; name: string }): { x: number; y: number; width: number; height: number; scale: number } {
  const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(`kompas-entity-${type}`)!;
  const live = [...highlight].map((range) => {
    const copy = document.createRange();
    copy.setStart(range.startContainer, range.startOffset);
    copy.setEnd(range.endContainer, range.endOffset);
    return copy;
  }).find((candidate) => candidate.toString() === name)!;
  live.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const box = live.getClientRects()[0]!;
  return { x: box.left, y: box.top, width: box.width, height: box.height, scale: devicePixelRatio };
}

const texts = (items: HighlightedText[], type: string) => items.filter((item) => item.type === type).map((item) => item.text);

async function waitForEntities(page: TestPage): Promise<HighlightedText[]> {
  await page.waitFor(() => {
    const scope = window as unknown as { CSS?: { highlights?: Map<string, unknown> } };
    return (scope.CSS?.highlights?.size ?? 0) > 0 || document.querySelector('kompas-entity') !== null;
  });
  return page.evaluate(highlighted);
}

/** The site, where `?gelap` serves an article as a site in a dark scheme would: light text on a dark background. */
function siteWithDarkPages(): Route {
  const site = siteRoute();
  return (url) => {
    const answer = site(url);
    if (!answer || !url.searchParams.has('gelap') || typeof answer.body !== 'string') return answer;
    return { ...answer, body: answer.body.replace('</head>', '<style>body { background: #15171a; color: #e4e4e4; }</style></head>') };
  };
}

for (const browserName of BROWSERS) {
  describe(`entity highlighting on the page in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteWithDarkPages());

    it('highlights people, places and organisations in the article body only, without changing the page DOM', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        const before = await page.evaluate(() => document.querySelector('.read__content')!.innerHTML.length);
        const items = await waitForEntities(page);
        assert.ok(texts(items, 'PER').includes('Antony Blinken'), JSON.stringify(items));
        assert.ok(texts(items, 'PER').includes('Sergei Lavrov'));
        assert.ok(texts(items, 'LOC').includes('India'));
        assert.ok(texts(items, 'LOC').includes('Moskwa'));
        assert.ok(!items.some((item) => item.text === 'Kazakhstan'), '"Baca juga" links are not highlighted');
        const usesHighlightApi = await page.evaluate(() => 'highlights' in CSS);
        assert.equal(usesHighlightApi, true, `${browserName} has the CSS Custom Highlight API`);
        assert.equal(await page.evaluate(() => document.querySelector('.read__content')!.innerHTML.length), before);
        assert.equal(await page.evaluate(() => document.querySelector('kompas-entity')), null);
      } finally {
        await page.close();
      }
    });

    it('follows the page when it changes the article: names wrapped, text nodes split, a paragraph added late', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        const before = await waitForEntities(page);
        assert.ok(!before.some((item) => item.text === 'Retno Marsudi'));
        // As a page script might: a name made a link, a text node split in two before a name, a paragraph added.
        await page.evaluate(() => {
          const body = document.querySelector('.read__content')!;
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
          const lavrov = nodes.find((node) => node.data.includes('Sergei Lavrov'))!;
          const at = lavrov.data.indexOf('Sergei Lavrov');
          const name = lavrov.splitText(at);
          name.splitText('Sergei Lavrov'.length);
          const link = document.createElement('a');
          link.href = '#lavrov';
          name.replaceWith(link);
          link.append(name);
          const blinken = nodes.find((node) => node.data.includes('Antony Blinken'))!;
          blinken.splitText(Math.max(1, blinken.data.indexOf('Antony Blinken') - 3));
          const late = document.createElement('p');
          late.textContent = 'Menteri Luar Negeri Indonesia Retno Marsudi juga hadir dalam pertemuan di New Delhi.';
          body.querySelector('p')!.after(late);
        });
        await page.waitFor(() => {
          const scope = window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } };
          return [...(scope.CSS.highlights.get('kompas-entity-PER') ?? [])].some((range) =>
            (range.startContainer as Text).data?.slice(range.startOffset, range.endOffset) === 'Retno Marsudi');
        });
        const after = await page.evaluate(highlighted);
        for (const name of ['Antony Blinken', 'Sergei Lavrov', 'Retno Marsudi']) assert.ok(texts(after, 'PER').includes(name), `${name}: ${JSON.stringify(after)}`);
        assert.ok(texts(after, 'LOC').includes('India'));
        // Every highlight still covers exactly a name the article had, or the one added.
        const known = new Set([...before.map((item) => item.text), 'Retno Marsudi', 'Indonesia', 'New Delhi']);
        for (const item of after) assert.ok(known.has(item.text), `highlighted "${item.text}", which is no name of the article`);
        assert.equal(after.filter((item) => item.text === 'Antony Blinken').length, before.filter((item) => item.text === 'Antony Blinken').length);
      } finally {
        await page.close();
      }
    });

    it('paints each type in its own colour from the stylesheet the manifest injects, adding none to the page', async () => {
      const page = await suite.browser.newPage();
      const folder = await mkdtemp(join(tmpdir(), 'kompas-paint-'));
      try {
        await page.goto(urlOf(PAGES.siblings));
        await waitForEntities(page);
        assert.deepEqual(await page.evaluate(styleElementsAdded), []);
        // The recogniser's and the highlights' code were loaded without a trace in the page's document.
        assert.deepEqual(await page.evaluate(extensionReferencesInPage), []);
        for (const [type, name] of [['PER', 'Antony Blinken'], ['LOC', 'India']] as const) {
          const box = await page.evaluate(mentionBox, { type, name });
          const file = join(folder, `${type}.png`);
          await page.screenshot(file);
          const pixels = readPng(await readFile(file));
          const tint = overWhite(ENTITY_PALETTE.light[type].background);
          let tinted = 0;
          let all = 0;
          for (let y = Math.ceil(box.y * box.scale); y < Math.floor((box.y + box.height) * box.scale); y++) {
            for (let x = Math.ceil(box.x * box.scale); x < Math.floor((box.x + box.width) * box.scale); x++) {
              all++;
              if (pixels.at(x, y).every((channel, i) => Math.abs(channel - tint[i]!) <= 10)) tinted++;
            }
          }
          // Glyphs and the underline cover part of the box; the tint shows around them.
          assert.ok(all > 0 && tinted / all > 0.2, `${name}: ${tinted} of ${all} pixels in the ${type} tint ${tint.join(', ')}`);
        }
      } finally {
        await page.close();
        await rm(folder, { recursive: true, force: true });
      }
    });

    it('takes the palette of the page\'s own background: the dark one on a dark page, by highlight name', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(`${urlOf(PAGES.siblings)}?gelap`);
        await page.waitFor(() => (window as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('kompas-entity-dark-PER'));
        const names = await page.evaluate(() => [...(window as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.keys()].sort());
        assert.deepEqual(names, ['kompas-entity-dark-LOC', 'kompas-entity-dark-ORG', 'kompas-entity-dark-PER']);
        // Still nothing added to the page for it.
        assert.deepEqual(await page.evaluate(styleElementsAdded), []);
      } finally {
        await page.close();
      }
    });

    it('recognises in the background, with a model no page can fetch', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        await waitForEntities(page);
        const probe = await page.evaluate(async (url) => {
          try {
            return (await fetch(url)).status;
          } catch {
            return 'blocked';
          }
        }, suite.browser.fixedUrlOf('ner/model.json'));
        assert.equal(probe, 'blocked');
      } finally {
        await page.close();
      }
    });

    it('lists entities with counts in the popup, reveals a mention, and the switches apply at once', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(PAGES.siblings));
        await waitForEntities(page);
        const tabId = await tabIdOf(suite.browser, '*://internasional.kompas.com/*');
        const popup = await suite.browser.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
        try {
          await popup.waitFor(() => document.querySelector('[data-entity-id="PER:antony blinken"]') !== null);
          const row = await popup.evaluate(() => {
            const button = document.querySelector('[data-entity-id="PER:antony blinken"]')!;
            return { name: button.querySelector('.entity-name')!.textContent, count: button.querySelector('.entity-count')!.firstChild!.textContent };
          });
          assert.deepEqual(row, { name: 'Antony Blinken', count: '2' });
          const groups = await popup.evaluate(() =>
            Array.from(document.querySelectorAll('[data-entity-group]'), (group) => group.getAttribute('data-entity-group')));
          assert.deepEqual(groups, ['PER', 'LOC', 'ORG']);
          // The list replaced the panel's "still reading" status.
          assert.equal(await popup.evaluate(() => document.querySelector('[data-entity-loading]') === null), true);

          await popup.click('[data-entity-id="PER:antony blinken"]');
          await page.waitFor(() => {
            const scope = window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } };
            const focus = scope.CSS.highlights.get('kompas-entity-focus');
            return focus !== undefined && [...focus].some((range) => {
              const live = document.createRange();
              live.setStart(range.startContainer, range.startOffset);
              live.setEnd(range.endContainer, range.endOffset);
              return live.toString() === 'Antony Blinken';
            });
          });

          // Places off: their highlight goes at once, people stay.
          await popup.click('input[data-entity-switch="LOC"]');
          await page.waitFor(() => {
            const scope = window as unknown as { CSS: { highlights: Map<string, unknown> } };
            return !scope.CSS.highlights.has('kompas-entity-LOC') && scope.CSS.highlights.has('kompas-entity-PER');
          });
          // All off, then on again.
          await popup.click('input[data-entity-switch="all"]');
          await page.waitFor(() => (window as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.size === 0);
          await popup.click('input[data-entity-switch="all"]');
          await popup.click('input[data-entity-switch="LOC"]');
          await page.waitFor(() => (window as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('kompas-entity-LOC'));
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  });
}
