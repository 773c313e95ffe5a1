/**
 * The text of a DOM subtree as one string, with the way back from string offsets to (text node, offset) positions.
 * Everything that works on article text (anchoring highlights, entity highlighting) reads the page through this map,
 * so it sees exactly the characters a reader sees and nothing of scripts, styles or our own UI.
 */

export interface TextMapOptions {
  /**
   * Elements whose text is not part of the article, as a selector or a test: our own UI (highlight toolbars, entity
   * cards) and page furniture the reader view leaves out, such as "Baca juga" links and banners between paragraphs.
   * Their whole subtree is skipped. Ignoring the same furniture the reader view drops keeps the original page's text
   * equal to the reader view's, so highlights made in one view find their exact quote in the other.
   */
  ignore?: string | ((element: Element) => boolean);
}

export interface TextMap {
  root: Node;
  /** The mapped text nodes' data, concatenated in document order. */
  text: string;
  /** Text nodes in document order; empty ones are left out. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins; `starts[nodes.length]` is `text.length`. */
  starts: number[];
  /**
   * Offsets in `text` where a block element opens or closes, or a `<br>` stands: places where the page breaks the
   * line although the DOM has no character there (`<p>a</p><p>b</p>` has the text "ab"). Sorted, without repeats.
   */
  breaks: number[];
}

/** A boundary point inside a mapped text node. */
export interface TextPosition {
  node: Text;
  /** Offset within `node.data`. */
  offset: number;
}

/** Elements whose text is never displayed as article text. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

/**
 * Elements laid out as blocks by default. A tag list rather than computed style keeps the map identical in Node
 * tests and in the browser, and costs no layout.
 */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Walks `root` once. Cost is linear in the number of nodes; the text is joined once at the end. */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  const breaks: number[] = [];
  let length = 0;
  const markBreak = () => {
    if (breaks[breaks.length - 1] !== length) breaks.push(length);
  };
  const ignore = options.ignore;
  const ignored = typeof ignore === 'function' ? ignore : (element: Element) => element.matches(ignore!);

  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (type === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIPPED_ELEMENTS.has(tag) || (ignore !== undefined && ignored(element))) continue;
        const block = BLOCK_ELEMENTS.has(tag);
        if (block) markBreak();
        visit(element);
        if (block) markBreak();
      }
    }
  };
  visit(root);
  starts.push(length);
  return { root, text: parts.join(''), nodes, starts, breaks };
}

/** Index of the node containing `offset`: the last node starting at or before it. */
export function nodeIndexAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The DOM position of a string offset, or null when it is out of range. At the seam between two nodes, `'start'`
 * picks the beginning of the later node and `'end'` the end of the earlier one, so that a range built from
 * (start, 'start') and (end, 'end') covers no text node it has no characters of.
 */
export function positionAt(map: TextMap, offset: number, affinity: 'start' | 'end' = 'start'): TextPosition | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.text.length) return null;
  let index = nodeIndexAt(map, offset);
  if (affinity === 'end' && index > 0 && map.starts[index] === offset) index--;
  if (affinity === 'start' && offset === map.starts[index + 1] && index + 1 < map.nodes.length) index++;
  const node = map.nodes[index]!;
  return { node, offset: offset - map.starts[index]! };
}

const nodeIndexCache = new WeakMap<TextMap, Map<Text, number>>();

function indexOfNode(map: TextMap, node: Text): number | undefined {
  let index = nodeIndexCache.get(map);
  if (!index) {
    index = new Map(map.nodes.map((n, i) => [n, i]));
    nodeIndexCache.set(map, index);
  }
  return index.get(node);
}

/**
 * The string offset of a DOM boundary point (as a Range or Selection gives it). Points inside skipped content or
 * between elements resolve to the offset of the next mapped text, so any point the user can select has an offset.
 * Null when the point is outside the map's root.
 */
export function offsetAt(map: TextMap, container: Node, offset: number): number | null {
  if (container !== map.root && !map.root.contains(container)) return null;
  if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_SECTION_NODE) {
    const index = indexOfNode(map, container as Text);
    if (index !== undefined) return map.starts[index]! + Math.min(offset, (container as Text).data.length);
    // An unmapped text node (ignored UI, script): treat the point as before or after the whole node.
    const parent = container.parentNode;
    if (!parent) return null;
    const childIndex = Array.prototype.indexOf.call(parent.childNodes, container) as number;
    return offsetAt(map, parent, offset === 0 ? childIndex : childIndex + 1);
  }
  const before = container.childNodes[offset];
  // First mapped node at or after the point: nodes are in document order, so the predicate is monotonic.
  const atOrAfter = (node: Text): boolean => {
    if (before) {
      const relation = before.compareDocumentPosition(node);
      return node === before || (relation & (4 | 16)) !== 0; // FOLLOWING or CONTAINED_BY
    }
    const relation = container.compareDocumentPosition(node);
    return (relation & 4) !== 0 && (relation & 16) === 0; // after the container's subtree
  };
  let low = 0;
  let high = map.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (atOrAfter(map.nodes[mid]!)) high = mid;
    else low = mid + 1;
  }
  return map.starts[low]!;
}
