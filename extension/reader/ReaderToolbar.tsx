import type { RefObject } from 'preact';
import { isUserGesture } from '../shared/shadow-host.ts';
import type { ReaderMessageKey, ReaderStrings } from './reader-messages.ts';
import {
  READER_FONTS,
  READER_LINE_WIDTHS,
  READER_THEMES,
  stepTextSize,
  TEXT_SIZE_STEPS,
  type ReaderSettings,
} from './reader-settings.ts';

export interface ReaderToolbarProps {
  settings: ReaderSettings;
  onSettingsChange: (settings: ReaderSettings) => void;
  onClose: () => void;
  /** Prints the article; absent where printing is not possible (tests). */
  onPrint?: () => void;
  /** "Simpan": keeps the article for reading later and offline; absent where saving is not offered. */
  onSave?: () => void;
  /** Whether the article is saved ("Tersimpan"). */
  saved?: boolean;
  strings: ReaderStrings;
  /** "Dengarkan", which opens and closes the listening bar; absent where the browser cannot speak. */
  listen?: ListenToggle;
}

export interface ListenToggle {
  open: boolean;
  onToggle: () => void;
  /** The button, for focus to come back to when the bar closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** "Dengarkan": a toggle (pressed while the bar is open), named in full even where it shows an icon alone. */
function ListenButton({ listen, strings, compact }: { listen: ListenToggle; strings: ReaderStrings; compact: boolean }) {
  return (
    <button
      ref={listen.buttonRef}
      type="button"
      class={compact ? 'listen-toggle icon-button' : 'listen-toggle'}
      aria-pressed={listen.open}
      title={strings('listenOpenHint')}
      onClick={listen.onToggle}
    >
      <span class="listen-icon" aria-hidden="true" />
      {compact ? <span class="visually-hidden">{strings('listenOpen')}</span> : strings('listenOpen')}
    </button>
  );
}

/**
 * A bookmark drawn by CSS (reader-styles.ts) in the button's text colour, filled once saved. Not an `<svg>`: the
 * reader's tree holds no foreign-namespace elements, so any found there came from the page and is refused.
 */
function SaveIcon() {
  return <span class="save-icon" aria-hidden="true" />;
}

const THEME_LABELS: Record<ReaderSettings['theme'], ReaderMessageKey> = {
  system: 'readerThemeSystem', light: 'readerThemeLight', sepia: 'readerThemeSepia', dark: 'readerThemeDark',
};
const WIDTH_LABELS: Record<ReaderSettings['lineWidth'], ReaderMessageKey> = {
  narrow: 'readerLineNarrow', medium: 'readerLineMedium', wide: 'readerLineWide',
};
const FONT_LABELS: Record<ReaderSettings['font'], ReaderMessageKey> = { serif: 'readerFontSerif', sans: 'readerFontSans' };

/**
 * A group of radio buttons: one tab stop, arrow keys move between choices, and screen readers announce the group's
 * legend with each choice. Native inputs give all of that without a line of key handling.
 */
function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  choices: readonly T[];
  value: T;
  label: (choice: T) => string;
  onChange: (choice: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice}>
          <input
            type="radio"
            name={props.name}
            value={choice}
            checked={choice === props.value}
            onChange={() => props.onChange(choice)}
          />
          <span>{props.label(choice)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The typography controls, each change reported at once: in the toolbar on wide screens, in the "Aa" sheet on phones. */
export function ReaderSettingsControls({ settings, onSettingsChange, strings }: Pick<ReaderToolbarProps, 'settings' | 'onSettingsChange' | 'strings'>) {
  const change = (patch: Partial<ReaderSettings>): void => onSettingsChange({ ...settings, ...patch });
  const smallest = settings.textSize <= TEXT_SIZE_STEPS[0]!;
  const largest = settings.textSize >= TEXT_SIZE_STEPS[TEXT_SIZE_STEPS.length - 1]!;
  return (
    <>
      <ChoiceGroup
        name="theme"
        legend={strings('readerTheme')}
        choices={READER_THEMES}
        value={settings.theme}
        label={(theme) => strings(THEME_LABELS[theme])}
        onChange={(theme) => change({ theme })}
      />
      <fieldset>
        <legend>{strings('readerFontSize')}</legend>
        {/* The visible "A−" starts the accessible name (WCAG 2.5.3), so speech users can say what they see. */}
        <button
          type="button"
          class="size-step"
          title={strings('readerFontSmaller')}
          disabled={smallest}
          onClick={() => change({ textSize: stepTextSize(settings.textSize, -1) })}
        >
          A−<span class="visually-hidden"> {strings('readerFontSmaller')}</span>
        </button>
        <output class="size-value" aria-live="polite">{settings.textSize}%</output>
        <button
          type="button"
          class="size-step"
          title={strings('readerFontLarger')}
          disabled={largest}
          onClick={() => change({ textSize: stepTextSize(settings.textSize, 1) })}
        >
          A+<span class="visually-hidden"> {strings('readerFontLarger')}</span>
        </button>
      </fieldset>
      <ChoiceGroup
        name="line-width"
        legend={strings('readerLineWidth')}
        choices={READER_LINE_WIDTHS}
        value={settings.lineWidth}
        label={(width) => strings(WIDTH_LABELS[width])}
        onChange={(lineWidth) => change({ lineWidth })}
      />
      <ChoiceGroup
        name="font"
        legend={strings('readerFont')}
        choices={READER_FONTS}
        value={settings.font}
        label={(font) => strings(FONT_LABELS[font])}
        onChange={(font) => change({ font })}
      />
    </>
  );
}

/** "Simpan", pressed by the user alone: a page script's synthetic click must not save for the reader. */
function SaveButton({ onSave, saved, strings, compact }: { onSave: () => void; saved: boolean; strings: ReaderStrings; compact: boolean }) {
  const label = strings(saved ? 'readerSaved' : 'readerSave');
  return (
    <button
      type="button"
      class={compact ? 'save icon-button' : 'save'}
      aria-pressed={saved}
      title={strings('readerSaveHint')}
      onClick={(event) => isUserGesture(event) && onSave()}
    >
      <SaveIcon />
      {compact ? <span class="visually-hidden">{label}</span> : label}
    </button>
  );
}

/**
 * The typography controls and the close button; every change is reported at once. A labelled group, not an ARIA
 * toolbar: its radio groups already take arrow keys, so a toolbar's own arrow-key navigation would fight them, and
 * each control keeps its own tab stop.
 */
export function ReaderToolbar({ settings, onSettingsChange, onClose, onPrint, onSave, saved = false, strings, listen }: ReaderToolbarProps) {
  return (
    <div class="toolbar" role="group" aria-label={strings('readerSettings')}>
      <button type="button" class="close" onClick={onClose} title={strings('readerCloseHint')}>
        {strings('readerClose')}
      </button>
      <ReaderSettingsControls settings={settings} onSettingsChange={onSettingsChange} strings={strings} />
      <span class="spacer" />
      {listen && <ListenButton listen={listen} strings={strings} compact={false} />}
      {onSave && <SaveButton onSave={onSave} saved={saved} strings={strings} compact={false} />}
      {onPrint && (
        <button type="button" onClick={onPrint}>
          {strings('readerPrint')}
        </button>
      )}
    </div>
  );
}

export interface CompactReaderBarProps extends Pick<ReaderToolbarProps, 'onClose' | 'onSave' | 'saved' | 'strings' | 'listen'> {
  /** Opens the "Aa" sheet with the typography controls. */
  onOpenSettings: () => void;
  /** The button that opens the side panel's sheet (the entity list), with its count; absent without a panel. */
  panel?: { label: string; count: number | null; onOpen: () => void };
}

/**
 * The reader's one bar on a phone: "Tutup", "Aa" for the typography sheet, the panel's button with its count, and
 * "Dengarkan" and "Simpan" as icons, each named for screen readers by text that is only hidden from sight ("Cetak",
 * rare on a phone, is in the "Aa" sheet: six buttons a finger can hit do not fit across 360 px). It stays at the top
 * while the article scrolls, so closing is always in reach (a phone has no Escape key, and its back button would
 * leave the page).
 */
export function CompactReaderBar({ onClose, onSave, saved = false, strings, onOpenSettings, panel, listen }: CompactReaderBarProps) {
  return (
    <div class="toolbar compact" role="group" aria-label={strings('readerActions')}>
      <button type="button" class="close" onClick={onClose} title={strings('readerCloseHint')}>
        {strings('readerClose')}
      </button>
      {/* "Aa" is what a speech user sees and says; the rest of the name says what it opens (WCAG 2.5.3). */}
      <button type="button" class="open-settings" aria-haspopup="dialog" title={strings('readerSettings')} onClick={onOpenSettings}>
        Aa<span class="visually-hidden"> {strings('readerSettings')}</span>
      </button>
      {panel && (
        <button type="button" class="open-panel" aria-haspopup="dialog" onClick={panel.onOpen}>
          {panel.label}
          {panel.count !== null && <span class="panel-count">{panel.count}</span>}
        </button>
      )}
      <span class="spacer" />
      {listen && <ListenButton listen={listen} strings={strings} compact />}
      {onSave && <SaveButton onSave={onSave} saved={saved} strings={strings} compact />}
    </div>
  );
}
