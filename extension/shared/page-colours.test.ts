/**
 * The extension pages' colours (the shared palette and each page's own), light and dark, against WCAG 2.2 AA: text
 * and links 4.5:1; control boundaries (inputs, selects, buttons, the switch's track) and focus rings 3:1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, contrastRatio } from '../../src/colour/contrast.ts';

const file = (path: string) => readFileSync(join(process.cwd(), path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const DARK = '@media (prefers-color-scheme: dark)';

/** The custom properties the stylesheet's `:root` rules set, in the light scheme or with the dark scheme's over them. */
function properties(css: string, scheme: 'light' | 'dark'): Record<string, string> {
  const at = css.indexOf(DARK);
  const light = at < 0 ? css : css.slice(0, at);
  const out: Record<string, string> = {};
  for (const part of scheme === 'light' ? [light] : [light, at < 0 ? '' : css.slice(at)]) {
    for (const rule of part.matchAll(/:root\s*\{([^}]*)\}/g)) {
      for (const [, name, value] of rule[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[name!] = value!.trim();
    }
  }
  return out;
}

const palette = file('extension/shared/palette.css');
const PAGES: Record<string, { css: string; shared: boolean }> = {
  popup: { css: file('extension/popup/popup.css'), shared: false },
  library: { css: file('extension/library/library.css'), shared: true },
  'note panel': { css: file('extension/note-panel/note-panel.css'), shared: true },
};

const TEXT = 4.5;
const NON_TEXT = 3;
/** [foreground, background, minimum]; pairs whose properties a page does not define are left out. */
const PAIRS: Array<[string, string, number]> = [
  ['--fg', '--bg', TEXT], ['--fg', '--surface', TEXT], ['--muted', '--bg', TEXT], ['--muted', '--surface', TEXT],
  ['--accent', '--bg', TEXT], ['--accent', '--surface', TEXT], ['--accent-fg', '--accent', TEXT],
  ['--danger', '--bg', TEXT], ['--danger', '--surface', TEXT], ['--error-fg', '--error-bg', TEXT],
  ['--fg', '--hl-yellow-bg', TEXT], ['--fg', '--hl-green-bg', TEXT], ['--fg', '--hl-blue-bg', TEXT],
  ['--fg', '--hl-pink-bg', TEXT], ['--fg', '--hl-purple-bg', TEXT],
  ['--border', '--bg', NON_TEXT], ['--border', '--surface', NON_TEXT],
  ['--focus', '--bg', NON_TEXT], ['--focus', '--surface', NON_TEXT], ['--track', '--bg', NON_TEXT],
];

describe.each(['light', 'dark'] as const)('extension page colours, %s', (scheme) => {
  it.each(Object.entries(PAGES))('the %s meets AA for text, links, control boundaries and focus rings', (_, page) => {
    const values = { ...(page.shared ? properties(palette, scheme) : {}), ...properties(page.css, scheme) };
    const checked = PAIRS.filter(([fg, bg]) => values[fg] && values[bg]);
    // Every page has at least its text, accent and control borders to check.
    expect(checked.map(([fg, bg]) => `${fg}/${bg}`)).toEqual(expect.arrayContaining(['--fg/--bg', '--accent/--bg', '--border/--bg']));
    const failures = checked
      .map(([fg, bg, min]) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(colour(values[fg]!), colour(values[bg]!)), min }))
      .filter(({ ratio, min }) => ratio < min)
      .map(({ pair, ratio, min }) => `${pair}: ${ratio.toFixed(2)} < ${min}`);
    expect(failures).toEqual([]);
  });
});
