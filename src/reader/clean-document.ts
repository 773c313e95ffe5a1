/**
 * Takes the clutter out of a copy of a kompas.com page before Readability reads it. Readability scores text by
 * density, and a promotion or a "Baca juga" box sitting between paragraphs scores like text; removing them first is
 * what keeps them out of the reader.
 *
 * One walk over the document does everything: it drops what is clutter by name without entering it, notes the
 * end-of-article marker and the images, and judges each block that holds text at most once, by its text, only when
 * one of its text nodes holds a clutter hint word. Removal waits until the walk is over. Readability itself makes
 * several passes over the same document, so this keeps cleaning a small part of the pipeline's cost.
 */

import { compactText } from '../kompas/banner-signatures.ts';
import { classifyCompactText } from '../clutter/classify-text.ts';
import { END_OF_ARTICLE_ID, isClutterByName } from '../kompas/clutter-selectors.ts';
import { CLUTTER_HINT, CLUTTER_TEXTS } from '../kompas/clutter-texts.ts';
import { realImageSource } from '../kompas/metadata.ts';

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
/** The contest's "Syarat & Ketentuan" link: clutter only right after a banner. */
const COMPANION_HINT = /syarat|ketentuan/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The id of the clutter text or banner that `block` holds and nothing else; null for anything else. */
function clutterIdOf(block: Element): string | null {
  const raw = block.textContent ?? '';
  if (raw.length > MAX_BLOCK_TEXT) return null;
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

/** Whether `element` is being removed, or holds nothing but banners (possibly in wrappers). */
function isBanner(element: Element, doomed: ReadonlySet<Element>): boolean {
  if (doomed.has(element)) return true;
  const text = element.textContent ?? '';
  return text.length <= MAX_BLOCK_TEXT && classifyCompactText(compactText(text)) === 'banner';
}

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

/** What one walk over the document found. */
interface Findings {
  /** Clutter by name, outermost only (the walk does not enter them). */
  named: Element[];
  /** Clutter by text, with the signature that matched. */
  byText: Array<{ element: Element; id: string }>;
  images: Element[];
  end: Element | null;
}

class ClutterWalk {
  readonly findings: Findings = { named: [], byText: [], images: [], end: null };
  /** Blocks already judged, so each is judged once however many text nodes it has. */
  private readonly judged = new Set<Element>();
  private readonly doomed = new Set<Element>();

  constructor(private readonly body: Element) {}

  private doom(element: Element, id: string): void {
    this.doomed.add(element);
    this.findings.byText.push({ element, id });
  }

  /** Walks `parent`'s subtree; `block` is the nearest block element at or above `parent`. */
  walk(parent: Element, block: Element): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        if (isClutterByName(element)) {
          this.findings.named.push(element);
          continue;
        }
        if (tag === 'IMG') this.findings.images.push(element);
        else if (element.id === END_OF_ARTICLE_ID) this.findings.end ??= element;
        this.walk(element, BLOCK_TAGS.has(tag) ? element : block);
      } else if (child.nodeType === TEXT_NODE) {
        this.text(child, parent, block);
      }
    }
  }

  private text(node: Node, parent: Element, block: Element): void {
    const value = node.nodeValue ?? '';
    if (CLUTTER_HINT.test(value) && block !== this.body && !this.judged.has(block)) {
      this.judged.add(block);
      const id = clutterIdOf(block);
      if (id) this.doom(block, id);
    }
    if (!COMPANION_HINT.test(value) || this.doomed.has(block)) return;
    // A terms link placed beside the banners, in a block of other text, goes with the banner just before it.
    let inline: Element = parent;
    while (inline.parentElement && inline.parentElement !== block) inline = inline.parentElement;
    if (inline === block) return;
    const previous = inline.previousElementSibling;
    if (previous && isBanner(previous, this.doomed) &&
        classifyCompactText(compactText(inline.textContent ?? '')) === 'companion') {
      this.doom(inline, 'banner-companion');
    }
  }
}

/** Gives a lazy-loaded image its real address, so Readability keeps it and the reader shows it. */
function resolveLazyImage(image: Element, baseUrl: string): boolean {
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
  const report: CleanReport = { bySelector: 0, afterEnd: 0, byText: {}, imagesResolved: 0 };
  const body = doc.body;
  if (!body) return report;
  const walk = new ClutterWalk(body);
  walk.walk(body, body);
  const { named, byText, images, end } = walk.findings;
  for (const element of named) element.remove();
  report.bySelector = named.length;
  while (end?.nextSibling) {
    if (end.nextSibling.nodeType === ELEMENT_NODE) report.afterEnd++;
    end.nextSibling.remove();
  }
  for (const { element, id } of byText) {
    if (!element.isConnected) continue;
    report.byText[id] = (report.byText[id] ?? 0) + 1;
    removeWithEmptyWrappers(element);
  }
  for (const image of images) if (image.isConnected && resolveLazyImage(image, baseUrl)) report.imagesResolved++;
  return report;
}
