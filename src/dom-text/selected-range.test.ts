import { describe, expect, it } from 'vitest';
import { selectedRange } from './selected-range.ts';

/** A static range as the browser returns it (the test DOM has no StaticRange constructor). */
const staticRange = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: startContainer === endContainer && startOffset === endOffset }) as StaticRange;

/** A document whose Selection reads as Chromium's does for a selection inside a shadow root. */
function documentWithSelection(selection: Partial<Selection> & { getComposedRanges?: unknown }): Document {
  return { getSelection: () => selection as Selection, createRange: () => document.createRange() } as unknown as Document;
}

describe('selectedRange', () => {
  it('asks for composed ranges even when the document\'s Selection reads as collapsed (a selection in the reader)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<p>Presiden meresmikan bendungan baru</p>';
    const text = shadow.querySelector('p')!.firstChild!;
    let askedWith: unknown;
    const doc = documentWithSelection({
      rangeCount: 1,
      isCollapsed: true,
      getRangeAt: () => document.createRange(),
      getComposedRanges: (options: unknown) => {
        askedWith = options;
        return [staticRange(text, 9, text, 19)];
      },
    });
    const range = selectedRange(doc, [shadow]);
    expect(range?.toString()).toBe('meresmikan');
    expect(askedWith).toEqual({ shadowRoots: [shadow] });
  });

  it('is null for a collapsed composed range or no selection', () => {
    document.body.innerHTML = '<p>Teks</p>';
    const text = document.querySelector('p')!.firstChild!;
    const collapsed = documentWithSelection({
      rangeCount: 1,
      isCollapsed: true,
      getComposedRanges: () => [staticRange(text, 1, text, 1)],
    });
    expect(selectedRange(collapsed, [])).toBeNull();
    expect(selectedRange(documentWithSelection({ rangeCount: 0, isCollapsed: true }), [])).toBeNull();
  });
});
