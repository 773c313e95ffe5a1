/**
 * Highlights and notes in the content script: finds the article's highlights again in the original page and in the
 * reader, turns a selection into a highlight through the toolbar, the keyboard command or the context menu, and
 * opens the note panel. Everything it stores goes through typed messages to the background.
 */
import { HIGHLIGHT_ELEMENT } from '../../../src/anchoring/highlighter.ts';
import { selectedRange } from '../../../src/dom-text/selected-range.ts';
import { isArticleFurniture } from '../../../src/kompas/article-furniture.ts';
import { findArticleBody } from '../../../src/kompas/article-body.ts';
import { NO_PAGE_NAMES } from '../../../src/kompas/page-names.ts';
import type { HighlightSelectors } from '../../../src/anchoring/types.ts';
import type { Colour } from '../../../src/notes/highlight.ts';
import type { PageHighlight } from '../../../src/notes/page-messages.ts';
import { NotesRequestError, requestPage } from '../../shared/notes-client.ts';
import type { PanelMessage } from '../../note-panel/panel-protocol.ts';
import { adoptStyles } from '../../reader/shadow-styles.ts';
import { HighlightLayer } from './highlight-layer.ts';
import type { HighlightMessageKey } from './highlight-messages.ts';
import { READER_HIGHLIGHT_STYLES } from './highlight-styles.ts';
import { openNotePanel, type NotePanelHandle } from './note-panel-host.ts';
import { recognizeInBackground } from '../recognizer.ts';
import { mountSelectionToolbar, type SelectionToolbar } from './selection-toolbar.ts';
import { announcerFor, showToast } from './toast.ts';
import { isUserGesture } from '../../shared/shadow-host.ts';

/** The fragment the library links with, to open an article scrolled to one highlight. */
export const HIGHLIGHT_FRAGMENT = 'teman-baca=';

export interface ArticleInfo {
  url: string;
  title: string;
  section: string | null;
}

export interface NotesControllerOptions {
  strings: (key: HighlightMessageKey, ...substitutions: string[]) => string;
  article: () => ArticleInfo;
}

export interface HighlightStatus {
  drawn: number;
  notFound: Array<{ id: string; quote: string }>;
}

/**
 * The names a quote mentions, kept with the highlight, from the background's recogniser. Its failure must never cost
 * the reader the highlight itself.
 */
async function entitiesIn(quote: string): Promise<string[]> {
  try {
    const [entities = []] = await recognizeInBackground(NO_PAGE_NAMES, false)([quote]);
    return [...new Set(entities.map((entity) => entity.text))];
  } catch {
    return [];
  }
}

/** How long the selection must hold still, with no finger down, before a touch selection counts as settled. */
export const TOUCH_SETTLE_MS = 400;
/**
 * How soon after the reader's last touch a selection change still counts as theirs: a long press selects its word
 * while the finger is down or just as it lifts. A page script's selection long after any touch is not the reader's.
 */
export const TOUCH_LINK_MS = 1000;

