/**
 * The small toolbar that appears over a text selection: "Sorot", "Catatan" and five colours. It lives in a closed
 * shadow root of a custom element, so page CSS cannot restyle it and page scripts cannot press its buttons, and in the
 * top layer (a manual popover), so it stands above the page and the reader whatever their stacking. It holds no note
 * text, ever.
 *
 * One tab stop, as a toolbar should have: Tab enters on the last-used control, arrow keys, Home and End move between
 * the controls, Escape leaves it and gives focus back to where the reader was.
 */
import { COLOURS, type Colour } from '../../../src/notes/highlight.ts';
import { attachClosedShadow, innermostFocus, isUserGesture, restoreFocus, unoutrankableStyle } from '../../shared/shadow-host.ts';
import { HIGHLIGHT_COLOURS } from './highlight-styles.ts';
import { raiseToTopLayer } from './top-layer.ts';
import type { HighlightMessageKey } from './highlight-messages.ts';

export const TOOLBAR_TAG = 'teman-baca-toolbar';

export interface ToolbarOptions {
  strings: (key: HighlightMessageKey) => string;
  onHighlight: (colour: Colour) => void;
  onNote: (colour: Colour) => void;
}

export interface SelectionToolbar {
  /**
   * Shows the toolbar above (or, near the top edge, below) a rectangle in viewport coordinates. `below` puts it under
   * the rectangle instead: after a touch selection the system's own selection menu sits above the words.
   */
  show(rect: DOMRect, placement?: 'above' | 'below'): void;
  hide(): void;
  isShown(): boolean;
  /** Moves keyboard focus into the shown toolbar; Escape gives it back to what had it. */
  focus(): void;
  /** Whether keyboard focus is in the toolbar. */
  hasFocus(): boolean;
  /** Whether an event target is inside the toolbar, so a click on it does not count as clicking away. */
  contains(target: EventTarget | null): boolean;
  /** The colour last chosen; new highlights take it. */
  colour(): Colour;
}

const colourKey = (colour: Colour): HighlightMessageKey =>
  `colour${colour[0]!.toUpperCase()}${colour.slice(1)}` as HighlightMessageKey;

/** Space kept between the toolbar and the window's edges, in CSS pixels. */
const EDGE = 8;

/** Sized in em from `medium`, the reader's own default font size, whatever the page's root says. */
export const TOOLBAR_CSS = `
:host { all: initial; font-size: medium; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375em; padding: 0.375em 0.5em; border-radius: 0.625em;
  background: #1f2328; color: #fff; box-shadow: 0 4px 18px rgba(0,0,0,0.28); font: 600 0.875em/1.2 system-ui, sans-serif;
  max-width: calc(100vw - ${2 * EDGE}px); box-sizing: border-box; }
button.action { min-height: 2.3em; padding: 0.3em 0.7em; border: 0; border-radius: 0.4em; background: #3a4149; color: #fff;
  font: inherit; cursor: pointer; }
button.action:hover { background: #4b545e; }
.colours { display: flex; gap: 0.3em; margin-left: 0.3em; }
button.colour { width: 1.75em; height: 1.75em; border-radius: 50%; border: 2px solid #1f2328; box-shadow: 0 0 0 1px #8b949e;
  cursor: pointer; padding: 0; }
button.colour[aria-pressed="true"] { box-shadow: 0 0 0 2px #fff; }
button:focus-visible { outline: 3px solid #ffd21f; outline-offset: 2px; }
@media (pointer: coarse) {
  button.action { min-height: 44px; min-width: 44px; }
  button.colour { width: 44px; height: 44px; }
}
`;

/** Room under a touch selection for the browser's selection handle, in CSS pixels. */
const HANDLE_ROOM = 28;

/**
 * The host's own layout, inline and important: an author stylesheet of the page cannot outrank it, so the page can
 * neither hide the toolbar nor lay something of its own out in its place.
 */
const HOST_STYLE = unoutrankableStyle([
  'position: fixed', 'margin: 0', 'padding: 0', 'border: 0', 'inset: auto', 'z-index: 2147483647',
  'display: block', 'opacity: 1', 'visibility: visible', 'transform: none', 'filter: none', 'overflow: visible',
  'background: transparent', 'pointer-events: auto', 'width: max-content', 'height: auto',
]);

