// @vitest-environment jsdom
// jsdom: happy-dom collapses Ranges set inside documents made by DOMParser, which the original-page tests use.
import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { buildArticlePage } from '../../fixtures/kompas-page.ts';
import { anchorAll, anchorInArticle, anchorInText } from './anchor.ts';
import { articleText } from './article-text.ts';
import { describeRange, describeText } from './describe.ts';
import { HIGHLIGHT_ELEMENT, paintHighlights, removeHighlights } from './highlighter.ts';
import { matchQuote } from './match-quote.ts';
import type { HighlightSelectors } from './types.ts';

const paragraphs = [...DIPLOMACY_ARTICLE.paragraphs, ...REGIONAL_ARTICLE.paragraphs];
const original = paragraphs.join(' ');

function selectorsFor(text: string, quote: string, occurrence = 0): HighlightSelectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return describeText(text, start, start + quote.length)!;
}

function found(text: string, selectors: HighlightSelectors): string | null {
  const anchor = anchorInText(text, selectors);
  return anchor && text.slice(anchor.start, anchor.end);
}

describe('describeText', () => {
  it('keeps 32 characters of context either side', () => {
    const [quote, position] = selectorsFor(original, 'Antony Blinken');
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(original.slice(position.start, position.end)).toBe('Antony Blinken');
    expect(original.slice(position.start - 32, position.start)).toBe(quote.prefix);
    expect(describeText(original, 5, 5)).toBeNull();
  });
});

describe('anchorInText', () => {
  const quote = 'Menteri Luar Negeri Rusia Sergei Lavrov';

  it('uses the position when the quote is still there', () => {
    expect(anchorInText(original, selectorsFor(original, quote))).toMatchObject({ method: 'position', score: 1 });
  });

  it('finds the exact quote after paragraphs are added above it', () => {
    const edited = ['Paragraf tambahan tentang hal lain sama sekali.', 'Dan satu lagi.', original].join(' ');
    const anchor = anchorInText(edited, selectorsFor(original, quote));
    expect(anchor?.method).toBe('quote');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(quote);
  });

  it('finds the quote after the paragraph before it is removed', () => {
    const edited = original.replace(paragraphs[1]! + ' ', '');
    expect(found(edited, selectorsFor(original, quote))).toBe(quote);
  });

  it('finds an approximate quote after words in it are changed', () => {
    const long = 'Pembicaraan sekitar sepuluh menit itu menjadi kontak langsung pertama antara keduanya';
    const edited = original.replace('sepuluh menit', 'lima belas menit').replace('kontak langsung', 'kontak tatap muka');
    const anchor = anchorInText(edited, selectorsFor(original, long));
    expect(anchor?.method).toBe('fuzzy');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(
      'Pembicaraan sekitar lima belas menit itu menjadi kontak tatap muka pertama antara keduanya',
    );
  });

  it('keeps whole words when the first or last word of the quote was rewritten', () => {
    const long = 'Pembicaraan sekitar sepuluh menit itu menjadi kontak langsung pertama antara keduanya sejak pertengahan';
    const edited = original.replace('Pembicaraan sekitar', 'Percakapan sekitar').replace('sejak pertengahan', 'sejak awal');
    expect(found(edited, selectorsFor(original, long))).toBe(
      'Percakapan sekitar sepuluh menit itu menjadi kontak langsung pertama antara keduanya sejak awal',
    );
  });

  it('finds a changed quote after paragraphs are added and removed around it', () => {
    const long = 'Ketinggian air di kawasan Tambak Lorok mencapai 60 sentimeter';
    const edited = [
      'Baru: pemerintah kota menetapkan status tanggap darurat.',
      ...paragraphs.filter((_, i) => i !== 0 && i !== 3),
    ].join(' ').replace('60 sentimeter', '70 sentimeter');
    expect(found(edited, selectorsFor(original, long))).toBe('Ketinggian air di kawasan Tambak Lorok mencapai 70 sentimeter');
  });

  it('finds a quote interrupted by inserted text in two parts, leaving the insertion out', () => {
    const quote = 'Paul Whelan, warga Amerika yang ditahan di Rusia sejak 2018. Kampanye #JernihBerkomentar ikut disebut';
    const edited = original.replace('2018. Kampanye', '2018. Baca juga: Bakhmut Diserang Bertubi-tubi, Pasukan Bertahan Kampanye');
    const anchor = anchorInText(edited, selectorsFor(original, quote))!;
    expect(anchor.method).toBe('split');
    expect(anchor.parts!.map((p) => edited.slice(p.start, p.end))).toEqual([
      'Paul Whelan, warga Amerika yang ditahan di Rusia sejak 2018.',
      'Kampanye #JernihBerkomentar ikut disebut',
    ]);
    expect(edited.slice(anchor.start, anchor.end)).toContain('Baca juga');
  });

  it('tells repeated quotes apart by their context', () => {
    const text = 'Ia berkata di Semarang. Banjir rob terjadi di Semarang. Lalu tinggal di Semarang juga.';
    const selectors = selectorsFor(text, 'di Semarang', 1);
    const moved = `Pembuka baru. ${text}`;
    const anchor = anchorInText(moved, selectors);
    expect(moved.slice(anchor!.start - 12, anchor!.end)).toBe('rob terjadi di Semarang');
  });

  it('returns null when the text is gone instead of anchoring somewhere wrong', () => {
    const selectors = selectorsFor(original, paragraphs[4]!);
    const edited = original.replace(paragraphs[4]!, '');
    expect(anchorInText(edited, selectors)).toBeNull();
  });

  it('lists highlights that no longer anchor as not found, keeping them', () => {
    const items = [
      { id: 'a', selectors: selectorsFor(original, quote) },
      { id: 'b', selectors: selectorsFor(original, paragraphs[4]!) },
    ];
    const report = anchorAll(original.replace(paragraphs[4]!, ''), items);
    expect(report.anchored.map((a) => a.item.id)).toEqual(['a']);
    expect(report.notFound.map((i) => i.id)).toEqual(['b']);
  });

  it('scores with the Hypothesis weights: an exact repeat with the wrong context loses to the right one', () => {
    const text = 'awal ABC tengah. akhir ABC penutup.';
    const match = matchQuote(text, 'ABC', { prefix: 'akhir ', suffix: ' penutup', hint: 0 });
    expect(match?.start).toBe(text.lastIndexOf('ABC'));
  });
});

