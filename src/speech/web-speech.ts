/**
 * The browser's speech synthesis (`speechSynthesis`) as the narrator and the voice menu use it. Taken from the
 * extension's own global scope: in a content script that is the isolated world's view of the window (Chrome) or an
 * Xray view of it (Firefox), so a page that replaced `speechSynthesis.speak` or the utterance constructor with its
 * own, to listen in, is not what gets called.
 */
import type { SpeechEngine } from './narrator.ts';
import type { VoiceInfo } from './voices.ts';

/**
 * A voice as the browser listed it, its fields read once. In a Firefox content script every property of a page object
 * is read through a security wrapper: sorting 13,000 voices (Linux with espeak-ng) by their live properties took a
 * third of a second, by these copies a few milliseconds.
 */
export interface SpeechVoice extends VoiceInfo {
  /** The browser's own voice object, for the utterance. */
  native: SpeechSynthesisVoice;
}

/** The fields of `voice` read once. */
export const speechVoice = (native: SpeechSynthesisVoice): SpeechVoice => ({
  name: native.name,
  lang: native.lang,
  voiceURI: native.voiceURI,
  default: native.default,
  localService: native.localService,
  native,
});

export interface SpeechOutput extends SpeechEngine {
  /** The voices known so far; empty until the browser has loaded them (Chrome loads them asynchronously). */
  getVoices(): readonly SpeechVoice[];
  /** Calls `listener` whenever the list of voices changes; returns the unsubscribe. */
  onVoicesChanged(listener: () => void): () => void;
  utterance(text: string): SpeechSynthesisUtterance;
}

interface SpeechScope {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/** The scope's speech synthesis, or null where there is none (an old browser, a build without it). */
export function webSpeech(scope: SpeechScope = globalThis as SpeechScope): SpeechOutput | null {
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return null;
  return {
    speak: (utterance) => synth.speak(utterance),
    cancel: () => synth.cancel(),
    resume: () => synth.resume(),
    getVoices: () => Array.from(synth.getVoices(), speechVoice),
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
    utterance: (text) => new Utterance(text),
  };
}
