import { describe, expect, it } from 'vitest';
import { chooseVoice, groupVoices, primaryLanguage, type VoiceInfo } from './voices.ts';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo =>
  ({ name, lang, voiceURI: `uri:${name}`, default: false, localService: true, ...extra });

const VOICES = [
  voice('English (America)', 'en-US', { default: true }),
  voice('Indonesian+Robosoft', 'id'),
  voice('Google Bahasa Indonesia', 'id-ID', { localService: false }),
  voice('Indonesian', 'id'),
  voice('Android Indonesia', 'in_ID'),
  voice('Deutsch', 'de-DE'),
];

describe('primaryLanguage', () => {
  it.each([['id-ID', 'id'], ['in_ID', 'id'], ['ind', 'id'], ['EN-gb', 'en'], ['', '']])('%j is %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});

describe('groupVoices', () => {
  it('lists the article language\'s voices first, plain voices before their variants and local before network', () => {
    const { matching, others } = groupVoices(VOICES, 'id');
    expect(matching.map((v) => v.name)).toEqual(['Indonesian', 'Android Indonesia', 'Indonesian+Robosoft', 'Google Bahasa Indonesia']);
    expect(others.map((v) => v.name)).toEqual(['Deutsch', 'English (America)']);
  });

  it('for an English article, the English voices', () => {
    expect(groupVoices(VOICES, 'en-GB').matching.map((v) => v.name)).toEqual(['English (America)']);
  });
});

describe('chooseVoice', () => {
  it('takes the best voice in the article\'s language, not the system default of another language', () => {
    expect(chooseVoice(VOICES, 'id', undefined)).toEqual({ kind: 'matching', voice: VOICES[3] });
  });

  it('keeps the reader\'s choice, even of another language, while the browser has that voice', () => {
    expect(chooseVoice(VOICES, 'id', 'uri:Deutsch')).toEqual({ kind: 'chosen', voice: VOICES[5] });
    expect(chooseVoice(VOICES, 'id', 'uri:gone')).toEqual({ kind: 'matching', voice: VOICES[3] });
  });

  it('takes none where the browser has no voice in the article\'s language', () => {
    expect(chooseVoice(VOICES.filter((v) => !v.lang.startsWith('id') && !v.lang.startsWith('in')), 'id', undefined)).toEqual({ kind: 'none' });
    expect(chooseVoice([], 'id', undefined)).toEqual({ kind: 'none' });
  });
});
