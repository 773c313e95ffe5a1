import { BANNER_HINT, BANNER_SIGNATURES, compactText, type TextSignature } from '../kompas/banner-signatures.ts';

/**
 * What an element's text is made of: `banner` when it is nothing but banner signatures (at least one of them a
 * banner proper), `companion` when it is nothing but companion signatures, `null` when anything else is in it.
 */
export type TextKind = 'banner' | 'companion' | null;

/** Classifies compact text by consuming signatures from the start until nothing is left or nothing matches. */
export function classifyCompactText(compact: string, signatures: readonly TextSignature[] = BANNER_SIGNATURES): TextKind {
  if (compact.length === 0) return null;
  let position = 0;
  let sawBanner = false;
  while (position < compact.length) {
    const matched = signatures.find((signature) => {
      signature.pattern.lastIndex = position;
      return signature.pattern.test(compact) && signature.pattern.lastIndex > position;
    });
    if (!matched) return null;
    position = matched.pattern.lastIndex;
    if (matched.role === 'banner') sawBanner = true;
  }
  return sawBanner ? 'banner' : 'companion';
}

export function classifyText(text: string): TextKind {
  return classifyCompactText(compactText(text));
}

/** Cheap test on raw text: false means the text can hold no banner and no companion. */
export function mayHoldBannerText(raw: string): boolean {
  return BANNER_HINT.test(raw);
}
