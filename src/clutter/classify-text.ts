import { BANNER_HINT, BANNER_SIGNATURES, compactText } from '../kompas/banner-signatures.ts';

/**
 * What an element's text is made of: `banner` when it is nothing but banner signatures (at least one of them a
 * banner proper), `companion` when it is nothing but companion signatures, `null` when anything else is in it.
 */
export type TextKind = 'banner' | 'companion' | null;

/** Text that is nothing but banners and what goes with them. */
export interface BannerText {
  readonly kind: 'banner' | 'companion';
  /** For `banner`, the ids of the banners it holds; for `companion`, the banners it may go with. */
  readonly banners: readonly string[];
}

/** How far `readCompactText` got: the text is read whole when `end` is its length. */
interface Reading {
  readonly end: number;
  readonly banners: string[];
  /** Each companion's or control's `of`, in the order read. */
  readonly owners: Array<readonly string[]>;
}

/**
 * Consumes signatures from the start until nothing is left or nothing matches. A control's label counts only within
 * a run of characters that `inControl` marks as a link's, button's or form's text; without `inControl`, never.
 */
function readCompactText(compact: string, inControl?: Uint8Array): Reading {
  const reading: Reading = { end: 0, banners: [], owners: [] };
  let position = 0;
  while (position < compact.length) {
    const matched = BANNER_SIGNATURES.find((signature) => {
      let text = compact;
      if (signature.role === 'control') {
        // Read up to the end of this control's text only: "Lengkapi" in a link may be followed by "data dirimu ...".
        let end = position;
        while (inControl !== undefined && inControl[end] === 1) end++;
        if (end === position) return false;
        text = compact.slice(0, end);
      }
      signature.pattern.lastIndex = position;
      return signature.pattern.test(text) && signature.pattern.lastIndex > position;
    });
    if (!matched) break;
    position = matched.pattern.lastIndex;
    if (matched.role === 'banner') reading.banners.push(matched.id);
    else if (matched.of) reading.owners.push(matched.of);
  }
  return { ...reading, end: position };
}

/**
 * What a whole reading amounts to: banners whose every companion belongs to one of them, or companions that all
 * belong to one banner at least; null for anything else, separators alone included.
 */
function bannerTextOf(reading: Reading, length: number): BannerText | null {
  if (length === 0 || reading.end < length) return null;
  const { banners, owners } = reading;
  if (banners.length > 0) {
    return owners.every((of) => of.some((id) => banners.includes(id))) ? { kind: 'banner', banners } : null;
  }
  if (owners.length === 0) return null;
  const shared = owners.reduce((common, of) => common.filter((id) => of.includes(id)));
  return shared.length > 0 ? { kind: 'companion', banners: shared } : null;
}

/**
 * Classifies compact text. A control's label counts only where `controls` marks it as a link's, button's or form's
 * text: `controls` is asked only when the plain reading stops where such a label starts, and gives the element's
 * compact text again with one flag per character (null when it holds no control), so that nearly every element
 * holding a link is judged without a walk over its text.
 */
export function readBannerText(
  compact: string,
  controls?: () => { compact: string; inControl: Uint8Array } | null,
): BannerText | null {
  const plain = readCompactText(compact);
  if (plain.end === compact.length || !controls || !startsControlLabel(compact, plain.end)) {
    return bannerTextOf(plain, compact.length);
  }
  const marked = controls();
  return marked ? bannerTextOf(readCompactText(marked.compact, marked.inControl), marked.compact.length) : null;
}

/** Whether one of the controls' labels starts at `position` of compact text. */
export function startsControlLabel(compact: string, position = 0): boolean {
  return BANNER_SIGNATURES.some((signature) => {
    if (signature.role !== 'control') return false;
    signature.pattern.lastIndex = position;
    return signature.pattern.test(compact);
  });
}

/** Classifies compact text by consuming signatures from the start until nothing is left or nothing matches. */
export function classifyCompactText(compact: string): TextKind {
  return readBannerText(compact)?.kind ?? null;
}

export function classifyText(text: string): TextKind {
  return classifyCompactText(compactText(text));
}

/** Cheap test on raw text: false means the text can hold no banner and no companion. */
export function mayHoldBannerText(raw: string): boolean {
  return BANNER_HINT.test(raw);
}
