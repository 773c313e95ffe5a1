/**
 * The sentence being read, marked on the page by boxes drawn behind its lines in a layer of our own, as Firefox's
 * Narrate does. Drawing beside the text rather than wrapping it leaves the article's nodes alone (highlights and
 * entity marks wrap them too, and anchor on them), and keeps the mark off the page's highlight registry
 * (`CSS.highlights`), which the page's own scripts can read.
 */

/** One line of a sentence, in the layer's coordinates. */
export interface MarkBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A range's client rectangles as one box per line: an inline element or a text node boundary in the middle of a line
 * gives a rectangle of its own, and boxes drawn for each would overlap into darker patches.
 */
export function lineBoxes(rects: Iterable<DOMRectReadOnly>, origin: { left: number; top: number }): MarkBox[] {
  const lines: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const middle = (rect.top + rect.bottom) / 2;
    const line = lines.find((candidate) => middle > candidate.top && middle < candidate.bottom);
    if (line) {
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else {
      lines.push({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    }
  }
  return lines.map((line) => ({
    left: line.left - origin.left,
    top: line.top - origin.top,
    width: line.right - line.left,
    height: line.bottom - line.top,
  }));
}

export class SentenceMark {
  private range: Range | null = null;

  /**
   * `layer`: an element placed over the text (absolutely, over its containing block), which scrolls with it, so that
   * boxes drawn once stay on their lines while the reader scrolls.
   */
  constructor(private readonly layer: HTMLElement) {}

  /**
   * Marks `range` (null: nothing). `reveal` scrolls it into view when it is not; the boxes' `scroll-margin` keeps it
   * clear of the bars at the top and bottom.
   */
  show(range: Range | null, reveal: boolean): void {
    this.range = range;
    this.draw();
    const first = this.layer.firstElementChild;
    if (reveal && first) {
      const still = this.layer.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      first.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    }
  }

  /** Draws the boxes again, after the text moved (a new size, a narrower window). */
  redraw(): void {
    this.draw();
  }

  private draw(): void {
    const doc = this.layer.ownerDocument;
    const boxes = this.range ? lineBoxes(Array.from(this.range.getClientRects()), this.layer.getBoundingClientRect()) : [];
    this.layer.replaceChildren(...boxes.map((box) => {
      const element = doc.createElement('span');
      element.className = 'speech-line';
      element.style.left = `${box.left}px`;
      element.style.top = `${box.top}px`;
      element.style.width = `${box.width}px`;
      element.style.height = `${box.height}px`;
      return element;
    }));
  }
}
