/**
 * Acting as a user: every click, drag and selection here is the automation's real input, so the page sees trusted
 * events in the order a person makes them, and an element that a person could not reach (covered, off screen,
 * inside a shadow root that hides a selection) fails the test instead of being reached around.
 */
import { hostSteps, ShadowHostMissing, type HostPath, type HostStep, type ShadowRootAccess } from './shadow-roots.ts';

/** A point in the viewport, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** The automation's own mouse (playwright's and puppeteer's share these calls). */
export interface RealMouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

/** Where a quote is to be selected: in the document, or in the shadow root of a host path; optionally in one element. */
export interface TextLocation {
  hosts?: HostPath;
  /** A CSS selector for the element (in that scope) that holds the quote. */
  within?: string;
}

/** One element on the way to the focused one: a shadow host, or the focused element itself (the last). */
export interface FocusedElement {
  tag: string;
  attributes: Record<string, string>;
}

export interface UserActions {
  /** Runs `fn` with the shadow root (open or closed) of the last host of `hosts`; `evaluate`'s rules for fn and arg. */
  evaluateInShadow<R, A = undefined>(hosts: HostPath, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** `waitFor` inside a shadow root: resolves once `fn` is truthy; a missing host or a throw counts as "not yet". */
  waitForInShadow<A = undefined>(hosts: HostPath, fn: (root: ShadowRoot, arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** A real click at a viewport point. */
  clickAt(point: Point): Promise<void>;
  /** A real drag: press at `from`, move in `steps` steps, release at `to`. */
  drag(from: Point, to: Point, steps?: number): Promise<void>;
  /**
   * A real click at the centre of the element `selector` names inside the shadow root of `hosts`, once it exists,
   * is scrolled into view, holds still and is the element on top at that point.
   */
  clickInShadow(hosts: HostPath, selector: string): Promise<void>;
  /**
   * Drags the real mouse from just inside the quote's first character to just inside its last, then checks that the
   * selection (read through `getComposedRanges` in a shadow root) is exactly the quote.
   */
  selectText(where: TextLocation, quote: string): Promise<void>;
  /** The focused element and the shadow hosts above it, outermost first, through open and closed roots. */
  focusedPath(): Promise<FocusedElement[]>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export async function pollUntil(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs in the page: the centre of `selector` in `scope` if a click there would reach it, else why not. */
export async function clickTarget(scope: Document | ShadowRoot, selector: string): Promise<Point | string> {
  const element = scope.querySelector(selector);
  if (!element) return `no element for ${selector}`;
  element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  const before = element.getBoundingClientRect();
  await frame();
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return `${selector} has no box`;
  if (box.x !== before.x || box.y !== before.y) return `${selector} is moving`;
  const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const onTop = scope.elementFromPoint(point.x, point.y);
  if (!onTop || !(onTop === element || element.contains(onTop))) return `${selector} is covered by ${onTop?.localName ?? 'nothing'}`;
  return point;
}

/** Runs in the page: where to press and release the mouse to select `quote` in `scope`. */
export function quoteEnds(scope: Document | ShadowRoot, { within, quote }: { within?: string; quote: string }): { from: Point; to: Point } | string {
  const container = within ? scope.querySelector(within) : scope instanceof Document ? scope.body : scope;
  if (!container) return `no element for ${within}`;
  const doc = scope instanceof Document ? scope : scope.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    text += node.data;
  }
  const start = text.indexOf(quote);
  if (start < 0 || quote.length === 0) return `"${quote}" is not in ${within ?? 'the scope'}`;
  /** The text node and offset of the character at `index` of the joined text. */
  const at = (index: number): [Text, number] => {
    let offset = index;
    for (const node of nodes) {
      if (offset < node.data.length) return [node, offset];
      offset -= node.data.length;
    }
    throw new Error('offset past the text');
  };
  const charRect = (index: number, pick: 'first' | 'last'): DOMRect => {
    const [node, offset] = at(index);
    const range = doc.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    return (pick === 'first' ? rects[0] : rects[rects.length - 1]) ?? range.getBoundingClientRect();
  };
  at(start)[0].parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
  const first = charRect(start, 'first');
  const last = charRect(start + quote.length - 1, 'last');
  // A press in a character's left half puts the caret before it, a release in the right half after it.
  return {
    from: { x: first.left + first.width * 0.25, y: first.top + first.height / 2 },
    to: { x: last.right - last.width * 0.25, y: last.top + last.height / 2 },
  };
}

/** Runs in the page: the selected text as `scope` sees it (composed ranges for a shadow root). */
export function selectedText(scope: Document | ShadowRoot): string {
  const selection = document.getSelection();
  if (scope instanceof Document || !selection) return selection?.toString() ?? '';
  const composed = (selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
  if (typeof composed === 'function') {
    const [range] = composed.call(selection, { shadowRoots: [scope] });
    if (!range) return '';
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  }
  const inner = (scope as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return (inner ?? selection).toString();
}

/** Runs in the page: the scope's focused element, described. */
function describeFocused(scope: Document | ShadowRoot): FocusedElement | null {
  const element = scope.activeElement;
  if (!element) return null;
  return { tag: element.localName, attributes: Object.fromEntries(Array.from(element.attributes, (attribute) => [attribute.name, attribute.value])) };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function userActions(shadow: ShadowRootAccess, mouse: RealMouse): UserActions {
  const inScope = <R, A>(steps: readonly HostStep[], fn: (scope: Document | ShadowRoot, arg: A) => R | Promise<R>, arg?: A) =>
    shadow.call<R>(steps, fn as (scope: never, arg: never) => unknown, arg);
  const stepsOf = (hosts: HostPath | undefined) => (hosts === undefined ? [] : hostSteps(hosts));
  const drag = async (from: Point, to: Point, steps = 12) => {
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(to.x, to.y, { steps });
    await mouse.up();
  };

  return {
    evaluateInShadow: (hosts, fn, arg) => shadow.call(hostSteps(hosts), fn as (scope: never, arg: never) => unknown, arg),
    waitForInShadow: (hosts, fn, arg, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      pollUntil(() => shadow.call(hostSteps(hosts), fn as (scope: never, arg: never) => unknown, arg).catch(() => false), timeoutMs, fn.toString()),
    clickAt: (point) => mouse.click(point.x, point.y),
    drag,
    async clickInShadow(hosts, selector) {
      let target: Point | string = 'not looked for';
      await pollUntil(async () => {
        target = await inScope(hostSteps(hosts), clickTarget, selector).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
        return typeof target !== 'string';
      }, DEFAULT_TIMEOUT_MS, `a clickable ${selector} in ${JSON.stringify(hosts)}`).catch((error: unknown) => {
        throw new Error(`${(error as Error).message}: ${target as string}`);
      });
      const point = target as unknown as Point;
      await mouse.click(point.x, point.y);
    },
    async selectText(where, quote) {
      const steps = stepsOf(where.hosts);
      const ends = await inScope(steps, quoteEnds, { within: where.within, quote });
      if (typeof ends === 'string') throw new Error(ends);
      await drag(ends.from, ends.to);
      const selected = await inScope(steps, selectedText);
      if (squash(selected) !== squash(quote)) throw new Error(`dragging over "${quote}" selected "${selected}"`);
    },
    async focusedPath() {
      const path: FocusedElement[] = [];
      const steps: HostStep[] = [];
      for (;;) {
        const focused = await inScope(steps, describeFocused);
        if (!focused || (steps.length === 0 && focused.tag === 'body')) return path;
        path.push(focused);
        steps.push({ focused: true });
        try {
          // Only a host's root answers; any other element ends the path.
          if ((await inScope(steps, (root) => root.activeElement !== null)) === false) return path;
        } catch (error) {
          if (error instanceof ShadowHostMissing) return path;
          throw error;
        }
      }
    },
  };
}
