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
  /**
   * Body text size in percent of the font size the user chose in the browser (100 is that size, 16 px unless
   * changed), so a reader who set a larger default gets larger text at every step; always one of `TEXT_SIZE_STEPS`.
   */
  textSize: number;
  lineWidth: ReaderLineWidth;
  font: ReaderFont;
  /** Open every article in the reader as soon as the page is readable. */
  autoOpen: boolean;
}

export const READER_THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_LINE_WIDTHS: readonly ReaderLineWidth[] = ['narrow', 'medium', 'wide'];
/**
 * Steps of the size buttons, in percent of the user's default size: about 10% apart, so each step is visible but
 * none is a jump, up to two and a half times the default (40 px at a 16 px default) for low-vision readers.
 */
export const TEXT_SIZE_STEPS: readonly number[] = [95, 105, 120, 130, 145, 160, 180, 200, 225, 250];

/**
 * The browser's default font size that sizes in pixels, as versions before `textSize` stored them (`fontSize`, from
 * 15 to 29 px), were chosen against: each old step becomes the percentage nearest to it.
 */
const LEGACY_BASE_PX = 16;

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'system',
  textSize: 120,
  lineWidth: 'medium',
  font: 'serif',
  autoOpen: false,
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The step nearest to `percent`; beyond the ends, the end. */
function nearestStep(percent: number): number {
  return TEXT_SIZE_STEPS.reduce((best, step) => (Math.abs(step - percent) < Math.abs(best - percent) ? step : best));
}

/** The stored size as a step: `textSize`, else an older version's `fontSize` in pixels, else the default. */
function textSizeOf(stored: Record<string, unknown>): number {
  if (isSize(stored.textSize)) return nearestStep(stored.textSize);
  if (isSize(stored.fontSize)) return nearestStep((stored.fontSize / LEGACY_BASE_PX) * 100);
  return DEFAULT_READER_SETTINGS.textSize;
}

export function parseReaderSettings(value: unknown): ReaderSettings {
  const stored = isRecord(value) ? value : {};
  return {
    theme: oneOf(stored.theme, READER_THEMES, DEFAULT_READER_SETTINGS.theme),
    textSize: textSizeOf(stored),
    lineWidth: oneOf(stored.lineWidth, READER_LINE_WIDTHS, DEFAULT_READER_SETTINGS.lineWidth),
    font: oneOf(stored.font, READER_FONTS, DEFAULT_READER_SETTINGS.font),
    autoOpen: typeof stored.autoOpen === 'boolean' ? stored.autoOpen : DEFAULT_READER_SETTINGS.autoOpen,
  };
}

/** The next size step up (`+1`) or down (`-1`); stays at the ends. */
export function stepTextSize(textSize: number, direction: 1 | -1): number {
  const index = TEXT_SIZE_STEPS.indexOf(nearestStep(textSize));
  const next = Math.min(TEXT_SIZE_STEPS.length - 1, Math.max(0, index + direction));
  return TEXT_SIZE_STEPS[next]!;
}
