import { adoptStyles } from './shadow-styles.ts';
import { attachClosedShadow, isUserGesture } from '../shared/shadow-host.ts';

/** The floating button's host element; a custom tag, so page rules for ordinary elements do not reach it. */
export const READER_BUTTON_HOST_TAG = 'kompas-reader-button';

/**
 * The floating "Mode baca" button's stylesheet, for its own shadow root. Beside the button rather than with the
 * reader's: every article page loads the button at start-up, and the reader's stylesheet only when it opens. Sized
 * in em from the host, whose `all: initial` gives it the user's default font size (rem would be the page's).
 */
const BUTTON_CSS = `
:host {
  all: initial;
  position: fixed;
  right: 1.25em;
  bottom: 1.25em;
  z-index: 2147483646;
  display: flex;
  flex-wrap: wrap-reverse;
  justify-content: flex-end;
  gap: 0.5em;
}
button.save { background: #ffffff; color: #0d4f8b; box-shadow: inset 0 0 0 2px #0d4f8b, 0 2px 10px rgba(0, 0, 0, 0.3); }
button.save:hover { background: #e8f0f8; }
button.save[aria-pressed="true"] svg path { fill: currentColor; }
button {
  display: inline-flex;
  align-items: center;
  gap: 0.45em;
  min-height: 2.75em;
  padding: 0.55em 1em;
  border: 0;
  border-radius: 999px;
  background: #0d4f8b;
  color: #ffffff;
  font: 600 0.9375em/1.2 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3);
  cursor: pointer;
}
button:hover { background: #0a3f70; }
/*
 * A dark ring between two white ones: at least 3:1 against the white page and the button (dark against white) and
 * still against a dark page (the outer white against it). The outline alone carries it in forced colours.
 */
button:focus-visible {
  outline: 3px solid #1b1b1b;
  outline-offset: 2px;
  box-shadow: 0 0 0 2px #ffffff, 0 0 0 7px #ffffff, 0 2px 10px rgba(0, 0, 0, 0.3);
}
svg { width: 1.15em; height: 1.15em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; }
/* Out of the way: while the reader scrolls down, or where the button would lie over the article's words. */
:host([data-away]), :host([data-over-text]) { visibility: hidden; pointer-events: none; }
:host([data-away]) { transform: translateY(calc(100% + 2em)); }
:host { transition: transform 0.2s ease-out; }
@media (prefers-reduced-motion: reduce) { :host { transition: none; } }
/* A phone: round icon buttons of at least 44 by 44, their names kept for screen readers. */
:host([data-compact]) { flex-wrap: nowrap; }
:host([data-compact]) button { min-width: 44px; min-height: 44px; padding: 0.6em; justify-content: center; }
:host([data-compact]) button span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (pointer: coarse) { button { min-width: 44px; min-height: 44px; } }
@media print { :host { display: none; } }
`;

/** Narrower than this (CSS pixels), the buttons show as icons only. */
const COMPACT_BELOW = 600;
/** Space kept between the buttons and the window's edge, the article's text or the site's bottom bar. */
const GAP = 12;
/** Scrolling less than this (CSS pixels) neither hides nor shows the buttons: a finger's jitter is no direction. */
const SCROLL_SLACK = 6;
/** The article's text blocks, whose boxes the buttons must not lie over. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dd, dt';

/**
 * How far from the window's bottom a bar of the site's own is fixed there (0 when none), found by what lies at the
 * bottom edge and is positioned fixed or sticky, never by the page's class names, which it may change at will.
 */
function bottomBarHeight(doc: Document, ours: Element): number {
  const view = doc.defaultView!;
  let height = 0;
  // Test DOMs without layout have no hit testing: no bar found there.
  if (typeof doc.elementsFromPoint !== 'function') return 0;
  for (const share of [0.2, 0.5, 0.8]) {
    for (const element of doc.elementsFromPoint(view.innerWidth * share, view.innerHeight - 2)) {
      if (element === ours || element === doc.body || element === doc.documentElement) continue;
      for (let at: Element | null = element; at && at !== doc.body; at = at.parentElement) {
        const position = view.getComputedStyle(at).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        const box = at.getBoundingClientRect();
        // A bar, not a full-screen layer: in the lower third of the window, reaching its bottom.
        if (box.bottom >= view.innerHeight - 2 && box.top > view.innerHeight * (2 / 3)) height = Math.max(height, view.innerHeight - box.top);
        break;
      }
    }
  }
  return height;
}

export interface ReaderButtonOptions {
  /** Visible text and accessible name, e.g. "Mode baca". */
  label: string;
  onActivate: () => void;
  /** "Simpan" beside it: keeps the article for later; its label says whether it is saved. */
  save?: { label: string; savedLabel: string; onActivate: () => void };
  /** The article's body, whose text the buttons keep clear of. */
  article?: () => Element | null;
}

export interface ReaderButtonHandle {
  remove(): void;
  /** Shows the article as saved ("Tersimpan") or not. */
  setSaved(saved: boolean): void;
}

/** A bookmark, filled once the article is saved. */
const SAVE_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 3.5h12v17l-6-4.2-6 4.2z"/></svg>';

/** An open book, drawn with strokes so it follows the button's text colour. */
const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 5.5C5.5 4.5 8.5 4.5 12 6.5c3.5-2 6.5-2 9-1v13c-2.5-1-5.5-1-9 1-3.5-2-6.5-2-9-1z"/><path d="M12 6.5v13"/></svg>';

/**
 * Puts the small floating button that opens the reader in the page's corner, in a shadow root of its own so that
 * the page's CSS cannot restyle or hide it. A native `<button>`: focusable, activated by Enter and Space.
 */
