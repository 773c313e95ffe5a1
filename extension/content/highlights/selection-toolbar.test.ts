import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowRootOf } from '../../shared/shadow-host.ts';
import { trusted, userClick } from '../../shared/trusted-event.test-helper.ts';
import { HIGHLIGHT_MESSAGES, type HighlightMessageKey } from './highlight-messages.ts';
import { mountSelectionToolbar, TOOLBAR_TAG } from './selection-toolbar.ts';

const strings = (key: HighlightMessageKey) => HIGHLIGHT_MESSAGES[key].id;
const RECT = { left: 100, top: 300, width: 200, height: 20, bottom: 320, right: 300, x: 100, y: 300 } as DOMRect;

function mount() {
  const onHighlight = vi.fn();
  const onNote = vi.fn();
  const toolbar = mountSelectionToolbar(document, { strings, onHighlight, onNote });
  return { toolbar, onHighlight, onNote };
}

const host = () => document.querySelector<HTMLElement>(TOOLBAR_TAG)!;
const buttons = () => Array.from(shadowRootOf(host())!.querySelectorAll('button'));
const key = (target: Element, name: string) =>
  target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true })));

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector(TOOLBAR_TAG)?.remove();
});

describe('the selection toolbar', () => {
  it('is not in the page until a selection asks for it, and its shadow root is closed', () => {
    const { toolbar } = mount();
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
    toolbar.show(RECT);
    expect(host().shadowRoot).toBeNull();
    expect(toolbar.isShown()).toBe(true);
    toolbar.hide();
    expect(document.querySelector(TOOLBAR_TAG)).toBeNull();
  });

  it('goes above the words for the mouse, and below them, past the handle, for a touch selection', () => {
    const { toolbar } = mount();
    toolbar.show(RECT);
    expect(parseFloat(host().style.top)).toBeLessThan(RECT.top);
    toolbar.show(RECT, 'below');
    expect(parseFloat(host().style.top)).toBeGreaterThanOrEqual(RECT.bottom + 20);
  });

  it('highlights for the reader\'s click and ignores a page script\'s', () => {
    const { toolbar, onHighlight, onNote } = mount();
    toolbar.show(RECT);
    const [highlight, note] = buttons();
    highlight!.click();
    note!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onHighlight).not.toHaveBeenCalled();
    expect(onNote).not.toHaveBeenCalled();
    userClick(highlight!);
    userClick(note!);
    expect(onHighlight).toHaveBeenCalledWith('yellow');
    expect(onNote).toHaveBeenCalledWith('yellow');
  });

  it('is one tab stop: arrow keys, Home and End move between its controls', () => {
    const { toolbar } = mount();
    toolbar.show(RECT);
    const all = buttons();
    expect(all.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    toolbar.focus();
    const root = shadowRootOf(host())!;
    expect(root.activeElement).toBe(all[0]);
    key(all[0]!, 'ArrowRight');
    expect(root.activeElement).toBe(all[1]);
    key(all[1]!, 'End');
    expect(root.activeElement).toBe(all[all.length - 1]);
    key(all[all.length - 1]!, 'ArrowRight');
    expect(root.activeElement).toBe(all[0]);
    key(all[0]!, 'ArrowLeft');
    expect(root.activeElement).toBe(all[all.length - 1]);
    expect(all.filter((button) => button.tabIndex === 0)).toEqual([all[all.length - 1]]);
  });

  it('leaves on Escape and gives focus back to where the reader was', () => {
    document.body.innerHTML = '<button id="reading">Artikel</button>';
    const reading = document.getElementById('reading') as HTMLButtonElement;
    reading.focus();
    const { toolbar } = mount();
    toolbar.show(RECT);
    toolbar.focus();
    expect(toolbar.hasFocus()).toBe(true);
    key(buttons()[0]!, 'Escape');
    expect(toolbar.isShown()).toBe(false);
    expect(document.activeElement).toBe(reading);
  });

  it('keeps inside a 320-pixel-wide window', () => {
    const { toolbar } = mount();
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 320 });
    try {
      toolbar.show({ ...RECT, left: 250, width: 60, right: 310 } as DOMRect);
      const left = parseFloat(host().style.left);
      expect(left).toBeGreaterThanOrEqual(8);
      expect(host().getAttribute('style')).toContain('!important');
    } finally {
      Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
    }
  });
});
