/**
 * Takes the clutter out of a copy of a kompas.com page before Readability reads it. Readability scores text by
 * density, and a promotion or a "Baca juga" box sitting between paragraphs scores like text; removing them first is
 * what keeps them out of the reader.
 *
 * Three passes, each over the document once: one selector query for what has a known name, one cut after the
 * end-of-article marker, one walk over the text nodes that judges each block holding text at most once.
 */

import { compactText } from '../kompas/banner-signatures.ts';
import { classifyCompactText } from '../clutter/classify-text.ts';
import { CLUTTER_SELECTOR, END_OF_ARTICLE_SELECTOR } from '../kompas/clutter-selectors.ts';
import { CLUTTER_HINT, CLUTTER_TEXTS } from '../kompas/clutter-texts.ts';
import { realImageSource } from '../kompas/metadata.ts';

/** What was removed, by reason; for tests and diagnostics. */
export interface CleanReport {
  /** Elements removed by `CLUTTER_SELECTOR`. */
  bySelector: number;
  /** Elements removed because they followed the end-of-article marker. */
  afterEnd: number;
  /** Elements removed by text, counted by signature id (`banner` for the comment-contest banners). */
  byText: Record<string, number>;
  /** Lazy images given their real `src`. */
  imagesResolved: number;
}

/** Elements that start a block of text: a text node is judged with the nearest of them above it. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'LI', 'UL',
  'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD',
  'TH', 'FORM', 'CENTER', 'BODY']);
/** Elements whose text is never shown. */
const HIDDEN_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements that make a wrapper worth keeping even without text. */
const MEDIA = 'img, picture, video, audio, iframe, svg';
/**
 * Longest block text worth judging. Every promotion and banner group is shorter; longer blocks are article text or
 * containers of it, and skipping them keeps the pass from reading large containers' text.
 */
const MAX_BLOCK_TEXT = 2_000;
/** The contest's "Syarat & Ketentuan" link: clutter only right after a removed banner. */
const COMPANION_HINT = /syarat|ketentuan/i;
const SHOW_TEXT = 4;

function nearestBlock(element: Element): Element {
  let current: Element = element;
  while (!BLOCK_TAGS.has(current.tagName) && current.parentElement) current = current.parentElement;
  return current;
}

/** The id of the clutter text or banner that `block` holds and nothing else; null for anything else. */
function clutterIdOf(block: Element): string | null {
  const raw = block.textContent ?? '';
  if (raw.length > MAX_BLOCK_TEXT || !CLUTTER_HINT.test(raw)) return null;
  const compact = compactText(raw);
  if (compact === '') return null;
  if (classifyCompactText(compact) === 'banner') return 'banner';
  for (const signature of CLUTTER_TEXTS) {
    if (compact.length > signature.maxLength || !signature.pattern.test(compact)) continue;
    if (signature.requiresLink && !block.querySelector('a[href]')) continue;
    return signature.id;
  }
  return null;
}

/** The outermost inline element around `node` below its block: the link or span that a companion text fills. */
function outermostInline(node: Node, block: Element): Element | null {
  let inline: Element | null = null;
  for (let element = node.parentElement; element && element !== block; element = element.parentElement) {
    inline = element;
  }
  return inline;
}

/**
 * Whether a wrapper holds a picture worth keeping. A picture inside a link (an app-store badge, a banner ad) is
 * what a promotion leaves behind once its text is gone; an unlinked one may be an article photo.
 */
function holdsContentMedia(wrapper: Element): boolean {
  for (const media of Array.from(wrapper.querySelectorAll(MEDIA))) if (!media.closest('a')) return true;
  return false;
}

/** Removes `element`, then any wrapper left holding nothing visible, up to (not including) `<body>`. */
function removeWithEmptyWrappers(element: Element): void {
  let parent: Element | null = element.parentElement;
  element.remove();
  while (parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML') {
    if ((parent.textContent ?? '').trim() !== '' || holdsContentMedia(parent)) return;
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

function removeBySelector(doc: Document): number {
  const found = doc.querySelectorAll(CLUTTER_SELECTOR);
  for (const element of Array.from(found)) element.remove();
  return found.length;
}

function removeAfterEnd(doc: Document): number {
  const end = doc.querySelector(END_OF_ARTICLE_SELECTOR);
  let removed = 0;
  while (end?.nextSibling) {
    if (end.nextSibling.nodeType === 1) removed++;
    end.nextSibling.remove();
  }
  return removed;
}

/** Whether `element` is being removed as a banner, or holds nothing but banners (possibly in wrappers). */
function isBanner(element: Element, doomed: ReadonlySet<Element>): boolean {
  if (doomed.has(element)) return true;
  const text = element.textContent ?? '';
  return text.length <= MAX_BLOCK_TEXT && classifyCompactText(compactText(text)) === 'banner';
}

function removeByText(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {};
  const body = doc.body;
  if (!body) return counts;
  const judged = new Set<Element>();
  const doomed: Element[] = [];
  const doomedSet = new Set<Element>();
  const doom = (element: Element, id: string): void => {
    doomed.push(element);
    doomedSet.add(element);
    counts[id] = (counts[id] ?? 0) + 1;
  };
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const value = node.nodeValue ?? '';
    if (!parent || HIDDEN_TEXT_TAGS.has(parent.tagName) || !/\S/.test(value)) continue;
    const block = nearestBlock(parent);
    if (!judged.has(block)) {
      judged.add(block);
      const id = block === body ? null : clutterIdOf(block);
      if (id) doom(block, id);
    }
    if (doomedSet.has(block) || !COMPANION_HINT.test(value)) continue;
    // A terms link placed beside the banners, in a block of other text, goes with the banner just before it.
    const inline = outermostInline(node, block);
    const previous = inline?.previousElementSibling;
    if (inline && previous && isBanner(previous, doomedSet) &&
        classifyCompactText(compactText(inline.textContent ?? '')) === 'companion') {
      doom(inline, 'banner-companion');
    }
  }
  // Removed after the walk: removing during it would move the walker and change the text of blocks not yet judged.
  for (const element of doomed) if (element.isConnected) removeWithEmptyWrappers(element);
  return counts;
}

/** Gives lazy-loaded images their real address, so Readability keeps them and the reader shows them. */
function resolveLazyImages(doc: Document, baseUrl: string): number {
  let resolved = 0;
  for (const image of Array.from(doc.getElementsByTagName('img'))) {
    const real = realImageSource(image, baseUrl);
    if (!real) continue;
    if (image.getAttribute('src') !== real) {
      image.setAttribute('src', real);
      resolved++;
    }
    // A srcset of placeholders would win over the real src in the browser.
    if (/data:/.test(image.getAttribute('srcset') ?? '')) image.removeAttribute('srcset');
  }
  return resolved;
}

/**
 * Removes banners, "Baca juga" links and boxes, ads, promotions, recommendation widgets and paywall teasers from
 * `doc`, in place, and resolves lazy images against `baseUrl`. Pass a copy: the page's own scripts hold references
 * into the live document. `a.inner-link-tag` keyword links sit inside paragraphs of article text and are kept.
 */
export function cleanDocument(doc: Document, baseUrl: string): CleanReport {
  const bySelector = removeBySelector(doc);
  const afterEnd = removeAfterEnd(doc);
  const byText = removeByText(doc);
  const imagesResolved = resolveLazyImages(doc, baseUrl);
  return { bySelector, afterEnd, byText, imagesResolved };
}
