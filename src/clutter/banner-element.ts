import { BANNER_IDS, compactText } from '../kompas/banner-signatures.ts';
import { mayHoldBannerText, readBannerText, startsControlLabel, type BannerText } from './classify-text.ts';

/** Elements whose text is never shown as text. */
const HIDDEN_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** What a banner's own controls are made of: their text may be a control's label ("Daftar", "S&K"). */
const CONTROL_TAGS = new Set(['A', 'BUTTON', 'LABEL', 'FORM', 'SELECT', 'TEXTAREA']);
const CONTROL_SELECTOR = 'a, button, label, form, select, textarea';
/** Controls without text: an e-mail field, an empty button. */
const FIELD_SELECTOR = 'input, button, select, textarea, form';
/**
 * Banner texts together stay well under this many characters; a longer element holds something else, so climbing
 * stops there instead of classifying ever larger ancestors.
 */
export const MAX_BANNER_REGION_LENGTH = 2_000;
/** A control's text with no banner word in it ("Daftar sekarang", "cek di sini") is short. */
const MAX_CONTROL_TEXT = 120;
/** Raw text may carry much indentation and many line breaks around the same compact text. */
const MAX_RAW_REGION_LENGTH = MAX_BANNER_REGION_LENGTH * 4;
/** An element with no text that holds a field goes with whichever banner it stands in or beside. */
const FIELDS_ONLY: BannerText = { kind: 'companion', banners: BANNER_IDS };

/** Whether `element` is, or holds, a field or button. */
export function holdsField(element: Element): boolean {
  return element.matches(FIELD_SELECTOR) || element.querySelector(FIELD_SELECTOR) !== null;
}

/** `element`'s compact text with, for each character, whether a link, button or form below `element` holds it. */
function compactTextWithControls(element: Element): { compact: string; inControl: Uint8Array } {
  const pieces: string[] = [];
  const flags: boolean[] = [];
  const visit = (parent: Element, inControl: boolean): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        const piece = compactText(child.nodeValue ?? '');
        if (piece === '') continue;
        pieces.push(piece);
        flags.push(inControl);
      } else if (child.nodeType === 1 && !HIDDEN_TEXT_TAGS.has((child as Element).tagName)) {
        visit(child as Element, inControl || CONTROL_TAGS.has((child as Element).tagName));
      }
    }
  };
  visit(element, CONTROL_TAGS.has(element.tagName));
  const compact = pieces.join('');
  const inControl = new Uint8Array(compact.length);
  let offset = 0;
  pieces.forEach((piece, i) => {
    if (flags[i]) inControl.fill(1, offset, offset + piece.length);
    offset += piece.length;
  });
  return { compact, inControl };
}

/**
 * What `element` holds: banner text with nothing but its companions and its own controls (a link, a button or a
 * form whose text is one of their labels, or empty), companions or controls alone, or null for anything else. An
 * ordinary link ("Baca selengkapnya") is other text, so a paragraph holding one is never banner text. Pass `text`
 * when it has been read already (`textContent`, or the shown text only).
 */
export function bannerTextOfElement(element: Element, text: string = element.textContent ?? ''): BannerText | null {
  if (text.length > MAX_RAW_REGION_LENGTH) return null;
  const hinted = mayHoldBannerText(text);
  if (!hinted && text.length > MAX_CONTROL_TEXT) return null;
  const compact = compactText(text);
  if (compact === '') return holdsField(element) ? FIELDS_ONLY : null;
  if (compact.length > MAX_BANNER_REGION_LENGTH || (!hinted && !startsControlLabel(compact))) return null;
  return readBannerText(compact, () =>
    element.matches(CONTROL_SELECTOR) || element.querySelector(CONTROL_SELECTOR) ? compactTextWithControls(element) : null);
}
