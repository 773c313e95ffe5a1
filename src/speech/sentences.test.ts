import { describe, expect, it } from 'vitest';
import { DIPLOMACY_ARTICLE, REGIONAL_ARTICLE } from '../../fixtures/articles.ts';
import { speechSentences, utterancePieces } from './sentences.ts';

const sentencesOf = (text: string) => speechSentences(text).map(({ start, end }) => text.slice(start, end));

/** Hard cases for a reader of Indonesian news: each text, and the sentences a listener should hear. */
const HARD_CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Dr. Andi Wijaya memeriksa pasien. Ia lalu pulang.', ['Dr. Andi Wijaya memeriksa pasien.', 'Ia lalu pulang.']],
  ['Wakil Gubernur H. Rano Karno hadir di Balai Kota.', ['Wakil Gubernur H. Rano Karno hadir di Balai Kota.']],
  ['Rumahnya di Jl. Sudirman No. 12, Jakarta. Tetangganya kaget.', ['Rumahnya di Jl. Sudirman No. 12, Jakarta.', 'Tetangganya kaget.']],
  ['Harganya naik menjadi Rp 1.000 per kilogram. Pedagang mengeluh.', ['Harganya naik menjadi Rp 1.000 per kilogram.', 'Pedagang mengeluh.']],
  ['Sidang digelar pada 2/12/2025 pukul 09.00 WIB. Terdakwa hadir.', ['Sidang digelar pada 2/12/2025 pukul 09.00 WIB.', 'Terdakwa hadir.']],
  ['Tersangka berinisial S. A. ditangkap polisi. Ia mengaku.', ['Tersangka berinisial S. A. ditangkap polisi.', 'Ia mengaku.']],
  ['Inflasi tercatat 3,5 persen. Angka itu turun.', ['Inflasi tercatat 3,5 persen.', 'Angka itu turun.']],
  ['"Kami siap," ujarnya. Lalu ia pergi.', ['"Kami siap," ujarnya.', 'Lalu ia pergi.']],
  ['"Kami siap bertanding." Pelatih itu tersenyum.', ['"Kami siap bertanding."', 'Pelatih itu tersenyum.']],
  ['Apakah harga akan turun? Belum tentu! Kita tunggu.', ['Apakah harga akan turun?', 'Belum tentu!', 'Kita tunggu.']],
  ['Prof. Dr. Ir. Budi Santoso, M.Sc., memberi kuliah umum.', ['Prof. Dr. Ir. Budi Santoso, M.Sc., memberi kuliah umum.']],
  ['  Banjir rob kembali merendam pesisir.   ', ['Banjir rob kembali merendam pesisir.']],
];

describe('speechSentences', () => {
  it.each(HARD_CASES)('reads %j as its sentences', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('covers a fixture article\'s paragraphs whole, every sentence ending as a sentence does', () => {
    for (const paragraph of [...DIPLOMACY_ARTICLE.paragraphs, ...REGIONAL_ARTICLE.paragraphs]) {
      const sentences = sentencesOf(paragraph);
      expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(paragraph.trim().replace(/\s+/g, ' '));
      for (const sentence of sentences.slice(0, -1)) expect(sentence).toMatch(/[.!?…]["”’)]*$/);
    }
  });
});

describe('utterancePieces', () => {
  const LONG = 'Menteri Luar Negeri Amerika Serikat Antony Blinken berbicara singkat dengan Menteri Luar Negeri Rusia ' +
    'Sergei Lavrov di sela pertemuan, yang menurut sejumlah pejabat yang hadir berlangsung sekitar sepuluh menit; ' +
    'keduanya tidak pernah bertemu langsung sejak pertengahan 2022, ketika hubungan kedua negara memburuk tajam.';

  it('leaves a sentence of ordinary length whole', () => {
    expect(utterancePieces('Warga diminta waspada.')).toEqual(['Warga diminta waspada.']);
  });

  it('cuts a long sentence where it takes breath, into pieces no longer than the limit that make it up again', () => {
    const pieces = utterancePieces(LONG);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 200)).toBe(true);
    expect(pieces.slice(0, -1).every((piece) => /[,;:–—-]$/.test(piece))).toBe(true);
    expect(pieces.join(' ')).toBe(LONG);
  });

  it('cuts at a space where there is no pause mark, and inside a word only where there is no space', () => {
    const words = Array.from({ length: 30 }, (_, i) => `kata${i}`).join(' ');
    const pieces = utterancePieces(words, 50);
    expect(pieces.every((piece) => piece.length <= 50 && !piece.startsWith(' ') && !piece.endsWith(' '))).toBe(true);
    expect(pieces.join(' ')).toBe(words);
    expect(utterancePieces('x'.repeat(120), 50)).toEqual(['x'.repeat(50), 'x'.repeat(50), 'x'.repeat(20)]);
  });
});