export class NotesController {
  private page: HighlightLayer | null = null;
  private reader: { layer: HighlightLayer; shadow: ShadowRoot } | null = null;
  private highlights: PageHighlight[] = [];
  private readonly toolbar: SelectionToolbar;
  private panel: NotePanelHandle | null = null;
  /** The words the toolbar was last shown for. */
  private offered: Range | null = null;
  private loaded: Promise<void> | null = null;
  /** Fingers on the screen now, as trusted touch events tell. */
  private touchesDown = 0;
  /** When the reader's finger last went down or came up (trusted events only); -Infinity before any touch. */
  private lastTouchAt = -Infinity;
  /** Set while a selection begun by the reader's touch is still changing (the handles being dragged). */
  private touchSelecting = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly options: NotesControllerOptions,
  ) {
    this.toolbar = mountSelectionToolbar(doc, {
      strings: (key) => options.strings(key),
      onHighlight: (colour) => void this.highlightSelection(colour, false),
      onNote: (colour) => void this.highlightSelection(colour, true),
    });
    // The live regions exist before anything is said in them.
    announcerFor(doc);
    const body = findArticleBody(doc);
    // The page's layer exists from the start, so a selection can be highlighted before the stored ones are drawn.
    if (body) this.page = new HighlightLayer(body, { ignore: isArticleFurniture }, this.roleDescription);
    // Only the reader's own input counts: a page script can select text and dispatch events, but its events are not
    // trusted, and it must not make highlights or open notes on the reader's behalf.
    doc.addEventListener('mouseup', (event) => isUserGesture(event) && this.onPointerUp(event), true);
    doc.addEventListener('keyup', (event) => isUserGesture(event) && this.onKeyUp(event), true);
    doc.addEventListener('keydown', (event) => isUserGesture(event) && this.onKeyDown(event), true);
    doc.addEventListener('click', (event) => isUserGesture(event) && this.onClick(event), true);
    const touched = (event: TouchEvent | PointerEvent) => {
      if (!isUserGesture(event) || this.toolbar.contains(event.target)) return;
      if (event instanceof PointerEvent && event.pointerType !== 'touch') return;
      this.lastTouchAt = performance.now();
      if (event.type === 'touchstart' || event.type === 'touchend' || event.type === 'touchcancel') {
        this.touchesDown = (event as TouchEvent).touches.length;
      }
      if (this.touchSelecting) this.settleLater();
    };
    for (const type of ['touchstart', 'touchend', 'touchcancel', 'pointerdown', 'pointerup'] as const) {
      doc.addEventListener(type, touched, { capture: true, passive: true });
    }
    doc.addEventListener('selectionchange', () => {
      this.onSelectionChange();
      // Focus moving into the toolbar may collapse the selection (caret browsing moves the caret with focus): the
      // toolbar then acts on the words it was offered for.
      if (this.toolbar.isShown() && !this.toolbar.hasFocus() && !selectedRange(doc, this.shadowRoots())) this.toolbar.hide();
    });
  }

  /** Reads this article's highlights and draws them on the page; follows a `#teman-baca=<id>` link. */
  start(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Draws the highlights in the reader too, and lets the reader make new ones there. */
  attachReader(content: Element, shadow: ShadowRoot): void {
    adoptStyles(shadow, READER_HIGHLIGHT_STYLES);
    const layer = new HighlightLayer(content, {}, this.roleDescription);
    this.reader = { layer, shadow };
    void this.start().then(() => {
      if (this.reader?.layer === layer) layer.load(this.highlights);
    });
  }

  detachReader(): void {
    this.reader = null;
    this.toolbar.hide();
  }

  status(): HighlightStatus {
    const layer = this.reader?.layer ?? this.page;
    return {
      drawn: layer?.drawnCount() ?? 0,
      notFound: (layer?.notFound() ?? []).map((highlight) => ({ id: highlight.id, quote: highlight.selectors[0].exact })),
    };
  }

  /** Moves keyboard focus to the selection toolbar (a keyboard command); false when nothing is selected. */
  focusToolbar(): boolean {
    if (!this.offerToolbar()) {
      showToast(this.doc, this.options.strings('highlightNothingSelected'), 'status');
      return false;
    }
    this.toolbar.focus();
    return true;
  }

  /**
   * Makes a highlight of the current selection; with `withNote`, opens the note panel on it. Made from the keyboard
   * (`fromKeyboard`, a command; or the toolbar had focus), focus goes to the new highlight, not to nowhere.
   */
  async highlightSelection(colour: Colour = this.toolbar.colour(), withNote = false, fromKeyboard = false): Promise<PageHighlight | null> {
    const byKeyboard = fromKeyboard || this.toolbar.hasFocus();
    // The selection as it is now, or, when focus moved into the toolbar and took the selection with it (caret
    // browsing moves the caret with focus), the words the toolbar was offered for.
    const candidates = [selectedRange(this.doc, this.shadowRoots()), this.toolbar.hasFocus() ? this.offered : null];
    this.offered = null;
    this.toolbar.hide();
    let found: { layer: HighlightLayer; selectors: HighlightSelectors } | null = null;
    for (const range of candidates) {
      const layer = range ? [this.reader?.layer, this.page].find((candidate) => candidate?.covers(range)) : undefined;
      const selectors = range && layer?.describe(range);
      if (layer && selectors) {
        found = { layer, selectors };
        break;
      }
    }
    if (!found) {
      showToast(this.doc, this.options.strings('highlightNothingSelected'), 'status');
      return null;
    }
    const { layer, selectors } = found;
    const article = this.options.article();
    const entities = await entitiesIn(selectors[0].exact);
    try {
      const { highlight } = await requestPage({
        type: 'page/save-highlight',
        highlight: { articleUrl: article.url, title: article.title, section: article.section, selectors, colour, entities },
      });
      this.doc.getSelection()?.removeAllRanges();
      this.highlights.push(highlight);
      layer.add(highlight);
      // Keep the other view in step: a highlight made in the reader is on the page after closing it.
      const other = layer === this.page ? this.reader?.layer : this.page;
      other?.add(highlight);
      // Focus moves to the new highlight, so that closing its note comes back to it.
      if (byKeyboard) layer.focusTarget(highlight.id)?.focus();
      if (withNote) void this.openPanel(highlight.id);
      else announcerFor(this.doc).say(this.options.strings('highlightSaved'));
      return highlight;
    } catch (error) {
      this.reportFailure(error);
      return null;
    }
  }

  private async load(): Promise<void> {
    try {
      // The background lists the highlights of the page it sees this script in: no address to give.
      const { highlights } = await requestPage({ type: 'page/list-highlights' });
      // A highlight saved while the list was on its way may or may not be in it: keep one of each.
      const listed = new Set(highlights.map((highlight) => highlight.id));
      this.highlights = [...highlights, ...this.highlights.filter((highlight) => !listed.has(highlight.id))];
    } catch (error) {
      this.reportFailure(error);
      return;
    }
    this.page?.load(this.highlights);
    const hash = decodeURIComponent(this.doc.defaultView?.location.hash ?? '');
    const at = hash.indexOf(HIGHLIGHT_FRAGMENT);
    if (at >= 0) this.page?.reveal(hash.slice(at + HIGHLIGHT_FRAGMENT.length));
  }

  private layers(): HighlightLayer[] {
    return [this.page, this.reader?.layer].filter((layer): layer is HighlightLayer => layer !== null && layer !== undefined);
  }

  private shadowRoots(): ShadowRoot[] {
    return this.reader ? [this.reader.shadow] : [];
  }

  private onPointerUp(event: MouseEvent): void {
    if (this.toolbar.contains(event.target)) return;
    // The mouse events a browser makes up after a touch: the touch selection's own settling offers the toolbar.
    if (performance.now() - this.lastTouchAt < TOUCH_LINK_MS) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => this.offerToolbar(), 0);
  }

  /**
   * A selection made by touch has no mouseup to end it: the toolbar follows once the selection has held still with no
   * finger down. Only a selection that began while or just after the reader touched the screen counts (a trusted
   * touch is the proof, as a trusted mouseup is for the mouse); dragging the browser's handles later keeps changing
   * the same selection and moves the toolbar with it.
   */
  private onSelectionChange(): void {
    const byTouch = this.touchesDown > 0 || performance.now() - this.lastTouchAt < TOUCH_LINK_MS;
    if (byTouch) this.touchSelecting = true;
    if (this.touchSelecting) this.settleLater();
  }

  private settleLater(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      // The finger is still on the glass: the selection is not done.
      if (this.touchesDown > 0) return this.settleLater();
      this.touchSelecting = false;
      this.offerToolbar('below');
    }, TOUCH_SETTLE_MS);
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (event.shiftKey || event.key === 'Shift') this.offerToolbar();
    if (event.key === 'Escape' && !this.toolbar.hasFocus()) this.toolbar.hide();
  }

  /** Enter or Space on a focused highlight opens its note, as a click does; Esc in the page closes an open note. */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.panel) {
      // Handled here, so the reader underneath stays open.
      event.preventDefault();
      this.panel.close();
      this.panel = null;
      return;
    }
    if ((event.key !== 'Enter' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = this.highlightAt(event.composedPath()[0] ?? event.target);
    if (!id) return;
    event.preventDefault();
    void this.openPanel(id);
  }

  /** Shows the toolbar over a selection of article text; false (and hidden) when there is none. */
  private offerToolbar(placement: 'above' | 'below' = 'above'): boolean {
    const range = selectedRange(this.doc, this.shadowRoots());
    if (!range || !this.layers().some((layer) => layer.covers(range))) {
      this.toolbar.hide();
      return false;
    }
    this.offered = range.cloneRange();
    // Under a touch selection, the toolbar goes below the line where the selection ends (its end handle).
    const lines = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    const end = lines[lines.length - 1];
    this.toolbar.show(placement === 'below' && end ? end : range.getBoundingClientRect(), placement);
    return true;
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0) return;
    const selected = selectedRange(this.doc, this.shadowRoots());
    if (selected && !selected.collapsed) return;
    const id = this.highlightAt(event.composedPath()[0] ?? event.target);
    if (id) void this.openPanel(id);
  }

  /** The id of a highlight one of our layers drew at `target`; an element the page made in its image is none. */
  private highlightAt(target: EventTarget | null): string | null {
    const element = target instanceof Element ? target.closest(HIGHLIGHT_ELEMENT) : null;
    if (!element) return null;
    return this.layers().map((layer) => layer.idAt(element)).find((found) => found !== null) ?? null;
  }

  private readonly roleDescription = (hasNote: boolean): string =>
    this.options.strings(hasNote ? 'highlightRoleWithNote' : 'highlightRole');

  private async openPanel(id: string): Promise<void> {
    this.panel?.close();
    let ticket: string;
    try {
      // A one-time ticket for this highlight, which the panel alone can redeem: its address names no note.
      ({ ticket } = await requestPage({ type: 'page/open-note', id }));
    } catch (error) {
      this.reportFailure(error);
      return;
    }
    this.panel?.close();
    this.panel = openNotePanel(this.doc, id, ticket, this.options.strings('notePanelLabel'), (message) => this.onPanelMessage(message));
  }

  private onPanelMessage(message: PanelMessage): void {
    if (message.type === 'deleted') {
      this.highlights = this.highlights.filter((highlight) => highlight.id !== message.id);
      for (const layer of this.layers()) layer.remove(message.id);
      announcerFor(this.doc).say(this.options.strings('highlightDeleted'));
    }
    if (message.type === 'saved') announcerFor(this.doc).say(this.options.strings('highlightNoteSaved'));
    if (message.type === 'colour') announcerFor(this.doc).say(this.options.strings('highlightColourChanged'));
    if (message.type === 'saved' || message.type === 'colour') {
      // The panel says what changed, never the note itself: ask the background for the record.
      void requestPage({ type: 'page/get-highlight', id: message.id }).then(({ highlight }) => {
        this.highlights = this.highlights.map((known) => (known.id === highlight.id ? highlight : known));
        for (const layer of this.layers()) layer.update(highlight);
      }, (error: unknown) => this.reportFailure(error));
    }
    if (message.type === 'close' || message.type === 'deleted') this.panel = null;
  }

  private reportFailure(error: unknown): void {
    const strings = this.options.strings;
    let text: string;
    if (error instanceof NotesRequestError && error.code === 'quota-exceeded') text = strings('highlightQuotaFull');
    else if (error instanceof NotesRequestError && error.code === 'rate-limited') text = strings('highlightRateLimited');
    else if (error instanceof NotesRequestError && error.code === 'unreachable') text = strings('highlightUnreachable');
    else text = strings('highlightSaveFailed', error instanceof Error ? error.message : String(error));
    showToast(this.doc, text);
  }
}
