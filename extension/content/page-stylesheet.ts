/**
 * The extension's styles for the original page, shipped as a stylesheet the manifest injects (`page-styles.css`)
 * rather than a `<style>` element added at run time. A stylesheet added to a loaded page makes the browser restyle
 * every element of it: about 20 ms on an article page in Chromium on an idle machine, and a long task once the
 * machine is busy. The manifest's stylesheet is in place before the page has any element, where it costs nothing.
 * Its rules are inert until used: entity highlights by name (`::highlight(...)`), note highlights by their own
 * element.
 */
import { PAGE_HIGHLIGHT_CSS } from '../entities/entity-styles.ts';
import { PAGE_HIGHLIGHT_STYLES } from './highlights/highlight-styles.ts';

/** Where the stylesheet is, from the project's root; the manifest names the same path. */
export const PAGE_STYLESHEET_PATH = 'extension/content/page-styles.css';

/** The stylesheet's text, as `npm run styles` writes it. */
export function pageStylesheet(): string {
  return [
    '/* Written by `npm run styles` from extension/content/page-stylesheet.ts: edit that, not this. */',
    '/* Entities on the page, as CSS Custom Highlights. */',
    PAGE_HIGHLIGHT_CSS.trim(),
    '/* The reader\'s highlights and notes on the page. */',
    PAGE_HIGHLIGHT_STYLES.trim(),
    '',
  ].join('\n');
}
