import { JSDOM } from 'jsdom';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEALTH_ARTICLE, SPLIT_ARTICLE } from '../../fixtures/articles.ts';
import { articleUrl, buildArticlePage } from '../../fixtures/kompas-page.ts';
import { parseArticleDocument } from '../../src/reader/parse-article.ts';
import type { ReaderArticle } from '../../src/reader/reader-article.ts';
import { openReader, READER_HOST_TAG, type ReaderHandle } from './mount-reader.ts';
import { mountReaderButton } from './mount-reader-button.ts';
import { messageLookup } from './reader-messages.ts';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from './reader-settings.ts';
import { shadowRootOf } from '../shared/shadow-host.ts';
import { trusted, userClick } from '../shared/trusted-event.test-helper.ts';

/** A real model, from the pipeline over a fixture page. */
function articleFrom(fixture = HEALTH_ARTICLE): ReaderArticle {
  const url = articleUrl(fixture);
  const doc = new JSDOM(buildArticlePage(fixture, { promos: true }), { url }).window.document;
  return parseArticleDocument(doc, url)!;
}

const strings = messageLookup('id');

/** The size button whose visible text is `visible` ("A−" or "A+"). */
function sizeButton(root: ParentNode, visible: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button.size-step')).find((b) => b.textContent?.startsWith(visible));
  if (!button) throw new Error(`no size button ${visible}`);
  return button;
}
let handle: ReaderHandle | null = null;

function open(overrides: { article?: ReaderArticle; settings?: ReaderSettings } = {}) {
  const onSettingsChange = vi.fn();
  const onClose = vi.fn();
  act(() => {
    handle = openReader(document, {
      article: overrides.article ?? articleFrom(),
      settings: overrides.settings ?? DEFAULT_READER_SETTINGS,
      onSettingsChange,
      onClose,
      strings,
    });
  });
  const shadow = handle!.shadowRoot;
  const reader = shadow.querySelector<HTMLElement>('.reader')!;
  return { shadow, reader, onSettingsChange, onClose };
}

beforeEach(() => {
  document.body.innerHTML = '<p>Halaman Kompas</p><button id="before">Sebelum</button>';
});

afterEach(() => {
  act(() => handle?.close());
  handle = null;
});

