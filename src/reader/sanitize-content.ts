/**
 * Makes Readability's output safe to render inside our own view and reads its text. Readability keeps the page's
 * markup, event handler attributes included; the reader lives in the page, so nothing active may pass through.
 * An allow-list, not a block-list: whatever is not named here goes.
 */

/** Elements removed with their content. */
const DROPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT',
  'EMBED', 'APPLET', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'LINK', 'META', 'BASE', 'SVG', 'MATH',
  'CANVAS', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'DIALOG', 'PORTAL']);
/** Attributes kept, per tag or for all (`*`). Everything else, `on*` handlers and `style` included, is removed. */
const KEPT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  '*': new Set(['title', 'lang', 'dir']),
  A: new Set(['href']),
  IMG: new Set(['src', 'alt', 'width', 'height']),
  TD: new Set(['colspan', 'rowspan']),
  TH: new Set(['colspan', 'rowspan', 'scope']),
  OL: new Set(['start', 'reversed']),
  TIME: new Set(['datetime']),
  BLOCKQUOTE: new Set(['cite']),
  Q: new Set(['cite']),
};
/** Elements that break text into separate paragraphs. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR',
  'TD', 'TH', 'CAPTION']);
const SHOW_TEXT = 4;

function safeUrl(value: string, base: string, allowMail: boolean): string | null {
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol === 'http:' || url.protocol === 'https:' || (allowMail && url.protocol === 'mailto:')) {
      return url.href;
    }
  } catch {
    // An unparseable address is dropped like an unsafe one.
  }
  return null;
}

function sanitizeElement(element: Element, base: string): void {
  const tag = element.tagName.toUpperCase();
  const kept = KEPT_ATTRIBUTES[tag];
  for (const name of element.getAttributeNames()) {
    const lower = name.toLowerCase();
    if (!KEPT_ATTRIBUTES['*']!.has(lower) && !kept?.has(lower)) element.removeAttribute(name);
  }
  if (tag === 'A') {
    const href = element.getAttribute('href');
    const safe = href === null ? null : safeUrl(href, base, true);
    if (safe) {
      element.setAttribute('href', safe);
      element.setAttribute('rel', 'noopener noreferrer');
    } else {
      element.removeAttribute('href');
    }
  } else if (tag === 'IMG') {
    const src = element.getAttribute('src');
    const safe = src === null ? null : safeUrl(src, base, false);
    if (safe) element.setAttribute('src', safe);
    else element.remove();
  }
}

/** Sanitises `root`'s descendants in place (`root` itself keeps no attributes), resolving addresses against `base`. */
export function sanitizeContent(root: Element, base: string): void {
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  // A static list: removing while walking a live collection would skip elements.
  for (const element of Array.from(root.getElementsByTagName('*'))) {
    if (DROPPED_TAGS.has(element.tagName.toUpperCase())) element.remove();
    else sanitizeElement(element, base);
  }
}

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
