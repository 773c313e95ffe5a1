/**
 * The highlights of one article in one view (the original page's body, or the reader's content): found again
 * from their selectors, drawn, and kept in step as the reader adds, recolours and deletes them.
 */
import { anchorAll, anchorInArticle } from '../../../src/anchoring/anchor.ts';
import { articleText, offsetsOfRange, type ArticleText } from '../../../src/anchoring/article-text.ts';
import { describeRange } from '../../../src/anchoring/describe.ts';
import {
  HIGHLIGHT_ELEMENT,
  HIGHLIGHT_ID_ATTRIBUTE,
  paintHighlights,
  removeHighlights,
} from '../../../src/anchoring/highlighter.ts';
import type { HighlightSelectors } from '../../../src/anchoring/types.ts';
import type { TextMapOptions } from '../../../src/dom-text/text-map.ts';
import type { Colour } from '../../../src/notes/highlight.ts';
import type { PageHighlight } from '../../../src/notes/page-messages.ts';

const FLASH_MS = 1600;

/** How a drawn highlight introduces itself to assistive technology: its role description, by whether it has a note. */
export type HighlightRoleDescription = (hasNote: boolean) => string;

export class HighlightLayer {
  private readonly known = new Map<string, PageHighlight>();
  private readonly drawn = new Map<string, Element[]>();
  /**
   * The elements this layer drew, and whose highlight each is. A page can add elements of our tag with any id it
   * likes; only these open a note.
   */
  private readonly ours = new WeakMap<Element, string>();
  /** Highlights of this article whose text is no longer in it: kept, listed, never dropped. */
  private missing: PageHighlight[] = [];

  constructor(
    readonly root: Element,
    private readonly options: TextMapOptions = {},
    private readonly roleDescription: HighlightRoleDescription = () => '',
  ) {}

  /** The article text as it is now; read afresh each time because drawing splits text nodes. */
  text(): ArticleText {
    return articleText(this.root, this.options);
  }

  /** Draws every highlight that anchors; remembers the others as not found. */
  load(highlights: readonly PageHighlight[]): void {
    removeHighlights(this.root);
    this.drawn.clear();
    this.known.clear();
    for (const highlight of highlights) this.known.set(highlight.id, highlight);
    const at = this.text();
    const report = anchorAll(at.text, highlights);
    this.missing = report.notFound;
    const painted = paintHighlights(at, report.anchored.map(({ item, anchor }) => ({
      id: item.id, start: anchor.start, end: anchor.end, colour: item.colour,
      ...(anchor.parts ? { parts: anchor.parts } : {}),
    })));
    for (const [id, elements] of painted) this.track(id, elements);
  }

  /** Selectors for a range the reader selected in this view, or null when it holds no article text. */
  describe(range: Range): HighlightSelectors | null {
    return describeRange(this.text(), range);
  }

  /** Whether a range lies in this view's article text. */
  covers(range: Range): boolean {
    return this.root.contains(range.commonAncestorContainer) && offsetsOfRange(this.text(), range) !== null;
  }

  /** Draws one more highlight (just saved, or saved in the other view). */
  add(highlight: PageHighlight): boolean {
    this.known.set(highlight.id, highlight);
    const anchor = anchorInArticle(this.text(), highlight.selectors);
    if (!anchor) {
      this.missing.push(highlight);
      return false;
    }
    const painted = paintHighlights(this.text(), [{
      id: highlight.id, start: anchor.start, end: anchor.end, colour: highlight.colour,
      ...(anchor.parts ? { parts: anchor.parts } : {}),
    }]);
    this.track(highlight.id, painted.get(highlight.id) ?? []);
    return true;
  }

  update(highlight: PageHighlight): void {
    this.known.set(highlight.id, highlight);
    for (const element of this.drawn.get(highlight.id) ?? []) this.decorate(element, highlight);
  }

  setColour(id: string, colour: Colour): void {
    const highlight = this.known.get(id);
    if (highlight) this.update({ ...highlight, colour });
  }

  remove(id: string): void {
    removeHighlights(this.root, id);
    this.drawn.delete(id);
    this.known.delete(id);
    this.missing = this.missing.filter((highlight) => highlight.id !== id);
  }

  /** Scrolls a drawn highlight into view and outlines it briefly; false when it is not drawn here. */
  reveal(id: string): boolean {
    const elements = this.drawn.get(id);
    const first = elements?.[0] as HTMLElement | undefined;
    if (!elements || !first) return false;
    first.scrollIntoView({ block: 'center' });
    for (const element of elements) element.classList.add('teman-baca-flash');
    setTimeout(() => elements.forEach((element) => element.classList.remove('teman-baca-flash')), FLASH_MS);
    return true;
  }

  /**
   * The highlight id of an element the reader clicked or focused, if this layer drew it and it is still drawn: never
   * read from the element's attributes, which the page can write.
   */
  idAt(target: EventTarget | null): string | null {
    const element = target instanceof Element ? target.closest(HIGHLIGHT_ELEMENT) : null;
    const id = element ? this.ours.get(element) : undefined;
    return id !== undefined && this.drawn.get(id)?.includes(element!) && this.root.contains(element) ? id : null;
  }

  /** The element of a drawn highlight that takes keyboard focus (its first), for moving focus to it. */
  focusTarget(id: string): HTMLElement | null {
    return (this.drawn.get(id)?.[0] as HTMLElement | undefined) ?? null;
  }

  notFound(): readonly PageHighlight[] {
    return this.missing;
  }

  drawnCount(): number {
    return this.drawn.size;
  }

  private track(id: string, elements: Element[]): void {
    this.drawn.set(id, elements);
    for (const element of elements) this.ours.set(element, id);
    const highlight = this.known.get(id);
    if (highlight) for (const element of elements) this.decorate(element, highlight);
  }

  private decorate(element: Element, highlight: PageHighlight): void {
    element.setAttribute('data-colour', highlight.colour);
    // Only whether a note exists: the note's text never enters the page's DOM.
    const hasNote = highlight.hasNote;
    element.toggleAttribute('data-has-note', hasNote);
    // A highlight is a mark to assistive technology, and one tab stop (on its first piece) that Enter opens.
    element.setAttribute('role', 'mark');
    element.setAttribute('aria-roledescription', this.roleDescription(hasNote));
    const first = this.drawn.get(highlight.id)?.[0] === element;
    if (first) element.setAttribute('tabindex', '0');
    else element.removeAttribute('tabindex');
  }
}
