/**
 * Makes Readability's output safe to render inside our own view and reads its text. Readability keeps the page's
 * markup as the page (or a compromised script in it) left it; the reader lives in the page and shows `contentHtml`
 * through innerHTML, so nothing active may pass, neither directly nor after that string is parsed again.
 *
 * How: the safe tree is BUILT, never cleaned. Each source node is looked at once; text is copied into a fresh text
 * node, an element of an allowed tag becomes a fresh element of that tag in an inert document of our own, carrying
 * only the attributes allowed for it, each checked. Nothing is serialised and parsed inside the sanitiser, and
 * nothing of a source element (namespace, odd local name, attribute node, raw-text content) reaches the output except
 * as the text of a text node. The one serialisation that follows, the view's innerHTML, is then stable: the output
 * holds only HTML-namespace elements of the allow-list below, none of which the HTML serialiser writes raw (no
 * `style`, `script`, `xmp`, `noembed`, `noframes`, `noscript`, `plaintext`, `iframe`, no SVG or MathML, no comments),
 * so every `<` of the text is written as `&lt;`. Parsing the string again may move what it holds (a block a script
 * nested inside a `<p>` closes that paragraph) but creates no element outside the allow-list and no attribute the
 * tree did not hold.
 *
 * Elements not allowed are either dropped with everything inside (`DROPPED_WITH_CONTENT`: their content is code,
 * hidden fallbacks, form controls or embedded documents, never article text) or unwrapped: their children are
 * walked as if they were the parent's (`font`, `center`, `label`, `form`, custom elements, any name we do not
 * know), so article text inside a harmless wrapper is kept. Elements in any namespace but HTML's (SVG, MathML) are
 * dropped whatever their local name. Comments, processing instructions and CDATA sections are dropped.
 *
 * Why not DOMPurify, which is well kept, widely used by extensions and sanitises a tree in place (IN_PLACE): it is a
 * far more tested body of work, but it works by removing what is not allowed from the tree it is given (parsing a
 * string first, unless in place) and leans on mutation-XSS heuristics for what survives; building a new tree from an
 * allow-list avoids that class of problem by construction, fits in this one module (about 3.5 KB minified, with
 * `readParagraphs`), and keeps the reader's lazily loaded chunk small (DOMPurify adds about 20 KB minified).
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** How an attribute's value is checked; a value that fails its check is not copied. */
type AttributeCheck =
  /** Any text: the serialiser escapes it and nothing reads it as code. */
  | 'text'
  /** A whole number, optionally signed (table spans, list starts, image sizes). */
  | 'integer'
  /** Present or absent; copied as the empty string. */
  | 'boolean'
  /** An http(s) address, written back resolved against the article's address. */
  | 'http-url'
  /** As `http-url`, or a `mailto:` address: a link's target. */
  | 'link-url'
  /** One of a few keywords, compared in lower case. */
  | ReadonlySet<string>;

/** Attribute checks by attribute name. A map, so that a name such as "constructor" finds nothing. */
type AttributeRules = ReadonlyMap<string, AttributeCheck>;

const rules = (checks: Record<string, AttributeCheck>): AttributeRules => new Map(Object.entries(checks));

/** Attributes any allowed element keeps. `id` and `name` are not among them (no clobbering of named lookups). */
const GLOBAL_ATTRIBUTES = rules({ title: 'text', lang: 'text', dir: new Set(['ltr', 'rtl', 'auto']) });

const NO_ATTRIBUTES = rules({});
const CITE = rules({ cite: 'http-url' });

/**
 * The elements the reader shows, each with the attributes it keeps beyond the global ones: text structure,
 * emphasis, links, images, figures, lists, tables, quotes and code. Every block tag `readParagraphs` splits on is
 * here, so its paragraphs are those of the source. None is written raw by the HTML serialiser.
 */
const ALLOWED_ELEMENTS: ReadonlyMap<string, AttributeRules> = new Map<string, AttributeRules>([
  ...['p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'address', 'h1', 'h2', 'h3', 'h4', 'h5',
    'h6', 'ul', 'li', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
    'hr', 'br', 'wbr', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite',
    'dfn', 'code', 'kbd', 'samp', 'var', 'bdi', 'table']
    .map((tag): [string, AttributeRules] => [tag, NO_ATTRIBUTES]),
  ['a', rules({ href: 'link-url' })],
  ['img', rules({ src: 'http-url', alt: 'text', width: 'integer', height: 'integer' })],
  ['ol', rules({ start: 'integer', reversed: 'boolean' })],
  ['td', rules({ colspan: 'integer', rowspan: 'integer' })],
  ['th', rules({ colspan: 'integer', rowspan: 'integer', scope: new Set(['row', 'col', 'rowgroup', 'colgroup']) })],
  ['colgroup', rules({ span: 'integer' })],
  ['col', rules({ span: 'integer' })],
  ['time', rules({ datetime: 'text' })],
  ['blockquote', CITE],
  ['q', CITE],
  ['del', CITE],
  ['ins', CITE],
]);

/** Allowed elements that can hold no children: the serialiser would not write them, so they are not walked. */
const VOID_ELEMENTS = new Set(['br', 'wbr', 'hr', 'img', 'col']);

