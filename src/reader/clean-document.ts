/**
 * Takes the clutter out of a copy of a kompas.com page before Readability reads it. Readability scores text by
 * density, and a promotion or a "Baca juga" box sitting between paragraphs scores like text; removing them first is
 * what keeps them out of the reader.
 *
 * Three cheap passes, each done by the browser's own indexes or walkers where it has them: clutter named by class or
 * id (class-name lookups, one selector for the rest), the cut after the end-of-article marker (an id lookup), and a
 * text-node walk that judges a block by its text only when one of its text nodes holds a clutter hint word, each
 * block at most once. Readability itself makes several passes over the same document; this stays a small part of
 * the pipeline's cost.
 */

import { compactText } from '../kompas/banner-signatures.ts';
import { bannerTextOfElement } from '../clutter/banner-element.ts';
import { companionsBeside } from '../clutter/banner-finder.ts';
import { mayHoldBannerText } from '../clutter/classify-text.ts';
import {
  CLUTTER_NAMES,
  CLUTTER_PARTIAL_SELECTOR,
  END_OF_ARTICLE_ID,
  isPartialMatchClutter,
} from '../kompas/clutter-selectors.ts';
import { CLUTTER_HINT, CLUTTER_TEXTS } from '../kompas/clutter-texts.ts';
import { isLazyImage, realImageSource } from '../kompas/metadata.ts';
import { AMP_CLUTTER_TAGS, replaceAmpPictures } from './amp-elements.ts';

/** What was removed, by reason; for tests and diagnostics. */
export interface CleanReport {
  /** Elements removed by id or class (`CLUTTER_NAMES`). */
  bySelector: number;
  /** Elements removed because they followed the end-of-article marker. */
  afterEnd: number;
  /** Elements removed by text, counted by signature id (`banner` for the comment-contest banners). */
  byText: Record<string, number>;
  /** Lazy images given their real `src`. */
  imagesResolved: number;
  /** AMP components removed (ads, widgets, frames, share buttons; `AMP_CLUTTER_TAGS`). */
  ampComponents: number;
  /** AMP pictures (`amp-img`, `amp-anim`) turned into `img`. */
  ampPictures: number;
}

/** Elements that start a block of text: a text node is judged with the nearest of them above it. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'LI', 'UL',
  'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD',
  'TH', 'FORM', 'CENTER', 'BODY']);
/** Elements whose text is never shown, and whose content the walk skips. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
/** Elements that make a wrapper worth keeping even without text. */
const MEDIA = 'img, picture, video, audio, iframe, svg';
/**
 * Longest block text worth judging. Every promotion and banner group is shorter; longer blocks are article text or
 * containers of it.
 */
const MAX_BLOCK_TEXT = 2_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/**
 * `element`'s shown text when it is at most `max` characters long, else null. Stops reading as soon as the text is
 * too long: a hint word in a navigation bar would otherwise read the text of the whole page container it sits in,
 * scripts included, only to find it too long.
 */
function boundedText(element: Element, max: number): string | null {
  let text = '';
  const visit = (parent: Node): boolean => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        text += child.nodeValue ?? '';
        if (text.length > max) return false;
      } else if (child.nodeType === ELEMENT_NODE && !SKIPPED_TAGS.has((child as Element).tagName)) {
        if (!visit(child)) return false;
      }
    }
    return true;
  };
  return visit(element) ? text : null;
}

/** The id of the clutter text or banner that `block` holds and nothing else; null for anything else. */
function clutterIdOf(block: Element): string | null {
  const raw = boundedText(block, MAX_BLOCK_TEXT);
  if (raw === null) return null;
  if (mayHoldBannerText(raw) && bannerTextOfElement(block, raw)?.kind === 'banner') return 'banner';
  const compact = compactText(raw);
  if (compact === '') return null;
  for (const signature of CLUTTER_TEXTS) {
    if (compact.length > signature.maxLength || !signature.pattern.test(compact)) continue;
    if (signature.requiresLink && !block.querySelector('a[href]')) continue;
    return signature.id;
  }
  return null;
}

/**
 * The largest element around a banner block that holds nothing but banners and their own companions and controls:
 * a sign-up form or a terms link in the banner's wrapper goes with it.
 */
function bannerHolder(block: Element, body: Element): Element {
  let holder = block;
  for (let parent = block.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const text = boundedText(parent, MAX_BLOCK_TEXT);
    if (text === null || bannerTextOfElement(parent, text)?.kind !== 'banner') break;
    holder = parent;
  }
  return holder;
}

const isInside = (element: Element, elements: ReadonlySet<Element>): boolean => {
  for (let node: Element | null = element; node; node = node.parentElement) if (elements.has(node)) return true;
  return false;
};

/**
 * Whether a wrapper holds a picture worth keeping. A picture inside a link (an app-store badge, a banner ad) is
 * what a promotion leaves behind once its text is gone; an unlinked one may be an article photo.
 */
function holdsContentMedia(wrapper: Element): boolean {
  for (const media of Array.from(wrapper.querySelectorAll(MEDIA))) if (!media.closest('a')) return true;
  return false;
}

/**
 * Whether a wrapper holds nothing worth keeping. Child by child, stopping at the first with text: the wrapper of a
 * removed "Baca juga" line is usually the article body, and reading the whole body's text per removal would cost
 * more than the rest of the cleaning.
 */
