import { compactText } from '../kompas/banner-signatures.ts';
import { classifyCompactText, mayHoldBannerText, type TextKind } from './classify-text.ts';

/** Elements whose text is never shown as text, or that belong to the document frame rather than its content. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
const FRAME_TAGS = new Set(['HTML', 'BODY']);
/**
 * Banner texts together stay well under this many characters; a longer element holds something else, so climbing
 * stops there instead of classifying ever larger ancestors.
 */
const MAX_BANNER_REGION_LENGTH = 2_000;
/** Banner pieces without a banner word ("e-voucher", " untuk ", "90", " pilihan redaksi ") are short. */
const MAX_PIECE_LENGTH = 80;
/** Raw text may carry much indentation and many line breaks around the same compact text. */
const MAX_RAW_REGION_LENGTH = MAX_BANNER_REGION_LENGTH * 4;
/** How far above a changed node a banner holder can sit: the text may land in a `<strong>` inside a `<p>` in a wrapper. */
const MAX_CLIMB = 4;

function kindOf(element: Element): TextKind {
  // The document's frame is never a banner holder, and its text is the whole page: a change in <head> (a style
  // added) climbs to <html>, and reading the page's text there cost milliseconds per change.
  if (FRAME_TAGS.has(element.tagName) || SKIPPED_TAGS.has(element.tagName)) return null;
  const text = element.textContent ?? '';
  if (text.length > MAX_BANNER_REGION_LENGTH || !mayHoldBannerText(text)) return null;
  return classifyCompactText(compactText(text));
}

/**
 * Given an element that holds only banner text, returns the smallest elements that together hold all of it: it
 * descends while every piece of text sits in a child element that is itself banner or companion text, so an
 * element is returned only when it holds banner text directly (or through children that are not banners alone).
 */
function smallestHolders(region: Element, out: Element[]): void {
  const parts: Array<{ element: Element; kind: Exclude<TextKind, null> }> = [];
  for (const child of Array.from(region.childNodes)) {
    if (child.nodeType === 3 /* text */ || child.nodeType === 4 /* CDATA */) {
      if ((child.textContent ?? '').trim() !== '') {
        out.push(region);
        return;
      }
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (SKIPPED_TAGS.has(element.tagName) || (element.textContent ?? '').trim() === '') continue;
    const kind = kindOf(element);
    if (kind === null) {
      out.push(region);
      return;
    }
    parts.push({ element, kind });
  }
  if (parts.length === 0) {
    out.push(region);
    return;
  }
  for (const part of parts) {
    if (part.kind === 'banner') smallestHolders(part.element, out);
    else out.push(part.element);
  }
}

/** The nearest element sibling in one direction that shows any text, skipping empty spacers. */
function neighbour(element: Element, direction: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sibling = element[direction];
  while (sibling && (SKIPPED_TAGS.has(sibling.tagName) || (sibling.textContent ?? '').trim() === '')) {
    sibling = sibling[direction];
  }
  return sibling;
}

/**
 * The "Syarat & Ketentuan" link belongs to the banner it stands beside. On the site it is a sibling of the
 * banner paragraphs inside the article container, so no banner-only region holds it: adjacency is the evidence.
 */
export function companionsBeside(banner: Element): Element[] {
  return [neighbour(banner, 'previousElementSibling'), neighbour(banner, 'nextElementSibling')].filter(
    (sibling): sibling is Element => sibling !== null && kindOf(sibling) === 'companion',
  );
}

/** Whether `element` is a companion text standing right beside a banner. */
export function isCompanionBesideBanner(element: Element): boolean {
  if (kindOf(element) !== 'companion') return false;
  return [neighbour(element, 'previousElementSibling'), neighbour(element, 'nextElementSibling')].some(
    (sibling) => sibling !== null && kindOf(sibling) === 'banner',
  );
}

/**
 * Finds, below and including `root`, the smallest elements holding only banner text, and the companions beside
 * them. Never returns an element that also holds other text: a paragraph that merely mentions
 * #JernihBerkomentar is not a banner.
 */
export function findBannerElements(root: Element): Element[] {
  const found: Element[] = [];
  const regions: Element[] = [];
  const visit = (element: Element): void => {
    if (SKIPPED_TAGS.has(element.tagName)) return;
    const text = element.textContent ?? '';
    if (!mayHoldBannerText(text)) return;
    // Only an element short enough to be banner text alone is compacted and classified; larger ones are walked.
    if (!FRAME_TAGS.has(element.tagName) && text.length <= MAX_RAW_REGION_LENGTH) {
      const compact = compactText(text);
      if (compact.length <= MAX_BANNER_REGION_LENGTH && classifyCompactText(compact) === 'banner') {
        regions.push(element);
        smallestHolders(element, found);
        return;
      }
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(root);
  for (const region of regions) {
    for (const companion of companionsBeside(region)) if (!found.includes(companion)) found.push(companion);
  }
  return found;
}

/**
 * After `node` changed, returns the highest ancestor (at most a few levels up) that now holds only banner text,
 * or null. Text can complete a banner from inside a child: the `90` of "untuk 90 pemenang" arrives in a `<span>`.
 * Pass the same `visited` set for every node of one batch of changes: siblings share ancestors, and an ancestor
 * judged once in a batch need not be judged (nor climbed past) again.
 */
export function bannerRegionAround(node: Node, visited: Set<Element> = new Set()): Element | null {
  // A change can complete a banner only if it holds a banner word, or is a short piece such as "90" or "pemenang!".
  const own = node.textContent ?? '';
  if (own.length > MAX_PIECE_LENGTH && !mayHoldBannerText(own)) return null;
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let region: Element | null = null;
  for (let level = 0; element && level <= MAX_CLIMB; level++, element = element.parentElement) {
    if (FRAME_TAGS.has(element.tagName) || SKIPPED_TAGS.has(element.tagName) || visited.has(element)) break;
    visited.add(element);
    const text = element.textContent ?? '';
    if (text.length > MAX_BANNER_REGION_LENGTH) break;
    const kind = mayHoldBannerText(text) ? classifyCompactText(compactText(text)) : null;
    if (kind === 'banner') region = element;
    else if (kind === null && region) break;
  }
  return region;
}

/** The smallest holders inside a region found by `bannerRegionAround`, and the companions beside it. */
export function bannerElementsIn(region: Element): Element[] {
  const out: Element[] = [];
  smallestHolders(region, out);
  return [...out, ...companionsBeside(region)];
}

/** Whether an element we hid still holds nothing but banner or companion text. */
export function stillClutter(element: Element): boolean {
  return kindOf(element) !== null;
}
