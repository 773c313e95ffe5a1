/** The note panel as tests reach it: opened on a new highlight made with "Catatan", the way a reader opens it. */
import type { TestPage } from './browsers.ts';

/**
 * Opens `url` and the note panel on a new highlight made with "Catatan" over three words from the `from`th of the
 * paragraph `paragraph` (a selector), and waits until the panel shows its note field (once it has redeemed its
 * ticket). Each test takes words of its own, as highlights are kept.
 */
export async function openNotePanel(page: TestPage, url: string, paragraph: string, from: number): Promise<void> {
  await page.goto(url);
  await page.waitFor(() => document.querySelector('teman-baca-announcer') !== null);
  const quote = await page.evaluate(({ selector, from }) =>
    (document.querySelector(selector)!.textContent ?? '').trim().split(/\s+/).slice(from, from + 3).join(' '), { selector: paragraph, from });
  await page.selectText({ within: paragraph }, quote);
  await page.clickInShadow('teman-baca-toolbar', 'button[data-action="note"]');
  await page.waitFor(() => document.querySelector('teman-baca-note-host') !== null);
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluateInFrame('note-panel', () => document.querySelector('textarea') !== null).catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the note panel never showed its note');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
