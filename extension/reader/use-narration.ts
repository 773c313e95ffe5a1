/**
 * The reading of "Dengarkan" as the bar drives it: the browser's voices, and the narrator over the article's script
 * with the mark of the sentence being read, kept in step with the page (a new size, a click on a paragraph, the page
 * put away).
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { selectedRange } from '../../src/dom-text/selected-range.ts';
import { Narrator, type NarrationState, type Voicing } from '../../src/speech/narrator.ts';
import { SentenceMark } from '../../src/speech/sentence-mark.ts';
import { speechScript, type SpeechScript } from '../../src/speech/speech-script.ts';
import type { SpeechOutput, SpeechVoice } from '../../src/speech/web-speech.ts';
import { isUserGesture } from '../shared/shadow-host.ts';

/**
 * How long the bar waits for the browser's voices before saying there are none: Chrome loads them asynchronously, and
 * a system without any never fires `voiceschanged`.
 */
const VOICE_WAIT_MS = 3000;

/**
 * How long reading goes on in a tab nobody looks at. Listening while working in another tab is what the bar is for, and
 * an article is read in well under this; a tab left behind for longer has been forgotten (and a phone's browser would
 * have suspended it), so reading pauses there and waits.
 */
const HIDDEN_PAUSE_MS = 15 * 60_000;

/** What a click on these does is theirs (follow a link, open a note or an entity card), not a jump. */
const OWN_CLICK_SELECTOR = 'a, button, input, select, textarea, summary, label, kompas-entity, teman-baca-highlight';

/** The browser's voices; null while they are still loading. */
export function useVoices(speech: SpeechOutput): readonly SpeechVoice[] | null {
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

export interface NarrationOptions {
  speech: SpeechOutput;
  /** The article's element: a click on a paragraph in it jumps there while reading. */
  article: RefObject<HTMLElement | null>;
  /** The parts read, in order (title, the lead picture's caption, the body), asked for when the script is made. */
  parts: () => Element[];
  /** The layer over the article where the sentence being read is marked. */
  markLayer: RefObject<HTMLElement | null>;
  voicing: Voicing;
  /** Whether the voices are known: reading starts by itself then, once, if there is a voice. */
  voicesKnown: boolean;
  /** Whether captions are read. */
  captions: boolean;
}

export interface Narration {
  state: NarrationState;
  /** How many paragraphs the script has. */
  paragraphs: number;
  play(): void;
  pause(): void;
  stop(): void;
  next(): void;
  previous(): void;
}

export function useNarration({ speech, article, parts, markLayer, voicing, voicesKnown, captions }: NarrationOptions): Narration {
  const [state, setState] = useState<NarrationState>({ status: 'stopped', paragraph: 0, sentence: 0, error: null });
  const script = useRef<SpeechScript | null>(null);
  const narrator = useRef<Narrator | null>(null);
  const mark = useRef<SentenceMark | null>(null);
  /** Reading starts by itself once, when the voices are known: opening the bar is asking to listen. */
  const startPending = useRef(true);
  const live = useRef(state);
  live.current = state;

  useEffect(() => {
    script.current = speechScript(parts(), { captions });
    narrator.current = new Narrator(script.current.paragraphs, voicing, {
      engine: speech,
      utterance: (text) => speech.utterance(text),
      onChange: setState,
    });
    if (markLayer.current) mark.current = new SentenceMark(markLayer.current);
    return () => {
      narrator.current?.destroy();
      mark.current?.show(null, false);
    };
  }, []);

  useEffect(() => {
    if (!voicesKnown) return;
    narrator.current?.setVoicing(voicing);
    if (startPending.current && voicing.voice) {
      startPending.current = false;
      narrator.current?.play();
    }
  }, [voicesKnown, voicing.voice, voicing.rate]);

  // The captions setting changes what is read: the new script goes on from the paragraph being read.
  const captionsSeen = useRef(captions);
  useEffect(() => {
    if (captionsSeen.current === captions || !script.current || !narrator.current) return;
    captionsSeen.current = captions;
    const at = script.current.rangeOf(live.current.paragraph, 0)?.startContainer;
    script.current = speechScript(parts(), { captions });
    narrator.current.setScript(script.current.paragraphs, at ? script.current.paragraphAt(at) ?? 0 : 0);
  }, [captions]);

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

  // A page put away (navigated from, frozen in the background) stops reading where the browser would anyway, and so
  // does a tab left hidden for long; the position is kept for when the reader comes back.
  useEffect(() => {
    const doc = article.current?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    // The page's own script could fire these at will; only the browser's count.
    const pause = (event: Event): void => {
      if (event.isTrusted) narrator.current?.pause();
    };
    const onVisibility = (event: Event): void => {
      if (!event.isTrusted) return;
      clearTimeout(hiddenTimer);
      if (doc.visibilityState === 'hidden') hiddenTimer = setTimeout(() => narrator.current?.pause(), HIDDEN_PAUSE_MS);
    };
    view.addEventListener('pagehide', pause);
    doc.addEventListener('freeze', pause);
    doc.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(hiddenTimer);
      view.removeEventListener('pagehide', pause);
      doc.removeEventListener('freeze', pause);
      doc.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return {
    state,
    paragraphs: script.current?.paragraphs.length ?? 0,
    play: () => narrator.current?.play(),
    pause: () => narrator.current?.pause(),
    stop: () => narrator.current?.stop(),
    next: () => narrator.current?.next(),
    previous: () => narrator.current?.previous(),
  };
}
