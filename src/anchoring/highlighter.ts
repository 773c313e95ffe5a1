/**
 * Anchored highlights drawn on the page: one `<teman-baca-highlight>` element per text run. A custom element name,
 * because page stylesheets target `mark`, `span` and `em` and would restyle (or hide) ours; it is inline by default
 * and needs no registration.
 */

import { wrapSpans, unwrap } from '../dom-text/text-runs.ts';
import { toRawOffsets, type ArticleText } from './article-text.ts';

export const HIGHLIGHT_ELEMENT = 'teman-baca-highlight';
/** Attribute carrying the highlight's id on each of its elements. */
export const HIGHLIGHT_ID_ATTRIBUTE = 'data-highlight-id';

/** A highlight to draw, at offsets in the normalised article text. */
export interface Paint {
  id: string;
  start: number;
  end: number;
  /** Written to `data-colour` for the stylesheet. */
  colour: string;
  /** Pieces to paint instead of `[start, end)`: an anchor's `parts`, leaving out text inserted into the quote. */
  parts?: { start: number; end: number }[];
}

/**
 * Wraps each highlight's text runs and returns the elements per highlight id. The `ArticleText` is stale afterwards
 * (its text nodes were split): read the root again before describing a new selection.
 */
export function paintHighlights(at: ArticleText, paints: readonly Paint[]): Map<string, Element[]> {
  const document = at.map.root.ownerDocument ?? (at.map.root as Document);
  const spans = paints.flatMap((paint) =>
    (paint.parts ?? [paint]).flatMap((part) => {
      const raw = toRawOffsets(at, part.start, part.end);
      return raw ? [{ ...raw, data: paint }] : [];
    }),
  );
  const wrappers = wrapSpans(at.map, spans, ({ data }) => {
    const element = document.createElement(HIGHLIGHT_ELEMENT);
    element.setAttribute(HIGHLIGHT_ID_ATTRIBUTE, data.id);
    element.setAttribute('data-colour', data.colour);
    return element;
  });
  const byId = new Map<string, Element[]>();
  spans.forEach((span, i) => byId.set(span.data.id, [...(byId.get(span.data.id) ?? []), ...wrappers[i]!]));
  return byId;
}

/** Removes the elements of one highlight, or of all of them, restoring the text nodes. */
export function removeHighlights(root: ParentNode, id?: string): void {
  const selector = id === undefined ? HIGHLIGHT_ELEMENT : `${HIGHLIGHT_ELEMENT}[${HIGHLIGHT_ID_ATTRIBUTE}="${id.replace(/["\\]/g, "\\$&")}"]`;
  unwrap(root.querySelectorAll(selector));
}
