/**
 * How the reader sets its text, as the user chose it. Stored by the extension and read back from storage written
 * by older versions or other code, so `parseReaderSettings` parses, never trusts: anything malformed falls back to
 * its default, field by field.
 */
import { isRecord } from '../validation/is-record.ts';

/** `system` follows the operating system's light or dark preference. */
export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark';
export type ReaderFont = 'serif' | 'sans';
export type ReaderLineWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderSettings {
  theme: ReaderTheme;
  /** Body text size in CSS pixels; always one of `FONT_SIZE_STEPS`. */
  fontSize: number;
  lineWidth: ReaderLineWidth;
  font: ReaderFont;
  /** Open every article in the reader as soon as the page is readable. */
  autoOpen: boolean;
}

export const READER_THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_LINE_WIDTHS: readonly ReaderLineWidth[] = ['narrow', 'medium', 'wide'];
/** Steps of the size buttons, in px: roughly 10% apart, so each step is visible but none is a jump. */
export const FONT_SIZE_STEPS: readonly number[] = [15, 17, 19, 21, 23, 26, 29];

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontSize: 19,
  lineWidth: 'medium',
  font: 'serif',
  autoOpen: false,
};


function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The step nearest to `value`; the default for anything that is not a finite number. */
function fontSizeStep(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_READER_SETTINGS.fontSize;
  return FONT_SIZE_STEPS.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}

export function parseReaderSettings(value: unknown): ReaderSettings {
  const stored = isRecord(value) ? value : {};
  return {
    theme: oneOf(stored.theme, READER_THEMES, DEFAULT_READER_SETTINGS.theme),
    fontSize: fontSizeStep(stored.fontSize),
    lineWidth: oneOf(stored.lineWidth, READER_LINE_WIDTHS, DEFAULT_READER_SETTINGS.lineWidth),
    font: oneOf(stored.font, READER_FONTS, DEFAULT_READER_SETTINGS.font),
    autoOpen: typeof stored.autoOpen === 'boolean' ? stored.autoOpen : DEFAULT_READER_SETTINGS.autoOpen,
  };
}

/** The next size step up (`+1`) or down (`-1`); stays at the ends. */
export function stepFontSize(fontSize: number, direction: 1 | -1): number {
  const index = FONT_SIZE_STEPS.indexOf(fontSizeStep(fontSize));
  const next = Math.min(FONT_SIZE_STEPS.length - 1, Math.max(0, index + direction));
  return FONT_SIZE_STEPS[next]!;
}
