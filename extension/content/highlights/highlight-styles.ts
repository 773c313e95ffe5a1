/**
 * How highlights look, on the page and in the reader. Five colours light enough that black text on them keeps AAA
 * contrast; on dark themes the same hues as faint translucent washes: light text, and the dark theme's links, keep
 * AA contrast on them even where an entity's tint lies over the wash too (theme-contrast.test.ts checks every pair).
 */
import type { Colour } from '../../../src/notes/highlight.ts';
import { HIGHLIGHT_ELEMENT } from '../../../src/anchoring/highlighter.ts';
import type { ThemeName } from '../../reader/reader-themes.ts';

export const HIGHLIGHT_COLOURS: Record<Colour, { light: string; dark: string }> = {
  yellow: { light: '#fff1a8', dark: 'rgba(255, 214, 10, 0.17)' },
  green: { light: '#c9f2c7', dark: 'rgba(64, 192, 87, 0.20)' },
  blue: { light: '#cfe6ff', dark: 'rgba(77, 171, 247, 0.20)' },
  pink: { light: '#ffd6e7', dark: 'rgba(247, 131, 172, 0.22)' },
  purple: { light: '#e5dbff', dark: 'rgba(151, 117, 250, 0.26)' },
};

/** Which of a colour's two shades each reader theme shows ("system" shows the light or the dark theme's). */
export const HIGHLIGHT_SHADE: Record<ThemeName, 'light' | 'dark'> = { light: 'light', sepia: 'light', dark: 'dark' };

const rules = (scope: string, shade: 'light' | 'dark') =>
  (Object.keys(HIGHLIGHT_COLOURS) as Colour[])
    .map((colour) => `${scope}${HIGHLIGHT_ELEMENT}[data-colour="${colour}"] { background-color: ${HIGHLIGHT_COLOURS[colour][shade]}; }`)
    .join('\n');

/** The ring that marks a highlight the reader was sent to: 3:1 on white, sepia and dark backgrounds alike. */
export const FLASH_OUTLINE = '#b85c00';

const BASE = `
${HIGHLIGHT_ELEMENT} { cursor: pointer; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${HIGHLIGHT_ELEMENT}:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
${HIGHLIGHT_ELEMENT}.teman-baca-flash { outline: 3px solid ${FLASH_OUTLINE}; outline-offset: 1px; }
${HIGHLIGHT_ELEMENT}[data-has-note]::after { content: "✎" / ""; font-size: 0.7em; vertical-align: super; margin-left: 1px; }
`;

/** For the original page: page colours are unknown, so light washes that suit Kompas's white pages. */
export const PAGE_HIGHLIGHT_STYLES = `${HIGHLIGHT_ELEMENT} { all: unset; display: inline; }\n${BASE}\n${rules('', 'light')}`;

/** For the reader's shadow root, following its theme. */
export const READER_HIGHLIGHT_STYLES = `${BASE}
${rules('.reader[data-theme="system"] ', HIGHLIGHT_SHADE.light)}
${(['light', 'sepia', 'dark'] as const).map((theme) => rules(`.reader[data-theme="${theme}"] `, HIGHLIGHT_SHADE[theme])).join('\n')}
.reader[data-theme="dark"] ${HIGHLIGHT_ELEMENT}:focus-visible { outline-color: #9ccbff; }
@media (prefers-color-scheme: dark) {
.reader[data-theme="system"] ${HIGHLIGHT_ELEMENT}:focus-visible { outline-color: #9ccbff; }
${rules('.reader[data-theme="system"] ', HIGHLIGHT_SHADE.dark)}
}
@media print { ${HIGHLIGHT_ELEMENT} { background: none !important; text-decoration: underline; } }`;
