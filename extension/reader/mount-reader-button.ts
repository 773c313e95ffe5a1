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
@media print { :host { display: none; } }
`;

export interface ReaderButtonOptions {
  /** Visible text and accessible name, e.g. "Mode baca". */
  label: string;
  onActivate: () => void;
  /** "Simpan" beside it: keeps the article for later; its label says whether it is saved. */
  save?: { label: string; savedLabel: string; onActivate: () => void };
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
  return { remove: () => host.remove(), setSaved: (saved) => setSaved(saved) };
}
