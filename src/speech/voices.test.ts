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

  it('offers one voice for each other language and region, the best of them', () => {
    const many = [
      ...Array.from({ length: 120 }, (_, i) => voice(`German+Variant${i}`, 'de')),
      voice('German', 'de'),
      voice('English (America)+Alex', 'en-US'),
      voice('English (Britain)', 'en-GB'),
      voice('English (America)', 'en_US'),
      voice('Indonesian', 'id'),
    ];
    expect(groupVoices(many, 'id').others.map((v) => v.name)).toEqual(['German', 'English (Britain)', 'English (America)']);
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

  it('takes no voice that sends the text over the network unless the reader chose it', () => {
    const online = [voice('Google Bahasa Indonesia', 'id-ID', { localService: false }), VOICES[0]!];
    expect(chooseVoice(online, 'id', undefined)).toEqual({ kind: 'online-only' });
    expect(chooseVoice(online, 'id', 'uri:Google Bahasa Indonesia')).toEqual({ kind: 'chosen', voice: online[0] });
  });

  it('counts the voices Firefox has from speech-dispatcher as on the device, as they are', () => {
    const speechd = voice('Indonesian+Robosoft', 'id', { localService: false, voiceURI: 'urn:moz-tts:speechd:Indonesian+Robosoft?id' });
    expect(chooseVoice([speechd], 'id', undefined)).toEqual({ kind: 'matching', voice: speechd });
  });

  it('takes none where the browser has no voice in the article\'s language', () => {
    expect(chooseVoice(VOICES.filter((v) => !v.lang.startsWith('id') && !v.lang.startsWith('in')), 'id', undefined)).toEqual({ kind: 'none' });
    expect(chooseVoice([], 'id', undefined)).toEqual({ kind: 'none' });
  });
});
