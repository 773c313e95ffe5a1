import { h, render, type ComponentChildren } from 'preact';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import type { ReaderStrings } from './reader-messages.ts';
import type { ReaderSettings } from './reader-settings.ts';
import { PAGE_CSS_WHILE_OPEN, READER_CSS } from './reader-styles.ts';
import { ReaderView, type AsideSummary } from './ReaderView.tsx';
import { webSpeech, type SpeechOutput } from '../../src/speech/web-speech.ts';
import { adoptStyles } from './shadow-styles.ts';
import { attachClosedShadow, innermostFocus, isUserGesture, restoreFocus } from '../shared/shadow-host.ts';

/** The element our shadow root hangs from; a custom tag, so no page rule written for `div` reaches it. */
export const READER_HOST_TAG = 'kompas-reader-host';
/** On `<html>` while the reader is open; page-side styles and other parts of the extension key on it. */
export const READER_OPEN_ATTRIBUTE = 'data-kompas-reader';
const PAGE_STYLE_ID = 'kompas-reader-page-style';

export interface OpenReaderOptions {
  article: ReaderArticle;
  /** Initial typography; later changes are kept by the reader and reported through `onSettingsChange`. */
  settings: ReaderSettings;
  /** Called on every change, already applied on screen; persist it here. */
  onSettingsChange: (settings: ReaderSettings) => void;
  strings: ReaderStrings;
  /** Called once after the reader has closed, however it was closed (button, Esc, `close()`). */
  onClose?: () => void;
  /** "Simpan" in the toolbar, on the reader's own click only; absent, the toolbar offers no saving. */
  onSave?: () => void;
  /** Speech synthesis for "Dengarkan"; the browser's own unless given (null: no listening). */
  speech?: SpeechOutput | null;
}

export interface ReaderHandle {
  /** Closes the reader and gives the page back as it was; safe to call more than once. */
  close(): void;
  /** Applies settings changed elsewhere (the popup, another tab) without reporting them back. */
  setSettings(settings: ReaderSettings): void;
  /**
   * Shows `content` in the panel beside the article (null removes the panel); on a phone it is a sheet, opened by a
   * button that shows `summary`.
   */
  setAside(content: ComponentChildren | null, summary?: AsideSummary): void;
  /** Adds a stylesheet to the reader's shadow root, for what other parts render into it. */
  addStyles(css: string): void;
  /** Shows the article as saved ("Tersimpan") or not. */
  setSaved(saved: boolean): void;
  /** The article body element (`contentHtml` rendered); it survives settings changes and re-renders. */
  readonly content: Element;
  /** The reader's shadow root, for parts of the extension that decorate the article (entities, highlights). */
  readonly shadowRoot: ShadowRoot;
}

/** Undo for every change made to the page, in one place, so that close restores exactly what open changed. */
interface PageState {
  htmlOverflow: string;
  bodyOverflow: string;
  bodyInert: boolean;
  focused: Element | null;
}

let current: ReaderHandle | null = null;

function ensurePageStyle(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = PAGE_CSS_WHILE_OPEN;
  (doc.head ?? doc.documentElement).append(style);
}

/**
 * Opens the reader over the page: a host element at the end of `<html>` (outside `<body>`, so making the page inert
 * leaves the reader alone) with a closed shadow root. The page underneath is left intact; it stops scrolling, goes
 * inert, and comes back with focus where it was on close or Escape. A reader already open is closed first.
 */
export function openReader(doc: Document, options: OpenReaderOptions): ReaderHandle {
  current?.close();
  const html = doc.documentElement;
  const body = doc.body;
  const saved: PageState = {
    htmlOverflow: html.style.overflow,
    bodyOverflow: body?.style.overflow ?? '',
    bodyInert: body?.hasAttribute('inert') ?? false,
    // The element itself, not the shadow host that `activeElement` names: focus goes back to the very button.
    focused: innermostFocus(doc),
  };

  const host = doc.createElement(READER_HOST_TAG);
  const shadow = attachClosedShadow(host);
  adoptStyles(shadow, READER_CSS);
  const mount = doc.createElement('div');
  shadow.append(mount);
  ensurePageStyle(doc);

  let settings = options.settings;
  let aside: ComponentChildren | null = null;
  let asideSummary: AsideSummary | undefined;
  let isSaved = false;
  let open = true;
  const speech = options.speech === undefined ? webSpeech() : options.speech;

  const onDocumentKeyDown = (event: KeyboardEvent): void => {
    // Escape with focus left on the page (a click on the scrollbar, an extension popup closing) still closes. One
    // inside the reader is the reader's own: there it may close a sheet rather than the reader. While a sheet is
    // open, Escape is the sheet's, wherever focus went.
    if (
      event.key === 'Escape' && !event.defaultPrevented && isUserGesture(event) &&
      !event.composedPath().includes(host) && !shadow.querySelector('dialog[open]')
    ) {
      event.preventDefault();
      close();
    }
  };

  const draw = (): void => {
    render(h(ReaderView, {
      article: options.article,
      settings,
      onSettingsChange: (next: ReaderSettings) => {
        settings = next;
        draw();
        options.onSettingsChange(next);
      },
      onClose: close,
      onPrint: doc.defaultView && typeof doc.defaultView.print === 'function' ? () => doc.defaultView?.print() : undefined,
      onSave: options.onSave,
      saved: isSaved,
      strings: options.strings,
      aside,
      asideSummary,
      speech,
    }), mount);
  };

  function close(): void {
    if (!open) return;
    open = false;
    doc.removeEventListener('keydown', onDocumentKeyDown, true);
    render(null, mount);
    host.remove();
    html.removeAttribute(READER_OPEN_ATTRIBUTE);
    html.style.overflow = saved.htmlOverflow;
    if (body) {
      body.style.overflow = saved.bodyOverflow;
      if (!saved.bodyInert) body.removeAttribute('inert');
    }
    doc.getElementById(PAGE_STYLE_ID)?.remove();
    restoreFocus(saved.focused);
    if (current === handle) current = null;
    options.onClose?.();
  }

  const handle: ReaderHandle = {
    close,
    setSettings(next) {
      settings = next;
      if (open) draw();
    },
    setAside(content, summary) {
      aside = content;
      asideSummary = summary;
      if (open) draw();
    },
    addStyles(css) {
      adoptStyles(shadow, css);
    },
    setSaved(next) {
      isSaved = next;
      if (open) draw();
    },
    get content(): Element {
      const body = shadow.querySelector('.content');
      if (!body) throw new Error('The reader is closed');
      return body;
    },
    shadowRoot: shadow,
  };

  html.setAttribute(READER_OPEN_ATTRIBUTE, 'open');
  html.style.overflow = 'hidden';
  if (body) {
    body.style.overflow = 'hidden';
    body.setAttribute('inert', '');
  }
  html.append(host);
  doc.addEventListener('keydown', onDocumentKeyDown, true);
  draw();
  current = handle;
  return handle;
}
