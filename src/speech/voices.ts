/**
 * Which of the browser's voices reads an article. Voices in the article's language come first; one the reader chose
 * is kept for that language; and where the browser has none in the language, no voice is taken without asking: an
 * Indonesian story read by an English voice is gibberish, so the reader is told instead and may choose one. Nor is a
 * voice that works over the network (`localService` false, such as Chrome's "Google" voices) taken without asking:
 * it sends the article's text, and so what the reader reads, to its provider.
 */

/** The part of `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

/**
 * Language codes as voices give them, to the one an article's `lang` uses: Android long reported Indonesian as "in"
 * and some systems use three-letter codes or underscores ("in_ID", "ind").
 */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { in: 'id', ind: 'id', eng: 'en', may: 'ms', msa: 'ms', jav: 'jv' };

/** The primary language of a language tag, lower case ("id-ID" → "id", "in_ID" → "id"); "" when there is none. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_ALIASES[primary] ?? primary;
}

/**
 * Whether a voice speaks on the device. The browser's `localService` says so, except that Firefox marks every voice
 * it gets from speech-dispatcher (Linux) as not local, though speech-dispatcher is a service of the machine itself.
 */
export function worksOnDevice(voice: VoiceInfo): boolean {
  return voice.localService || voice.voiceURI.startsWith('urn:moz-tts:speechd:');
}

/** The voices for `language`, and one voice for each other language and region the browser has. */
export interface VoiceGroups<V extends VoiceInfo> {
  matching: V[];
  others: V[];
}

/**
 * Within a language: the system's default voice, then voices that need no network, then the plain voice before its
 * variants (speech-dispatcher names them "Indonesian+Alex" after "Indonesian"), keeping the browser's order
 * otherwise.
 *
 * Other languages get their best voice each, sorted by language tag: a Linux system with speech-dispatcher and
 * espeak-ng lists some 13,000 voices (a hundred variants of each of a hundred languages), and a menu of them all took
 * a quarter of a second to sort and draw, for choices nobody scrolls through.
 */
export function groupVoices<V extends VoiceInfo>(voices: readonly V[], language: string): VoiceGroups<V> {
  const wanted = primaryLanguage(language);
  const ranked = voices
    .map((voice, index) => ({ voice, index }))
    .sort((a, b) =>
      Number(b.voice.default) - Number(a.voice.default) ||
      Number(worksOnDevice(b.voice)) - Number(worksOnDevice(a.voice)) ||
      a.voice.name.length - b.voice.name.length ||
      a.index - b.index)
    .map(({ voice }) => voice);
  const matching: V[] = [];
  const bestOfTag = new Map<string, V>();
  for (const voice of ranked) {
    if (primaryLanguage(voice.lang) === wanted) matching.push(voice);
    else {
      const tag = voice.lang.toLowerCase().replace(/_/g, '-');
      if (!bestOfTag.has(tag)) bestOfTag.set(tag, voice);
    }
  }
  const others = [...bestOfTag].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, voice]) => voice);
  return { matching, others };
}

export type VoiceChoice<V extends VoiceInfo> =
  /** The reader's own choice for this language (which may be a voice of another language they picked knowingly). */
  | { kind: 'chosen'; voice: V }
  /** The best voice in the article's language that works on the device. */
  | { kind: 'matching'; voice: V }
  /** The article's language has only voices that work over the network, and the reader chose none: nothing is read. */
  | { kind: 'online-only' }
  /** The browser has no voice in the article's language and the reader chose none: nothing is read. */
  | { kind: 'none' };

/** The voice for an article in `language`, given the reader's stored choice for it (a `voiceURI`), if any. */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], language: string, chosenUri: string | undefined): VoiceChoice<V> {
  const chosen = chosenUri === undefined ? undefined : voices.find((voice) => voice.voiceURI === chosenUri);
  if (chosen) return { kind: 'chosen', voice: chosen };
  const { matching } = groupVoices(voices, language);
  const best = matching.find(worksOnDevice);
  if (best) return { kind: 'matching', voice: best };
  return matching.length > 0 ? { kind: 'online-only' } : { kind: 'none' };
}
