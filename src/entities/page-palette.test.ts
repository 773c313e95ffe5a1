// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { colour } from '../colour/contrast.ts';
import { effectiveBackground, paletteFor } from './page-palette.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

function article(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('.read__content')!;
}

describe('effectiveBackground', () => {
  it('is the canvas white when nothing paints a background', () => {
    expect(effectiveBackground(article('<div><div class="read__content"><p>Teks</p></div></div>'))).toEqual(colour('#ffffff'));
  });

  it('is the nearest opaque background, through transparent wrappers', () => {
    const body = article('<main style="background-color: #101214"><div><section><div class="read__content">x</div></section></div></main>');
    expect(effectiveBackground(body)).toEqual(colour('#101214'));
  });

  it('lays translucent backgrounds over what is behind them', () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    const body = article('<div style="background-color: rgba(255, 255, 255, 0.5)"><div class="read__content">x</div></div>');
    expect(effectiveBackground(body)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});

describe('paletteFor', () => {
  it('takes the light palette on white and light greys, the dark palette on dark backgrounds', () => {
    for (const light of ['#ffffff', '#f4f4f4', '#e8e2d0']) expect(paletteFor(colour(light))).toBe('light');
    for (const dark of ['#000000', '#15171a', '#2b2f36']) expect(paletteFor(colour(dark))).toBe('dark');
  });

  it('follows the page, not the system: a white article is light even under a dark system scheme', () => {
    // jsdom has no colour scheme; what decides is the element's background alone.
    expect(paletteFor(effectiveBackground(article('<div class="read__content">x</div>')))).toBe('light');
    expect(paletteFor(effectiveBackground(article('<div style="background:#121212"><div class="read__content">x</div></div>')))).toBe('dark');
  });
});