/**
 * HTML elements removed with all they hold: scripts and styles, raw-text and fallback elements (whose content the
 * serialiser writes unescaped, or which the page never shows), templates, frames and embedded objects, media, form
 * controls, document metadata, and elements whose children are not text for reading.
 */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp',
  'plaintext', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'canvas', 'video',
  'audio', 'source', 'track', 'map', 'area', 'input', 'button', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'output', 'meter', 'progress', 'base', 'basefont', 'meta', 'link', 'title', 'head', 'dialog', 'portal',
  'slot', 'svg', 'math']);

const INTEGER = /^-?\d{1,6}$/;

/** `value` resolved against `base` when it is an http(s) address (or mailto, when `allowMail`); otherwise null. */
function safeUrl(value: string, base: string, allowMail: boolean): string | null {
  try {
    // The URL parser strips leading control characters and spaces and the tabs and newlines inside a scheme, as
    // the browser will when it follows the link: "  java\tscript:" is refused here as it would run there.
    const url = new URL(value.trim(), base);
    if (url.protocol === 'http:' || url.protocol === 'https:' || (allowMail && url.protocol === 'mailto:')) {
      return url.href;
    }
  } catch {
    // An unparseable address is dropped like an unsafe one.
  }
  return null;
}

/** The value to write for an attribute, or null when it is not to be copied. */
function checkedValue(check: AttributeCheck, value: string, base: string): string | null {
  if (check === 'text') return value;
  if (check === 'integer') return INTEGER.test(value.trim()) ? value.trim() : null;
  if (check === 'boolean') return '';
  if (check === 'http-url') return safeUrl(value, base, false);
  if (check === 'link-url') return safeUrl(value, base, true);
  const keyword = value.trim().toLowerCase();
  return check.has(keyword) ? keyword : null;
}

type Fate = 'keep' | 'unwrap' | 'drop';

function fateOf(element: Element): Fate {
  if (element.namespaceURI !== HTML_NAMESPACE) return 'drop';
  // The exact local name: an HTML-namespace element named "IMG" by a script is not an img, and is unwrapped.
  const name = element.localName;
  if (ALLOWED_ELEMENTS.has(name)) return 'keep';
  return DROPPED_WITH_CONTENT.has(name.toLowerCase()) ? 'drop' : 'unwrap';
}

/** A fresh element of `source`'s (allowed) tag in `target`, with its allowed attributes; null when it must go. */
function rebuild(source: Element, target: Document, base: string): Element | null {
  const name = source.localName;
  const own = ALLOWED_ELEMENTS.get(name) ?? NO_ATTRIBUTES;
  const copy = target.createElement(name);
  for (const attribute of Array.from(source.attributes)) {
    // Namespaced attributes (xlink:href, xml:lang) are never ours to keep.
    if (attribute.namespaceURI !== null) continue;
    const check = own.get(attribute.localName) ?? GLOBAL_ATTRIBUTES.get(attribute.localName);
    if (check === undefined) continue;
    const value = checkedValue(check, attribute.value, base);
    if (value !== null) copy.setAttribute(attribute.localName, value);
  }
  if (name === 'img' && !copy.hasAttribute('src')) return null;
  if (name === 'a' && copy.hasAttribute('href')) copy.setAttribute('rel', 'noopener noreferrer');
  return copy;
}

/** Appends `text` to `parent`, joining it to a text node already last there as the parser would. */
function appendText(parent: Element, text: string): void {
  if (text === '') return;
  const last = parent.lastChild;
  if (last && last.nodeType === TEXT_NODE) (last as Text).appendData(text);
  else parent.append(parent.ownerDocument.createTextNode(text));
}

/**
 * A safe copy of `source`'s children inside a fresh `<div>` with no attributes, addresses resolved against
 * `base`. `source` is not changed. The copy lives in an inert document of its own (no scripts, no loading) until
 * the caller serialises it or moves it.
 */
export function sanitizeContent(source: Element, base: string): Element {
  const target = source.ownerDocument.implementation.createHTMLDocument('');
  const root = target.createElement('div');
  // A walk with its own stack: a page can nest elements deeper than the call stack goes.
  const stack: Array<{ next: ChildNode | null; into: Element }> = [{ next: source.firstChild, into: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      appendText(frame.into, (node as Text).data);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const fate = fateOf(element);
      if (fate === 'unwrap') {
        stack.push({ next: element.firstChild, into: frame.into });
      } else if (fate === 'keep') {
        const copy = rebuild(element, target, base);
        if (!copy) continue;
        frame.into.append(copy);
        if (!VOID_ELEMENTS.has(copy.localName)) stack.push({ next: element.firstChild, into: copy });
      }
    }
    // Comments, processing instructions and CDATA sections are not copied.
  }
  return root;
}

/** Elements that break text into separate paragraphs. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR',
  'TD', 'TH', 'CAPTION']);

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The text of `root` as paragraphs: each run of text between block boundaries, in document order, whitespace
 * collapsed. Walking text nodes rather than `<p>` elements also catches text that sits loose in a `<div>` (old
 * layouts); text on both sides of a nested block becomes two paragraphs, as it reads.
 */
export function readParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let current = '';
  let currentBlock: Element | null = null;
  const flush = (): void => {
    const text = collapse(current);
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let block: Element = root;
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      if (BLOCK_TAGS.has(element.tagName.toUpperCase())) {
        block = element;
        break;
      }
    }
    if (block !== currentBlock) {
      flush();
      currentBlock = block;
    }
    current += node.nodeValue ?? '';
  }
  flush();
  return paragraphs;
}