function isEmptyWrapper(wrapper: Element): boolean {
  for (let child = wrapper.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (/\S/.test(child.nodeValue ?? '')) return false;
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (SKIPPED_TAGS.has(element.tagName)) continue;
      if ((element.textContent ?? '').trim() !== '' || element.matches(MEDIA) && !element.closest('a') ||
          holdsContentMedia(element)) {
        return false;
      }
    }
  }
  return true;
}

/** Removes `element`, then any wrapper left holding nothing visible, up to (not including) `<body>`. */
function removeWithEmptyWrappers(element: Element): void {
  let parent: Element | null = element.parentElement;
  element.remove();
  while (parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML') {
    if (!isEmptyWrapper(parent)) return;
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** Every element named as clutter: whole class names through the class index, the rest through one selector. */
function findNamedClutter(doc: Document): Set<Element> {
  const found = new Set<Element>();
  for (const name of CLUTTER_NAMES.classes) {
    for (const element of Array.from(doc.getElementsByClassName(name))) found.add(element);
  }
  for (const element of Array.from(doc.querySelectorAll(CLUTTER_PARTIAL_SELECTOR))) {
    if (isPartialMatchClutter(element)) found.add(element);
  }
  return found;
}

/** The nearest block element holding `parent`'s text, or null when the text is never shown (script, style). */
function nearestBlock(parent: Element): Element | null {
  for (let element: Element | null = parent; element; element = element.parentElement) {
    if (SKIPPED_TAGS.has(element.tagName)) return null;
    if (BLOCK_TAGS.has(element.tagName)) return element;
  }
  return null;
}

/**
 * Finds clutter by text. Only text nodes that hold a hint word lead to a block being judged, and each block is
 * judged once; a text node longer than any clutter block is skipped unread (scripts' text is mostly such). A banner
 * takes its wrapper if that holds only its own controls, and the terms link or form standing beside it.
 */
function findTextClutter(doc: Document, body: Element): Array<{ element: Element; id: string }> {
  const found: Array<{ element: Element; id: string }> = [];
  const judged = new Set<Element>();
  const doomed = new Set<Element>();
  const doom = (element: Element, id: string): void => {
    if (doomed.has(element)) return;
    doomed.add(element);
    found.push({ element, id });
  };
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_BLOCK_TEXT) continue;
    // Scripts' text is skipped before the hint patterns read it.
    const parent = node.parentElement;
    if (!parent || SKIPPED_TAGS.has(parent.tagName) || !CLUTTER_HINT.test(value)) continue;
    const block = nearestBlock(parent);
    if (!block || block === body || judged.has(block)) continue;
    judged.add(block);
    if (doomed.size > 0 && isInside(block, doomed)) continue;
    const id = clutterIdOf(block);
    if (id !== 'banner') {
      if (id) doom(block, id);
      continue;
    }
    const holder = bannerHolder(block, body);
    doom(holder, 'banner');
    for (const companion of companionsBeside(holder)) doom(companion, 'banner-companion');
  }
  return found;
}

/** Gives a lazy-loaded image its real address, so Readability keeps it and the reader shows it. */
function resolveLazyImage(image: Element, baseUrl: string): boolean {
  if (!isLazyImage(image)) return false;
  // A srcset of placeholders would win over the real src in the browser.
  if (/data:/.test(image.getAttribute('srcset') ?? '')) image.removeAttribute('srcset');
  const real = realImageSource(image, baseUrl);
  if (!real || image.getAttribute('src') === real) return false;
  image.setAttribute('src', real);
  return true;
}

/**
 * Removes banners, "Baca juga" links and boxes, ads, promotions, recommendation widgets and paywall teasers from
 * `doc`, in place, and resolves lazy images against `baseUrl`. Pass a copy: the page's own scripts hold references
 * into the live document. `a.inner-link-tag` keyword links sit inside paragraphs of article text and are kept.
 */
export function cleanDocument(doc: Document, baseUrl: string): CleanReport {
  const report: CleanReport = { bySelector: 0, afterEnd: 0, byText: {}, imagesResolved: 0, ampComponents: 0, ampPictures: 0 };
  const body = doc.body;
  if (!body) return report;
  const named = findNamedClutter(doc);
  for (const element of named) element.remove();
  report.bySelector = named.size;
  for (const tag of AMP_CLUTTER_TAGS) {
    for (const component of Array.from(doc.getElementsByTagName(tag))) {
      if (!component.isConnected) continue;
      removeWithEmptyWrappers(component);
      report.ampComponents++;
    }
  }
  report.ampPictures = replaceAmpPictures(doc);
  const end = doc.getElementById(END_OF_ARTICLE_ID);
  while (end?.nextSibling) {
    if (end.nextSibling.nodeType === ELEMENT_NODE) report.afterEnd++;
    end.nextSibling.remove();
  }
  // Found before any is removed: removing during the walk would move the walker and change blocks not yet judged.
  for (const { element, id } of findTextClutter(doc, body)) {
    if (!element.isConnected) continue;
    report.byText[id] = (report.byText[id] ?? 0) + 1;
    removeWithEmptyWrappers(element);
  }
  for (const image of Array.from(doc.getElementsByTagName('img'))) {
    if (resolveLazyImage(image, baseUrl)) report.imagesResolved++;
  }
  return report;
}
