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
  /** "Dengarkan": the speed, 1 being the voice's own; always one of `SPEECH_RATES`. */
  speechRate: number;
  /** "Dengarkan" reads picture captions too. */
  speechCaptions: boolean;
  /** The voice the reader chose for each article language (primary subtag, "id"), by `voiceURI`. */
  speechVoices: Readonly<Record<string, string>>;
}

export const READER_THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
export const READER_FONTS: readonly ReaderFont[] = ['serif', 'sans'];
export const READER_LINE_WIDTHS: readonly ReaderLineWidth[] = ['narrow', 'medium', 'wide'];
/**
 * Steps of the size buttons, in percent of the user's default size: about 10% apart, so each step is visible but
 * none is a jump, up to two and a half times the default (40 px at a 16 px default) for low-vision readers.
 */
export const TEXT_SIZE_STEPS: readonly number[] = [95, 105, 120, 130, 145, 160, 180, 200, 225, 250];

/** Speeds of "Dengarkan", from half to twice the voice's own. */
export const SPEECH_RATES: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/** Bounds on the stored voice choices: a language code, a voice's URI, and how many languages keep one. */
const LANGUAGE_KEY = /^[a-z]{2,3}$/;
const MAX_VOICE_URI_LENGTH = 500;
const MAX_VOICE_CHOICES = 20;

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
  speechRate: 1,
  speechCaptions: false,
  speechVoices: {},
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The step nearest to `percent`; beyond the ends, the end. */
function nearestStep(percent: number): number {
  return TEXT_SIZE_STEPS.reduce((best, step) => (Math.abs(step - percent) < Math.abs(best - percent) ? step : best));
}

function speechRateOf(value: unknown): number {
  return typeof value === 'number' && SPEECH_RATES.includes(value) ? value : DEFAULT_READER_SETTINGS.speechRate;
}

function speechVoicesOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const choices = Object.entries(value)
    .filter((entry): entry is [string, string] =>
      LANGUAGE_KEY.test(entry[0]) && typeof entry[1] === 'string' && entry[1] !== '' && entry[1].length <= MAX_VOICE_URI_LENGTH)
    .slice(0, MAX_VOICE_CHOICES);
  return Object.fromEntries(choices);
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
    speechRate: speechRateOf(stored.speechRate),
    speechCaptions: typeof stored.speechCaptions === 'boolean' ? stored.speechCaptions : DEFAULT_READER_SETTINGS.speechCaptions,
    speechVoices: speechVoicesOf(stored.speechVoices),
  };
}

/** The next size step up (`+1`) or down (`-1`); stays at the ends. */
export function stepTextSize(textSize: number, direction: 1 | -1): number {
  const index = TEXT_SIZE_STEPS.indexOf(nearestStep(textSize));
  const next = Math.min(TEXT_SIZE_STEPS.length - 1, Math.max(0, index + direction));
  return TEXT_SIZE_STEPS[next]!;
}
