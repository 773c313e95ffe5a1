/**
 * How highlights look, on the page and in the reader. Five colours light enough that black text on them keeps AAA
 * contrast; on dark themes the same hues as translucent washes, so light text stays readable.
 */
import type { Colour } from '../../../src/notes/highlight.ts';
import { HIGHLIGHT_ELEMENT } from '../../../src/anchoring/highlighter.ts';

export const HIGHLIGHT_COLOURS: Record<Colour, { light: string; dark: string }> = {
  yellow: { light: '#fff1a8', dark: 'rgba(255, 214, 10, 0.38)' },
  green: { light: '#c9f2c7', dark: 'rgba(64, 192, 87, 0.38)' },
  blue: { light: '#cfe6ff', dark: 'rgba(77, 171, 247, 0.40)' },
  pink: { light: '#ffd6e7', dark: 'rgba(247, 131, 172, 0.40)' },
  purple: { light: '#e5dbff', dark: 'rgba(151, 117, 250, 0.42)' },
};

const rules = (scope: string, shade: 'light' | 'dark') =>
  (Object.keys(HIGHLIGHT_COLOURS) as Colour[])
    .map((colour) => `${scope}${HIGHLIGHT_ELEMENT}[data-colour="${colour}"] { background-color: ${HIGHLIGHT_COLOURS[colour][shade]}; }`)
    .join('\n');

const BASE = `
${HIGHLIGHT_ELEMENT} { cursor: pointer; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${HIGHLIGHT_ELEMENT}:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
${HIGHLIGHT_ELEMENT}.teman-baca-flash { outline: 3px solid #d97706; outline-offset: 1px; }
${HIGHLIGHT_ELEMENT}[data-has-note]::after { content: "✎" / ""; font-size: 0.7em; vertical-align: super; margin-left: 1px; }
`;

/** For the original page: page colours are unknown, so light washes that suit Kompas's white pages. */
export const PAGE_HIGHLIGHT_STYLES = `${HIGHLIGHT_ELEMENT} { all: unset; display: inline; }\n${BASE}\n${rules('', 'light')}`;

/** For the reader's shadow root, following its theme. */
export const READER_HIGHLIGHT_STYLES = `${BASE}
${rules('.reader:is([data-theme="light"], [data-theme="system"], [data-theme="sepia"]) ', 'light')}
${rules('.reader[data-theme="dark"] ', 'dark')}
.reader[data-theme="dark"] ${HIGHLIGHT_ELEMENT}:focus-visible { outline-color: #9ccbff; }
@media (prefers-color-scheme: dark) {
${rules('.reader[data-theme="system"] ', 'dark')}
.reader[data-theme="system"] ${HIGHLIGHT_ELEMENT}:focus-visible { outline-color: #9ccbff; }
}
@media print { ${HIGHLIGHT_ELEMENT} { background: none !important; text-decoration: underline; } }`;