describe('across views and in the DOM', () => {
  function readerView(): HTMLElement {
    const article = document.createElement('article');
    article.innerHTML = DIPLOMACY_ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('');
    return article;
  }

  function originalPage(): HTMLElement {
    const doc = new DOMParser().parseFromString(buildArticlePage(DIPLOMACY_ARTICLE, { wrapper: 'nested' }), 'text/html');
    return doc.querySelector<HTMLElement>('.read__content')!;
  }

  it('anchors a highlight made in the reader view on the original page', () => {
    const reader = articleText(readerView());
    const selection = document.createRange();
    const p = reader.map.root.childNodes[2]!.firstChild!;
    selection.setStart(p, p.textContent!.indexOf('Antony'));
    selection.setEnd(p, p.textContent!.indexOf(' berbicara'));
    const selectors = describeRange(reader, selection)!;
    expect(selectors[0].exact).toBe('Antony Blinken');

    const page = articleText(originalPage());
    const anchor = anchorInArticle(page, selectors);
    expect(anchor?.range.toString()).toBe('Antony Blinken');
  });

  it('draws one element per text run carrying the highlight id, and removes them cleanly', () => {
    const root = originalPage();
    const before = root.innerHTML;
    const at = articleText(root);
    const start = at.text.indexOf('Tuan rumah India');
    const end = at.text.indexOf('Antony Blinken') + 'Antony Blinken'.length;
    const painted = paintHighlights(at, [{ id: 'h1', start, end, colour: 'yellow' }]);
    const elements = painted.get('h1')!;
    expect(elements.length).toBeGreaterThan(1);
    expect(elements.every((e) => e.localName === HIGHLIGHT_ELEMENT && e.getAttribute('data-highlight-id') === 'h1')).toBe(true);
    expect(articleText(root).text).toBe(at.text);
    removeHighlights(root, 'h1');
    expect(root.querySelector(HIGHLIGHT_ELEMENT)).toBeNull();
    expect(root.innerHTML).toBe(before);
  });
});
