import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { selectedRange } from '../../src/dom-text/selected-range.ts';
import { Narrator, type NarrationState, type Voicing } from '../../src/speech/narrator.ts';
import { SentenceMark } from '../../src/speech/sentence-mark.ts';
import { speechScript, type SpeechScript } from '../../src/speech/speech-script.ts';
import { chooseVoice, groupVoices, primaryLanguage, worksOnDevice } from '../../src/speech/voices.ts';
import type { SpeechOutput, SpeechVoice } from '../../src/speech/web-speech.ts';
import { isUserGesture } from '../shared/shadow-host.ts';
import type { ReaderStrings } from './reader-messages.ts';
import { SPEECH_RATES, type ReaderSettings } from './reader-settings.ts';
import { ReaderSheet } from './ReaderSheet.tsx';

/**
 * How long the bar waits for the browser's voices before saying there are none: Chrome loads them asynchronously, and
 * a system without any never fires `voiceschanged`.
 */
const VOICE_WAIT_MS = 3000;

/** What a click on these does is theirs (follow a link, open a note or an entity card), not a jump. */
const OWN_CLICK_SELECTOR = 'a, button, input, select, textarea, summary, label, kompas-entity, teman-baca-highlight';

export interface ListenBarProps {
  speech: SpeechOutput;
  /** The article's element, where a click on a paragraph jumps there while reading. */
  article: RefObject<HTMLElement | null>;
  /** The parts read, in order: title, the lead picture's caption, the body. */
  parts: () => Element[];
  /** The layer over the article where the sentence being read is marked. */
  markLayer: RefObject<HTMLElement | null>;
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

/** The browser's voices; null while they are still loading. */
function useVoices(speech: SpeechOutput): readonly SpeechVoice[] | null {
  const [voices, setVoices] = useState<readonly SpeechVoice[] | null>(null);
  useEffect(() => {
    const read = (): void => {
      const known = speech.getVoices();
      if (known.length > 0) setVoices(known);
    };
    read();
    const unsubscribe = speech.onVoicesChanged(read);
    const timer = setTimeout(() => setVoices((known) => known ?? []), VOICE_WAIT_MS);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [speech]);
  return voices;
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
  const voicing: Voicing = { voice: voice?.native ?? null, rate: settings.speechRate, lang: language };

  const [state, setState] = useState<NarrationState>({ status: 'stopped', paragraph: 0, sentence: 0, error: null });
  const script = useRef<SpeechScript | null>(null);
  const narrator = useRef<Narrator | null>(null);
  const mark = useRef<SentenceMark | null>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  /** Reading starts by itself once, when the voices are known: opening the bar is asking to listen. */
  const startPending = useRef(true);
  const live = useRef(state);
  live.current = state;

  useEffect(() => {
    script.current = speechScript(parts(), { captions: settings.speechCaptions });
    narrator.current = new Narrator(script.current.paragraphs, voicing, {
      engine: speech,
      utterance: (text) => speech.utterance(text),
      onChange: setState,
    });
    if (markLayer.current) mark.current = new SentenceMark(markLayer.current);
    playButton.current?.focus();
    return () => {
      narrator.current?.destroy();
      mark.current?.show(null, false);
    };
  }, []);

  useEffect(() => {
    if (!voices) return;
    narrator.current?.setVoicing(voicing);
    if (startPending.current && voice) {
      startPending.current = false;
      narrator.current?.play();
    }
  }, [voices, voice, settings.speechRate]);

  // The captions setting changes what is read: the new script goes on from the paragraph being read.
  const captionsSeen = useRef(settings.speechCaptions);
  useEffect(() => {
    if (captionsSeen.current === settings.speechCaptions || !script.current || !narrator.current) return;
    captionsSeen.current = settings.speechCaptions;
    const at = script.current.rangeOf(live.current.paragraph, 0)?.startContainer;
    script.current = speechScript(parts(), { captions: settings.speechCaptions });
    narrator.current.setScript(script.current.paragraphs, at ? script.current.paragraphAt(at) ?? 0 : 0);
  }, [settings.speechCaptions]);

  useEffect(() => {
    const range = state.status === 'stopped' ? null : script.current?.rangeOf(state.paragraph, state.sentence) ?? null;
    mark.current?.show(range, state.status === 'playing');
    const layer = markLayer.current;
    if (layer) {
      // Where reading is, for whoever inspects the reader (the end-to-end tests): paragraph.sentence and the status.
      layer.dataset.position = `${state.paragraph}.${state.sentence}`;
      layer.dataset.status = state.status;
    }
  }, [state.status, state.paragraph, state.sentence]);

  // Text that moves (a new size, a narrower window, a picture loaded) moves the mark with it.
  useEffect(() => {
    const element = article.current;
    const View = element?.ownerDocument.defaultView?.ResizeObserver;
    if (!element || !View) return undefined;
    const observer = new View(() => mark.current?.redraw());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A click on a paragraph while reading goes there; clicks on links, marks and controls keep their own meaning, and a
  // click that ends a text selection selects.
  useEffect(() => {
    const element = article.current;
    if (!element) return undefined;
    const onClick = (event: MouseEvent): void => {
      if (!isUserGesture(event) || live.current.status !== 'playing' || event.button !== 0) return;
      const target = event.target as Element | null;
      if (!target || target.closest?.(OWN_CLICK_SELECTOR)) return;
      const root = element.getRootNode();
      if (selectedRange(element.ownerDocument, root instanceof ShadowRoot ? [root] : [])) return;
      const paragraph = script.current?.paragraphAt(target);
      if (paragraph !== null && paragraph !== undefined) narrator.current?.jumpTo(paragraph);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, []);

  // A page being put away (navigated from, frozen in the background) stops reading where the browser would anyway;
  // the position is kept for when the reader comes back.
  useEffect(() => {
    const doc = article.current?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return undefined;
    // The page's own script could fire these at will; only the browser's count.
    const pause = (event: Event): void => {
      if (event.isTrusted) narrator.current?.pause();
    };
    view.addEventListener('pagehide', pause);
    doc.addEventListener('freeze', pause);
    return () => {
      view.removeEventListener('pagehide', pause);
      doc.removeEventListener('freeze', pause);
    };
  }, []);

  const paragraphs = script.current?.paragraphs.length ?? 0;
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

  // On a phone the transport's row ends with it, named in full but showing its first word ("Tutup"), as space asks.
  const [closeWord = '', ...closeRest] = strings('listenClose').split(' ');
  const closeButton = (
    <button type="button" class="listen-close" onClick={onClose}>
      {compact ? <>{closeWord}<span class="visually-hidden"> {closeRest.join(' ')}</span></> : strings('listenClose')}
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
        <button type="button" class="listen-previous" title={strings('listenPrevious')} disabled={paragraphs === 0} onClick={() => narrator.current?.previous()}>
          <span class="icon icon-previous" aria-hidden="true" />
          <span class="visually-hidden">{strings('listenPrevious')}</span>
        </button>
        <button
          ref={playButton}
          type="button"
          class="listen-play"
          disabled={!canPlay}
          onClick={() => (playing ? narrator.current?.pause() : narrator.current?.play())}
        >
          <span class={playing ? 'icon icon-pause' : 'icon icon-play'} aria-hidden="true" />
          {strings(playing ? 'listenPause' : state.status === 'paused' ? 'listenResume' : 'listenPlay')}
        </button>
        <button type="button" class="listen-next" title={strings('listenNext')} disabled={paragraphs === 0} onClick={() => narrator.current?.next()}>
          <span class="icon icon-next" aria-hidden="true" />
          <span class="visually-hidden">{strings('listenNext')}</span>
        </button>
        <button type="button" class="listen-stop" title={strings('listenStop')} disabled={state.status === 'stopped'} onClick={() => narrator.current?.stop()}>
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