describe('openReader', () => {
  it('covers the page from a closed shadow root, which the page cannot open, and marks <html>', () => {
    const { shadow } = open();
    const host = document.querySelector(READER_HOST_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(shadowRootOf(host)).toBe(shadow);
    expect(shadow.mode).toBe('closed');
    expect(document.documentElement.getAttribute('data-kompas-reader')).toBe('open');
    expect(document.documentElement.style.overflow).toBe('hidden');
    expect(document.body.hasAttribute('inert')).toBe(true);
    expect(document.body.querySelector('p')?.textContent).toBe('Halaman Kompas');
  });

  it('shows the article: header, date, people, length, lead image, body and a link back', () => {
    const article = articleFrom();
    const { shadow } = open({ article });
    const dialog = shadow.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(HEALTH_ARTICLE.title);
    expect(shadow.querySelector('.section')?.textContent).toBe('Health');
    expect(shadow.querySelector('.byline')?.textContent).toBe('Penulis: Xena Olivia · Editor: Ariska Puspita Anggraini');
    const time = shadow.querySelector('time')!;
    expect(time.textContent).toBe('Senin, 3 Februari 2025, 19:30 WIB');
    expect(time.getAttribute('datetime')).toBe('2025-02-03T19:30:00+07:00');
    expect(shadow.querySelector('.facts')?.textContent).toContain(`${article.wordCount} kata`);
    expect(shadow.querySelector('.facts')?.textContent).toContain('1 menit membaca');
    expect(shadow.querySelector('.lead img')?.getAttribute('src')).toBe('http://health.kompas.com/img/2025/02/03/takjil.jpg');
    expect(shadow.querySelector('.lead .credit')?.textContent).toBe('KOMPAS.com/XENA OLIVIA');
    const paragraphs = Array.from(shadow.querySelectorAll('.content p'), (p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(paragraphs).toEqual(HEALTH_ARTICLE.paragraphs);
    const back = shadow.querySelector('.end a')!;
    expect(back.textContent).toBe('Lihat artikel asli');
    expect(back.getAttribute('href')).toBe(articleUrl(HEALTH_ARTICLE));
  });

  it('marks the article with its language, so that screen readers read an English story in English', () => {
    expect(open({ article: articleFrom() }).shadow.querySelector('article')?.getAttribute('lang')).toBe('id');
    act(() => handle?.close());
    expect(open({ article: { ...articleFrom(), language: 'en' } }).shadow.querySelector('article')?.getAttribute('lang')).toBe('en');
  });

  it('tells the reader when only part of a split article could be loaded', () => {
    const { shadow } = open({ article: { ...articleFrom(SPLIT_ARTICLE), partial: true, pages: 2 } });
    expect(shadow.querySelector('.notice')?.textContent).toContain('tidak dapat dimuat');
  });

  it('asks before showing an article the site puts behind a sensitive-content warning', () => {
    const { shadow, reader } = open({ article: { ...articleFrom(), contentWarning: true } });
    const warning = shadow.querySelector<HTMLElement>('.warning')!;
    expect(shadow.getElementById(warning.getAttribute('aria-labelledby')!)?.textContent).toBe('Konten sensitif');
    expect(shadow.querySelector('.title')?.textContent).toBe(HEALTH_ARTICLE.title);
    const body = shadow.querySelector<HTMLElement>('.body')!;
    expect(body.hidden).toBe(true);
    expect(body.querySelectorAll('.content p').length).toBe(HEALTH_ARTICLE.paragraphs.length);
    act(() => warning.querySelector('button')!.click());
    expect(shadow.querySelector('.warning')).toBeNull();
    expect(body.hidden).toBe(false);
    expect(shadow.activeElement).toBe(reader);
  });

  it('shows other articles at once', () => {
    const { shadow } = open();
    expect(shadow.querySelector('.warning')).toBeNull();
    expect(shadow.querySelector<HTMLElement>('.body')!.hidden).toBe(false);
  });

  it('moves focus into the reader, and back where it was on close', () => {
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const { shadow, reader, onClose } = open();
    expect(shadow.activeElement).toBe(reader);
    act(() => shadow.querySelector<HTMLButtonElement>('.close')!.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(before);
    handle = null;
  });

  it('closes on Escape and gives the page back as it was', () => {
    document.documentElement.style.overflow = 'scroll';
    const { reader, onClose } = open();
    act(() => {
      reader.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.querySelector(READER_HOST_TAG)).toBeNull();
    expect(document.documentElement.hasAttribute('data-kompas-reader')).toBe(false);
    expect(document.documentElement.style.overflow).toBe('scroll');
    expect(document.body.hasAttribute('inert')).toBe(false);
    document.documentElement.style.overflow = '';
    handle = null;
  });

  it('closes on Escape pressed while focus is on the page', () => {
    const { onClose } = open();
    act(() => {
      document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
    handle = null;
  });

  it('stays open for an Escape a page script dispatches', () => {
    const { onClose } = open();
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).not.toHaveBeenCalled();
    expect(document.querySelector(READER_HOST_TAG)).not.toBeNull();
  });

  it('gives focus back to the button inside a closed shadow root that opened it, not to its host', () => {
    mountReaderButton(document, { label: 'Mode baca', onActivate: () => undefined });
    const buttonHost = document.querySelector('kompas-reader-button')!;
    const button = shadowRootOf(buttonHost)!.querySelector('button')!;
    button.focus();
    const { shadow } = open();
    act(() => shadow.querySelector<HTMLButtonElement>('.close')!.click());
    expect(shadowRootOf(buttonHost)!.activeElement).toBe(button);
    buttonHost.remove();
    handle = null;
  });

  it('applies a setting at once and reports it', () => {
    const { shadow, reader, onSettingsChange } = open();
    expect(reader.dataset.theme).toBe('system');
    const dark = Array.from(shadow.querySelectorAll<HTMLInputElement>('input[name="theme"]')).find((i) => i.value === 'dark')!;
    expect(dark.closest('label')?.textContent).toBe('Gelap');
    act(() => dark.click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, theme: 'dark' });
    expect(reader.dataset.theme).toBe('dark');
    act(() => sizeButton(shadow, 'A+').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, theme: 'dark', textSize: 130 });
    expect(reader.style.getPropertyValue('--reader-scale')).toBe('1.3');
    expect(shadow.querySelector('output.size-value')?.textContent).toBe('130%');
    const sans = Array.from(shadow.querySelectorAll<HTMLInputElement>('input[name="font"]')).find((i) => i.value === 'sans')!;
    act(() => sans.click());
    expect(reader.dataset.font).toBe('sans');
  });

  it('labels every control and group', () => {
    const { shadow } = open({ settings: { ...DEFAULT_READER_SETTINGS, textSize: 95 } });
    const legends = Array.from(shadow.querySelectorAll('legend'), (legend) => legend.textContent);
    expect(legends).toEqual(['Tema', 'Ukuran huruf', 'Lebar baris', 'Jenis huruf']);
    expect(sizeButton(shadow, 'A−').disabled).toBe(true);
    for (const input of Array.from(shadow.querySelectorAll('input'))) {
      expect(input.closest('label')?.textContent?.trim()).not.toBe('');
    }
  });

  it('names the size buttons by their visible text first, then what they do (WCAG 2.5.3)', () => {
    const { shadow } = open();
    for (const [visible, purpose] of [['A−', 'Perkecil huruf'], ['A+', 'Perbesar huruf']] as const) {
      const button = sizeButton(shadow, visible);
      // No aria-label: the name is the content, which starts with what is on screen.
      expect(button.hasAttribute('aria-label')).toBe(false);
      expect(button.textContent).toBe(`${visible} ${purpose}`);
      const hidden = button.querySelector('.visually-hidden');
      expect(hidden?.textContent).toBe(` ${purpose}`);
      expect(button.firstChild?.nodeType).toBe(Node.TEXT_NODE);
      expect(button.firstChild?.textContent).toBe(visible);
    }
  });

  it('groups the display controls under a label, each control its own tab stop (not an ARIA toolbar)', () => {
    const { shadow } = open();
    expect(shadow.querySelector('[role="toolbar"]')).toBeNull();
    const bar = shadow.querySelector('.toolbar')!;
    expect(bar.getAttribute('role')).toBe('group');
    expect(bar.getAttribute('aria-label')).toBe('Tampilan');
    // A toolbar role would promise one tab stop and arrow keys; a group promises neither, so no control is taken
    // out of the tab order.
    expect(bar.querySelectorAll('[tabindex="-1"]').length).toBe(0);
    const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>('button'));
    expect(buttons.map((b) => b.tabIndex)).toEqual(buttons.map(() => 0));
  });

  it('sizes the article from the scale of the chosen step, up to 250%', () => {
    const { shadow, reader, onSettingsChange } = open({ settings: { ...DEFAULT_READER_SETTINGS, textSize: 225 } });
    expect(reader.style.getPropertyValue('--reader-scale')).toBe('2.25');
    act(() => sizeButton(shadow, 'A+').click());
    expect(onSettingsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_SETTINGS, textSize: 250 });
  });

  it('takes settings changed elsewhere without reporting them back', () => {
    const { reader, onSettingsChange } = open();
    act(() => handle!.setSettings({ ...DEFAULT_READER_SETTINGS, theme: 'sepia', lineWidth: 'wide' }));
    expect(reader.dataset.theme).toBe('sepia');
    expect(reader.dataset.width).toBe('wide');
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('keeps what others add to the article body through settings changes', () => {
    const { shadow } = open();
    const mark = document.createElement('mark');
    mark.textContent = 'tanda';
    handle!.content.querySelector('p')!.append(mark);
    act(() => sizeButton(shadow, 'A+').click());
    expect(handle!.content.querySelector('mark')?.textContent).toBe('tanda');
  });

  it('shows a panel beside the article, and takes it away', () => {
    const { shadow } = open();
    expect(shadow.querySelector('aside')).toBeNull();
    act(() => handle!.setAside(h('p', { class: 'panel' }, 'Tokoh dan tempat')));
    expect(shadow.querySelector('aside.aside > p.panel')?.textContent).toBe('Tokoh dan tempat');
    act(() => handle!.setAside(null));
    expect(shadow.querySelector('aside')).toBeNull();
  });

  it('takes extra styles into its shadow root', () => {
    const { shadow } = open();
    const before = shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style').length;
    handle!.addStyles('mark { color: red; }');
    expect(shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style').length).toBe(before + 1);
  });

  it('keeps one reader at a time', () => {
    open();
    open();
    expect(document.querySelectorAll(READER_HOST_TAG)).toHaveLength(1);
  });
});

describe('mountReaderButton', () => {
  it('is a button named by its label, in its own closed shadow root, pressed by the user alone', () => {
    const onActivate = vi.fn();
    const button = mountReaderButton(document, { label: 'Mode baca', onActivate });
    const host = document.querySelector('kompas-reader-button')!;
    expect(host.shadowRoot).toBeNull();
    const element = shadowRootOf(host)!.querySelector('button')!;
    expect(element.textContent).toBe('Mode baca');
    expect(element.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    element.click();
    expect(onActivate).not.toHaveBeenCalled();
    userClick(element);
    expect(onActivate).toHaveBeenCalledTimes(1);
    button.remove();
    expect(document.querySelector('kompas-reader-button')).toBeNull();
  });

  it('offers "Simpan" beside it, pressed by the user alone, showing "Tersimpan" once saved', () => {
    const onSave = vi.fn();
    const button = mountReaderButton(document, { label: 'Mode baca', onActivate: () => undefined, save: { label: 'Simpan', savedLabel: 'Tersimpan', onActivate: onSave } });
    const root = shadowRootOf(document.querySelector('kompas-reader-button')!)!;
    // "Mode baca" stays the first button.
    expect(root.querySelector('button')!.textContent).toBe('Mode baca');
    const save = root.querySelector<HTMLButtonElement>('button.save')!;
    expect([save.textContent, save.getAttribute('aria-pressed')]).toEqual(['Simpan', 'false']);
    save.click();
    expect(onSave).not.toHaveBeenCalled();
    userClick(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    button.setSaved(true);
    expect([save.textContent, save.getAttribute('aria-pressed')]).toEqual(['Tersimpan', 'true']);
    button.remove();
  });
});

describe('the reader\'s "Simpan"', () => {
  it('is offered only with a save action, acts on the user\'s click alone, and shows the saved state', () => {
    const onSave = vi.fn();
    act(() => {
      handle = openReader(document, { article: articleFrom(), settings: DEFAULT_READER_SETTINGS, onSettingsChange: () => undefined, strings, onSave });
    });
    const save = () => handle!.shadowRoot.querySelector<HTMLButtonElement>('.toolbar button.save')!;
    expect([save().textContent, save().getAttribute('aria-pressed')]).toEqual(['Simpan', 'false']);
    act(() => save().click());
    expect(onSave).not.toHaveBeenCalled();
    act(() => userClick(save()));
    expect(onSave).toHaveBeenCalledTimes(1);
    act(() => handle!.setSaved(true));
    expect([save().textContent, save().getAttribute('aria-pressed')]).toEqual(['Tersimpan', 'true']);
    act(() => handle?.close());
    const { shadow } = open();
    expect(shadow.querySelector('button.save')).toBeNull();
  });
});
