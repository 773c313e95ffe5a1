import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES } from '../../fixtures/articles.ts';
import { isWordCharacter, splitSentences, tokenize, tokenOffsets, TOKEN_PATTERN } from './tokenizer.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps offsets into the original string', () => {
    const text = '  “Kami siap,” kata Menlu RI Retno\u00a0Marsudi di sela-sela KTT G20 (15/11/2022).\r\nSelesai.';
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });

  it('splits punctuation and curly quotes off words', () => {
    expect(words('“Penolakan,” ujarnya.')).toEqual(['“', 'Penolakan', ',', '”', 'ujarnya', '.']);
    expect(words('(PBB)')).toEqual(['(', 'PBB', ')']);
  });

  it('keeps reduplication and hyphenated names whole', () => {
    expect(words('di sela-sela pertemuan Jerman-Kazakhstan')).toEqual(['di', 'sela-sela', 'pertemuan', 'Jerman-Kazakhstan']);
  });

  it('keeps numbers, dates and times whole', () => {
    expect(words('Rp 1.500.000,50 pada 2/12/2014 pukul 16.46 WIB')).toEqual(['Rp', '1.500.000,50', 'pada', '2/12/2014', 'pukul', '16.46', 'WIB']);
  });

  it('keeps abbreviations, alphanumerics and domains whole', () => {
    expect(words('AS, RI, G20, PBB dan Kemenlu')).toEqual(['AS', ',', 'RI', ',', 'G20', ',', 'PBB', 'dan', 'Kemenlu']);
    expect(words('JAKARTA, KOMPAS.com - Hal')).toEqual(['JAKARTA', ',', 'KOMPAS.com', '-', 'Hal']);
  });

  it('keeps the dot of dotted titles and initials', () => {
    expect(words('Prof. Dr. H. Ahmad, S.H. hadir.')).toEqual(['Prof.', 'Dr.', 'H.', 'Ahmad', ',', 'S.H.', 'hadir', '.']);
  });
});

describe('tokenize follows TOKEN_PATTERN', () => {
  /** Every token is the pattern's match where it starts (plus a title's dot), and only spaces lie between tokens. */
  function expectPatternScan(text: string): void {
    const sticky = new RegExp(TOKEN_PATTERN.source, 'uy');
    let at = 0;
    for (const token of tokenize(text)) {
      expect(text.slice(at, token.start)).toMatch(/^\s*$/u);
      sticky.lastIndex = token.start;
      const match = sticky.exec(text)?.[0];
      expect([match, `${match}.`]).toContain(token.text);
      at = token.end;
    }
    expect(text.slice(at)).toMatch(/^\s*$/u);
  }

  it('on the article fixtures', () => {
    for (const article of ALL_ARTICLES) for (const paragraph of [article.title, ...article.paragraphs]) expectPatternScan(paragraph);
  });

  it('classifies every code unit as the pattern does: word characters, and the spaces between tokens', () => {
    const mismatches: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const character = String.fromCharCode(c);
      if (isWordCharacter(c) !== /[A-Za-z\u00C0-\u024F0-9]/.test(character)) mismatches.push(`word ${c.toString(16)}`);
      if ((tokenOffsets(character).length === 0) !== /^\s$/.test(character)) mismatches.push(`space ${c.toString(16)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('on random strings of the characters the pattern treats specially', () => {
    // Domain endings, separators, letters at the range edges, spaces JavaScript's \s knows, surrogates whole and lone.
    const pieces = ['a', 'Z', 'É', '×', 'ɏ', 'ɐ', '0', '7', '.', ',', '/', ':', "'", '’', '-', ' ', '\u00a0', '\u2009', '\n',
      'com', 'co', 'id', 'net', 'org', 'go', 'ac', 'tv', 'info', 'x', 'S', '😀', '\ud83d', '“', '(', 'Dr', 'H'];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = 1 + (next() % 14); k > 0; k--) text += pieces[next() % pieces.length];
      expectPatternScan(text);
    }
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));

  it('splits after sentence punctuation and closing quotes, not after titles', () => {
    expect(sentences('Dr. Budi datang. “Saya siap.” Lalu pergi!')).toEqual(['Dr. Budi datang .', '“ Saya siap . ”', 'Lalu pergi !']);
  });

  it('splits at line breaks', () => {
    expect(sentences('Judul tanpa titik\nIsi berita')).toEqual(['Judul tanpa titik', 'Isi berita']);
  });
});
