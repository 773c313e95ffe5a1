/**
 * The small toolbar that appears over a text selection: "Sorot", "Catatan" and five colours. It lives in an open
 * shadow root of a custom element, so page CSS cannot restyle it and assistive technology can reach it. It holds
 * no note text, ever.
 */
import { COLOURS, type Colour } from '../../../src/notes/highlight.ts';
import { HIGHLIGHT_COLOURS } from './highlight-styles.ts';
import type { HighlightMessageKey } from './highlight-messages.ts';

export const TOOLBAR_TAG = 'teman-baca-toolbar';

export interface ToolbarOptions {
  strings: (key: HighlightMessageKey) => string;
  onHighlight: (colour: Colour) => void;
  onNote: (colour: Colour) => void;
}

export interface SelectionToolbar {
  /** Shows the toolbar above (or, near the top edge, below) a rectangle in viewport coordinates. */
  show(rect: DOMRect): void;
  hide(): void;
  isShown(): boolean;
  /** Whether an event target is inside the toolbar, so a click on it does not count as clicking away. */
  contains(target: EventTarget | null): boolean;
  /** The colour last chosen; new highlights take it. */
  colour(): Colour;
}

const colourKey = (colour: Colour): HighlightMessageKey =>
  `colour${colour[0]!.toUpperCase()}${colour.slice(1)}` as HighlightMessageKey;

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; display: none; }
:host([data-shown]) { display: block; }
.bar { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-radius: 10px; background: #1f2328;
  color: #fff; box-shadow: 0 4px 18px rgba(0,0,0,0.28); font: 600 14px/1.2 system-ui, sans-serif; }
button.action { min-height: 32px; padding: 4px 10px; border: 0; border-radius: 6px; background: #3a4149; color: #fff;
  font: inherit; cursor: pointer; }
button.action:hover { background: #4b545e; }
.colours { display: flex; gap: 4px; margin-left: 4px; }
button.colour { width: 24px; height: 24px; border-radius: 50%; border: 2px solid #1f2328; box-shadow: 0 0 0 1px #8b949e;
  cursor: pointer; padding: 0; }
button.colour[aria-pressed="true"] { box-shadow: 0 0 0 2px #fff; }
button:focus-visible { outline: 3px solid #ffd21f; outline-offset: 2px; }
`;

export function mountSelectionToolbar(doc: Document, options: ToolbarOptions): SelectionToolbar {
  const host = doc.createElement(TOOLBAR_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', options.strings('toolbarLabel'));
  let chosen: Colour = 'yellow';

  const action = (label: string, name: string, run: () => void) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.dataset.action = name;
    button.textContent = label;
    // Keep the page's selection: a mousedown on a button would otherwise clear it before the click.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', run);
    return button;
  };
  bar.append(
    action(options.strings('toolbarHighlight'), 'highlight', () => options.onHighlight(chosen)),
    action(options.strings('toolbarNote'), 'note', () => options.onNote(chosen)),
  );
  const colours = doc.createElement('div');
  colours.className = 'colours';
  const swatches = COLOURS.map((colour) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'colour';
    button.dataset.colour = colour;
    button.style.background = HIGHLIGHT_COLOURS[colour].light;
    button.setAttribute('aria-label', options.strings(colourKey(colour)));
    button.setAttribute('aria-pressed', String(colour === chosen));
    button.addEventListener('mousedown', (event) => event.preventDefault());
    // Choosing a colour highlights at once in it, as readers of other highlighters expect.
    button.addEventListener('click', () => {
      chosen = colour;
      swatches.forEach((swatch) => swatch.setAttribute('aria-pressed', String(swatch.dataset.colour === chosen)));
      options.onHighlight(chosen);
    });
    return button;
  });
  colours.append(...swatches);
  bar.append(colours);
  shadow.append(style, bar);
  doc.documentElement.append(host);

  return {
    show(rect) {
      // Last in the document, so it stands above the reader, which also sits at the top z-index.
      if (host.nextSibling) doc.documentElement.append(host);
      host.setAttribute('data-shown', '');
      const view = doc.defaultView!;
      const width = bar.offsetWidth || 300;
      const height = bar.offsetHeight || 44;
      const left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), view.innerWidth - width - 8);
      const preferred = rect.top - height - 10 >= 8 ? rect.top - height - 10 : rect.bottom + 10;
      // A selection extended by keyboard past the window's edge still gets a reachable toolbar.
      const top = Math.min(Math.max(8, preferred), view.innerHeight - height - 8);
      host.style.left = `${Math.round(left)}px`;
      host.style.top = `${Math.round(top)}px`;
    },
    hide() {
      host.removeAttribute('data-shown');
    },
    isShown: () => host.hasAttribute('data-shown'),
    contains: (target) => target === host || (target instanceof Node && shadow.contains(target)),
    colour: () => chosen,
  };
}
