/**
 * Our stylesheets size text from the user's chosen font size: extension pages in rem from a 100% root (undoing
 * Chrome's `body { font-size: 75% }` for extension pages), the reader and what it shows in a page in em from the
 * `medium` keyword (in a page, rem is the page's root size, which Kompas controls). And live regions stay rendered
 * when empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READER_HIGHLIGHT_STYLES } from '../content/highlights/highlight-styles.ts';
import { TOAST_CSS } from '../content/highlights/toast.ts';
import { TOOLBAR_CSS } from '../content/highlights/selection-toolbar.ts';
import { entityPanelCss, READER_ENTITY_CSS } from '../entities/entity-styles.ts';
import { READER_CSS } from '../reader/reader-styles.ts';

const file = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

/** The CSS of the "Mode baca" button, the template literal assigned to BUTTON_CSS in its module. */
function readerButtonCss(): string {
  const source = file('extension/reader/mount-reader-button.ts');
  const css = /const BUTTON_CSS = `([^`]*)`/.exec(source)?.[1];
  if (css === undefined) throw new Error('BUTTON_CSS not found');
  return css;
}

const EXTENSION_PAGES: Record<string, string> = {
  popup: file('extension/popup/popup.css'),
  library: file('extension/library/library.css'),
  'note panel': file('extension/note-panel/note-panel.css'),
};

const IN_PAGE: Record<string, string> = {
  reader: READER_CSS,
  'reader entities': READER_ENTITY_CSS,
  'reader highlights': READER_HIGHLIGHT_STYLES,
  'entity panel in the reader': entityPanelCss('reader'),
  'Mode baca button': readerButtonCss(),
  'message at the bottom of the page': TOAST_CSS,
  'selection toolbar': TOOLBAR_CSS,
};

/** Every stylesheet of ours that sets a font size (the palette and the entity marks set none). */
const ALL = {
  ...EXTENSION_PAGES,
  'entity panel in the popup': entityPanelCss('system'),
  reader: READER_CSS,
  'reader highlights': READER_HIGHLIGHT_STYLES,
  'entity panel in the reader': entityPanelCss('reader'),
  'Mode baca button': readerButtonCss(),
  'message at the bottom of the page': TOAST_CSS,
  'selection toolbar': TOOLBAR_CSS,
};

/** Every `font` and `font-size` declaration's value, comments left out. */
function fontDeclarations(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/(?:^|[;{\s])(font(?:-size)?)\s*:\s*([^;}]+)/g)].map((match) => `${match[1]}: ${match[2]!.trim()}`);
}

describe('font sizes', () => {
  it.each(Object.entries(ALL))('the %s stylesheet sets no font size in px', (_, css) => {
    const declarations = fontDeclarations(css);
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((declaration) => /\d(px|pt)\b/.test(declaration) && !declaration.includes('12pt'))).toEqual([]);
  });

  it.each(Object.entries(EXTENSION_PAGES))('the %s page roots its sizes at 100% and undoes Chrome\'s 75% on body', (_, css) => {
    expect(css).toMatch(/(^|\n)html \{[^}]*font-size: 100%/);
    expect(css).toMatch(/(^|\n)body \{[^}]*font: 1rem\//);
    // A font size on :root would move rem away from the user's size.
    expect(/:root \{[^}]*font(-size)?:/.test(css)).toBe(false);
  });

  it.each(Object.entries(IN_PAGE))('the %s stylesheet, shown in a Kompas page, uses no rem (the page\'s root size)', (_, css) => {
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/\drem\b/);
  });

  it('sizes the reader from the user\'s default size and scales the article from there', () => {
    expect(READER_CSS).toMatch(/\.reader \{[^}]*font-size: medium;/);
    expect(READER_CSS).toMatch(/\.layout \{[^}]*font-size: calc\(var\(--reader-scale, [\d.]+\) \* 1em\)/);
  });
});

describe('live regions', () => {
  it.each(Object.entries({
    library: EXTENSION_PAGES.library!,
    'note panel': EXTENSION_PAGES['note panel']!,
    'entity panel': entityPanelCss('system'),
  }))(
    'the %s stylesheet never takes an empty status region out of rendering',
    (_, css) => {
      const rules = [...css.matchAll(/([^{}]*(?:status|:empty)[^{}]*)\{([^}]*)\}/g)];
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.filter(([, , body]) => /display:\s*none|visibility:\s*hidden/.test(body!)).map(([rule]) => rule.trim())).toEqual([]);
    },
  );
});
