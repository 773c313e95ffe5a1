/**
 * A span of text cut into the pieces that lie in single text nodes, and those pieces wrapped in elements. A span
 * crossing `<a>`, `<strong>` or paragraph boundaries becomes several runs; each gets its own wrapper, so the page's
 * element structure is never broken (a wrapper never contains a block or an element boundary).
 */

import { nodeIndexAt, type TextMap } from './text-map.ts';

/** The part of one text node a span covers. */
export interface TextRun {
  node: Text;
  /** Offset within `node.data` where the run begins. */
  start: number;
  /** Offset within `node.data` where the run ends (exclusive). */
  end: number;
}

/** A span of the map's text to wrap, with what the caller needs to build its wrapper. */
export interface Span<T> {
  start: number;
  end: number;
  data: T;
}

/** Runs of `[start, end)` in document order; empty for an empty or out-of-range span. */
export function textRuns(map: TextMap, start: number, end: number): TextRun[] {
  const runs: TextRun[] = [];
  if (start >= end) return runs;
  for (let i = nodeIndexAt(map, start); i < map.nodes.length && map.starts[i]! < end; i++) {
    const nodeStart = map.starts[i]!;
    const nodeEnd = map.starts[i + 1]!;
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeEnd);
    if (from < to) runs.push({ node: map.nodes[i]!, start: from - nodeStart, end: to - nodeStart });
  }
  return runs;
}

/**
 * Wraps every span in elements made by `wrap`, one per text run, and returns them per span (in the order of `spans`).
 * Spans may overlap: a stretch covered by several spans is nested, the span starting first (or, on a tie, the longer)
 * outermost. All spans are cut against the unmodified map, so the map is stale afterwards: rebuild it before
 * reading offsets again. Cost is linear in the runs plus one `splitText` per cut point.
 */
export function wrapSpans<T>(map: TextMap, spans: readonly Span<T>[], wrap: (span: Span<T>) => Element): Element[][] {
  const wrappers: Element[][] = spans.map(() => []);
  // Runs grouped by node, so each node is cut once at all the points any span needs.
  const byNode = new Map<Text, { spanIndex: number; start: number; end: number }[]>();
  spans.forEach((span, spanIndex) => {
    for (const run of textRuns(map, span.start, span.end)) {
      let list = byNode.get(run.node);
      if (!list) byNode.set(run.node, (list = []));
      list.push({ spanIndex, start: run.start, end: run.end });
    }
  });

  for (const [node, runs] of byNode) {
    const cuts = [...new Set(runs.flatMap((r) => [r.start, r.end]))].filter((c) => c > 0 && c < node.data.length);
    cuts.sort((a, b) => a - b);
    // Split from the end so earlier offsets stay valid; segments[k] starts at bounds[k].
    const bounds = [0, ...cuts];
    const segments: Text[] = new Array(bounds.length);
    let rest = node;
    for (let k = bounds.length - 1; k > 0; k--) {
      segments[k] = rest.splitText(bounds[k]!);
    }
    segments[0] = rest;
    const order = [...runs].sort((a, b) => {
      const sa = spans[a.spanIndex]!;
      const sb = spans[b.spanIndex]!;
      return sa.start - sb.start || sb.end - sa.end || a.spanIndex - b.spanIndex;
    });
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      const segStart = bounds[k]!;
      let inner: Node = segment;
      let placeholder: Node | null = null;
      // Innermost first: walk the covering runs from last (innermost) to first (outermost).
      for (let r = order.length - 1; r >= 0; r--) {
        const run = order[r]!;
        if (run.start > segStart || run.end <= segStart) continue;
        const element = wrap(spans[run.spanIndex]!);
        if (!placeholder) {
          placeholder = segment;
          segment.parentNode!.insertBefore(element, segment);
        } else {
          inner.parentNode!.insertBefore(element, inner);
        }
        element.appendChild(inner);
        inner = element;
        wrappers[run.spanIndex]!.push(element);
      }
    }
  }
  // Per span, in document order.
  for (const list of wrappers) {
    list.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  }
  return wrappers;
}

/** Takes wrappers out again, leaving their text where it was and merging the text nodes split for them. */
export function unwrap(elements: Iterable<Element>): void {
  const parents = new Set<Node>();
  for (const element of elements) {
    const parent = element.parentNode;
    if (!parent) continue;
    while (element.firstChild) parent.insertBefore(element.firstChild, element);
    parent.removeChild(element);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
