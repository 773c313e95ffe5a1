import { JSDOM } from 'jsdom';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIPLOMACY_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import { openReader, type ReaderHandle } from './mount-reader.ts';
import { messageLookup } from './reader-messages.ts';
import { DEFAULT_READER_SETTINGS } from './reader-settings.ts';
import { trusted, userClick } from '../shared/trusted-event.test-helper.ts';

/** happy-dom's own handle on the window it emulates: its size, which media queries follow. */
type Emulated = { happyDOM: { setViewport(viewport: { width: number; height: number }): void } };
const setViewport = (width: number, height: number) => (window as unknown as Emulated).happyDOM.setViewport({ width, height });

const url = articleUrl(DIPLOMACY_ARTICLE);
const article = parseArticleDocument(new JSDOM(buildArticlePage(DIPLOMACY_ARTICLE, {}), { url }).window.document, url)!;
let handle: ReaderHandle | null = null;

function open(options: { save?: boolean } = {}) {
  const onClose = vi.fn();
  const onSettingsChange = vi.fn();
  act(() => {
    handle = openReader(document, {
      article, settings: DEFAULT_READER_SETTINGS, onSettingsChange, onClose, strings: messageLookup('id'),
      onSave: options.save ? () => undefined : undefined,
    });
  });
  const shadow = handle!.shadowRoot;
  return { shadow, onClose, onSettingsChange, reader: shadow.querySelector<HTMLElement>('.reader')! };
}

const escape = () => trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
const sheet = (shadow: ShadowRoot, kind: string) => shadow.querySelector<HTMLDialogElement>(`dialog.sheet-${kind}`)!;
/** A button's text as seen, without what only screen readers get. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').trim();
}

beforeEach(() => {
  document.body.innerHTML = '<p>Halaman Kompas</p>';
  setViewport(360, 780);
});

afterEach(() => {
  act(() => handle?.close());
  handle = null;
  setViewport(1024, 768);
});

describe('the reader on a phone', () => {
  it('has one compact bar: "Tutup", "Aa", the panel\'s button with its count, and the actions as named icons', () => {
    const { shadow } = open({ save: true });
    act(() => handle!.setAside(h('p', { class: 'panel' }, 'Tokoh'), { label: 'Nama', count: 7 }));
    const buttons = Array.from(shadow.querySelectorAll('.toolbar > button'));
    expect(buttons.map((button) => (button.textContent ?? '').replace(/\s+/g, ' ').trim())).toEqual(['Tutup', 'Aa Tampilan', 'Nama7', 'Simpan']);
    expect(buttons.map(visibleText)).toEqual(['Tutup', 'Aa', 'Nama7', '']);
    // The typography is not in the bar, and the panel is not beside the article: both wait in their sheets.
    expect(shadow.querySelector('.toolbar input')).toBeNull();
    expect(shadow.querySelector('aside.aside')).toBeNull();
    expect(sheet(shadow, 'aside').open).toBe(false);
    expect(sheet(shadow, 'aside').querySelector('p.panel')?.textContent).toBe('Tokoh');
  });

  it('opens the "Aa" sheet as a modal dialog; Escape closes the sheet alone and gives focus back to "Aa"', () => {
    const { shadow, onClose, reader, onSettingsChange } = open();
    const aa = shadow.querySelector<HTMLButtonElement>('.open-settings')!;
    aa.focus();
    act(() => aa.click());
    const settings = sheet(shadow, 'settings');
    expect(settings.open).toBe(true);
    expect(settings.getAttribute('aria-label')).toBe('Tampilan');
    const dark = settings.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!;
    act(() => dark.click());
    expect(reader.dataset.theme).toBe('dark');
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, theme: 'dark' });

    act(() => void dark.dispatchEvent(escape()));
    expect(settings.open).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
    expect(shadow.activeElement).toBe(aa);
    // The next Escape is the reader's.
    act(() => void aa.dispatchEvent(escape()));
    expect(onClose).toHaveBeenCalledTimes(1);
    handle = null;
  });

  it('keeps the reader open for an Escape that reaches the page while a sheet is open', () => {
    const { shadow, onClose } = open();
    act(() => shadow.querySelector<HTMLButtonElement>('.open-settings')!.click());
    act(() => void document.body.dispatchEvent(escape()));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes the panel\'s sheet when a choice in it moves the reading position', () => {
    const { shadow } = open();
    act(() => handle!.setAside(h('div', null, h('button', { 'data-reveals': '', class: 'reveal' }, 'Jakarta'), h('button', { class: 'other' }, 'Lain')), { label: 'Nama', count: 1 }));
    act(() => shadow.querySelector<HTMLButtonElement>('.open-panel')!.click());
    expect(sheet(shadow, 'aside').open).toBe(true);
    act(() => userClick(shadow.querySelector('.other')!));
    expect(sheet(shadow, 'aside').open).toBe(true);
    act(() => userClick(shadow.querySelector('.reveal')!));
    expect(sheet(shadow, 'aside').open).toBe(false);
  });

  it('keeps the full toolbar on a wide screen, and goes back to it when the window widens', () => {
    setViewport(1024, 768);
    const { shadow } = open();
    expect(shadow.querySelector('.open-settings')).toBeNull();
    expect(shadow.querySelectorAll('.toolbar input[name="theme"]').length).toBe(4);
    act(() => setViewport(360, 780));
    expect(shadow.querySelector('.open-settings')).not.toBeNull();
    expect(shadow.querySelectorAll('.toolbar input[name="theme"]').length).toBe(0);
  });
});