export function mountSelectionToolbar(doc: Document, options: ToolbarOptions): SelectionToolbar {
  const host = doc.createElement(TOOLBAR_TAG);
  const shadow = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = TOOLBAR_CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', options.strings('toolbarLabel'));
  let chosen: Colour = 'yellow';
  let shown = false;
  let returnFocusTo: Element | null = null;

  const button = (className: string, run: () => void): HTMLButtonElement => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.className = className;
    element.tabIndex = -1;
    // Keep the page's selection: a mousedown on a button would otherwise clear it before the click.
    element.addEventListener('mousedown', (event) => event.preventDefault());
    element.addEventListener('click', (event) => {
      // A page script's `.click()` is not the reader asking for a highlight.
      if (isUserGesture(event)) run();
    });
    return element;
  };
  const action = (label: string, name: string, run: () => void) => {
    const element = button('action', run);
    element.dataset.action = name;
    element.textContent = label;
    return element;
  };
  const actions = [
    action(options.strings('toolbarHighlight'), 'highlight', () => options.onHighlight(chosen)),
    action(options.strings('toolbarNote'), 'note', () => options.onNote(chosen)),
  ];
  const colours = doc.createElement('div');
  colours.className = 'colours';
  // Choosing a colour highlights at once in it, as readers of other highlighters expect.
  const swatches = COLOURS.map((colour) => {
    const swatch = button('colour', () => {
      chosen = colour;
      swatches.forEach((other) => other.setAttribute('aria-pressed', String(other.dataset.colour === chosen)));
      options.onHighlight(chosen);
    });
    swatch.dataset.colour = colour;
    swatch.style.background = HIGHLIGHT_COLOURS[colour].light;
    swatch.setAttribute('aria-label', options.strings(colourKey(colour)));
    swatch.setAttribute('aria-pressed', String(colour === chosen));
    return swatch;
  });
  colours.append(...swatches);
  bar.append(...actions, colours);
  shadow.append(style, bar);

  const controls = [...actions, ...swatches];
  let current = 0;
  const rove = (index: number, focus: boolean): void => {
    current = (index + controls.length) % controls.length;
    controls.forEach((control, i) => (control.tabIndex = i === current ? 0 : -1));
    if (focus) controls[current]!.focus();
  };
  rove(0, false);
  bar.addEventListener('focusin', (event) => {
    const index = controls.indexOf(event.target as HTMLButtonElement);
    if (index >= 0) rove(index, false);
  });
  bar.addEventListener('keydown', (event) => {
    if (!isUserGesture(event)) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1,
      ArrowUp: current - 1, Home: 0, End: controls.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      rove(target, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      handle.hide();
    }
  });

  const handle: SelectionToolbar = {
    show(rect, placement = 'above') {
      if (!host.isConnected || host.nextSibling) doc.documentElement.append(host);
      host.setAttribute('style', HOST_STYLE);
      raiseToTopLayer(host);
      shown = true;
      const view = doc.defaultView!;
      const width = Math.min(bar.offsetWidth || 300, view.innerWidth - 2 * EDGE);
      const height = bar.offsetHeight || 44;
      const left = Math.min(Math.max(EDGE, rect.left + rect.width / 2 - width / 2), view.innerWidth - width - EDGE);
      const below = rect.bottom + (placement === 'below' ? HANDLE_ROOM : 10);
      const preferred = placement === 'below' || rect.top - height - 10 < EDGE ? below : rect.top - height - 10;
      // A selection extended by keyboard past the window's edge still gets a reachable toolbar.
      const top = Math.min(Math.max(EDGE, preferred), view.innerHeight - height - EDGE);
      host.style.setProperty('left', `${Math.round(Math.max(EDGE, left))}px`, 'important');
      host.style.setProperty('top', `${Math.round(Math.max(EDGE, top))}px`, 'important');
    },
    hide() {
      const hadFocus = shadow.activeElement !== null;
      shown = false;
      if (host.matches(':popover-open')) host.hidePopover();
      host.remove();
      if (hadFocus) restoreFocus(returnFocusTo);
      returnFocusTo = null;
    },
    isShown: () => shown && host.isConnected,
    focus() {
      if (!handle.isShown()) return;
      returnFocusTo = innermostFocus(doc);
      rove(current, true);
    },
    hasFocus: () => shadow.activeElement !== null,
    contains: (target) => target === host || (target instanceof Node && shadow.contains(target)),
    colour: () => chosen,
  };
  return handle;
}
