import { describe, expect, it } from 'vitest';
import { nfkc } from './nfkc.ts';

describe('nfkc', () => {
  it('equals String.prototype.normalize("NFKC") on ASCII, compatibility forms and mixed text', () => {
    const samples = [
      '', 'Antony Blinken', 'JAKARTA, KOMPAS.com -', '#JernihBerkomentar', 'tab\tand\nnewline ~!@',
      '\uff2aernih', 'ﬁnal', '\u00a0nbsp', 'Sɑ́o Paulo', 'Ｊｏｋｏ　Ｗｉｄｏｄｏ', 'cafe\u0301', '①②', '\u2126hm',
    ];
    for (const text of samples) expect(nfkc(text)).toBe(text.normalize('NFKC'));
  });

  it('returns ASCII text as it is', () => {
    const text = 'Menteri Luar Negeri Retno Marsudi';
    expect(nfkc(text)).toBe(text);
  });
});
