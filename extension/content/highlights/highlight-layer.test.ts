// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeText } from '../../../src/anchoring/describe.ts';
import { articleText } from '../../../src/anchoring/article-text.ts';
import { sampleHighlight } from '../../../src/notes/sample-highlights.ts';
import { toPageHighlight } from '../../../src/notes/page-messages.ts';
import { HighlightLayer } from './highlight-layer.ts';

const TEXT = 'Menteri Luar Negeri bertemu mitranya di Jakarta pada Senin pagi.';

function layerWith(quote: string, note = '') {
  document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
  const root = document.querySelector('article')!;
  const text = articleText(root).text;
  const start = text.indexOf(quote);
  const highlight = toPageHighlight(sampleHighlight(1, { selectors: describeText(text, start, start + quote.length)!, note }));
  const layer = new HighlightLayer(root, {}, (hasNote) => (hasNote ? 'sorotan bercatatan' : 'sorotan'));
  layer.load([highlight]);
  return { root, layer, highlight };
}

describe('HighlightLayer', () => {
  it('knows the elements it drew, and no element the page made in their image', () => {
    const { root, layer, highlight } = layerWith('bertemu mitranya');
    const drawn = root.querySelector('teman-baca-highlight')!;
    expect(layer.idAt(drawn)).toBe(highlight.id);

    const forged = document.createElement('teman-baca-highlight');
    forged.setAttribute('data-highlight-id', highlight.id);
    forged.textContent = 'Jakarta';
    root.querySelector('p')!.append(forged);
    expect(layer.idAt(forged)).toBeNull();

    // An element of ours whose highlight was removed is no longer one to open.
    layer.remove(highlight.id);
    expect(layer.idAt(drawn)).toBeNull();
  });

  it('makes a highlight a mark with a role description and one tab stop, on its first piece', () => {
    document.body.innerHTML = `<article><p>Menteri Luar <b>Negeri</b> bertemu</p></article>`;
    const root = document.querySelector('article')!;
    const text = articleText(root).text;
    const highlight = toPageHighlight(sampleHighlight(2, { selectors: describeText(text, 8, text.indexOf(' bertemu'))!, note: 'cek' }));
    const layer = new HighlightLayer(root, {}, (hasNote) => (hasNote ? 'sorotan bercatatan' : 'sorotan'));
    layer.load([highlight]);
    const pieces = Array.from(root.querySelectorAll('teman-baca-highlight'));
    expect(pieces.length).toBe(2);
    expect(pieces.map((piece) => piece.getAttribute('role'))).toEqual(['mark', 'mark']);
    expect(pieces.map((piece) => piece.getAttribute('aria-roledescription'))).toEqual(['sorotan bercatatan', 'sorotan bercatatan']);
    expect(pieces.map((piece) => piece.getAttribute('tabindex'))).toEqual(['0', null]);
    expect(layer.focusTarget(highlight.id)).toBe(pieces[0]);

    layer.update({ ...highlight, hasNote: false });
    expect(pieces[0]!.getAttribute('aria-roledescription')).toBe('sorotan');
    expect(pieces[0]!.hasAttribute('data-has-note')).toBe(false);
  });
});
