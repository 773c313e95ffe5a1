/**
 * "Dengarkan" in both browsers, with a real voice: the suite's private speech-dispatcher and espeak-ng, whose
 * Indonesian voice the browser lists like any system voice. Its audio goes nowhere, so a sentence is over as soon as
 * it is synthesised (some tens of milliseconds): the article is made long enough that the controls are used while it
 * is still being read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIPLOMACY_ARTICLE, ENGLISH_ARTICLE } from '../fixtures/articles.ts';
import { speechSentences } from '../src/speech/sentences.ts';
import type { TestPage } from './browsers.ts';
import { BROWSERS, useBrowser } from './harness.ts';
import { siteRoute, urlOf, variant, type SitePage } from './site.ts';

const READER = 'kompas-reader-host';

/** A long story: the diplomacy article's paragraphs, five times over. */
const LONG: SitePage = {
  article: variant(DIPLOMACY_ARTICLE, 'internasional', '100000021', {
    paragraphs: Array.from({ length: 5 }, () => DIPLOMACY_ARTICLE.paragraphs).flat(),
  }),
  options: { banners: 'wrapped', wrapper: 'nested' },
};
const ENGLISH: SitePage = { article: ENGLISH_ARTICLE, options: { banners: 'siblings' } };

/** Positions ("paragraph.sentence") and statuses the mark went through, oldest first, as recorded in the page. */
interface Recorded {
  positions: string[];
  statuses: string[];
}

async function openReader(page: TestPage, url: string): Promise<void> {
  await page.goto(url);
  await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
  await page.clickInShadow('kompas-reader-button', 'button');
  await page.waitForInShadow(READER, (root) => root.querySelector('.listen-toggle') !== null);
}

/**
 * Records every value the mark's position and status take from now on. A mutation record holds the value before the
 * change; the values before each change, and the value now, are the whole history.
 */
