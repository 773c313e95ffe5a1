/**
 * Styles of entity mentions and of the entity panel. The reader's themes sit on `.reader[data-theme]`; the original
 * page takes the palette its own background calls for (page-palette.ts); the popup follows the system's preference.
 */
import { ENTITY_PALETTE, entityCss, type EntityTheme } from '../../src/entities/entity-palette.ts';
import { FOCUS_HIGHLIGHT, highlightName, type PagePalette } from '../../src/entities/entity-highlights.ts';
import { ENTITY_TAG } from '../../src/entities/entity-marks.ts';

const TYPES = ['PER', 'LOC', 'ORG'] as const;

/** Mentions as elements inside the reader, per reader theme ("system" follows the OS). */
export const READER_ENTITY_CSS = entityCss({
  target: (type) => `${ENTITY_TAG}[data-entity-type="${type}"]`,
  themeScope: (theme) => (theme === 'light' ? '.reader:is([data-theme="light"], [data-theme="system"]) ' : `.reader[data-theme="${theme}"] `),
  systemDarkScope: '.reader[data-theme="system"] ',
}) + `
${ENTITY_TAG} { border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${ENTITY_TAG}.entity-focus { outline: 3px solid var(--focus, #0b57a4); outline-offset: 1px; }
@media print { ${ENTITY_TAG} { background: none !important; text-decoration: none !important; } }
`;

/**
 * Mentions on the original page, as CSS Custom Highlights: each palette under its own highlight names, so the page's
 * script picks one by the page's background and nothing here follows the system's scheme.
 */
export const PAGE_HIGHLIGHT_CSS = (['light', 'dark'] as const).map((palette) => entityCss({
  target: (type) => `::highlight(${highlightName(type, palette)})`,
  themeScope: (theme) => (theme === palette ? '' : null),
})).join('\n') + `
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 210, 31, 0.75); color: #000; }
`;

/** Mentions on the original page as elements, where the Highlight API is missing, in the page's palette. */
export function pageMarkCss(palette: PagePalette): string {
  return entityCss({
    target: (type) => `${ENTITY_TAG}[data-entity-type="${type}"]`,
    themeScope: (theme) => (theme === palette ? '' : null),
  }) + `
${ENTITY_TAG} { all: unset; display: inline; }
${ENTITY_TAG}.entity-focus { background-color: rgba(255, 210, 31, 0.75) !important; color: #000; }
`;
}

function swatchRules(scope: (theme: EntityTheme) => string | null): string {
  return (['light', 'sepia', 'dark'] as const)
    .filter((theme) => scope(theme) !== null)
    .flatMap((theme) => TYPES.map((type) => {
      const look = ENTITY_PALETTE[theme][type];
      return `${scope(theme)}.swatch[data-entity-type="${type}"] { background: ${look.background}; ` +
        `border-bottom: 3px ${look.lineStyle} ${look.line}; }`;
    }))
    .join('\n');
}

/** The panel, for the reader's shadow root and for the popup; `scope` picks the theme rules. */
export function entityPanelCss(scope: 'reader' | 'system'): string {
  const swatches = scope === 'reader'
    ? swatchRules((theme) => (theme === 'light' ? '.reader:is([data-theme="light"], [data-theme="system"]) ' : `.reader[data-theme="${theme}"] `)) +
      `\n@media (prefers-color-scheme: dark) {\n${swatchRules((theme) => (theme === 'dark' ? '.reader[data-theme="system"] ' : null))}\n}`
    : swatchRules((theme) => (theme === 'light' ? '' : null)) +
      `\n@media (prefers-color-scheme: dark) {\n${swatchRules((theme) => (theme === 'dark' ? '' : null))}\n}`;
  return `${swatches}
.entity-panel { font: 0.875em/1.45 var(--sans, system-ui, sans-serif); }
.entity-panel h2 { font-size: 1.07em; margin: 0 0 0.6em; }
.entity-panel h3 { display: flex; align-items: center; gap: 0.4em; font-size: 0.93em; margin: 0.9em 0 0.3em;
  color: var(--muted, inherit); text-transform: uppercase; letter-spacing: 0.04em; }
.entity-panel ul { list-style: none; margin: 0; padding: 0; }
.entity-panel li button { display: flex; width: 100%; justify-content: space-between; gap: 0.5em; text-align: left;
  padding: 0.3em 0.45em; border: 1px solid transparent; border-radius: 6px; background: none; color: inherit;
  font: inherit; cursor: pointer; }
.entity-panel li button:hover { border-color: var(--rule, #c8c8c8); }
.entity-panel li button:focus-visible, .entity-panel input:focus-visible { outline: 3px solid var(--focus, #0b57a4); outline-offset: 1px; }
.entity-count { color: var(--muted, inherit); font-variant-numeric: tabular-nums; }
.entity-panel li button.entity-elsewhere, .entity-panel li span.entity-elsewhere { display: block; width: auto;
  padding: 0 0.45em 0.3em; border: 0; font-size: 0.86em; color: var(--link, #0b57a4); text-decoration: underline; }
.entity-switch { display: flex; align-items: center; gap: 0.45em; font-weight: 600; cursor: pointer; }
.entity-types { display: flex; flex-wrap: wrap; gap: 0.3em 0.8em; margin: 0.5em 0 0; padding: 0; border: 0; }
.entity-types:disabled { opacity: 0.55; }
.entity-type { display: inline-flex; align-items: center; gap: 0.3em; cursor: pointer; }
.swatch { display: inline-block; min-width: 1.6em; padding: 0 0.2em; border-radius: 3px; text-align: center;
  font-size: 0.86em; line-height: 1.5; }
.entity-status { color: var(--muted, inherit); margin: 0.8em 0 0; }
.entity-status:empty { position: absolute; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* A finger needs targets of at least 44 CSS px (WCAG 2.5.5): on a touch screen, and in a window as narrow as a phone's. */
@media (pointer: coarse), (max-width: 37.5em) {
  .entity-switch, .entity-type { min-height: max(44px, 2.75em); }
  .entity-type { min-width: max(44px, 2.75em); }
  .entity-panel li button { min-height: max(44px, 2.75em); align-items: center; }
  .entity-panel li button.entity-elsewhere, .entity-panel li span.entity-elsewhere { display: flex; align-items: center;
    min-height: max(44px, 2.75em); padding-top: 0; padding-bottom: 0; }
}
`;
}
