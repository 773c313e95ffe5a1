import { BANNER_HINT, BANNER_SIGNATURES, compactText } from '../kompas/banner-signatures.ts';

/**
 * What an element's text is made of: `banner` when it is nothing but banner signatures (at least one of them a
 * banner proper), `companion` when it is nothing but companion signatures, `null` when anything else is in it.
 */
export type TextKind = 'banner' | 'companion' | null;

/** Text that is nothing but banners and what goes with them. */
export interface BannerText {
  readonly kind: 'banner' | 'companion';
  /** For `banner`, the banners it holds; for `companion`, the banners it may go with. */
  readonly banners: readonly string[];
}

/** A text's compact form, with 1 for each character that a link, button or form holds. */
export interface MarkedText {
  readonly compact: string;
  readonly inControl: Uint8Array;
}

/** Consumes signatures from the start. A control's label is read only within a run `inControl` marks. */
function read(compact: string, inControl?: Uint8Array): { end: number; banners: string[]; owners: Array<readonly string[]> } {
  const banners: string[] = [];
  const owners: Array<readonly string[]> = [];
  let position = 0;
  for (;;) {
    const matched = BANNER_SIGNATURES.find(({ role, pattern }) => {
      let end = compact.length;
      if (role === 'control') for (end = position; inControl?.[end] === 1;) end++;
      pattern.lastIndex = position;
      return end > position && pattern.test(end < compact.length ? compact.slice(0, end) : compact) && pattern.lastIndex > position;
    });
    if (!matched) return { end: position, banners, owners };
    position = matched.pattern.lastIndex;
    if (matched.role === 'banner') banners.push(matched.id);
    else if (matched.of) owners.push(matched.of);
  }
}

/** Banners whose companions all belong to one of them, or companions that share a banner; else null. */
function bannerTextOf({ end, banners, owners }: ReturnType<typeof read>, length: number): BannerText | null {
  if (length === 0 || end < length) return null;
  if (banners.length > 0) return owners.every((of) => of.some((id) => banners.includes(id))) ? { kind: 'banner', banners } : null;
  const shared = owners.reduce((common, of) => common.filter((id) => of.includes(id)), owners[0] ?? []);
  return shared.length > 0 ? { kind: 'companion', banners: shared } : null;
}

/** Classifies compact text; `controls` is asked only if the plain reading stops where a control's label starts. */
export function readBannerText(compact: string, controls?: () => MarkedText | null): BannerText | null {
  const plain = read(compact);
  if (plain.end === compact.length || !controls || !startsControlLabel(compact, plain.end)) return bannerTextOf(plain, compact.length);
  const marked = controls();
  return marked && bannerTextOf(read(marked.compact, marked.inControl), marked.compact.length);
}

/** Whether a control's label starts at `position`. */
export function startsControlLabel(compact: string, position = 0): boolean {
  return BANNER_SIGNATURES.some(({ role, pattern }) => {
    pattern.lastIndex = position;
    return role === 'control' && pattern.test(compact) && pattern.lastIndex > position;
  });
}

/** Classifies compact text read as plain text, with no control in it. */
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
