/**
 * Every colour pair the reader and the page can show, for every theme, against WCAG 2.2 AA: text and links 4.5:1,
 * underlines, rules and focus rings 3:1. Translucent washes are laid over what is behind them, in both orders where
 * a note's highlight and an entity's mark overlap (which one wraps the other depends on where the highlight starts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, contrastRatio, over, type Rgba } from '../../src/colour/contrast.ts';
import { ENTITY_PALETTE } from '../../src/entities/entity-palette.ts';
import type { EntityType } from '../../src/ner/index.ts';
import type { Colour } from '../../src/notes/highlight.ts';
import { FLASH_OUTLINE, HIGHLIGHT_COLOURS, HIGHLIGHT_SHADE } from '../content/highlights/highlight-styles.ts';
import { READER_THEME_COLOURS, type ThemeName } from './reader-themes.ts';

const TEXT = 4.5;
const BODY_TEXT = 7;
const NON_TEXT = 3;

const THEMES = Object.keys(READER_THEME_COLOURS) as ThemeName[];
const COLOURS = Object.keys(HIGHLIGHT_COLOURS) as Colour[];
const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

/** Every pair below the threshold, as readable lines, so a failure names them all. */
function failures(pairs: Array<{ what: string; fg: Rgba; bg: Rgba; min: number }>): string[] {
  return pairs
    .map(({ what, fg, bg, min }) => ({ what, ratio: contrastRatio(fg, bg), min }))
    .filter(({ ratio, min }) => ratio < min)
    .map(({ what, ratio, min }) => `${what}: ${ratio.toFixed(2)} < ${min}`);
}

describe.each(THEMES)('the reader\'s %s theme (and "system" when it resolves to it)', (theme) => {
  const t = READER_THEME_COLOURS[theme];
  const bg = colour(t.bg);
  const bar = colour(t.bar);
  const shade = HIGHLIGHT_SHADE[theme];
  const highlight = (name: Colour) => over(colour(HIGHLIGHT_COLOURS[name][shade]), bg);
  const tint = (type: EntityType, under: Rgba) => over(colour(ENTITY_PALETTE[theme][type].background), under);
  const line = (type: EntityType) => colour(ENTITY_PALETTE[theme][type].line);

  it('has readable text, links, rules and focus rings on the page and on the toolbar', () => {
    expect(failures([
      { what: 'text', fg: colour(t.fg), bg, min: BODY_TEXT },
      { what: 'muted text', fg: colour(t.muted), bg, min: TEXT },
      { what: 'muted text on the toolbar', fg: colour(t.muted), bg: bar, min: TEXT },
      { what: 'text on the toolbar', fg: colour(t.fg), bg: bar, min: TEXT },
      { what: 'link', fg: colour(t.link), bg, min: TEXT },
      { what: 'control border / rule', fg: colour(t.rule), bg, min: NON_TEXT },
      { what: 'control border on the toolbar', fg: colour(t.rule), bg: bar, min: NON_TEXT },
      { what: 'focus ring', fg: colour(t.focus), bg, min: NON_TEXT },
      { what: 'focus ring on the toolbar', fg: colour(t.focus), bg: bar, min: NON_TEXT },
      { what: 'ring round a highlight the reader is sent to', fg: colour(FLASH_OUTLINE), bg, min: NON_TEXT },
    ])).toEqual([]);
  });

  it('keeps text and links readable on the mark of the sentence read aloud, whose underline shows on it', () => {
    const speech = colour(t.speech);
    expect(failures([
      { what: 'text on the spoken sentence', fg: colour(t.fg), bg: speech, min: BODY_TEXT },
      { what: 'link on the spoken sentence', fg: colour(t.link), bg: speech, min: TEXT },
      { what: 'underline of the spoken sentence', fg: colour(t.focus), bg: speech, min: NON_TEXT },
    ])).toEqual([]);
  });

  it('keeps text and links readable on every note highlight colour', () => {
    expect(failures(COLOURS.flatMap((name) => [
      { what: `text on ${name}`, fg: colour(t.fg), bg: highlight(name), min: TEXT },
      { what: `link on ${name}`, fg: colour(t.link), bg: highlight(name), min: TEXT },
    ]))).toEqual([]);
  });

  it('keeps entity underlines visible and text and links readable on entity marks', () => {
    expect(failures(TYPES.flatMap((type) => [
      { what: `${type} underline on the page`, fg: line(type), bg, min: NON_TEXT },
      { what: `${type} underline on its tint`, fg: line(type), bg: tint(type, bg), min: NON_TEXT },
      { what: `text on ${type}`, fg: colour(t.fg), bg: tint(type, bg), min: TEXT },
      { what: `link on ${type}`, fg: colour(t.link), bg: tint(type, bg), min: TEXT },
    ]))).toEqual([]);
  });

  it('keeps text, links and underlines readable where a note highlight and an entity mark overlap', () => {
    expect(failures(COLOURS.flatMap((name) => TYPES.flatMap((type) => {
      const entityOverNote = tint(type, highlight(name));
      const noteOverEntity = over(colour(HIGHLIGHT_COLOURS[name][shade]), tint(type, bg));
      return [entityOverNote, noteOverEntity].flatMap((both, order) => {
        const where = `${type} ${order === 0 ? 'over' : 'under'} ${name}`;
        return [
          { what: `text, ${where}`, fg: colour(t.fg), bg: both, min: TEXT },
          { what: `link, ${where}`, fg: colour(t.link), bg: both, min: TEXT },
          { what: `underline, ${where}`, fg: line(type), bg: both, min: NON_TEXT },
        ];
      });
    })))).toEqual([]);
  });
});

