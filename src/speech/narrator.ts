/**
 * Reads a speech script aloud, one utterance per sentence (a long one in pieces), and keeps the position (paragraph
 * and sentence) that the view marks. One sentence at a time rather than the whole article queued at once: the position
 * is always known, a jump or a new speed takes effect at once, and long utterances, which some engines cut off after
 * a few seconds, never happen.
 *
 * Pausing cancels the sentence being read and resuming says it again from its start: `speechSynthesis.pause()` is a
 * no-op or a cancel with many voices (Chrome on Android, network voices), so a real pause cannot be counted on. A
 * sentence the engine ends without being asked (the page cancelled all speech, the browser stopped a hidden tab)
 * leaves the narration paused where it was, never skipping ahead.
 */
import { utterancePieces } from './sentences.ts';
import type { SpokenParagraph } from './speech-script.ts';

/** The part of `speechSynthesis` the narrator uses. */
export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  /** Lifts a pause left on the engine (by the page, for one), which would hold every new utterance back. */
  resume(): void;
}

export type NarrationStatus = 'stopped' | 'playing' | 'paused';

export interface NarrationState {
  status: NarrationStatus;
  paragraph: number;
  sentence: number;
  /** The engine's error code (`synthesis-failed`, `not-allowed`, ...) when the last sentence failed; else null. */
  error: string | null;
}

/** How sentences are said. */
export interface Voicing {
  /** Null: the engine's default voice for `lang`. */
  voice: SpeechSynthesisVoice | null;
  /** 1 is the voice's normal speed. */
  rate: number;
  /** The article's language, for the engine to pick a pronunciation when the voice is null. */
  lang: string;
}

export interface NarratorOptions {
  engine: SpeechEngine;
  /** Makes an utterance of `text` (the window's `SpeechSynthesisUtterance`, in the browser). */
  utterance: (text: string) => SpeechSynthesisUtterance;
  /** Told of every change of state, after it happened. */
  onChange: (state: NarrationState) => void;
}

/** Errors that mean "stopped from outside", not "broken". */
const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

export class Narrator {
  private status: NarrationStatus = 'stopped';
  private paragraph = 0;
  private sentence = 0;
  private error: string | null = null;
  /** Bumped for every utterance and every cancel, so that events of an utterance no longer current are ignored. */
  private turn = 0;
  /** The utterance being spoken, referenced: Chrome stops firing events of one that was garbage-collected. */
  private speaking: SpeechSynthesisUtterance | null = null;

  constructor(
    private paragraphs: readonly SpokenParagraph[],
    private voicing: Voicing,
    private readonly options: NarratorOptions,
  ) {}

  get state(): NarrationState {
    return { status: this.status, paragraph: this.paragraph, sentence: this.sentence, error: this.error };
  }

  /** Starts, or resumes at the start of the sentence that was paused. */
  play(): void {
    if (this.status === 'playing' || this.paragraphs.length === 0) return;
    this.status = 'playing';
    this.error = null;
    this.options.engine.cancel();
    this.options.engine.resume();
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.status = 'paused';
    this.changed();
  }

  /** Stops and goes back to the beginning. */
  stop(): void {
    if (this.speaking) this.silence();
    this.status = 'stopped';
    this.paragraph = 0;
    this.sentence = 0;
    this.changed();
  }

  next(): void {
    if (this.paragraph + 1 >= this.paragraphs.length) {
      if (this.status === 'playing') this.finish();
      return;
    }
    this.jumpTo(this.paragraph + 1);
  }

  previous(): void {
    this.jumpTo(Math.max(0, this.paragraph - 1));
  }

  /** Goes to the start of a paragraph: reading on from there if playing, else waiting there (paused). */
  jumpTo(paragraph: number): void {
    if (paragraph < 0 || paragraph >= this.paragraphs.length) return;
    this.paragraph = paragraph;
    this.sentence = 0;
    if (this.status === 'playing') {
      this.silence();
      this.speakCurrent();
    } else {
      this.status = 'paused';
      this.changed();
    }
  }

  /** A new voice or speed: the sentence being read starts again with it. */
  setVoicing(voicing: Voicing): void {
    this.voicing = voicing;
    if (this.status === 'playing') {
      this.silence();
      this.speakCurrent();
    }
  }

  /**
   * A new script (captions added or left out), with the position moved to `paragraph` of it, whose sentences are
   * read from the first.
   */
  setScript(paragraphs: readonly SpokenParagraph[], paragraph: number): void {
    const playing = this.status === 'playing';
    if (this.speaking) this.silence();
    this.paragraphs = paragraphs;
    this.paragraph = Math.min(Math.max(0, paragraph), Math.max(0, paragraphs.length - 1));
    this.sentence = 0;
    if (playing && paragraphs.length > 0) this.speakCurrent();
    else {
      if (playing) this.status = 'stopped';
      this.changed();
    }
  }

  /** Stops for good (the reader closed); speech of others (the page's) is left alone if we never spoke. */
  destroy(): void {
    if (this.speaking) this.silence();
    this.status = 'stopped';
  }

  /** Says piece `piece` of the current sentence (most sentences are one piece: see `utterancePieces`). */
  private speakCurrent(piece = 0): void {
    const sentence = this.paragraphs[this.paragraph]?.sentences[this.sentence];
    if (!sentence) {
      this.finish();
      return;
    }
    const pieces = utterancePieces(sentence.text);
    const turn = ++this.turn;
    const utterance = this.options.utterance(pieces[piece] ?? sentence.text);
    utterance.lang = this.voicing.lang;
    if (this.voicing.voice) utterance.voice = this.voicing.voice;
    utterance.rate = this.voicing.rate;
    utterance.addEventListener('end', () => {
      if (turn !== this.turn) return;
      if (piece + 1 < pieces.length) this.speakCurrent(piece + 1);
      else this.advance();
    });
    utterance.addEventListener('error', (event) => {
      if (turn === this.turn) this.failed((event as SpeechSynthesisErrorEvent).error ?? 'synthesis-failed');
    });
    this.speaking = utterance;
    // The next piece of a sentence is no news: the position is the sentence's.
    if (piece === 0) this.changed();
    this.options.engine.speak(utterance);
  }

  private advance(): void {
    this.speaking = null;
    const sentences = this.paragraphs[this.paragraph]?.sentences.length ?? 0;
    if (this.sentence + 1 < sentences) this.sentence += 1;
    else if (this.paragraph + 1 < this.paragraphs.length) {
      this.paragraph += 1;
      this.sentence = 0;
    } else {
      this.finish();
      return;
    }
    this.speakCurrent();
  }

  private failed(error: string): void {
    this.speaking = null;
    this.turn += 1;
    this.status = 'paused';
    this.error = INTERRUPTIONS.has(error) ? null : error;
    this.changed();
  }

  private finish(): void {
    if (this.speaking) this.silence();
    this.turn += 1;
    this.status = 'stopped';
    this.paragraph = 0;
    this.sentence = 0;
    this.changed();
  }

  /** Cancels the utterance being spoken, whose end or error events are then ignored. */
  private silence(): void {
    this.turn += 1;
    this.speaking = null;
    this.options.engine.cancel();
  }

  private changed(): void {
    this.options.onChange(this.state);
  }
}
