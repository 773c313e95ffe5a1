/**
 * An instrumented speech synthesis for tests: it says nothing, has the voices a test gives it, records every utterance it is given and every cancel, and
 * lets the test end or fail the utterance being spoken, as a real engine would when the sentence is over.
 */
import { speechVoice, type SpeechOutput, type SpeechVoice } from './web-speech.ts';

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

export class FakeSpeechEngine implements SpeechOutput {
  /** What `getVoices` answers; change it and call `announceVoices` as a browser that loaded its voices would. */
  voices: SpeechSynthesisVoice[] = [];
  private readonly voiceListeners = new Set<() => void>();
  getVoicesCalls = 0;

  /** Everything in order: `speak:<text>@<rate>`, `cancel`, `resume`. */
  readonly log: string[] = [];
  readonly spoken: FakeUtterance[] = [];
  private current: FakeUtterance | null = null;

  speak(utterance: SpeechSynthesisUtterance): void {
    const fake = utterance as unknown as FakeUtterance;
    this.log.push(`speak:${fake.text}@${fake.rate}`);
    this.spoken.push(fake);
    this.current = fake;
  }

  /** As engines do, the utterance being spoken gets an "interrupted" error, here at once. */
  cancel(): void {
    this.log.push('cancel');
    const current = this.current;
    this.current = null;
    current?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }

  resume(): void {
    this.log.push('resume');
  }

  /** The utterance being spoken ends, as when the voice has said it all. */
  end(): void {
    const current = this.current;
    if (!current) throw new Error('nothing is being spoken');
    this.current = null;
    current.dispatchEvent(new Event('end'));
  }

  /** The utterance being spoken fails with `error` (`interrupted` when someone else cancelled all speech). */
  fail(error: string): void {
    const current = this.current;
    if (!current) throw new Error('nothing is being spoken');
    this.current = null;
    current.dispatchEvent(Object.assign(new Event('error'), { error }));
  }

  getVoices(): readonly SpeechVoice[] {
    this.getVoicesCalls += 1;
    return this.voices.map(speechVoice);
  }

  onVoicesChanged(listener: () => void): () => void {
    this.voiceListeners.add(listener);
    return () => this.voiceListeners.delete(listener);
  }

  announceVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    for (const listener of this.voiceListeners) listener();
  }

  get speakingText(): string | null {
    return this.current?.text ?? null;
  }

  utterance = (text: string): SpeechSynthesisUtterance => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance;
}
