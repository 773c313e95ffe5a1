import { BANNER_IDS, compactText } from '../kompas/banner-signatures.ts';
import { mayHoldBannerText, readBannerText, startsControlLabel, type BannerText, type MarkedText } from './classify-text.ts';

/** Elements whose text is never shown as text, or that belong to the document's head. */
export const UNSHOWN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|HEAD|TITLE|META|LINK)$/;
/** A banner's own controls; their text may be one of its labels ("Daftar", "S&K"). */
const CONTROL = 'a, button, label, form, select, textarea';
/** Controls that may have no text: an e-mail field, an empty button. */
const FIELD = 'input, button, select, textarea, form';
/** Banner texts together stay well under this length. */
export const MAX_BANNER_REGION_LENGTH = 2_000;
/** Longest text without a banner word read for a control's label. */
const MAX_CONTROL_TEXT = 120;
/** Fields with no text go with whichever banner they stand in or beside. */
const FIELDS_ONLY: BannerText = { kind: 'companion', banners: BANNER_IDS };

export const holdsField = (element: Element): boolean => element.matches(FIELD) || element.querySelector(FIELD) !== null;

function markControls(element: Element): MarkedText {
  let compact = '';
  const runs: number[] = [];
  const visit = (parent: Element, inControl: boolean): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        const piece = compactText(child.nodeValue ?? '');
        if (inControl) runs.push(compact.length, compact.length + piece.length);
        compact += piece;
      } else if (child.nodeType === 1 && !UNSHOWN.test((child as Element).tagName)) {
        visit(child as Element, inControl || (child as Element).matches(CONTROL));
      }
    }
  };
  visit(element, element.matches(CONTROL));
  const inControl = new Uint8Array(compact.length);
  for (let i = 0; i < runs.length; i += 2) inControl.fill(1, runs[i], runs[i + 1]);
  return { compact, inControl };
}

/**
 * Banner text with only its companions and own controls (links, buttons, forms with one of its labels or no text),
 * or companions alone; null for anything else: an ordinary link keeps a paragraph.
 */
export function bannerTextOfElement(element: Element, text: string = element.textContent ?? ''): BannerText | null {
  const hinted = mayHoldBannerText(text);
  if (text.length > (hinted ? MAX_BANNER_REGION_LENGTH * 4 : MAX_CONTROL_TEXT)) return null;
  const compact = compactText(text);
  if (compact === '') return holdsField(element) ? FIELDS_ONLY : null;
  if (compact.length > MAX_BANNER_REGION_LENGTH || (!hinted && !startsControlLabel(compact))) return null;
  return readBannerText(compact, () => (element.matches(CONTROL) || element.querySelector(CONTROL) ? markControls(element) : null));
}