async function startRecording(page: TestPage): Promise<void> {
  await page.evaluateInShadow(READER, (root) => {
    const records: MutationRecord[] = [];
    new MutationObserver((batch) => records.push(...batch))
      .observe(root, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-position', 'data-status'] });
    (window as unknown as { __listened: () => Recorded }).__listened = () => {
      const history = (name: string): string[] => {
        const changes = records.filter((record) => record.attributeName === name);
        const values = changes.map((record) => record.oldValue).filter((value): value is string => value !== null);
        const now = root.querySelector('.speech-marks')?.getAttribute(name);
        // The same value written again is no change.
        return (now ? [...values, now] : values).filter((value, i, all) => value !== all[i - 1]);
      };
      return { positions: history('data-position'), statuses: history('data-status') };
    };
  });
}

const recorded = (page: TestPage): Promise<Recorded> =>
  page.evaluate(() => (window as unknown as { __listened: () => Recorded }).__listened());

/** Waits until the mark's status is `status` ("playing" waits longer: the voices may still be loading). */
const waitForStatus = (page: TestPage, status: 'playing' | 'paused' | 'stopped', timeoutMs = status === 'playing' ? 15_000 : undefined) =>
  page.waitForInShadow(READER, (root, want) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.status === want, status, timeoutMs);

/** Waits until the paragraph has moved (larger text) and the mark is on it again. */
async function pollMark(
  page: TestPage,
  measure: () => Promise<{ dx: number; dy: number; top: number; width: number }>,
  before: { top: number },
): Promise<void> {
  let last = before;
  for (let tries = 0; tries < 100; tries++) {
    const now = await measure();
    if (now.top !== before.top && now.dx < 6 && now.dy < 6) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the mark did not follow its paragraph to its new place: ${JSON.stringify(last)} (was ${JSON.stringify(before)})`);
}

const markState = (page: TestPage) => page.evaluateInShadow(READER, (root) => {
  const layer = root.querySelector<HTMLElement>('.speech-marks');
  return { position: layer?.dataset.position ?? null, status: layer?.dataset.status ?? null };
});

/** Paragraph and sentence of a recorded position. */
const parse = (position: string): [number, number] => position.split('.').map(Number) as [number, number];

/** Whether `next` is where reading goes after `previous`: the next sentence, or the first of a later paragraph. */
const follows = (previous: string, next: string): boolean => {
  const [p, s] = parse(previous);
  const [q, t] = parse(next);
  return (q === p && t === s + 1) || (q === p + 1 && t === 0);
};

for (const browserName of BROWSERS) {
  describe(`Dengarkan in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([LONG, ENGLISH]), 'id', { speech: true });

    it('reads the article aloud sentence after sentence, pauses and resumes, skips ahead, speeds up, and stops when the reader closes', async () => {
      const page = await suite.browser.newPage();
      try {
        await openReader(page, urlOf(LONG));
        await startRecording(page);
        await page.clickInShadow(READER, '.listen-toggle');

        // It starts by itself once the voices are known, with an Indonesian voice for an Indonesian story.
        // Past the first paragraph, at least.
        await page.waitForInShadow(READER, (root) => Number((root.querySelector<HTMLElement>('.speech-marks')?.dataset.position ?? '0').split('.')[0]) >= 2, undefined, 15_000);
        const chosen = await page.evaluateInShadow(READER, (root) => {
          const select = root.querySelector<HTMLSelectElement>('.listen-voice')!;
          return { group: select.selectedOptions[0]?.parentElement?.getAttribute('label'), name: select.selectedOptions[0]?.textContent };
        });
        assert.equal(chosen.group, 'Bahasa artikel (Indonesia)', `the voice is one of the article's language: ${chosen.name}`);

        // Paused from the keyboard: a click by the harness would first scroll the button into view, and a bar stuck
        // to the bottom is scrolled to where it sits in the flow, at the article's end, taking the mark out of view.
        await page.evaluateInShadow(READER, (root) => root.querySelector<HTMLElement>('.listen-play')!.focus({ preventScroll: true }));
        await page.press('Enter');
        await waitForStatus(page, 'paused');
        const paused = await markState(page);

        // The sentence being read is marked by boxes over the article, kept in view between the two bars.
        await page.waitForInShadow(READER, (root) => {
          const line = root.querySelector('.speech-line')?.getBoundingClientRect();
          const top = root.querySelector('.toolbar')!.getBoundingClientRect().bottom;
          const bottom = root.querySelector('.listen')!.getBoundingClientRect().top;
          return line && line.width > 0 && line.top >= top && line.bottom <= bottom;
        });
        const heard = await recorded(page);
        const firstSentences = speechSentences(DIPLOMACY_ARTICLE.paragraphs[0]!).length;
        const opening = ['0.0', ...Array.from({ length: firstSentences }, (_, i) => `1.${i}`), '2.0'];
        assert.deepEqual(heard.positions.slice(0, opening.length), opening, 'the title, then the first paragraph sentence by sentence');
        for (let i = 1; i < heard.positions.length; i++) {
          assert.ok(follows(heard.positions[i - 1]!, heard.positions[i]!), `${heard.positions[i]} follows ${heard.positions[i - 1]}`);
        }
        assert.equal(await page.evaluateInShadow(READER, (root) => root.querySelector('.listen-play')?.textContent), 'Lanjutkan');
        // Paused means silent and still: nothing moves while the reader waits.
        await new Promise((resolve) => setTimeout(resolve, 400));
        assert.deepEqual(await markState(page), paused);

        // Next paragraph, while paused, goes there and waits.
        await page.clickInShadow(READER, '.listen-next');
        const [paragraph] = parse(paused.position!);
        await page.waitForInShadow(READER, (root, want) => root.querySelector<HTMLElement>('.speech-marks')?.dataset.position === want, `${paragraph + 1}.0`);

        // Larger text moves the lines; the mark follows them. It marks the first sentence of a paragraph of the body
        // now (the title is paragraph 0 of what is read), so it starts where that paragraph starts.
        const markAndParagraph = () => page.evaluateInShadow(READER, (root, index) => {
          const line = root.querySelector('.speech-line')!.getBoundingClientRect();
          const paragraph = root.querySelectorAll('.content p')[index]!.getBoundingClientRect();
          return { dx: Math.abs(line.left - paragraph.left), dy: Math.abs(line.top - paragraph.top), top: paragraph.top, width: paragraph.width };
        }, paragraph);
        const small = await markAndParagraph();
        assert.ok(small.dx < 6 && small.dy < 6, `the mark is on its paragraph: ${JSON.stringify(small)}`);
        await page.clickInShadow(READER, '.toolbar .size-step:last-of-type');
        await pollMark(page, markAndParagraph, small);

        // Twice as fast, chosen from the keyboard: the last speed in the menu.
        await page.evaluateInShadow(READER, (root) => root.querySelector<HTMLSelectElement>('.listen-speed')!.focus());
        await page.press('End');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLSelectElement>('.listen-speed')?.value === '2');

        // Resumed, it reads on from there to the end, and stops back at the start.
        await page.clickInShadow(READER, '.listen-play');
        await waitForStatus(page, 'stopped', 30_000);
        const all = await recorded(page);
        const resumedAt = all.positions.indexOf(`${paragraph + 1}.0`);
        assert.ok(resumedAt > 0, 'reading went on from the paragraph skipped to');
        const last = all.positions.at(-2)!;
        assert.ok(parse(last)[0] >= 25, `read to the last paragraph (${last})`);
        assert.equal(all.positions.at(-1), '0.0');

        // The speed is kept: the bar opened again shows it.
        await page.clickInShadow(READER, '.listen-close');
        await page.clickInShadow(READER, '.listen-toggle');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLSelectElement>('.listen-speed')?.value === '2');
        await waitForStatus(page, 'playing');

        // Closing the reader stops the voice: the engine falls silent and stays so.
        await page.press('Escape');
        await page.waitFor(() => document.documentElement.getAttribute('data-kompas-reader') === null);
        const spoke = await page.evaluate(async () => {
          let speaking = 0;
          for (let i = 0; i < 40; i++) {
            if (speechSynthesis.speaking || speechSynthesis.pending) speaking++;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          return speaking;
        });
        assert.ok(spoke <= 2, `silent after closing (speaking in ${spoke} of 40 samples)`);
      } finally {
        await page.close();
      }
    });

    it('jumps to a paragraph clicked while reading; its controls are in the tab order and Space still scrolls the article', async () => {
      const page = await suite.browser.newPage();
      try {
        await openReader(page, urlOf(LONG));
        await startRecording(page);
        await page.clickInShadow(READER, '.listen-toggle');
        await waitForStatus(page, 'playing');

        // A point on plain text of a paragraph far ahead (not on a name's mark, whose click is its own).
        const point = await page.evaluateInShadow(READER, (root) => {
          const paragraph = root.querySelectorAll('.content p')[20]!;
          paragraph.scrollIntoView({ block: 'center', behavior: 'instant' });
          const text = Array.from(paragraph.childNodes).find((node): node is Text => node.nodeType === Node.TEXT_NODE && /\p{L}{4}/u.test((node as Text).data))!;
          const at = text.data.search(/\p{L}{4}/u);
          const range = document.createRange();
          range.setStart(text, at + 1);
          range.setEnd(text, at + 2);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        await page.clickAt(point);
        // The title is paragraph 0 of what is read, so the 21st of the body is the 21st read: reading goes there
        // from well before it, not by reading on.
        await page.waitForInShadow(READER, (root) => {
          const [paragraph = 0] = (root.querySelector<HTMLElement>('.speech-marks')?.dataset.position ?? '0').split('.').map(Number);
          return paragraph >= 21;
        });
        const { positions } = await recorded(page);
        const jump = positions.findIndex((position, i) => position === '21.0' && i > 0 && parse(positions[i - 1]!)[0] < 15);
        assert.ok(jump > 0, `a jump to paragraph 21 from far before it: ${positions.join(' ')}`);

        // Every control of the bar is reached by Tab, in order ("Berhenti" is disabled once stopped).
        await page.clickInShadow(READER, '.listen-stop');
        await waitForStatus(page, 'stopped');
        await page.evaluateInShadow(READER, (root) => root.querySelector<HTMLElement>('.listen-previous')!.focus());
        const order: string[] = [];
        for (let i = 0; i < 7; i++) {
          order.push(await page.evaluateInShadow(READER, (root) => {
            const focused = root.activeElement as HTMLElement | null;
            return focused?.className || focused?.getAttribute('type') || String(focused?.localName);
          }));
          await page.press('Tab');
        }
        assert.deepEqual(order, ['listen-previous', 'listen-play', 'listen-next', 'listen-speed', 'listen-voice', 'checkbox', 'listen-close']);

        // Space with focus on the article scrolls it; it neither starts nor stops reading.
        await page.evaluateInShadow(READER, (root) => {
          root.querySelector<HTMLElement>('.reader')!.scrollTop = 0;
          root.querySelector<HTMLElement>('.reader')!.focus();
        });
        await page.press(' ');
        await page.waitForInShadow(READER, (root) => root.querySelector<HTMLElement>('.reader')!.scrollTop > 100);
        assert.equal((await markState(page)).status, 'stopped');
      } finally {
        await page.close();
      }
    });

    it('reads an English story with an English voice', async () => {
      const page = await suite.browser.newPage();
      try {
        await openReader(page, urlOf(ENGLISH));
        await page.clickInShadow(READER, '.listen-toggle');
        await waitForStatus(page, 'playing');
        const chosen = await page.evaluateInShadow(READER, (root) => {
          const option = root.querySelector<HTMLSelectElement>('.listen-voice')!.selectedOptions[0];
          return { group: option?.parentElement?.getAttribute('label'), name: option?.textContent };
        });
        assert.equal(chosen.group, 'Bahasa artikel (Inggris)', `an English voice: ${chosen.name}`);
        await page.clickInShadow(READER, '.listen-stop');
      } finally {
        await page.close();
      }
    });
  });
}

