/** The reader's text selection, wherever it lies: in the document or inside one of our shadow roots. */

type ComposedSelection = Selection & {
  getComposedRanges?: (...args: unknown[]) => StaticRange[];
};

/**
 * The selection as a Range, also when it lies inside the reader's closed shadow root. Asked through
 * `getComposedRanges` first: in Chromium a selection inside a shadow root reads as collapsed on the document's
 * Selection, so testing `isCollapsed` first would see nothing selected in the reader.
 */
export function selectedRange(doc: Document, shadowRoots: ShadowRoot[]): Range | null {
  const selection = doc.getSelection() as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0) return null;
  if (typeof selection.getComposedRanges === 'function') {
    let ranges: StaticRange[];
    try {
      ranges = selection.getComposedRanges({ shadowRoots });
    } catch {
      // Browsers that shipped the first form of the method take the roots as arguments.
      ranges = selection.getComposedRanges(...shadowRoots);
    }
    const [staticRange] = ranges;
    if (!staticRange || staticRange.collapsed) return null;
    const range = doc.createRange();
    range.setStart(staticRange.startContainer, staticRange.startOffset);
    range.setEnd(staticRange.endContainer, staticRange.endOffset);
    return range.collapsed ? null : range;
  }
  for (const root of shadowRoots) {
    const inner = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (inner && !inner.isCollapsed && inner.rangeCount > 0) return inner.getRangeAt(0);
  }
  return selection.isCollapsed ? null : selection.getRangeAt(0);
}
