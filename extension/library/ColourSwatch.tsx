import type { Colour } from '../../src/notes/highlight.ts';

/** A dot in the highlight's colour; decorative, the colour is always named in text beside it. */
export function ColourSwatch({ colour }: { colour: Colour }) {
  return <span class="swatch" data-colour={colour} aria-hidden="true" />;
}
