import { JSDOM } from 'jsdom';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEALTH_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import { FakeSpeechEngine } from '../../src/speech/fake-speech.ts';
import { openReader, type ReaderHandle } from './mount-reader.ts';
import { messageLookup } from './reader-messages.ts';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './reader-settings.ts';
import { trusted, userClick } from '../shared/trusted-event.test-helper.ts';

function articleFrom(fixture = HEALTH_ARTICLE): ReaderArticle {
  const url = articleUrl(fixture);
  const doc = new JSDOM(buildArticlePage(fixture, { promos: true }), { url }).window.document;
  return parseArticleDocument(doc, url)!;
}

const voice = (name: string, lang: string): SpeechSynthesisVoice =>
  ({ name, lang, voiceURI: `uri:${name}`, default: false, localService: true }) as SpeechSynthesisVoice;
const INDONESIAN = voice('Indonesian', 'id-ID');
const ENGLISH = voice('English', 'en-US');

let handle: ReaderHandle | null = null;

/** Opens the reader with a fake speech engine; settings changes are applied back, as the content script does. */
function open(speech: FakeSpeechEngine | null, settings: ReaderSettings = DEFAULT_READER_SETTINGS) {
  const changes: ReaderSettings[] = [];
  const article = articleFrom();
  act(() => {
    handle = openReader(document, {
      article,
      settings,
      onSettingsChange: (next) => {
        changes.push(next);
        handle?.setSettings(next);
      },
      strings: messageLookup('id'),
      speech,
    });
  });
  const shadow = handle!.shadowRoot;
  const find = <E extends Element>(selector: string): E | null => shadow.querySelector<E>(selector);
  const get = <E extends Element>(selector: string): E => {
    const element = find<E>(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  const click = (selector: string) => act(() => userClick(get(selector)));
  const choose = (selector: string, value: string) => act(() => {
    const select = get<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return { shadow, article, changes, find, get, click, choose };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Halaman Kompas</p>';
});

afterEach(() => {
  act(() => handle?.close());
  handle = null;
  vi.useRealTimers();
});

describe('Dengarkan in the reader', () => {
  it('opens the reader without asking for voices, and offers no listening where the browser cannot speak', () => {
    const speech = new FakeSpeechEngine();
    const { find, get } = open(speech);
    expect(get('.toolbar .listen-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(find('.listen')).toBeNull();
    expect(speech.getVoicesCalls).toBe(0);
    act(() => handle?.close());
    expect(open(null).find('.listen-toggle')).toBeNull();
  });

  it('starts reading the title in the article\'s language once the voices arrive, and marks where it is', () => {
    const speech = new FakeSpeechEngine();
    const { article, get, click } = open(speech);
    click('.listen-toggle');
    expect(get('.listen-message').textContent).toBe('Memuat suara…');
    expect(get<HTMLButtonElement>('.listen-play').disabled).toBe(true);
    act(() => speech.announceVoices([ENGLISH, INDONESIAN]));
    expect(speech.speakingText).toBe(article.title);
    expect(speech.spoken[0]).toMatchObject({ voice: INDONESIAN, lang: article.language, rate: 1 });
    expect(get('.listen-play').textContent).toContain('Jeda');
    act(() => speech.end());
    const layer = get<HTMLElement>('.speech-marks');
    expect(layer.dataset).toMatchObject({ position: '1.0', status: 'playing' });
    expect(get('.listen-progress').textContent).toMatch(/^Paragraf 2 dari \d+$/);
  });

  it('pauses and resumes, goes to the next paragraph, and reads on at a new speed', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [INDONESIAN];
    const { get, click, choose, changes } = open(speech);
    click('.listen-toggle');
    act(() => speech.end());
    const second = speech.speakingText;
    click('.listen-play');
    expect(speech.speakingText).toBeNull();
    expect(get('.listen-play').textContent).toContain('Lanjutkan');
    click('.listen-play');
    expect(speech.speakingText).toBe(second);
    click('.listen-next');
    expect(get<HTMLElement>('.speech-marks').dataset.position).toBe('2.0');
    choose('.listen-speed', '1.5');
    expect(changes.at(-1)?.speechRate).toBe(1.5);
    expect(speech.spoken.at(-1)?.rate).toBe(1.5);
    expect(speech.spoken.at(-1)?.text).toBe(speech.spoken.at(-2)?.text);
  });

  it('jumps to a paragraph clicked while reading', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [INDONESIAN];
    const { shadow, click } = open(speech);
    click('.listen-toggle');
    const paragraphs = shadow.querySelectorAll('.content p');
    const target = paragraphs[paragraphs.length - 1]!;
    act(() => userClick(target));
    expect(speech.speakingText && target.textContent?.replace(/\s+/g, ' ')).toContain(speech.speakingText);
  });

  it('does not read an Indonesian story with an English voice unless the reader chooses one, and keeps that choice', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [ENGLISH];
    const { get, click, choose, changes } = open(speech);
    click('.listen-toggle');
    expect(get('.listen-message').textContent).toContain('belum punya suara bahasa Indonesia');
    expect(get('.listen-message').textContent).toContain('Pengaturan › Waktu & bahasa › Ucapan');
    expect(get<HTMLButtonElement>('.listen-play').disabled).toBe(true);
    expect(speech.spoken).toEqual([]);
    choose('.listen-voice', ENGLISH.voiceURI);
    expect(changes.at(-1)?.speechVoices).toEqual({ id: ENGLISH.voiceURI });
    expect(speech.spoken[0]?.voice).toBe(ENGLISH);
  });

  it('reads with a voice that sends the text over the network only once the reader chose it', () => {
    const speech = new FakeSpeechEngine();
    const google = { ...voice('Google Bahasa Indonesia', 'id-ID'), localService: false } as SpeechSynthesisVoice;
    speech.voices = [google, ENGLISH];
    const { get, click, choose, changes } = open(speech);
    click('.listen-toggle');
    expect(get('.listen-message').textContent).toContain('bekerja lewat internet');
    expect(get('.listen-voice option[value="uri:Google Bahasa Indonesia"]').textContent).toBe('Google Bahasa Indonesia — daring');
    expect(speech.spoken).toEqual([]);
    choose('.listen-voice', google.voiceURI);
    expect(changes.at(-1)?.speechVoices).toEqual({ id: google.voiceURI });
    expect(speech.spoken[0]?.voice).toBe(google);
  });

  it('says so when the browser has no voices at all', () => {
    const speech = new FakeSpeechEngine();
    const { get, click } = open(speech);
    click('.listen-toggle');
    act(() => void vi.advanceTimersByTime(3_000));
    expect(get('.listen-message').textContent).toContain('tidak punya suara');
    expect(speech.spoken).toEqual([]);
  });

  it('pauses where it is when the browser puts the page away, not when the page pretends to', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [INDONESIAN];
    const { get, click } = open(speech);
    click('.listen-toggle');
    act(() => speech.end());
    act(() => void window.dispatchEvent(new Event('pagehide')));
    act(() => void document.dispatchEvent(new Event('freeze')));
    expect(get<HTMLElement>('.speech-marks').dataset.status).toBe('playing');
    act(() => void document.dispatchEvent(trusted(new Event('freeze'))));
    expect(get<HTMLElement>('.speech-marks').dataset).toMatchObject({ status: 'paused', position: '1.0' });
    expect(speech.speakingText).toBeNull();
    click('.listen-play');
    act(() => void window.dispatchEvent(trusted(new Event('pagehide'))));
    expect(get<HTMLElement>('.speech-marks').dataset.status).toBe('paused');
  });

  it('pauses in a tab left hidden for a quarter of an hour, and reads on in one hidden for less', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [INDONESIAN];
    const { get, click } = open(speech);
    click('.listen-toggle');
    let visibility: DocumentVisibilityState = 'hidden';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    act(() => void document.dispatchEvent(trusted(new Event('visibilitychange'))));
    act(() => void vi.advanceTimersByTime(14 * 60_000));
    visibility = 'visible';
    act(() => void document.dispatchEvent(trusted(new Event('visibilitychange'))));
    act(() => void vi.advanceTimersByTime(60 * 60_000));
    expect(get<HTMLElement>('.speech-marks').dataset.status).toBe('playing');

    visibility = 'hidden';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    act(() => void vi.advanceTimersByTime(60 * 60_000));
    expect(get<HTMLElement>('.speech-marks').dataset.status).toBe('playing');
    act(() => void document.dispatchEvent(trusted(new Event('visibilitychange'))));
    act(() => void vi.advanceTimersByTime(15 * 60_000));
    expect(get<HTMLElement>('.speech-marks').dataset.status).toBe('paused');
    expect(speech.speakingText).toBeNull();
  });

  it('stops reading when the bar or the reader closes', () => {
    const speech = new FakeSpeechEngine();
    speech.voices = [INDONESIAN];
    const { click, find } = open(speech);
    click('.listen-toggle');
    click('.listen-close');
    expect(find('.listen')).toBeNull();
    expect(speech.speakingText).toBeNull();
    expect(find('.speech-marks')).toBeNull();
    click('.listen-toggle');
    expect(speech.speakingText).not.toBeNull();
    act(() => handle?.close());
    expect(speech.speakingText).toBeNull();
    expect(speech.log.at(-1)).toBe('cancel');
  });
});