describe('the original page', () => {
  // The page's own colours are Kompas's: dark text on white. A page in a dark scheme gets the dark palette, whose
  // marks must then hold on a dark background like the reader's.
  const white = colour('#ffffff');
  const darkPage = colour(READER_THEME_COLOURS.dark.bg);

  it('rings a highlight the reader is sent to at 3:1 on a white page', () => {
    expect(contrastRatio(colour(FLASH_OUTLINE), white)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('draws entity underlines at 3:1 on a white page with the light palette, and on a dark one with the dark', () => {
    expect(failures(TYPES.flatMap((type) => [
      { what: `${type} light underline on white`, fg: colour(ENTITY_PALETTE.light[type].line), bg: white, min: NON_TEXT },
      { what: `${type} dark underline on a dark page`, fg: colour(ENTITY_PALETTE.dark[type].line), bg: darkPage, min: NON_TEXT },
    ]))).toEqual([]);
  });
});

describe('the "Mode baca" button', () => {
  const source = readFileSync(join(process.cwd(), 'extension/reader/mount-reader-button.ts'), 'utf8');
  const rule = (selector: string) => new RegExp(`${selector.replace(/[.:]/g, '\\$&')} \\{([^}]*)\\}`).exec(source)?.[1] ?? '';
  const button = rule('\nbutton');
  const focus = rule('button:focus-visible');
  const hex = (declarations: string, property: string) => colour(new RegExp(`${property}:[^;#]*(#[0-9a-f]{3,8})`, 'i').exec(declarations)![1]!);

  it('has a dark focus ring between white bands: 3:1 on a white page, and on a dark one against its halo', () => {
    const ring = hex(focus, 'outline');
    const face = hex(button, 'background');
    // The white bands fill the ring's 2px offset and lie 2px beyond it, so the ring's neighbours are white whatever
    // the page is; the inner band sets the button's edge off from its face.
    expect(focus).toMatch(/outline-offset: 2px/);
    expect(focus).toMatch(/box-shadow: 0 0 0 2px #ffffff, 0 0 0 7px #ffffff/);
    expect(contrastRatio(ring, colour('#ffffff'))).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrastRatio(colour('#ffffff'), face)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrastRatio(hex(button, 'color'), face)).toBeGreaterThanOrEqual(TEXT);
  });
});
