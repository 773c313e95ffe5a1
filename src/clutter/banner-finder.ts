import { bannerTextOfElement, holdsField, MAX_BANNER_REGION_LENGTH } from './banner-element.ts';
import { mayHoldBannerText, type BannerText } from './classify-text.ts';

/** Elements whose text is never shown as text, or that belong to the document frame rather than its content. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
const FRAME_TAGS = new Set(['HTML', 'BODY']);
/** Banner pieces without a banner word ("e-voucher", " untuk ", "90", " pilihan redaksi ") are short. */
const MAX_PIECE_LENGTH = 80;
/** How far above a changed node a banner holder can sit: the text may land in a `<strong>` inside a `<p>` in a wrapper. */
const MAX_CLIMB = 4;

function bannerTextOf(element: Element, text?: string): BannerText | null {
  // The document's frame is never a banner holder, and its text is the whole page: a change in <head> (a style
  // added) climbs to <html>, and reading the page's text there cost milliseconds per change.
  if (FRAME_TAGS.has(element.tagName) || SKIPPED_TAGS.has(element.tagName)) return null;
  return bannerTextOfElement(element, text);
}

/** An element that shows nothing and holds no field: a spacer, an empty wrapper, a line break. */
const isBlank = (element: Element): boolean => (element.textContent ?? '').trim() === '' && !holdsField(element);

/**
 * Given an element that holds only banner text, returns the smallest elements that together hold all of it: it
 * descends while every piece of text sits in a child element that is itself banner or companion text, so an
 * element is returned only when it holds banner text directly (or through children that are not banners alone).
 * One banner with its own companions or controls (a terms link, a sign-up form) is returned whole with them.
 */
function smallestHolders(region: Element, out: Element[]): void {
  const banners: Element[] = [];
  const companions: Element[] = [];
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
    if (SKIPPED_TAGS.has(element.tagName) || isBlank(element)) continue;
    const piece = bannerTextOf(element);
    if (piece === null) {
      out.push(region);
      return;
    }
    (piece.kind === 'banner' ? banners : companions).push(element);
  }
  if (banners.length === 0 || (banners.length === 1 && companions.length > 0)) {
    out.push(region);
    return;
  }
  for (const banner of banners) smallestHolders(banner, out);
  out.push(...companions);
}

/** The nearest element sibling in one direction that shows any text or holds a field, skipping empty spacers. */
function neighbour(element: Element, direction: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sibling = element[direction];
  while (sibling && (SKIPPED_TAGS.has(sibling.tagName) || isBlank(sibling))) sibling = sibling[direction];
  return sibling;
}

const neighbours = (element: Element): Element[] =>
  [neighbour(element, 'previousElementSibling'), neighbour(element, 'nextElementSibling')]
    .filter((sibling): sibling is Element => sibling !== null);

const shareBanner = (a: readonly string[], b: readonly string[]): boolean => a.some((id) => b.includes(id));

/**
 * A banner's terms link or sign-up form belongs to the banner it stands beside. On the site it is a sibling of the
 * banner paragraphs inside the article container, so no banner-only region holds it: adjacency is the evidence.
 * Returns the companions beside `banner` that belong to one of the banners it holds.
 */
export function companionsBeside(banner: Element): Element[] {
  const held = bannerTextOf(banner);
  if (held?.kind !== 'banner') return [];
  return neighbours(banner).filter((sibling) => {
    const piece = bannerTextOf(sibling);
    return piece?.kind === 'companion' && shareBanner(piece.banners, held.banners);
  });
}

/** Whether `element` is a companion standing right beside a banner it belongs to. */
export function isCompanionBesideBanner(element: Element): boolean {
  const piece = bannerTextOf(element);
  if (piece?.kind !== 'companion') return false;
  return neighbours(element).some((sibling) => {
    const beside = bannerTextOf(sibling);
    return beside?.kind === 'banner' && shareBanner(piece.banners, beside.banners);
  });
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
    if (bannerTextOf(element, text)?.kind === 'banner') {
      regions.push(element);
      smallestHolders(element, found);
      return;
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
    const kind = bannerTextOf(element, text)?.kind ?? null;
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
  return bannerTextOf(element) !== null;
}
