import { describe, expect, it } from 'vitest';
import { articleText, fromRawOffsets, normalizeText, offsetsOfRange, rangeOf, toRawOffsets } from './article-text.ts';

describe('normalizeText', () => {
  it('collapses whitespace runs and block breaks to one space and trims the ends', () => {
    const raw = '\n  SEMARANG,\u00a0KOMPAS.com -  Banjir\n\t rob.Warga  ';
    const n = normalizeText(raw, [raw.indexOf('Warga')]);
    expect(n.text).toBe('SEMARANG, KOMPAS.com - Banjir rob. Warga');
    expect(n.rawStart.length).toBe(n.text.length);
    // Every kept character points at itself in the raw text.
    for (let i = 0; i < n.text.length; i++) {
      if (n.text[i] !== ' ') expect(raw[n.rawStart[i]!]).toBe(n.text[i]);
    }
    // The space standing for the block break is zero-width.
    const space = n.text.indexOf(' Warga');
    expect(n.rawEnd[space]! - n.rawStart[space]!).toBe(0);
  });

  it('maps spans both ways and trims whitespace at selection edges', () => {
    const raw = 'Satu  dua\n\ntiga';
    const n = normalizeText(raw);
    expect(n.text).toBe('Satu dua tiga');
    expect(toRawOffsets(n, 5, 8)).toEqual({ start: 6, end: 9 });
    expect(fromRawOffsets(n, 4, 11)).toEqual({ start: 5, end: 8 });
    expect(fromRawOffsets(n, 4, 6)).toBeNull();
  });
});

describe('articleText', () => {
  it('gives the same text for the reader view and the original page markup', () => {
    const reader = document.createElement('article');
    reader.innerHTML = '<p>NEW DELHI, KOMPAS.com - Pertemuan berakhir.</p><p>Tuan rumah India menerbitkan ringkasan.</p>';
    const page = document.createElement('div');
    page.innerHTML =
      '\n\t\t<p>NEW DELHI, <strong>KOMPAS.com</strong>&nbsp;-&nbsp; Pertemuan\n berakhir.</p>\r\n\t\t<p>Tuan rumah <a href="#">India</a> menerbitkan ringkasan.</p>\n';
    expect(articleText(page).text).toBe(articleText(reader).text);
  });

  it('turns a selection into normalised offsets and back into a range', () => {
    const page = document.createElement('div');
    page.innerHTML = '<p>Tuan rumah <a href="#">India</a>\n   menerbitkan ringkasan.</p>';
    const at = articleText(page);
    const start = at.text.indexOf('India');
    const range = rangeOf(at, start, start + 'India menerbitkan'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('India menerbitkan');
    expect(offsetsOfRange(at, range)).toEqual({ start, end: start + 'India menerbitkan'.length });
  });
});