export function mountReaderButton(doc: Document, options: ReaderButtonOptions): ReaderButtonHandle {
  const host = doc.createElement(READER_BUTTON_HOST_TAG);
  const shadow = attachClosedShadow(host);
  const button = doc.createElement('button');
  button.type = 'button';
  button.innerHTML = ICON;
  const label = doc.createElement('span');
  label.textContent = options.label;
  button.append(label);
  button.addEventListener('click', (event) => {
    // A page script's `.click()` must not open the reader for the reader.
    if (isUserGesture(event)) options.onActivate();
  });
  adoptStyles(shadow, BUTTON_CSS);
  shadow.append(button);
  let setSaved = (_saved: boolean): void => undefined;
  const save = options.save;
  if (save) {
    const saveButton = doc.createElement('button');
    saveButton.type = 'button';
    saveButton.className = 'save';
    saveButton.innerHTML = SAVE_ICON;
    const saveLabel = doc.createElement('span');
    saveButton.append(saveLabel);
    setSaved = (saved) => {
      saveButton.setAttribute('aria-pressed', String(saved));
      saveLabel.textContent = saved ? save.savedLabel : save.label;
    };
    setSaved(false);
    saveButton.addEventListener('click', (event) => {
      if (isUserGesture(event)) save.onActivate();
    });
    shadow.append(saveButton);
  }
  (doc.body ?? doc.documentElement).append(host);
  const view = doc.defaultView;
  if (!view) return { remove: () => host.remove(), setSaved: (saved) => setSaved(saved) };

  const toggle = (name: string, on: boolean) => (on ? host.setAttribute(name, '') : host.removeAttribute(name));
  /** Beside the article's text when its margin holds the buttons, above the site's bottom bar, else out of sight. */
  // A phone: a narrow window or a finger for a pointer. A desktop window keeps the buttons in their corner.
  const onPhone = () => view.innerWidth < COMPACT_BELOW || view.matchMedia?.('(pointer: coarse)').matches === true;
  const place = () => {
    toggle('data-compact', view.innerWidth < COMPACT_BELOW);
    host.style.setProperty('bottom', `${bottomBarHeight(doc, host) + GAP}px`, 'important');
    const article = options.article?.() ?? null;
    host.style.removeProperty('right');
    toggle('data-over-text', false);
    if (!article || !onPhone()) return;
    const width = host.offsetWidth;
    const margin = view.innerWidth - article.getBoundingClientRect().right;
    if (margin >= width + 2 * GAP) {
      host.style.setProperty('right', `${Math.round((margin - width) / 2)}px`, 'important');
      return;
    }
    // No margin: the lowest place in the right-hand column, above the bottom bar, where no line of the article's
    // text lies (beside a short last line, over a picture, past the article's end); out of sight when there is none.
    // Lines, not blocks: a paragraph's box is as wide as the column, its last line rarely is.
    const style = view.getComputedStyle(host);
    const right = parseFloat(style.right) || GAP;
    const lowest = view.innerHeight - bottomBarHeight(doc, host) - GAP;
    const column = { left: view.innerWidth - right - width, right: view.innerWidth - right };
    const lines: Array<{ top: number; bottom: number }> = [];
    const range = doc.createRange();
    for (const block of Array.from(article.querySelectorAll(TEXT_BLOCKS))) {
      const blockBox = block.getBoundingClientRect();
      if (blockBox.bottom < 0 || blockBox.top > view.innerHeight || blockBox.right < column.left) continue;
      range.selectNodeContents(block);
      for (const line of Array.from(range.getClientRects())) {
        if (line.width > 0 && line.left < column.right && column.left < line.right) lines.push({ top: line.top - GAP / 2, bottom: line.bottom + GAP / 2 });
      }
    }
    const height = host.offsetHeight;
    let top = lowest - height;
    for (let moved = true; moved && top >= view.innerHeight / 3;) {
      moved = false;
      for (const line of lines) {
        if (line.top < top + height && top < line.bottom) {
          top = line.top - height;
          moved = true;
        }
      }
    }
    const free = top >= view.innerHeight / 3;
    toggle('data-over-text', !free);
    if (free) host.style.setProperty('bottom', `${Math.round(view.innerHeight - top - height)}px`, 'important');
  };
  let lastY = view.scrollY;
  let pending = false;
  const onScroll = () => {
    const y = view.scrollY;
    if (!onPhone()) toggle('data-away', false);
    else if (Math.abs(y - lastY) >= SCROLL_SLACK) {
      // As mobile browsers do with their own bars: gone while reading down, back as soon as the reader scrolls up.
      toggle('data-away', y > lastY && y > 0);
      lastY = y;
    }
    if (pending) return;
    pending = true;
    view.requestAnimationFrame(() => {
      pending = false;
      place();
    });
  };
  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('resize', onScroll, { passive: true });
  // A site's bottom bar or a wider layout may come late: looked at again after the page changes, at most twice a second.
  let relook: ReturnType<typeof setTimeout> | undefined;
  const changes = new MutationObserver(() => {
    relook ??= setTimeout(() => {
      relook = undefined;
      place();
    }, 500);
  });
  if (doc.body) changes.observe(doc.body, { childList: true, subtree: true });
  place();
  return {
    remove: () => {
      changes.disconnect();
      clearTimeout(relook);
      view.removeEventListener('scroll', onScroll);
      view.removeEventListener('resize', onScroll);
      host.remove();
    },
    setSaved: (saved) => setSaved(saved),
  };
}
