import { bannerTextOfElement, holdsField, MAX_BANNER_REGION_LENGTH, UNSHOWN } from './banner-element.ts';
import { mayHoldBannerText, type BannerText } from './classify-text.ts';

/** The document's frame, never a banner holder. */
const FRAME = /^(?:HTML|BODY)$/;
/** Banner pieces without a banner word ("e-voucher", " untuk ", "90", " pilihan redaksi ") are short. */
const MAX_PIECE_LENGTH = 80;
/** How far above a changed node a banner holder can sit: a `<strong>` in a `<p>` in a wrapper. */
const MAX_CLIMB = 4;

function bannerTextOf(element: Element, text?: string): BannerText | null {
  // The document's frame is never a banner holder, and its text is the whole page: a change in <head> (a style
  // added) climbs to <html>, and reading the page's text there cost milliseconds per change.
  if (FRAME.test(element.tagName) || UNSHOWN.test(element.tagName)) return null;
  return bannerTextOfElement(element, text);
}

/** A spacer: no text, no field. */
const isBlank = (element: Element): boolean => (element.textContent ?? '').trim() === '' && !holdsField(element);

/**
 * The smallest elements that together hold a banner-only region's text: it descends while every piece sits in a
 * child that is banner or companion text. One banner with its own controls (a sign-up form) stays whole.
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
    if (UNSHOWN.test(element.tagName) || isBlank(element)) continue;
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

/** The nearest element sibling in one direction that is no spacer. */
function neighbour(element: Element, direction: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sibling = element[direction];
  while (sibling && (UNSHOWN.test(sibling.tagName) || isBlank(sibling))) sibling = sibling[direction];
  return sibling;
}

const neighbours = (element: Element): Element[] =>
  [neighbour(element, 'previousElementSibling'), neighbour(element, 'nextElementSibling')]
    .filter((sibling): sibling is Element => sibling !== null);

/** Whether `companion` holds only companions of a banner that `banner` holds. */
function belongsTo(companion: Element, banner: Element): boolean {
  const piece = bannerTextOf(companion);
  const held = piece?.kind === 'companion' ? bannerTextOf(banner) : null;
  return held?.kind === 'banner' && piece!.banners.some((id) => held.banners.includes(id));
}

/**
 * The terms links and forms beside `banner` that belong to it: on the site they are siblings of the banner lines in
 * the article container, so no banner-only region holds them and adjacency is the evidence.
 */
export const companionsBeside = (banner: Element): Element[] => neighbours(banner).filter((sibling) => belongsTo(sibling, banner));

/** Whether `element` is a companion beside a banner it belongs to. */
export const isCompanionBesideBanner = (element: Element): boolean =>
  bannerTextOf(element)?.kind === 'companion' && neighbours(element).some((sibling) => belongsTo(element, sibling));

/**
 * The smallest elements below and including `root` holding only banner text, and the companions beside them; never
 * one that also holds other text: a paragraph that mentions #JernihBerkomentar is not a banner.
 */
export function findBannerElements(root: Element): Element[] {
  const found: Element[] = [];
  const regions: Element[] = [];
  const visit = (element: Element): void => {
    if (UNSHOWN.test(element.tagName)) return;
    const text = element.textContent ?? '';
    if (!mayHoldBannerText(text)) return;
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
 * After `node` changed, the highest ancestor (a few levels up at most) that now holds only banner text, or null:
 * the `90` of "untuk 90 pemenang" may complete a banner from a `<span>`. One `visited` set per batch: siblings share
 * ancestors, judged once.
 */
export function bannerRegionAround(node: Node, visited: Set<Element> = new Set()): Element | null {
  // A change can complete a banner only if it holds a banner word, or is a short piece such as "90" or "pemenang!".
  const own = node.textContent ?? '';
  if (own.length > MAX_PIECE_LENGTH && !mayHoldBannerText(own)) return null;
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let region: Element | null = null;
  for (let level = 0; element && level <= MAX_CLIMB; level++, element = element.parentElement) {
    if (FRAME.test(element.tagName) || UNSHOWN.test(element.tagName) || visited.has(element)) break;
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
