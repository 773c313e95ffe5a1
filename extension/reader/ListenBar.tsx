import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chooseVoice, groupVoices, primaryLanguage, worksOnDevice } from '../../src/speech/voices.ts';
import type { SpeechVoice } from '../../src/speech/web-speech.ts';
import type { ReaderStrings } from './reader-messages.ts';
import { SPEECH_RATES, type ReaderSettings } from './reader-settings.ts';
import { ReaderSheet } from './ReaderSheet.tsx';
import { useNarration, useVoices, type NarrationOptions } from './use-narration.ts';

export interface ListenBarProps extends Pick<NarrationOptions, 'speech' | 'article' | 'parts' | 'markLayer'> {
  /** The article's language (`lang`), which picks the voices. */
  language: string;
  settings: ReaderSettings;
  onSettingsChange: (settings: ReaderSettings) => void;
  strings: ReaderStrings;
  /** Closes the bar (reading stops). */
  onClose: () => void;
  /** The phone layout: speed, voice and captions go into a sheet of their own, the bar keeps the transport. */
  compact: boolean;
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Dengarkan": the article read aloud by the browser's speech synthesis, with the sentence being read marked and kept
 * in view. It starts reading as it opens, once the voices are known; it never reads with a voice of another language
 * than the article's unless the reader picks one. Every control is a native button or menu in the tab order; no key
 * is taken over, so the space bar still scrolls the article when focus is not on a control.
 */
export function ListenBar({ speech, article, parts, markLayer, language, settings, onSettingsChange, strings, onClose, compact }: ListenBarProps) {
  const [optionsOpen, setOptionsOpen] = useState(false);
  useEffect(() => {
    if (!compact) setOptionsOpen(false);
  }, [compact]);
  const uiLanguage = strings('listenUiLanguage');
  const articleLanguage = primaryLanguage(language) || 'id';
  const voices = useVoices(speech);
  const groups = useMemo(() => groupVoices(voices ?? [], articleLanguage), [voices, articleLanguage]);
  const choice = useMemo(
    () => chooseVoice(voices ?? [], articleLanguage, settings.speechVoices[articleLanguage]),
    [voices, articleLanguage, settings.speechVoices],
  );
  const voice = choice.kind === 'chosen' || choice.kind === 'matching' ? choice.voice : null;
  // A voice of another language chosen earlier stays in the menu, though not its language's best.
  const otherVoices = voice && !groups.matching.includes(voice) && !groups.others.includes(voice) ? [voice, ...groups.others] : groups.others;

  const playButton = useRef<HTMLButtonElement>(null);
  useEffect(() => playButton.current?.focus(), []);
  const narration = useNarration({
    speech,
    article,
    parts,
    markLayer,
    voicing: { voice: voice?.native ?? null, rate: settings.speechRate, lang: language },
    voicesKnown: voices !== null,
    captions: settings.speechCaptions,
  });
  const { state } = narration;

  const { paragraphs } = narration;
  const playing = state.status === 'playing';
  const canPlay = voice !== null && paragraphs > 0;
  const name = languageName(articleLanguage, uiLanguage);
  const rate = new Intl.NumberFormat(uiLanguage);

  let message = '';
  if (voices === null) message = strings('listenLoadingVoices');
  else if (voices.length === 0) message = `${strings('listenNoVoices')} ${fill(strings('listenAddVoice'), { language: name })}`;
  else if (choice.kind === 'none') message = `${fill(strings('listenNoVoice'), { language: name })} ${fill(strings('listenAddVoice'), { language: name })}`;
  else if (choice.kind === 'online-only') message = fill(strings('listenOnlineOnly'), { language: name });
  else if (state.error) message = fill(strings('listenError'), { error: state.error });

  const voiceLabel = (option: SpeechVoice): string => (worksOnDevice(option) ? option.name : `${option.name} — ${strings('listenOnline')}`);

  const chooseVoiceUri = (uri: string): void => {
    if (uri === '') return;
    onSettingsChange({ ...settings, speechVoices: { ...settings.speechVoices, [articleLanguage]: uri } });
  };

  // Named in full, showing its first word ("Tutup"), as the bar's room asks; on a phone it ends the transport's row.
  const [closeWord = '', ...closeRest] = strings('listenClose').split(' ');
  const closeButton = (
    <button type="button" class="listen-close" onClick={onClose}>
      {closeWord}<span class="visually-hidden"> {closeRest.join(' ')}</span>
    </button>
  );
  const options = (
    <>
      <label class="listen-option">
        <span>{strings('listenSpeed')}</span>
        <select
          class="listen-speed"
          value={String(settings.speechRate)}
          onChange={(event) => onSettingsChange({ ...settings, speechRate: Number((event.currentTarget as HTMLSelectElement).value) })}
        >
          {SPEECH_RATES.map((step) => <option key={step} value={String(step)}>{rate.format(step)}×</option>)}
        </select>
      </label>
      <label class="listen-option">
        <span>{strings('listenVoice')}</span>
        <select
          class="listen-voice"
          value={voice?.voiceURI ?? ''}
          disabled={voices === null || voices.length === 0}
          onChange={(event) => chooseVoiceUri((event.currentTarget as HTMLSelectElement).value)}
        >
          {!voice && <option value="" disabled>{strings('listenNoVoiceChoice')}</option>}
          {groups.matching.length > 0 && (
            <optgroup label={`${strings('listenVoicesOfArticle')} (${name})`}>
              {groups.matching.map((option) => <option key={option.voiceURI} value={option.voiceURI}>{voiceLabel(option)}</option>)}
            </optgroup>
          )}
          {otherVoices.length > 0 && (
            <optgroup label={strings('listenVoicesOther')}>
              {otherVoices.map((option) => <option key={option.voiceURI} value={option.voiceURI}>{voiceLabel(option)} ({option.lang})</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <label class="listen-check">
        <input
          type="checkbox"
          checked={settings.speechCaptions}
          onChange={(event) => onSettingsChange({ ...settings, speechCaptions: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span>{strings('listenCaptions')}</span>
      </label>
    </>
  );

  return (
    <section class="listen" aria-label={strings('listenRegion')}>
      <div class="listen-transport">
        <button type="button" class="listen-previous" title={strings('listenPrevious')} disabled={paragraphs === 0} onClick={() => narration.previous()}>
          <span class="icon icon-previous" aria-hidden="true" />
          <span class="visually-hidden">{strings('listenPrevious')}</span>
        </button>
        <button
          ref={playButton}
          type="button"
          class="listen-play"
          disabled={!canPlay}
          onClick={() => (playing ? narration.pause() : narration.play())}
        >
          <span class={playing ? 'icon icon-pause' : 'icon icon-play'} aria-hidden="true" />
          {strings(playing ? 'listenPause' : state.status === 'paused' ? 'listenResume' : 'listenPlay')}
        </button>
        <button type="button" class="listen-next" title={strings('listenNext')} disabled={paragraphs === 0} onClick={() => narration.next()}>
          <span class="icon icon-next" aria-hidden="true" />
          <span class="visually-hidden">{strings('listenNext')}</span>
        </button>
        <button type="button" class="listen-stop" title={strings('listenStop')} disabled={state.status === 'stopped'} onClick={() => narration.stop()}>
          <span class="icon icon-stop" aria-hidden="true" />
          <span class="visually-hidden">{strings('listenStop')}</span>
        </button>
        {compact && closeButton}
      </div>
      <span class="listen-progress">
        {paragraphs > 0 && fill(strings('listenProgress'), { current: state.paragraph + 1, total: paragraphs })}
      </span>
      {compact ? (
        <>
          <button type="button" class="listen-options-open" aria-haspopup="dialog" onClick={() => setOptionsOpen(true)}>
            {strings('listenOptions')}
          </button>
          <ReaderSheet
            open={optionsOpen}
            onClose={() => setOptionsOpen(false)}
            title={strings('listenOptions')}
            closeLabel={strings('readerSheetClose')}
            kind="listen"
          >
            {options}
          </ReaderSheet>
        </>
      ) : options}
      {!compact && closeButton}
      <p class="listen-message" role="status">{message}</p>
    </section>
  );
}
