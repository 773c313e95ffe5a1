/**
 * Acting as a reader on a phone: a finger's taps, long presses and drags through each browser's own touch input
 * (Chromium: CDP touch events; Firefox: WebDriver BiDi pointer actions of type "touch"), so the page sees trusted
 * touch events and the browser's own gestures (a long press selecting a word) happen as on a phone.
 */
import { hostSteps, type HostPath, type HostStep, type ShadowRootAccess } from './shadow-roots.ts';
import { clickTarget, DEFAULT_TIMEOUT_MS, pollUntil, quoteEnds, selectedText, type Point, type TextLocation } from './user-actions.ts';

/** A browser's finger: puts it down at the first point, holds it `holdMs`, moves it through the rest, lifts it. */
export interface TouchInput {
  press(path: readonly Point[], holdMs: number): Promise<void>;
  /** Puts the finger down at `at` and keeps it there; the function returned lifts it. */
  hold(at: Point): Promise<() => Promise<void>>;
}

/** How long a finger holds still for the browser to take it as a long press. */
export const LONG_PRESS_MS = 900;

export interface TouchActions {
  /** A tap of a finger at a viewport point. */
  tap(point: Point): Promise<void>;
  /** A tap at the centre of the element `selector` names inside the shadow root of `hosts`, once it can be reached. */
  tapInShadow(hosts: HostPath, selector: string): Promise<void>;
  /**
   * Selects a word by touch, as a phone's reader does with a long press: the finger goes down on the middle of `word`
   * inside `where` and holds; the word is selected while it is down; then the finger lifts. Resolves with the text
   * selected once the finger has lifted.
   *
   * Neither headless browser here turns a held touch into a word selection (Chromium's touch selection and Firefox's
   * AccessibleCaret need a platform's gesture recognition, which synthesized touches bypass), so the selection itself
   * is made by the automation, as the browser's long-press gesture would make it, while the real finger is down.
   * What the page sees is what a phone gives it: trusted touch events around a selection that changes under the finger.
   */
  touchSelect(where: TextLocation, word: string): Promise<string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs in the page: selects the first `word` in `within` (or the whole scope), as a long press on it would. */
function selectWord(scope: Document | ShadowRoot, { within, word }: { within?: string; word: string }): void {
  const container = within ? scope.querySelector(within) : scope instanceof Document ? scope.body : scope;
  if (!container) throw new Error(`no element for ${within}`);
  const doc = scope instanceof Document ? scope : scope.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    doc.getSelection()!.setBaseAndExtent(node, at, node, at + word.length);
    return;
  }
  throw new Error(`"${word}" is not in one text node of ${within ?? 'the scope'}`);
}

export function touchActions(shadow: ShadowRootAccess, finger: TouchInput): TouchActions {
  const inScope = <R, A>(steps: readonly HostStep[], fn: (scope: Document | ShadowRoot, arg: A) => R | Promise<R>, arg?: A) =>
    shadow.call<R>(steps, fn as (scope: never, arg: never) => unknown, arg);
  const tap = (point: Point) => finger.press([point], 40);
  return {
    tap,
    async tapInShadow(hosts, selector) {
      let target: Point | string = 'not looked for';
      await pollUntil(async () => {
        target = await inScope(hostSteps(hosts), clickTarget, selector).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
        return typeof target !== 'string';
      }, DEFAULT_TIMEOUT_MS, `a tappable ${selector} in ${JSON.stringify(hosts)}`).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}: ${target as string}`);
      });
      await tap(target as unknown as Point);
    },
    async touchSelect(where, word) {
      const steps = where.hosts === undefined ? [] : hostSteps(where.hosts);
      const ends = await inScope(steps, quoteEnds, { within: where.within, quote: word });
      if (typeof ends === 'string') throw new Error(ends);
      const middle = { x: (ends.from.x + ends.to.x) / 2, y: (ends.from.y + ends.to.y) / 2 };
      const lift = await finger.hold(middle);
      await sleep(LONG_PRESS_MS / 2);
      await inScope(steps, selectWord, { within: where.within, word });
      await sleep(LONG_PRESS_MS / 2);
      await lift();
      return inScope(steps, selectedText);
    },
  };
}
