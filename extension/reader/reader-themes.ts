/**
 * The reader's colour themes, as data: the stylesheet is written from them and the contrast test reads them. Every
 * text colour meets WCAG AA (4.5:1) against its background, body text AAA (7:1); rules and focus rings 3:1.
 */
export type ThemeName = 'light' | 'sepia' | 'dark';

export interface ThemeColours {
  /** Page background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text: byline, captions, legends. */
  muted: string;
  link: string;
  /** Rules and control borders. */
  rule: string;
  /** The toolbar's background. */
  bar: string;
  /** Focus rings. */
  focus: string;
  /** Behind the sentence being read aloud ("Dengarkan"), underlined in the focus colour. */
  speech: string;
}

export const READER_THEME_COLOURS: Record<ThemeName, ThemeColours> = {
  light: { bg: '#ffffff', fg: '#1b1b1b', muted: '#555555', link: '#0b57a4', rule: '#8a8a8a', bar: '#f5f5f5', focus: '#0b57a4', speech: '#fff0b3' },
  sepia: { bg: '#f4ecd8', fg: '#3a2e1f', muted: '#5e4a31', link: '#7a3b00', rule: '#857250', bar: '#ece1c6', focus: '#7a3b00', speech: '#e9d59c' },
  dark: { bg: '#15171a', fg: '#e4e4e4', muted: '#b3b3b3', link: '#9cc5f5', rule: '#7a7f87', bar: '#1f2226', focus: '#9cc5f5', speech: '#3a3318' },
};

/** A theme's colours as the custom properties the stylesheet uses. */
export function themeProperties(theme: ThemeName): string {
  const c = READER_THEME_COLOURS[theme];
  return `--bg: ${c.bg}; --fg: ${c.fg}; --muted: ${c.muted}; --link: ${c.link}; --rule: ${c.rule}; --bar: ${c.bar}; --focus: ${c.focus}; --speech: ${c.speech};`;
}