for (const browserName of BROWSERS) {
  describe(`Dengarkan on a phone in ${browserName}`, () => {
    const suite = useBrowser(browserName, siteRoute([LONG]), 'id', { phone: true, speech: true });

    it('starts from the compact bar by a tap, and puts speed and voice in a sheet', async () => {
      const page = await suite.browser.newPage();
      try {
        await page.goto(urlOf(LONG));
        await page.waitFor(() => document.querySelector('kompas-reader-button') !== null);
        await page.tapInShadow('kompas-reader-button', 'button');
        await page.waitForInShadow(READER, (root) => root.querySelector('.toolbar.compact .listen-toggle') !== null);
        await page.tapInShadow(READER, '.toolbar.compact .listen-toggle');
        await waitForStatus(page, 'playing');

        // The transport, "Tutup" among it, is one row a finger can use; the options are not in the bar.
        const bar = await page.evaluateInShadow(READER, (root) => {
          const buttons = Array.from(root.querySelectorAll<HTMLElement>('.listen-transport button'), (button) => button.getBoundingClientRect());
          return {
            rows: new Set(buttons.map((box) => Math.round(box.top))).size,
            smallest: Math.min(...buttons.flatMap((box) => [box.width, box.height])),
            selectsInBar: Array.from(root.querySelectorAll('.listen select')).filter((select) => !select.closest('dialog')).length,
          };
        });
        assert.deepEqual({ rows: bar.rows, selectsInBar: bar.selectsInBar }, { rows: 1, selectsInBar: 0 });
        assert.ok(bar.smallest >= 43.5, `every button is at least 44 px (${bar.smallest})`);

        await page.tapInShadow(READER, '.listen-options-open');
        await page.waitForInShadow(READER, (root) => root.querySelector('dialog.sheet-listen[open] .listen-speed') !== null);
        await page.tapInShadow(READER, 'dialog.sheet-listen .sheet-close');
        await page.waitForInShadow(READER, (root) => root.querySelector('dialog.sheet-listen[open]') === null);

        await page.tapInShadow(READER, '.listen-play');
        await waitForStatus(page, 'paused');
      } finally {
        await page.close();
      }
    });
  });
}
