/**
 * Which of the browser's voices reads an article. Voices in the article's language come first; one the reader chose
 * is kept for that language; and where the browser has none in the language, no voice is taken without asking: an
 * Indonesian story read by an English voice is gibberish, so the reader is told instead and may choose one.
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

/** The voices for `language` first, then the others, each group in the order below. */
export interface VoiceGroups<V extends VoiceInfo> {
  matching: V[];
  others: V[];
}

/**
 * Within a language: the system's default voice, then voices that need no network, then the plain voice before its
 * variants (speech-dispatcher names them "Indonesian+Alex" after "Indonesian"), keeping the browser's order
 * otherwise. Other languages are sorted by language tag, so the menu can be scanned.
 */
export function groupVoices<V extends VoiceInfo>(voices: readonly V[], language: string): VoiceGroups<V> {
  const wanted = primaryLanguage(language);
  const ranked = voices
    .map((voice, index) => ({ voice, index }))
    .sort((a, b) =>
      Number(b.voice.default) - Number(a.voice.default) ||
      Number(b.voice.localService) - Number(a.voice.localService) ||
      a.voice.name.length - b.voice.name.length ||
      a.index - b.index)
    .map(({ voice }) => voice);
  const matching = ranked.filter((voice) => primaryLanguage(voice.lang) === wanted);
  const others = voices
    .filter((voice) => primaryLanguage(voice.lang) !== wanted)
    .sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name));
  return { matching, others };
}

export type VoiceChoice<V extends VoiceInfo> =
  /** The reader's own choice for this language (which may be a voice of another language they picked knowingly). */
  | { kind: 'chosen'; voice: V }
  /** The best voice in the article's language. */
  | { kind: 'matching'; voice: V }
  /** The browser has no voice in the article's language and the reader chose none: nothing is read. */
  | { kind: 'none' };

/** The voice for an article in `language`, given the reader's stored choice for it (a `voiceURI`), if any. */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], language: string, chosenUri: string | undefined): VoiceChoice<V> {
  const chosen = chosenUri === undefined ? undefined : voices.find((voice) => voice.voiceURI === chosenUri);
  if (chosen) return { kind: 'chosen', voice: chosen };
  const best = groupVoices(voices, language).matching[0];
  return best ? { kind: 'matching', voice: best } : { kind: 'none' };
}
