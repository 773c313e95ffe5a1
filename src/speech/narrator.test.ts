import { describe, expect, it } from 'vitest';
import { Narrator, type NarrationState, type Voicing } from './narrator.ts';
import { FakeSpeechEngine } from './fake-speech.ts';
import type { SpokenParagraph } from './speech-script.ts';

/** Paragraphs of sentences given by their text; offsets do not matter to the narrator. */
const script = (...paragraphs: string[][]): SpokenParagraph[] =>
  paragraphs.map((sentences) => ({ part: 0, sentences: sentences.map((text) => ({ text, start: 0, end: text.length })) }));

const ARTICLE = script(['Satu.', 'Dua.'], ['Tiga.'], ['Empat.', 'Lima.']);
const VOICING: Voicing = { voice: null, rate: 1, lang: 'id' };

function narrate(paragraphs = ARTICLE, voicing = VOICING) {
  const engine = new FakeSpeechEngine();
  const states: NarrationState[] = [];
  const narrator = new Narrator(paragraphs, voicing, { engine, utterance: engine.utterance, onChange: (state) => states.push(state) });
  return { engine, narrator, states };
}

describe('Narrator', () => {
  it('reads sentence after sentence across paragraphs to the end, then stops back at the start', () => {
    const { engine, narrator, states } = narrate();
    narrator.play();
    const heard: string[] = [];
    while (engine.speakingText) {
      heard.push(engine.speakingText);
      engine.end();
    }
    expect(heard).toEqual(['Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Lima.']);
    expect(states.map((state) => `${state.status}:${state.paragraph}.${state.sentence}`)).toEqual([
      'playing:0.0', 'playing:0.1', 'playing:1.0', 'playing:2.0', 'playing:2.1', 'stopped:0.0',
    ]);
    expect(engine.spoken.every((utterance) => utterance.lang === 'id' && utterance.rate === 1)).toBe(true);
  });

  it('pauses by cancelling and resumes by saying the paused sentence again', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    engine.end();
    narrator.pause();
    expect(narrator.state).toMatchObject({ status: 'paused', paragraph: 0, sentence: 1, error: null });
    expect(engine.speakingText).toBeNull();
    narrator.play();
    expect(engine.log).toEqual(['cancel', 'resume', 'speak:Satu.@1', 'speak:Dua.@1', 'cancel', 'cancel', 'resume', 'speak:Dua.@1']);
  });

  it('ignores the error an utterance it cancelled reports, so a jump does not skip or stop', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    narrator.next();
    expect(narrator.state).toMatchObject({ status: 'playing', paragraph: 1, sentence: 0 });
    expect(engine.speakingText).toBe('Tiga.');
  });

  it('moves by paragraph: while playing it reads on from there, while paused it waits there', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    engine.end();
    narrator.next();
    narrator.next();
    expect(engine.speakingText).toBe('Empat.');
    narrator.previous();
    expect(engine.speakingText).toBe('Tiga.');
    narrator.pause();
    narrator.previous();
    expect(narrator.state).toMatchObject({ status: 'paused', paragraph: 0, sentence: 0 });
    expect(engine.speakingText).toBeNull();
    narrator.play();
    expect(engine.speakingText).toBe('Satu.');
  });

  it('stops at the last paragraph when asked for the next one while reading it', () => {
    const { engine, narrator } = narrate();
    narrator.jumpTo(2);
    narrator.play();
    narrator.next();
    expect(narrator.state).toMatchObject({ status: 'stopped', paragraph: 0 });
    expect(engine.speakingText).toBeNull();
  });

  it('says the current sentence again at once with a new speed or voice', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    engine.end();
    const voice = { name: 'Indonesian', lang: 'id' } as SpeechSynthesisVoice;
    narrator.setVoicing({ voice, rate: 1.5, lang: 'id' });
    expect(engine.log.slice(-2)).toEqual(['cancel', 'speak:Dua.@1.5']);
    expect(engine.spoken.at(-1)?.voice).toBe(voice);
    engine.end();
    expect(engine.log.at(-1)).toBe('speak:Tiga.@1.5');
  });

  it('a new speed while paused waits for play', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    narrator.pause();
    narrator.setVoicing({ ...VOICING, rate: 0.5 });
    expect(engine.speakingText).toBeNull();
    narrator.play();
    expect(engine.log.at(-1)).toBe('speak:Satu.@0.5');
  });

  it('stays where it was when speech is stopped from outside, and says why when the engine failed', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    engine.end();
    engine.fail('interrupted');
    expect(narrator.state).toEqual({ status: 'paused', paragraph: 0, sentence: 1, error: null });
    narrator.play();
    engine.fail('synthesis-failed');
    expect(narrator.state).toEqual({ status: 'paused', paragraph: 0, sentence: 1, error: 'synthesis-failed' });
    narrator.play();
    expect(narrator.state.error).toBeNull();
    expect(engine.speakingText).toBe('Dua.');
  });

  it('stop cancels and goes back to the start; destroy cancels only speech of its own', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    engine.end();
    narrator.stop();
    expect(narrator.state).toMatchObject({ status: 'stopped', paragraph: 0, sentence: 0 });
    expect(engine.speakingText).toBeNull();

    const idle = narrate();
    idle.narrator.destroy();
    expect(idle.engine.log).toEqual([]);
    const reading = narrate();
    reading.narrator.play();
    reading.narrator.destroy();
    expect(reading.engine.log.at(-1)).toBe('cancel');
    expect(reading.engine.speakingText).toBeNull();
  });

  it('takes a new script at a given paragraph, reading on from its first sentence', () => {
    const { engine, narrator } = narrate();
    narrator.play();
    narrator.setScript(script(['Judul.'], ['Keterangan foto.'], ['Satu.', 'Dua.']), 2);
    expect(narrator.state).toMatchObject({ status: 'playing', paragraph: 2, sentence: 0 });
    expect(engine.speakingText).toBe('Satu.');
  });

  it('says a long sentence in pieces, one after the other, marked as one sentence', () => {
    const long = Array.from({ length: 12 }, (_, i) => `bagian ${i} dari kalimat yang panjang,`).join(' ') + ' selesai.';
    const { engine, narrator, states } = narrate(script([long, 'Pendek.']));
    narrator.play();
    const heard: string[] = [];
    while (engine.speakingText && heard.length < 20) {
      heard.push(engine.speakingText);
      engine.end();
    }
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.slice(0, -1).join(' ')).toBe(long);
    expect(heard.at(-1)).toBe('Pendek.');
    expect(states.map((state) => `${state.status}:${state.paragraph}.${state.sentence}`)).toEqual(['playing:0.0', 'playing:0.1', 'stopped:0.0']);
  });

  it('does nothing on play with nothing to read', () => {
    const { engine, narrator } = narrate([]);
    narrator.play();
    expect(narrator.state.status).toBe('stopped');
    expect(engine.log).toEqual([]);
  });
});
